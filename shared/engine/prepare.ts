import type { Scenario } from '../model/scenario';
import {
  COMBUSTION_FUELS,
  FEEDSTOCK_FUELS,
  FUELS,
  RENEWABLE_TYPES,
  SECTORS,
  type CombustionFuel,
  type FeedstockFuel,
  type Fuel,
  type GeneratorType,
  type Sector,
  type StorageAttribution,
} from '../model/vocabulary';
import type { Series } from '../model/series';
import { SHARE_TOLERANCE_PCT } from '../model/ops-shares';
import { MAX_CO2_WAN_T, MAX_ENERGY_WAN_TCE, MAX_POPULATION_WAN, MAX_REDUCTION_PCT } from '../model/bounds';
import { issueAt } from '../model/issue-codes';
import type { ScenarioIssue, SeriesResolver } from './series-values';
import type { YearResult } from './results';
import { storageEnergyMWh } from './derived';
import { ScenarioError } from './scenario-error';
import { prepareHourly, type PreparedHourly } from './hourly/prepare-hourly';
import { prepareIndustry, type PreparedIndustry } from './industry/prepare-industry';

export { ScenarioError };

export type PreparedGenerator = {
  id: string;
  name: string;
  type: GeneratorType;
  capacityMW: number;
  /** hours at full output counted each year: the utilisation hours × the part of the first year in operation × degradation × the hydro year factor */
  hours: Float64Array;
  /** first operating year */
  from: number;
  /** first year no longer operating */
  to: number;
  /** commissioned after the base year and renewable: what the legacy energy-control rule (`legacyNewRenewables`) excludes */
  newRenewable: boolean;
  /** fossil CO2 of its output (waste incineration), tCO2/MWh */
  fossilCo2TPerMWh: number;
};

export type PreparedStorage = {
  id: string;
  name: string;
  capacityMW: number;
  /** generation per year, MWh */
  outputMWh: number;
  /** pumping minus generation per year, MWh */
  lossMWh: number;
  attribution: StorageAttribution;
  from: number;
  to: number;
};

/** Every series of a scenario resolved to one value per year (index 0 = base year). */
export type PreparedScenario = {
  scenario: Scenario;
  baseYear: number;
  endYear: number;
  count: number;
  population: Float64Array;
  gdpGrowthPct: Float64Array;
  intensityDeclinePct: Float64Array;
  sectorSharePct: Record<Sector, Float64Array>;
  fuelSharePct: Record<Sector, Record<Fuel, Float64Array>>;
  generators: PreparedGenerator[];
  storage: PreparedStorage[];
  heatRate: { coal: Float64Array; gas: Float64Array };
  gridFactor: Float64Array;
  importedNonFossilPct: Float64Array;
  importedRenewablePct: Float64Array;
  greenPower: Float64Array;
  feedstockSharePct: Record<FeedstockFuel, Float64Array>;
  emissionFactor: Record<CombustionFuel, Float64Array>;
  coalSubstitutionGce: Float64Array;
  /** published statistics that replace the projection, by year index */
  actual: { gdp: (number | undefined)[]; energy: (number | undefined)[] };
  /** published statistics set beside the results, by year index */
  reported: YearResult['reported'][];
  /** the hourly balance's settings; null when the scenario does not ask for it */
  hourly: PreparedHourly | null;
  /** key products, process CO2, the plan sectors' shares and the forest */
  industry: PreparedIndustry;
};

type Range = { min?: number; max?: number; minExclusive?: boolean };

const RENEWABLE = new Set<string>(RENEWABLE_TYPES);

/**
 * Resolves and checks a structurally valid scenario (see `validateScenario`).
 * Collects every problem rather than stopping at the first, then throws
 * `ScenarioError` if there is any. `resolve` turns each series into yearly
 * values: `resolveSeries` (with expressions) or `resolvePlainSeries` for a
 * caller that knows there are none.
 */
