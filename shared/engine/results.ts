import type {
  CombustionFuel,
  ElectricityCo2Method,
  EnergyControlRule,
  Fuel,
  GeneratorType,
  PeakScope,
  PlanSector,
  RenewableAttribution,
  Sector,
  TargetMetric,
} from '../model/vocabulary';
import type { LmdiDriver } from './lmdi';
import type { HourlyResults } from './hourly/types';
import type { CostResults } from './costs/types';

/** A key product of industry in one year (`scenario.industry.products`). */
export type ProductYear = {
  id: string;
  /** 产量, 万t */
  outputWanT: number;
  /** the product's energy, 万tce, electricity in the reporting convention */
  energy: number;
  /** 万tce by fuel, electricity in the reporting convention */
  energyByFuel: Record<Fuel, number>;
  /** output-weighted unit energy over its routes, kgce/t, electricity at its calorific value (as the product standards count it) */
  unitEnergyKgcePerT: number;
  /** 万t of output by route id */
  outputByRouteWanT: Record<string, number>;
};

/**
 * A plan sector's CO2 in one year, 万tCO2: fuels burnt in it, its share of electricity's CO2
 * (by its share of final electricity use, under `accounting.electricityCo2`) and the process
 * CO2 of its products (industry only).
 */
export type SectorCo2 = {
  direct: number;
  electricity: number;
  process: number;
  /** direct + electricity: what the energy scope counts */
  energy: number;
  /** energy, plus process under `energyAndProcess`: what its peak is judged on */
  judged: number;
  /** 万tce in the sector, electricity in the reporting convention */
  energyUse: number;
};

/** The forest's stock and sink in one year (`scenario.sinks.forest`), gain-loss method. */
export type ForestYear = {
  /** 森林覆盖率, % */
  coverPct: number;
  /** 森林蓄积量 at year end, 万m³ */
  stockWanM3: number;
  /** CO2 taken up by growth, 万tCO2 */
  gainCo2: number;
  /** CO2 released by harvest and other losses, 万tCO2 */
  lossCo2: number;
  /** gain − loss: the net sink, 万tCO2 (positive = removal) */
  sinkCo2: number;
};

