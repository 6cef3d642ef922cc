import type { TargetMetric } from '../model/vocabulary';
import { renewableCapacityMW } from './derived';
import { decomposeCo2, LMDI_DRIVERS, type LmdiDriver } from './lmdi';
import type { ScenarioResults, TargetStatus, YearResult } from './results';

/**
 * The comparison of several scenarios' results, built once for the compare
 * page and the printed comparison report alike: key figures against the first
 * scenario (the reference), the target matrix, the years shown and the CO2
 * gap by driver. Everything here reads engine results; nothing is recomputed.
 */

/** Per-year figures of the key-figure table, in table order. */
export const KEY_METRICS = ['gdp', 'energy', 'co2', 'co2PerGdp', 'energyPerGdp', 'nonFossilShare', 'renewableCapacity'] as const;
export type KeyMetric = (typeof KEY_METRICS)[number];
/** Figures of the whole horizon: the peak year and the CO2 at the peak. */
export type PeakMetric = 'peakYear' | 'peakCo2';

/**
 * Unit of each figure (the engine's unit strings, as in RESULT_UNITS); energy
 * per GDP is in the reporting convention, renewable capacity is what operates
 * that year (hydro, PV, wind, biomass). A share's difference is in percentage points.
 */
export const KEY_METRIC_UNITS: Readonly<Record<KeyMetric | PeakMetric, string>> = {
  gdp: '亿元',
  energy: '万tce',
  co2: '万tCO2',
  co2PerGdp: 'tCO2/万元',
  energyPerGdp: 'tce/万元',
  nonFossilShare: '%',
  renewableCapacity: 'MW',
  peakYear: '年',
  peakCo2: '万tCO2',
};

export function keyMetricValue(y: YearResult, metric: KeyMetric): number {
  return metric === 'renewableCapacity' ? renewableCapacityMW(y) : y[metric];
}

/**
 * Which way is better, for judging a difference (less CO2 and energy per GDP,
 * more non-fossil and renewable capacity, an earlier and lower peak). GDP is
 * neither: a smaller city is not a worse scenario; nor is total energy on its own.
 */
export const BETTER: Readonly<Record<KeyMetric | PeakMetric, 'higher' | 'lower' | 'neutral'>> = {
  gdp: 'neutral',
  energy: 'lower',
  co2: 'lower',
  co2PerGdp: 'lower',
  energyPerGdp: 'lower',
  nonFossilShare: 'higher',
  renewableCapacity: 'higher',
  peakYear: 'lower',
  peakCo2: 'lower',
};

/** Whether a difference to the reference is an improvement; null when there is none or the metric has no better side. */
export function diffVerdict(metric: KeyMetric | PeakMetric, diff: number | null): 'better' | 'worse' | null {
  if (diff === null || Math.abs(diff) < 1e-12 || BETTER[metric] === 'neutral') return null;
  return diff < 0 === (BETTER[metric] === 'lower') ? 'better' : 'worse';
}

/**
 * One scenario's figure and how far it lies from the reference (the first scenario):
 * `diff` in the figure's unit (percentage points for a share, years for the peak year),
 * `diffPct` relative to the reference's value. Both null for the reference itself and
 * where either value is missing (a year outside a horizon); `diffPct` also when the
 * reference value is 0, and for the peak year (a year is no quantity).
 */
export type Figure = { value: number | null; diff: number | null; diffPct: number | null };

export function yearResult(r: ScenarioResults, year: number): YearResult | undefined {
  return r.years[year - r.baseYear];
}

/** Figures of several scenarios against the first. */
export function againstReference(values: readonly (number | null)[], withPct = true): Figure[] {
  const ref = values[0] ?? null;
  return values.map((value, i) => {
    if (i === 0 || value === null || ref === null) return { value, diff: null, diffPct: null };
    const diff = value - ref;
    return { value, diff, diffPct: withPct && ref !== 0 ? (diff / Math.abs(ref)) * 100 : null };
  });
}

/** `metric` in `year` for each scenario, against the first. */
export function keyFigures(runs: readonly ScenarioResults[], metric: KeyMetric, year: number): Figure[] {
  return againstReference(
    runs.map((r) => {
      const y = yearResult(r, year);
      return y ? keyMetricValue(y, metric) : null;
    }),
  );
}

/**
 * Peak year (difference in years, no %) and peak CO2 (万tCO2; the highest value in the horizon
 * when CO2 has not peaked) of each scenario, against the first. A scenario whose peak does not
 * hold (still rising at the end of its horizon, or rebounding after it: findPeak) has no peak
 * year (null): its real peak year is unknown.
 */
export function peakFigures(runs: readonly ScenarioResults[]): { year: Figure[]; co2: Figure[] } {
  return {
    year: againstReference(
      runs.map((r) => (r.peak.holds ? r.peak.year : null)),
      false,
    ),
    co2: againstReference(runs.map((r) => r.peak.co2)),
  };
}

export type KeyFigureRow = { metric: KeyMetric | PeakMetric; figures: Figure[] };
/** The rows of one year, or (`year` null) the peak of the whole horizon. */
export type KeyFigureGroup = { year: number | null; rows: KeyFigureRow[] };

