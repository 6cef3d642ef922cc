import type { CombustionFuel, Fuel, GeneratorType, Sector, TargetMetric } from '../model/vocabulary';

/** One year of results. Energy in the reporting convention (`conventions.primaryElectricity`). */
export type YearResult = {
  year: number;
  /** 万人 */
  population: number;
  /** 亿元, constant base-year prices */
  gdp: number;
  /** total energy consumption, 万tce */
  energy: number;
  /** energy counted for the intensity assessment (new renewables removed if so configured), 万tce */
  energyAssessed: number;
  /** 万tce, electricity in the reporting convention */
  energyByFuel: Record<Fuel, number>;
  /** 万tce */
  energyBySector: Record<Sector, number>;
  /** final electricity consumption, 亿kWh */
  electricityDemand: number;
  /** 亿kWh by local generator type (pumped storage not included) */
  generationByType: Record<GeneratorType, number>;
  /** 亿kWh */
  localGeneration: number;
  /** pumped-storage pumping minus generation, 亿kWh */
  storageLoss: number;
  /** 亿kWh; negative when the region exports */
  netImports: number;
  /** MW in operation at year end, by type (pumped storage separately) */
  capacityMW: Record<GeneratorType, number>;
  pumpedStorageMW: number;
  /** 万tCO2 */
  co2: number;
  /** 万tCO2 by origin: fuels at the point of use, local thermal power, net imported electricity */
  co2BySource: Record<CombustionFuel, number> & { localPower: number; importedElectricity: number };
  /** tCO2/万元 */
  co2PerGdp: number;
  /** tCO2 per person */
  co2PerCapita: number;
  /** tce/万元 */
  energyPerGdp: number;
  /** tce/万元 */
  energyPerGdpAssessed: number;
  /** non-fossil share of energy consumption, % */
  nonFossilShare: number;
  /** % change against the base year */
  co2VsBasePct: number;
  co2PerGdpVsBasePct: number;
  energyPerGdpVsBasePct: number;
};

/** Change over a five-year plan period (e.g. 14th: 2020 → 2025). */
export type PeriodChange = {
  plan: number;
  fromYear: number;
  toYear: number;
  /** % change (negative = reduction) */
  co2PerGdpChangePct: number;
  energyPerGdpChangePct: number;
  energyPerGdpAssessedChangePct: number;
  co2ChangePct: number;
  gdpAvgGrowthPct: number;
};

export type Peak = {
  year: number;
  /** 万tCO2 */
  co2: number;
  /** false when CO2 is still at its highest in the last year: no peak within the horizon */
  withinHorizon: boolean;
};

export type TargetStatus = {
  id: string;
  label: string;
  metric: TargetMetric;
  fromYear?: number;
  year: number;
  binding: boolean;
  /** the target value (%, 万tce, 万tCO2 or a year) */
  target: number;
  /** the scenario's value of the same quantity; null when the target year is outside the horizon */
  actual: number | null;
  met: boolean | null;
  /**
   * how far the scenario is on the good side of the target (negative = missed), in the target's unit;
   * null when not judged, and for a peak-year target when CO2 has not peaked within the horizon
   */
  margin: number | null;
  unit: string;
};

export type ScenarioResults = {
  scenarioId: string;
  baseYear: number;
  endYear: number;
  years: YearResult[];
  periods: PeriodChange[];
  peak: Peak;
  targets: TargetStatus[];
};
