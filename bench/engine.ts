import { runScenario } from '../shared/engine/run';
import type { Scenario } from '../shared/model/scenario';
import type { Series } from '../shared/model/series';
import { resolveSeries } from '../shared/engine/series';

export type EngineFigure = {
  id: string;
  years: number;
  medianMs: number;
  p95Ms: number;
  runsPerSecond: number;
  exprMedianMs: number;
  exprRatio: number;
  seriesCount: number;
};

function isSeries(v: unknown): v is Series {
  return (
    typeof v === 'number' ||
    (Array.isArray(v) && v.every((p) => p && typeof p === 'object' && 'year' in p && 'value' in p)) ||
    (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { expr?: unknown }).expr === 'string')
  );
}

const SKIP = new Set(['sources', 'source', 'targets', 'region', 'schemaVersion', 'baseYear', 'endYear', 'id', 'name', 'nameEn',
  'description', 'capacityMW', 'commissioningYear', 'retirementYear', 'storageHours', 'roundTripEfficiencyPct', 'annualCycles',
  'baseGdpYiYuan', 'baseIntensityTcePerWanYuan', 'type', 'status', 'included', 'note', 'inputConvention', 'primaryElectricity',
  'excludeNewRenewablesFromIntensity', 'commissioningMonth', 'degradationPctPerYear', 'fossilCo2TPerMWh', 'accounting', 'history', 'rollup',
  'hourly', 'costs', 'uncertainty', 'investmentWanYuan', 'kind', 'productId', 'routeId', 'activityPerProductT', 'factorTCo2PerT',
  'benchmarkKgcePerT', 'baselineKgcePerT', 'baseStockWanM3', 'woodDensityTPerM3', 'biomassExpansionFactor', 'rootShootRatio',
  'carbonFraction']);

/**
 * Two forms of the same scenario with identical results: every series as
 * plain numbers per year (a point list of every year) and every series as a
 * year-dependent expression (`interp(...)` through the same points).
 */
export function plainAndExpressionForms(s: Scenario): { plain: Scenario; expr: Scenario; count: number } {
  let count = 0;
  const years = s.endYear - s.baseYear + 1;
  const map = (v: unknown, key: string, toExpr: boolean): unknown => {
    if (SKIP.has(key)) return v;
    // an empty list is a collection (no plants, no projects), not a series
    if (isSeries(v) && !(Array.isArray(v) && v.length === 0)) {
      if (!toExpr) count++;
      const values = resolveSeries(v, key, s.baseYear, years, s.baseYear, []);
      const first = values[0]!;
      const allSame = values.every((x) => x === first);
      if (!toExpr) return allSame ? first : Array.from(values, (value, i) => ({ year: s.baseYear + i, value }));
      const args = allSame
        ? `${s.baseYear}, ${first}, ${s.endYear}, ${first}`
        : Array.from(values, (value, i) => `${s.baseYear + i}, ${value}`).join(', ');
      return { expr: `interp(${args})` };
    }
    if (Array.isArray(v)) return v.map((x) => map(x, '', toExpr));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, map(x, k, toExpr)]));
    return v;
  };
  const plain = map(s, '', false) as Scenario;
  const expr = map(s, '', true) as Scenario;
  return { plain, expr, count };
}

function timeRuns(s: Scenario, runs: number): number[] {
  for (let i = 0; i < 200; i++) runScenario(s);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    runScenario(s);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

const q = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** The annual model alone: the hourly balance has its own section (bench/hourly.ts). */
export function withoutHourly(s: Scenario): Scenario {
  const { hourly: _hourly, ...rest } = s;
  return rest;
}

export function benchEngine(presets: Scenario[], runs = 2000): EngineFigure[] {
  const forms = presets.map((preset) => {
    const s = { ...withoutHourly(preset), endYear: 2060 };
    return { s, ...plainAndExpressionForms(s) };
  });
  // Every form runs before any is timed: the worker has run several scenarios before a
  // planner's edit, and without this the first preset timed pays the compiler's tier-ups
  // (a preset measured first came out 1.5× slower than its own expression form timed later).
  for (let i = 0; i < 200; i++) for (const f of forms) runScenario(i % 2 ? f.expr : f.plain);
  return forms.map(({ s, plain, expr, count }) => {
    const a = runScenario(plain).years.at(-1)!.co2;
    const b = runScenario(expr).years.at(-1)!.co2;
    if (Math.abs(a - b) > 1e-9 * Math.abs(a)) throw new Error(`${s.id}: expression form differs (${a} vs ${b})`);
    const plainTimes = timeRuns(plain, runs);
    const exprTimes = timeRuns(expr, runs);
    const medianMs = q(plainTimes, 0.5);
    const exprMedianMs = q(exprTimes, 0.5);
    return {
      id: s.id,
      years: s.endYear - s.baseYear + 1,
      medianMs,
      p95Ms: q(plainTimes, 0.95),
      runsPerSecond: 1000 / medianMs,
      exprMedianMs,
      exprRatio: exprMedianMs / medianMs,
      seriesCount: count,
    };
  });
}
