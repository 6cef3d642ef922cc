import type { Peak, ScenarioResults, YearFlag, YearResult } from '../../../../shared/engine/results';
import { COMBUSTION_FUELS, FUELS, GENERATOR_TYPES, PLAN_SECTORS, SECTORS } from '../../../../shared/model/vocabulary';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * A year of results written by hand: CO2 all from coal at the point of use,
 * GDP 100 亿元, energy 50 万tce, electricity demand 20 亿kWh, every other figure 0,
 * unless `over` says otherwise. Enough for the views, which only show figures.
 */
export function handYear(year: number, co2: number, over: Partial<YearResult> = {}): YearResult {
  const gdp = over.gdp ?? 100;
  const energy = over.energy ?? 50;
  return {
    year,
    population: 10,
    gdp,
    energy,
    energyAssessed: energy,
    nonFossilEnergy: 0,
    renewableElectricityConsumed: 0,
    feedstockEnergy: 0,
    greenPower: 0,
    energyByFuel: { ...zeros(FUELS), coal: energy },
    energyBySector: { ...zeros(SECTORS), industry: energy },
    electricityDemand: 20,
    generationByType: zeros(GENERATOR_TYPES),
    localGeneration: 0,
    storageLoss: 0,
    storageLossCharged: 0,
    netImports: 20,
    capacityMW: zeros(GENERATOR_TYPES),
    pumpedStorageMW: 0,
    co2,
    co2BySource: { ...zeros(COMBUSTION_FUELS), coal: co2, localPower: 0, importedElectricity: 0, storageLosses: 0, wasteIncineration: 0 },
    processCo2: 0,
    processCo2ById: {},
    co2WithProcess: co2,
    co2Judged: co2,
    products: [],
    sectorCo2: Object.fromEntries(
      PLAN_SECTORS.map((s) => {
        const c = s === 'industry' ? co2 : 0;
        return [s, { direct: c, electricity: 0, process: 0, energy: c, judged: c, energyUse: s === 'industry' ? energy : 0 }];
      }),
    ) as YearResult['sectorCo2'],
    co2Unallocated: { storageLosses: 0, wasteIncineration: 0, electricity: 0 },
    netCo2: co2,
    gridFactor: 0.5,
    co2PerGdp: co2 / gdp,
    co2PerCapita: co2 / 10,
    energyPerGdp: energy / gdp,
    energyPerGdpAssessed: energy / gdp,
    nonFossilShare: 0,
    co2VsBasePct: 0,
    co2PerGdpVsBasePct: 0,
    energyPerGdpVsBasePct: 0,
    actual: { gdp: false, energy: false },
    reported: {},
    ...over,
  };
}

/**
 * Results of a scenario `id` from `baseYear` with the given CO2 per year, the
 * peak as stated (the views show the engine's peak; they do not look for one),
 * no targets and no periods unless added.
 */
export function handResults(
  id: string,
  baseYear: number,
  co2: number[],
  peak: Partial<Peak> & Pick<Peak, 'year' | 'co2'>,
  over: { years?: (y: YearResult, i: number) => Partial<YearResult>; flags?: YearFlag[]; targets?: ScenarioResults['targets'] } = {},
): ScenarioResults {
  const years = co2.map((c, i) => {
    const y = handYear(baseYear + i, c);
    return { ...y, ...(over.years?.(y, i) ?? {}) };
  });
  return {
    scenarioId: id,
    baseYear,
    endYear: baseYear + co2.length - 1,
    years,
    periods: [],
    peak: {
      withinHorizon: true,
      scope: 'energy',
      tolerancePct: 2,
      plateau: { fromYear: peak.year, toYear: peak.year },
      rebound: null,
      holds: true,
      reachedYear: peak.year,
      ...peak,
    },
    sectorPeaks: {},
    targets: over.targets ?? [],
    methods: { energyControl: 'nonFossilExcluded', renewableAttribution: 'provincialPool', electricityCo2: 'netImports', peakTolerancePct: 2, peakScope: 'energy' },
    flags: over.flags ?? [],
  };
}
