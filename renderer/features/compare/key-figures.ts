import type { ScenarioResults, YearResult } from '../../../shared/engine/results';
import type { UnitId } from '../results/format';

/** Per-year figures of the key-figure table, each a `YearResult` field. */
export const KEY_METRICS = ['gdp', 'energy', 'co2', 'co2PerGdp', 'energyPerGdp', 'nonFossilShare'] as const;
export type KeyMetric = (typeof KEY_METRICS)[number];

export const KEY_METRIC_UNITS: Record<KeyMetric, UnitId> = {
  gdp: 'yiYuan',
  energy: 'wanTce',
  co2: 'wanTCo2',
  co2PerGdp: 'tCo2PerWanYuan',
  energyPerGdp: 'tcePerWanYuan',
  nonFossilShare: 'pct',
};

/**
 * Which way is better, for colouring a difference (less CO2 and energy per GDP, more non-fossil).
 * GDP is neither: a smaller city is not a worse scenario.
 */
export const BETTER: Record<KeyMetric | 'peakYear' | 'peakCo2', 'higher' | 'lower' | 'neutral'> = {
  gdp: 'neutral',
  energy: 'lower',
  co2: 'lower',
  co2PerGdp: 'lower',
  energyPerGdp: 'lower',
  nonFossilShare: 'higher',
  peakYear: 'lower',
  peakCo2: 'lower',
};

/** Unit of the absolute difference: a share's difference is in percentage points. */
export const KEY_METRIC_DIFF_UNITS: Record<KeyMetric, UnitId> = { ...KEY_METRIC_UNITS, nonFossilShare: 'pp' };

/**
 * One scenario's figure and how far it lies from the reference (the first scenario):
 * `diff` in the figure's unit (percentage points for a share, years for the peak year),
 * `diffPct` relative to the reference's value. Both null for the reference itself and
 * where either value is missing (a year outside a horizon); `diffPct` also when the
 * reference value is 0.
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
  return againstReference(runs.map((r) => yearResult(r, year)?.[metric] ?? null));
}

/**
 * Peak year (difference in years, no %) and peak CO2 (万tCO2; the highest value in the horizon
 * when CO2 has not peaked) of each scenario, against the first. A scenario still rising at the
 * end of its horizon has no peak year (null): its real peak year is unknown.
 */
export function peakFigures(runs: readonly ScenarioResults[]): { year: Figure[]; co2: Figure[] } {
  return {
    year: againstReference(
      runs.map((r) => (r.peak.withinHorizon ? r.peak.year : null)),
      false,
    ),
    co2: againstReference(runs.map((r) => r.peak.co2)),
  };
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