/** One year of results. Energy in the reporting convention (`conventions.primaryElectricity`). */
export type YearResult = {
  year: number;
  /** 万人 */
  population: number;
  /** 亿元, constant base-year prices */
  gdp: number;
  /** total energy consumption, 万tce */
  energy: number;
  /** energy counted for energy-consumption control under `accounting.energyControl` (and less feedstock), 万tce */
  energyAssessed: number;
  /** non-fossil energy consumed (biomass used directly + non-fossil electricity by `accounting.renewableAttribution`), 万tce */
  nonFossilEnergy: number;
  /** renewable electricity consumed (nuclear excluded), by `accounting.renewableAttribution`, 亿kWh */
  renewableElectricityConsumed: number;
  /** 原料用能: fuel used as raw material, 万tce (left out of `energyAssessed`) */
  feedstockEnergy: number;
  /** green power and 绿证 held by local users, 亿kWh */
  greenPower: number;
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
  /**
   * pumped-storage pumping minus generation of the plants in operation, 亿kWh (with the hourly
   * balance's feedback on: the dispatched losses, batteries included)
   */
  storageLoss: number;
  /**
   * the part of `storageLoss` charged to this region, 亿kWh: `host` plants (in `energy`, as
   * electricity outside every sector, and in CO2) and `legacyCo2Only` plants (in CO2 only)
   */
  storageLossCharged: number;
  /** 亿kWh; negative when the region exports */
  netImports: number;
  /** MW in operation at year end, by type (pumped storage separately) */
  capacityMW: Record<GeneratorType, number>;
  pumpedStorageMW: number;
  /** 万tCO2 */
  co2: number;
  /**
   * 万tCO2 by origin under `accounting.electricityCo2`: fuels at the point of use, local coal and
   * gas power (0 under location- and market-based methods), electricity from the grid (net imports, or
   * all electricity use), pumped-storage losses charged to the region, and the fossil CO2 of waste
   * incineration (under every method)
   */
  co2BySource: Record<CombustionFuel, number> & {
    localPower: number;
    importedElectricity: number;
    storageLosses: number;
    wasteIncineration: number;
  };
  /** process CO2 of carbonates (工业生产过程), 万tCO2: not in `co2` */
  processCo2: number;
  /** 万tCO2 by process-emission id */
  processCo2ById: Record<string, number>;
  /** energy and process CO2, 万tCO2 */
  co2WithProcess: number;
  /** what the peak is judged on (`accounting.peakScope`): `co2` or `co2WithProcess`, 万tCO2 */
  co2Judged: number;
  /** key products of industry, in the scenario's order */
  products: ProductYear[];
  /**
   * CO2 by plan sector; with `co2Unallocated` it adds up to `co2` exactly (the sectors' `energy`),
   * and the sectors' `process` to `processCo2`
   */
  sectorCo2: Record<PlanSector, SectorCo2>;
  /**
   * the part of `co2` no plan sector takes, 万tCO2: storage losses charged to the region, waste
   * incineration, and electricity's CO2 in a year without any final electricity use to carry it
   */
  co2Unallocated: { storageLosses: number; wasteIncineration: number; electricity: number };
  /** 工业增加值, 亿元 (absent without `sectorReporting.industryValueAddedSharePct`) */
  industryValueAdded?: number;
  /** the forest (absent without `scenario.sinks.forest`) */
  forest?: ForestYear;
  /**
   * net emissions, 万tCO2: energy and process CO2 (`co2WithProcess`, every emission the inventory counts)
   * less the forest's net sink; reported beside, never inside, the peak and intensity metrics
   */
  netCo2: number;
  /** the grid's CO2 per kWh applied to grid electricity this year (电力平均二氧化碳排放因子), tCO2/MWh */
  gridFactor: number;
  /** tCO2/万元 */
  co2PerGdp: number;
  /** tCO2 per person */
  co2PerCapita: number;
  /** tce/万元 */
  energyPerGdp: number;
  /**
   * energy counted for the intensity assessment per GDP, tce/万元: `energyAssessed` / GDP, except
   * under 发改运行〔2022〕1258号, which deducts the renewable increase from the total only
   */
  energyPerGdpAssessed: number;
  /** non-fossil share of energy consumption, % */
  nonFossilShare: number;
  /** % change against the base year */
  co2VsBasePct: number;
  co2PerGdpVsBasePct: number;
  energyPerGdpVsBasePct: number;
  /** which figures of this year are published statistics (`scenario.history`) rather than projections */
  actual: { gdp: boolean; energy: boolean };
  /** published figures set beside the engine's as a cross-check (absent where none is known) */
  reported: { electricityUse?: number; localCapacityMW?: number; localGeneration?: number };
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
  /** the year of highest CO2; of years equal up to rounding, the first */
  year: number;
  /** 万tCO2 */
  co2: number;
  /** false when CO2 is still at its highest in the last year: no peak within the horizon */
  withinHorizon: boolean;
  /** what the peak was judged on (`accounting.peakScope`): energy CO2, or energy and process CO2 */
  scope: PeakScope;
  /** `accounting.peakTolerancePct` the tests below used */
  tolerancePct: number;
  /** first and last year within the tolerance of the peak (the plateau) */
  plateau: { fromYear: number; toYear: number };
  /**
   * the first later year that climbs back above the lowest value since the peak by more
   * than the tolerance (`tolerancePct` % of the peak's value); null when none does
   */
  rebound: { year: number; co2: number; fromYear: number; fromCo2: number } | null;
  /** a peak that holds: within the horizon and no rebound (what a peak-year target needs) */
  holds: boolean;
  /**
   * the first year from which no later year exceeds its CO2, nor climbs back above the lowest
   * value since, by more than the tolerance: when the peak is reached within the tolerance
   * (≤ `year`; on a long plateau, its start). A peak-year target is judged on it.
   */
  reachedYear: number;
};