export function prepareScenario(s: Scenario, resolve: SeriesResolver): PreparedScenario {
  const issues: ScenarioIssue[] = [];
  const { baseYear, endYear } = s;
  if (endYear <= baseYear)
    issues.push(issueAt('endYear', 'year.endNotAfterBase', { end: endYear, base: baseYear }));
  if (endYear < 2030 || endYear > 2060)
    issues.push(issueAt('endYear', 'year.endRange', { min: 2030, max: 2060 }));
  if (issues.length) throw new ScenarioError(issues);
  const count = endYear - baseYear + 1;

  const series = (value: Series, path: string, range?: Range): Float64Array => {
    const before = issues.length;
    const out = resolve(value, path, baseYear, count, baseYear, issues);
    // a series that failed to resolve is zero-filled: its range would only add a misleading second message
    if (range && issues.length === before) checkRange(out, path, baseYear, range, issues);
    return out;
  };

  const population = series(s.populationWan, 'populationWan', {
    min: 0,
    minExclusive: true,
    max: MAX_POPULATION_WAN,
  });
  const gdpGrowthPct = series(s.economy.gdpGrowthPct, 'economy.gdpGrowthPct', {
    min: -50,
    max: 50,
  });
  const intensityDeclinePct = series(s.energy.intensityDeclinePct, 'energy.intensityDeclinePct', {
    min: -50,
    max: 50,
  });

  const sectorSharePct = {} as Record<Sector, Float64Array>;
  const fuelSharePct = {} as Record<Sector, Record<Fuel, Float64Array>>;
  for (const sector of SECTORS) {
    const base = `energy.sectors.${sector}`;
    sectorSharePct[sector] = series(s.energy.sectors[sector].sharePct, `${base}.sharePct`, {
      min: 0,
      max: 100,
    });
    const fuels = {} as Record<Fuel, Float64Array>;
    for (const fuel of FUELS) {
      fuels[fuel] = series(s.energy.sectors[sector].fuelSharesPct[fuel], `${base}.fuelSharesPct.${fuel}`, {
        min: 0,
        max: 100,
      });
    }
    fuelSharePct[sector] = fuels;
    checkSum(
      FUELS.map((f) => fuels[f]),
      `${base}.fuelSharesPct`,
      'fuel',
      baseYear,
      issues,
    );
  }
  checkSum(
    SECTORS.map((x) => sectorSharePct[x]),
    'energy.sectors',
    'sector',
    baseYear,
    issues,
  );

  const e = s.electricity;
  const hydroYearFactor = optionalSeries(e.hydroYearFactor, 'electricity.hydroYearFactor', 1, { min: 0, max: 3 });
  const generators: PreparedGenerator[] = [];
  const ids = new Set<string>();
  const addGenerators = (list: Scenario['electricity']['fleet'], path: string) => {
    list.forEach((g, i) => {
      const p = `electricity.${path}[${i}]`;
      if (ids.has(g.id)) issues.push(issueAt(`${p}.id`, 'id.duplicate', { id: g.id }));
      ids.add(g.id);
      if (g.retirementYear !== undefined && g.retirementYear <= g.commissioningYear) {
        issues.push(issueAt(`${p}.retirementYear`, 'year.retirement'));
      }
      const hours = series(g.utilisationHours, `${p}.utilisationHours`, {
        min: 0,
        max: 8760,
      });
      if (!g.included) return;
      generators.push({
        id: g.id,
        name: g.name,
        type: g.type,
        capacityMW: g.capacityMW,
        hours: outputHours(hours, g, baseYear, g.type === 'hydro' ? hydroYearFactor : null),
        from: g.commissioningYear,
        to: g.retirementYear ?? Number.POSITIVE_INFINITY,
        newRenewable: g.commissioningYear > baseYear && RENEWABLE.has(g.type),
        fossilCo2TPerMWh: g.fossilCo2TPerMWh ?? 0,
      });
    });
  };
  addGenerators(s.electricity.fleet, 'fleet');
  addGenerators(s.electricity.projects, 'projects');

  const storage: PreparedStorage[] = [];
  s.electricity.pumpedStorage.forEach((p, i) => {
    const path = `electricity.pumpedStorage[${i}]`;
    if (ids.has(p.id)) issues.push(issueAt(`${path}.id`, 'id.duplicate', { id: p.id }));
    ids.add(p.id);
    if (p.retirementYear !== undefined && p.retirementYear <= p.commissioningYear) {
      issues.push(issueAt(`${path}.retirementYear`, 'year.retirement'));
    }
    if (p.storageHours * p.annualCycles > 8760) {
      issues.push(issueAt(`${path}.annualCycles`, 'storage.cycles'));
    }
    if (!p.included) return;
    const { outputMWh, lossMWh } = storageEnergyMWh(p);
    storage.push({
      id: p.id,
      name: p.name,
      capacityMW: p.capacityMW,
      outputMWh,
      lossMWh,
      attribution: p.attribution,
      from: p.commissioningYear,
      to: p.retirementYear ?? Number.POSITIVE_INFINITY,
    });
  });

  const heatRate = {
    coal: series(e.heatRateGcePerKWh.coal, 'electricity.heatRateGcePerKWh.coal', {
      min: 100,
      max: 1000,
    }),
    gas: series(e.heatRateGcePerKWh.gas, 'electricity.heatRateGcePerKWh.gas', {
      min: 100,
      max: 1000,
    }),
  };
  const gridFactor = series(e.gridEmissionFactor, 'electricity.gridEmissionFactor', {
    min: 0,
    max: 2,
  });
  const importedNonFossilPct = series(e.importedNonFossilSharePct, 'electricity.importedNonFossilSharePct', {
    min: 0,
    max: 100,
  });
  const importedRenewablePct =
    e.importedRenewableSharePct === undefined
      ? importedNonFossilPct
      : series(e.importedRenewableSharePct, 'electricity.importedRenewableSharePct', { min: 0, max: 100 });
  const greenPower = optionalSeries(e.greenPowerYiKWh, 'electricity.greenPowerYiKWh', 0, { min: 0 });
  const feedstockSharePct = {} as Record<FeedstockFuel, Float64Array>;
  for (const fuel of FEEDSTOCK_FUELS) {
    feedstockSharePct[fuel] = optionalSeries(s.energy.feedstockSharePct?.[fuel], `energy.feedstockSharePct.${fuel}`, 0, { min: 0, max: 100 });
  }
  const emissionFactor = {} as Record<CombustionFuel, Float64Array>;
  for (const fuel of COMBUSTION_FUELS) {
    emissionFactor[fuel] = series(s.emissionFactors.tCo2PerTce[fuel], `emissionFactors.tCo2PerTce.${fuel}`, {
      min: 0,
      max: 10,
    });
  }
  const coalSubstitutionGce = series(s.conventions.coalSubstitutionGcePerKWh, 'conventions.coalSubstitutionGcePerKWh', {
    min: 100,
    max: 1000,
  });

  const byIndex = (values: Record<string, { value: number }> | undefined) => {
    const out: (number | undefined)[] = new Array<number | undefined>(count).fill(undefined);
    for (const [y, v] of Object.entries(values ?? {})) {
      const i = Number(y) - baseYear;
      if (i >= 0 && i < count) out[i] = v.value;
    }
    return out;
  };
  const h = s.history;
  const actual = { gdp: byIndex(h?.gdpYiYuan), energy: byIndex(h?.energyWanTce) };
  actual.gdp.forEach((v, i) => {
    if (v !== undefined && v <= 0) issues.push(issueAt(`history.gdpYiYuan.${baseYear + i}.value`, 'value.positive'));
  });
  actual.energy.forEach((v, i) => {
    if (v !== undefined && v <= 0) issues.push(issueAt(`history.energyWanTce.${baseYear + i}.value`, 'value.positive'));
  });
  const electricityUse = byIndex(h?.electricityUseYiKWh);
  const localCapacity = byIndex(h?.localCapacityMW);
  const localGeneration = byIndex(h?.localGenerationYiKWh);
  const reported: YearResult['reported'][] = [];
  for (let i = 0; i < count; i++) {
    const r: YearResult['reported'] = {};
    if (electricityUse[i] !== undefined) r.electricityUse = electricityUse[i];
    if (localCapacity[i] !== undefined) r.localCapacityMW = localCapacity[i];
    if (localGeneration[i] !== undefined) r.localGeneration = localGeneration[i];
    reported.push(r);
  }

  const hourly = prepareHourly(s, count, series, ids, issues);
  const industry = prepareIndustry(s, count, series, issues);
  checkTargets(s, issues);
  if (issues.length) throw new ScenarioError(issues);
  return {
    scenario: s,
    baseYear,
    endYear,
    count,
    population,
    gdpGrowthPct,
    intensityDeclinePct,
    sectorSharePct,
    fuelSharePct,
    generators,
    storage,
    heatRate,
    gridFactor,
    importedNonFossilPct,
    importedRenewablePct,
    greenPower,
    feedstockSharePct,
    emissionFactor,
    coalSubstitutionGce,
    actual,
    reported,
    hourly,
    industry,
  };

  function optionalSeries(value: Series | undefined, path: string, absent: number, range: Range): Float64Array {
    return value === undefined ? new Float64Array(count).fill(absent) : series(value, path, range);
  }
}

