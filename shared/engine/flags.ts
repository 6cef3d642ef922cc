import { leverNamedRow } from '../model/lever-rows';
import { RENEWABLE_TYPES, type GeneratorType } from '../model/vocabulary';
import { decomposeCo2, logMean } from './lmdi';
import type { PreparedGenerator, PreparedScenario, PreparedStorage } from './prepare';
import type { FlagDriver, FlagFactor, FlagMetric, YearFlag, YearResult } from './results';

/** A change from one year to the next larger than this, in %, is flagged (either way). */
export const FLAG_THRESHOLD_PCT = 10;

/**
 * A grid-factor move larger than this, in %, is named as a step (a new published data year,
 * a switch of scope) rather than left inside the decomposition: the presets' assumed declines
 * move it by 3–4 % a year, which is trend, not an event.
 */
export const GRID_FACTOR_STEP_PCT = 5;

/** Below this relative size a change or a part is floating-point noise. */
const EPS = 1e-9;

const METRICS: readonly FlagMetric[] = ['co2', 'energy', 'energyAssessed', 'co2PerGdp', 'energyPerGdpAssessed'];
const RENEWABLE = new Set<GeneratorType>(RENEWABLE_TYPES);

/** Which plan events can move a metric under the scenario's accounting methods. */
type Bearing = {
  generator: (g: PreparedGenerator) => boolean;
  storage: (s: PreparedStorage) => boolean;
  gridFactor: boolean;
};

/**
 * Every year whose CO2, energy, energy assessed, CO2 per GDP or energy assessed per GDP
 * changes by more than `FLAG_THRESHOLD_PCT` from the year before, with its drivers: the
 * plan events between the two years that bear on the metric, a grid-factor step, published
 * statistics, and the decomposition of the change (parts that add up to it, largest first).
 *
 * Only flagged years are decomposed, so a run without flags costs one comparison per year
 * and metric.
 */
export function yearFlags(p: PreparedScenario, years: readonly YearResult[]): YearFlag[] {
  const flags: YearFlag[] = [];
  let bearing: Record<FlagMetric, Bearing> | null = null;
  for (let i = 1; i < years.length; i++) {
    const a = years[i - 1]!;
    const b = years[i]!;
    for (const metric of METRICS) {
      const from = a[metric];
      const to = b[metric];
      if (from === 0) continue;
      const changePct = ((to - from) / Math.abs(from)) * 100;
      if (!(Math.abs(changePct) > FLAG_THRESHOLD_PCT + EPS)) continue;
      bearing ??= bearingOf(p);
      const drivers = [
        ...events(p, b.year, bearing[metric]),
        ...gridStep(p, i, bearing[metric]),
        ...actualData(b),
        ...factors(metric, a, b),
      ];
      flags.push({ year: b.year, metric, from, to, changePct, drivers });
    }
  }
  return flags;
}

/**
 * Local generation moves CO2 only where the method counts local thermal output and net
 * imports (location- and market-based count electricity use at the grid factor whoever
 * generates it), but a waste-to-energy plant's fossil CO2 under every method. It moves the
 * energy assessed only where the control rule deducts renewable electricity attributed by
 * the physical local balance (or the legacy rule's new renewables), and the intensity only
 * where the rule deducts from it. Pumped-storage losses move CO2 when charged to the region
 * and energy when charged to the host. The total energy is GDP × intensity: no plant moves it.
 */