/** The key-figure table: each year's figures, then the peak, every scenario against the first. */
export function keyFigureTable(runs: readonly ScenarioResults[], years: readonly number[]): KeyFigureGroup[] {
  const groups: KeyFigureGroup[] = years.map((year) => ({
    year,
    rows: KEY_METRICS.map((metric) => ({ metric, figures: keyFigures(runs, metric, year) })),
  }));
  const peak = peakFigures(runs);
  groups.push({
    year: null,
    rows: [
      { metric: 'peakYear', figures: peak.year },
      { metric: 'peakCo2', figures: peak.co2 },
    ],
  });
  return groups;
}

/** The years the compared scenarios span together: earliest base year to latest end year. */
export function horizonOf(runs: readonly ScenarioResults[]): { from: number; to: number } {
  return { from: Math.min(...runs.map((r) => r.baseYear)), to: Math.max(...runs.map((r) => r.endYear)) };
}

/** Years all of the scenarios cover (where a decomposition between any two of them exists). */
export function commonYears(runs: readonly ScenarioResults[]): number[] {
  const from = Math.max(...runs.map((r) => r.baseYear));
  const to = Math.min(...runs.map((r) => r.endYear));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Milestones of the key-figure table: end of the 14th and 15th plans, 2035 goals, carbon neutrality. */
export const DEFAULT_TABLE_YEARS = [2025, 2030, 2035, 2060] as const;

/** Years the default list keeps within [from, to]; the last year of the horizon when none falls inside. */
export function defaultTableYears(from: number, to: number): number[] {
  const inside = DEFAULT_TABLE_YEARS.filter((y) => y >= from && y <= to);
  return inside.length ? inside : [to];
}

/** The years of the key-figure table: those chosen (null: the defaults), within the scenarios' joint horizon. */
export function tableYears(runs: readonly ScenarioResults[], chosen: readonly number[] | null): number[] {
  const { from, to } = horizonOf(runs);
  return (chosen ?? defaultTableYears(from, to)).filter((y) => y >= from && y <= to);
}

/** The decomposition year when none is chosen: the peak-by-2030 year. */
export const DEFAULT_LMDI_YEAR = 2030;

/** The decomposition year: the chosen one if the scenarios share it, else 2030, else their last common year. */
export function lmdiYearFor(chosen: number | null, common: readonly number[]): number | null {
  if (chosen !== null && common.includes(chosen)) return chosen;
  if (common.includes(DEFAULT_LMDI_YEAR)) return DEFAULT_LMDI_YEAR;
  return common.at(-1) ?? null;
}

/** The CO2 gap of each scenario to the first in `year`, by LMDI driver (万tCO2); `values[i]` is scenario i + 1's. */
export type Co2Gaps = { year: number; drivers: { driver: LmdiDriver; values: number[] }[]; totals: number[] };

/** LMDI of each scenario's CO2 against the first one's in `year`, which all of them must cover. */
export function co2Gaps(runs: readonly ScenarioResults[], year: number): Co2Gaps {
  const ref = yearResult(runs[0]!, year)!;
  const parts = runs.slice(1).map((r) => decomposeCo2(ref, yearResult(r, year)!));
  const drivers = LMDI_DRIVERS.map((driver) => ({ driver, values: parts.map((p) => p.parts.find((q) => q.driver === driver)!.value) }));
  return { year, drivers, totals: parts.map((p) => p.total) };
}

/**
 * One row of the target matrix: a kind of target (metric and period), with each
 * scenario's own targets of that kind. Scenarios of different regions carry
 * different targets (their own values and labels); a row groups what is
 * comparable, and a scenario without such a target has an empty cell.
 */
export type MatrixRow = {
  key: string;
  metric: TargetMetric;
  fromYear?: number;
  year: number;
  /** per compared scenario, in order: its targets of this kind (usually one, none when it sets none) */
  cells: TargetStatus[][];
};

const METRIC_ORDER: readonly TargetMetric[] = ['peakYear', 'co2IntensityReduction', 'energyIntensityReduction', 'nonFossilShare', 'co2Cap', 'energyCap'];

export const matrixRowKey = (t: Pick<TargetStatus, 'metric' | 'fromYear' | 'year'>) =>
  `${t.metric}-${t.fromYear !== undefined ? `${t.fromYear}-` : ''}${t.year}`;

/** The target statuses the engine gave each scenario, grouped by metric and period, by year then metric. */
export function targetMatrix(runs: readonly ScenarioResults[]): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  runs.forEach((r, i) => {
    for (const t of r.targets) {
      const key = matrixRowKey(t);
      let row = rows.get(key);
      if (!row) {
        row = { key, metric: t.metric, year: t.year, cells: runs.map(() => []) };
        if (t.fromYear !== undefined) row.fromYear = t.fromYear;
        rows.set(key, row);
      }
      row.cells[i]!.push(t);
    }
  });
  return [...rows.values()].sort(
    (a, b) => a.year - b.year || METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric) || (a.fromYear ?? 0) - (b.fromYear ?? 0),
  );
}

/** met / missed / outside the horizon / no such target: the cell's verdict over its targets (one missed: missed). */
export function cellVerdict(targets: readonly TargetStatus[]): 'true' | 'false' | 'unknown' | 'none' {
  if (!targets.length) return 'none';
  if (targets.some((t) => t.met === false)) return 'false';
  if (targets.every((t) => t.met === true)) return 'true';
  return 'unknown';
}

/** How many of a scenario's judged targets it meets (targets outside its horizon are not judged). */
export function targetsMet(r: ScenarioResults): { met: number; total: number } {
  const judged = r.targets.filter((t) => t.met !== null);
  return { met: judged.filter((t) => t.met).length, total: judged.length };
}