/**
 * Hours at full output counted each year, from the utilisation hours h:
 * - the first year, when operation starts in month m (1–12): h × (13 − m)/12, the months
 *   m to December (m = 7: half a year); without a month the first year counts whole;
 * - a year of age a ≥ 1 (years since the commissioning year): h × (1 − d/100)^a, d the
 *   degradation rate (PV modules lose output each year; the first year is the new module);
 * - hydro: × the year's wet/dry factor (1 = the plants' typical hours).
 * Capacity in operation (`capacityMW`) is counted whole from the commissioning year.
 */
function outputHours(
  hours: Float64Array,
  g: Pick<Scenario['electricity']['fleet'][number], 'commissioningYear' | 'commissioningMonth' | 'degradationPctPerYear'>,
  baseYear: number,
  yearFactor: Float64Array | null,
): Float64Array {
  const month = g.commissioningMonth;
  const degradation = g.degradationPctPerYear ?? 0;
  if (month === undefined && degradation === 0 && yearFactor === null) return hours;
  const out = new Float64Array(hours.length);
  for (let i = 0; i < hours.length; i++) {
    const age = baseYear + i - g.commissioningYear;
    let h = hours[i]!;
    if (age === 0 && month !== undefined) h *= (13 - month) / 12;
    if (age > 0 && degradation > 0) h *= Math.pow(1 - degradation / 100, age);
    if (yearFactor) h *= yearFactor[i]!;
    out[i] = h;
  }
  return out;
}