function bearingOf(p: PreparedScenario): Record<FlagMetric, Bearing> {
  const acc = p.scenario.accounting;
  const localCo2 = acc.electricityCo2 === 'netImports' || acc.electricityCo2 === 'netImportsNoExportCredit';
  const localAssessed =
    acc.energyControl === 'legacyNewRenewables' || (acc.energyControl !== 'none' && acc.renewableAttribution === 'localBalance');
  const co2: Bearing = {
    generator: (g) => localCo2 || g.fossilCo2TPerMWh > 0,
    storage: (s) => s.attribution !== 'gridAsset',
    gridFactor: true,
  };
  const hostStorage = (s: PreparedStorage) => s.attribution === 'host';
  const renewable = (g: PreparedGenerator) => RENEWABLE.has(g.type) && (acc.energyControl !== 'legacyNewRenewables' || g.newRenewable);
  const assessed: Bearing = { generator: (g) => localAssessed && renewable(g), storage: hostStorage, gridFactor: false };
  // 1258号 deducts the renewable increase from the total, not from the intensity
  const intensityMoves = localAssessed && acc.energyControl !== 'renewableIncreaseExcluded';
  return {
    co2,
    co2PerGdp: co2,
    energy: { generator: () => false, storage: hostStorage, gridFactor: false },
    energyAssessed: assessed,
    energyPerGdpAssessed: { ...assessed, generator: (g) => intensityMoves && renewable(g) },
  };
}

/**
 * Plants and storage entering or leaving between `year − 1` and `year`. A generator that
 * started after January of the year before reaches its first full year now, so it drives
 * this change too.
 */
function events(p: PreparedScenario, year: number, bear: Bearing): FlagDriver[] {
  const entering: FlagDriver[] = [];
  const leaving: FlagDriver[] = [];
  let months: Map<string, number> | null = null;
  for (const g of p.generators) {
    const recent = g.from === year || g.from === year - 1;
    const month = recent ? (months ??= commissioningMonths(p)).get(g.id) : undefined;
    const enters = g.from === year || (g.from === year - 1 && month !== undefined && month > 1);
    const retires = g.to === year;
    if (!(enters || retires) || !bear.generator(g)) continue;
    // a build-out lever's row is named by whoever shows it, from its type and year
    const lever = leverNamedRow(p.scenario, g);
    const base = { id: g.id, name: g.name, generatorType: g.type, capacityMW: g.capacityMW, ...(lever ? { buildoutYear: lever.year } : {}) };
    if (enters) entering.push({ kind: 'projectEnters', ...base, commissioningYear: g.from, ...(month !== undefined ? { commissioningMonth: month } : {}) });
    if (retires) leaving.push({ kind: 'plantRetires', ...base });
  }
  for (const s of p.storage) {
    if (!bear.storage(s)) continue;
    const base = { id: s.id, name: s.name, capacityMW: s.capacityMW };
    if (s.from === year) entering.push({ kind: 'storageEnters', ...base });
    else if (s.to === year) leaving.push({ kind: 'storageRetires', ...base });
  }
  const bySize = (x: FlagDriver, y: FlagDriver) => capacity(y) - capacity(x);
  return [...entering.sort(bySize), ...leaving.sort(bySize)];
}

function capacity(d: FlagDriver): number {
  return 'capacityMW' in d ? d.capacityMW : 0;
}

function commissioningMonths(p: PreparedScenario): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of [...p.scenario.electricity.fleet, ...p.scenario.electricity.projects]) {
    if (g.commissioningMonth !== undefined) out.set(g.id, g.commissioningMonth);
  }
  return out;
}

function gridStep(p: PreparedScenario, i: number, bear: Bearing): FlagDriver[] {
  if (!bear.gridFactor) return [];
  const from = p.gridFactor[i - 1]!;
  const to = p.gridFactor[i]!;
  const moved = from > 0 ? (Math.abs(to - from) / from) * 100 > GRID_FACTOR_STEP_PCT : to > 0;
  return moved ? [{ kind: 'gridFactorStep', from, to }] : [];
}

/** GDP and energy feed every flagged metric, so a published figure bears on each. */
function actualData(y: YearResult): FlagDriver[] {
  const out: FlagDriver[] = [];
  if (y.actual.gdp) out.push({ kind: 'actualData', field: 'gdp' });
  if (y.actual.energy) out.push({ kind: 'actualData', field: 'energy' });
  return out;
}