/** The accounting methods a result was computed under (the CLI's `--json` names them). */
export type MethodsUsed = {
  energyControl: EnergyControlRule;
  renewableAttribution: RenewableAttribution;
  electricityCo2: ElectricityCo2Method;
  peakTolerancePct: number;
  peakScope: PeakScope;
};

/**
 * A factor of a flagged change's decomposition: an LMDI driver (`LMDI_DRIVERS`) for CO2,
 * CO2 per GDP and energy (gdp, energyIntensity); for the energy assessed, also the energy
 * the energy-control rule excludes (`excludedEnergy`) and feedstock (`feedstockEnergy`).
 */
export type FlagFactor = LmdiDriver | 'excludedEnergy' | 'feedstockEnergy';

/** What drove a change flagged between two years. */
export type FlagDriver =
  /**
   * a generator whose first year of operation is this year, or the year before when it
   * started after January (`commissioningMonth` > 1): this year is then its first full year;
   * `buildoutYear`: a build-out lever's row that keeps the lever's name, to be named from its type and year
   */
  | { kind: 'projectEnters'; id: string; name: string; generatorType: GeneratorType; capacityMW: number; commissioningYear: number; commissioningMonth?: number; buildoutYear?: number }
  /** a generator whose first year out of operation is this year */
  | { kind: 'plantRetires'; id: string; name: string; generatorType: GeneratorType; capacityMW: number; buildoutYear?: number }
  | { kind: 'storageEnters' | 'storageRetires'; id: string; name: string; capacityMW: number }
  /** the grid factor (tCO2/MWh) of the year before and of this year, when it moved by more than `GRID_FACTOR_STEP_PCT` */
  | { kind: 'gridFactorStep'; from: number; to: number }
  /** this year's GDP or energy is published statistics (`scenario.history`), not the projection */
  | { kind: 'actualData'; field: 'gdp' | 'energy' }
  /** a factor's part of the change, in the metric's unit (万tCO2, 万tce, tCO2/万元, tce/万元); the parts add up to `to − from` */
  | { kind: 'factor'; factor: FlagFactor; contribution: number };

/**
 * A change from the year before larger than `FLAG_THRESHOLD_PCT`, with what drove it:
 * plan events and data first (projects, plants, storage, grid-factor steps, published
 * statistics that bear on the metric), then the decomposition's factors, largest first.
 */
export type YearFlag = {
  year: number;
  metric: 'co2' | 'energy' | 'energyAssessed' | 'co2PerGdp' | 'energyPerGdpAssessed';
  /** the metric's value the year before and this year */
  from: number;
  to: number;
  /** % change from the year before */
  changePct: number;
  drivers: FlagDriver[];
};
export type FlagMetric = YearFlag['metric'];

export type TargetStatus = {
  id: string;
  label: string;
  metric: TargetMetric;
  /** the plan sector of a sector target */
  sector?: PlanSector;
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
   * null when not judged, and for a peak-year target whose peak does not hold (no peak within
   * the horizon, or a rebound after it)
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
  /** each plan sector's peak, judged on its `judged` CO2 with the scenario's tolerance (absent: a sector with no CO2 in any year) */
  sectorPeaks: Partial<Record<PlanSector, Peak>>;
  targets: TargetStatus[];
  methods: MethodsUsed;
  /** year-on-year changes above `FLAG_THRESHOLD_PCT` (10 %), each with its drivers (flags.ts) */
  flags: YearFlag[];
  /** the hourly balance of the local grid, when the scenario asks for it (`scenario.hourly.enabled`) */
  hourly?: HourlyResults;
  /** investment, LCOE and the present value of the scenario's costs (shared/engine/costs) */
  costs?: CostResults;
};