function checkRange(values: Float64Array, path: string, baseYear: number, r: Range, issues: ScenarioIssue[]): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const low = r.min !== undefined && (r.minExclusive ? v <= r.min : v < r.min);
    const high = r.max !== undefined && v > r.max;
    if (low || high) {
      const bound = low ? (r.minExclusive ? 'greaterThan' : 'atLeast') : 'atMost';
      issues.push(issueAt(path, 'value.range', { bound, limit: (low ? r.min : r.max)!, value: v, year: baseYear + i }));
      return;
    }
  }
}

function checkSum(parts: Float64Array[], path: string, what: 'fuel' | 'sector', baseYear: number, issues: ScenarioIssue[]): void {
  const count = parts[0]?.length ?? 0;
  for (let i = 0; i < count; i++) {
    let sum = 0;
    for (const p of parts) sum += p[i]!;
    if (Math.abs(sum - 100) > SHARE_TOLERANCE_PCT) {
      issues.push(issueAt(path, what === 'fuel' ? 'shares.fuelSum' : 'shares.sectorSum', { sum, year: baseYear + i }));
      return;
    }
  }
}

function checkTargets(s: Scenario, issues: ScenarioIssue[]): void {
  const ids = new Set<string>();
  s.targets.forEach((t, i) => {
    const p = `targets[${i}]`;
    if (ids.has(t.id)) issues.push(issueAt(`${p}.id`, 'id.duplicate', { id: t.id }));
    ids.add(t.id);
    const reduction = t.metric === 'co2IntensityReduction' || t.metric === 'energyIntensityReduction';
    if ((reduction || t.metric === 'co2Budget') && t.fromYear === undefined) issues.push(issueAt(`${p}.fromYear`, 'target.fromYearNeeded'));
    if (t.fromYear !== undefined && t.fromYear >= t.year) issues.push(issueAt(`${p}.fromYear`, 'target.fromYearNotBefore'));
    if (t.fromYear !== undefined && t.fromYear < s.baseYear)
      issues.push(issueAt(`${p}.fromYear`, 'target.fromYearBeforeBase', { year: s.baseYear }));
    if (t.metric === 'nonFossilShare' && (t.value < 0 || t.value > 100)) issues.push(issueAt(`${p}.value`, 'target.share'));
    if ((t.metric === 'energyCap' || t.metric === 'co2Cap' || t.metric === 'co2Budget') && t.value <= 0)
      issues.push(issueAt(`${p}.value`, 'target.capPositive'));
    if (t.metric === 'energyCap' && t.value > MAX_ENERGY_WAN_TCE)
      issues.push(issueAt(`${p}.value`, 'value.atMost', { limit: MAX_ENERGY_WAN_TCE, unit: '万tce' }));
    if (t.metric === 'co2Cap' && t.value > MAX_CO2_WAN_T)
      issues.push(issueAt(`${p}.value`, 'value.atMost', { limit: MAX_CO2_WAN_T, unit: '万tCO2' }));
    if ((reduction || t.metric === 'sectorIntensityReduction') && Math.abs(t.value) > MAX_REDUCTION_PCT)
      issues.push(issueAt(`${p}.value`, 'target.reductionRange', { min: -MAX_REDUCTION_PCT, max: MAX_REDUCTION_PCT }));
    if (t.metric === 'sectorPeakYear' || t.metric === 'sectorIntensityReduction') {
      if (t.sector === undefined) issues.push(issueAt(`${p}.sector`, 'target.sectorNeeded'));
      else if (t.metric === 'sectorIntensityReduction' && t.sector !== 'industry') issues.push(issueAt(`${p}.sector`, 'target.sectorIntensityIndustryOnly'));
      else if (t.metric === 'sectorIntensityReduction' && s.sectorReporting?.industryValueAddedSharePct === undefined)
        issues.push(issueAt(`${p}.metric`, 'target.valueAddedNeeded'));
    }
    if ((t.metric === 'forestCover' || t.metric === 'forestStock') && !s.sinks?.forest) issues.push(issueAt(`${p}.metric`, 'target.forestNeeded'));
    if (t.metric === 'sectorIntensityReduction' && t.fromYear === undefined) issues.push(issueAt(`${p}.fromYear`, 'target.fromYearNeeded'));
    if (t.metric === 'forestCover' && (t.value < 0 || t.value > 100)) issues.push(issueAt(`${p}.value`, 'target.share'));
    const peakLike = t.metric === 'peakYear' || t.metric === 'sectorPeakYear';
    if (peakLike && !Number.isInteger(t.value)) issues.push(issueAt(`${p}.value`, 'target.peakYearWhole'));
    else if (peakLike && (t.value < 1990 || t.value > 2100))
      issues.push(issueAt(`${p}.value`, 'target.peakYearRange', { min: 1990, max: 2100 }));
  });
}