/**
 * The change split into factors that add up to it, largest first, zeros left out:
 * - CO2: the LMDI decomposition (`decomposeCo2`);
 * - CO2 per GDP: the same on both years' figures per unit of GDP (the GDP factor is then 1
 *   in both, so it takes nothing);
 * - energy E = G · (E/G): LMDI over its two factors;
 * - energy assessed E − X − F (X excluded by the control rule, F feedstock): energy's two
 *   factors, −ΔX and −ΔF; per GDP, Δ(E/G), −Δ(X'/G) and −Δ(F/G), X' what the rule excludes
 *   from the intensity.
 */
function factors(metric: FlagMetric, a: YearResult, b: YearResult): FlagDriver[] {
  let parts: [FlagFactor, number][];
  switch (metric) {
    case 'co2':
      parts = decomposeCo2(a, b).parts.map((q) => [q.driver, q.value]);
      break;
    case 'co2PerGdp':
      parts = decomposeCo2(perGdp(a), perGdp(b)).parts.map((q) => [q.driver, q.value]);
      break;
    case 'energy':
      parts = energyParts(a, b);
      break;
    case 'energyAssessed':
      parts = [...energyParts(a, b), ['excludedEnergy', excluded(a) - excluded(b)], ['feedstockEnergy', a.feedstockEnergy - b.feedstockEnergy]];
      break;
    case 'energyPerGdpAssessed':
      parts = [
        ['energyIntensity', b.energyPerGdp - a.energyPerGdp],
        ['excludedEnergy', excludedPerGdp(a) - excludedPerGdp(b)],
        ['feedstockEnergy', a.feedstockEnergy / a.gdp - b.feedstockEnergy / b.gdp],
      ];
      break;
  }
  const noise = EPS * (Math.abs(a[metric]) + Math.abs(b[metric]));
  return parts
    .filter(([, v]) => Math.abs(v) > noise)
    .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]))
    .map(([factor, contribution]) => ({ kind: 'factor', factor, contribution }));
}

/** energy the control rule leaves out of the energy assessed, 万tce */
function excluded(y: YearResult): number {
  return y.energy - y.energyAssessed - y.feedstockEnergy;
}

/** energy per GDP the control rule leaves out of the intensity assessed (not always `excluded` / GDP: 1258号 deducts from the total only), tce/万元 */
function excludedPerGdp(y: YearResult): number {
  return y.energyPerGdp - y.energyPerGdpAssessed - y.feedstockEnergy / y.gdp;
}

/** LMDI-I of E = G · (E/G): each factor's part is L(E_b, E_a) · ln(x_b / x_a). */
function energyParts(a: YearResult, b: YearResult): [FlagFactor, number][] {
  if (!(a.energy > 0 && b.energy > 0)) return [['energyIntensity', b.energy - a.energy]];
  const w = logMean(b.energy, a.energy);
  const gdp = w * Math.log(b.gdp / a.gdp);
  // the intensity's part as the remainder keeps the sum exact (ln(E_b/E_a) = ln(G_b/G_a) + ln(I_b/I_a))
  return [
    ['gdp', gdp],
    ['energyIntensity', b.energy - a.energy - gdp],
  ];
}

/** The year's CO2 terms per unit of GDP: what `decomposeCo2` reads, divided by GDP. */
function perGdp(y: YearResult): YearResult {
  const k = 1 / y.gdp;
  const scale = <K extends string>(r: Record<K, number>): Record<K, number> => {
    const out = {} as Record<K, number>;
    for (const key in r) out[key] = r[key] * k;
    return out;
  };
  return {
    ...y,
    gdp: 1,
    energy: y.energy * k,
    energyByFuel: scale(y.energyByFuel),
    co2BySource: scale(y.co2BySource),
    electricityDemand: y.electricityDemand * k,
    generationByType: scale(y.generationByType),
    netImports: y.netImports * k,
    co2: y.co2 * k,
  };
}
