import { decomposeCo2, type LmdiDriver } from './lmdi';
import type { ScenarioResults, YearResult } from './results';

/** The years carbon-peak plans set targets for: the ends of the 14th and 15th five-year plans. */
export const GAP_TARGET_YEARS = [2025, 2030] as const;

/** One driver's part of the gap, 万tCO2, and its share of the gap, % (null when there is no gap to share). */
export type GapPart = { driver: LmdiDriver; value: number; sharePct: number | null };

/**
 * A scenario's CO2 against its baseline in one year, 万tCO2: `gap` = co2 − baselineCo2
 * (negative: the scenario emits less), split into the LMDI parts of `decomposeCo2`.
 * `sumOfParts` is what the parts add up to and `residual` = sumOfParts − gap, the check
 * that they add up (floating-point rounding only).
 */
export type BaselineGap = {
  year: number;
  baselineCo2: number;
  co2: number;
  gap: number;
  parts: GapPart[];
  sumOfParts: number;
  residual: number;
};

/**
 * The years to explain: 2025, 2030 and the last year both results cover, each only
 * when both cover it and it comes after both base years (in a shared base year the
 * scenarios start from the same statistics, and there is no gap to explain).
 */
export function gapYears(scenario: ScenarioResults, baseline: ScenarioResults): number[] {
  const from = Math.max(scenario.baseYear, baseline.baseYear);
  const to = Math.min(scenario.endYear, baseline.endYear);
  return [...new Set<number>([...GAP_TARGET_YEARS, to])].filter((y) => y > from && y <= to).sort((a, b) => a - b);
}

const yearOf = (r: ScenarioResults, year: number): YearResult => r.years[year - r.baseYear]!;

/**
 * The CO2 gap between a scenario and its baseline in each of `years` (default
 * `gapYears`), decomposed by LMDI-I with the baseline as the reference, so each
 * part says how much that driver moves the scenario away from the baseline.
 */
export function baselineGaps(scenario: ScenarioResults, baseline: ScenarioResults, years: readonly number[] = gapYears(scenario, baseline)): BaselineGap[] {
  return years.map((year) => {
    const a = yearOf(baseline, year);
    const b = yearOf(scenario, year);
    const d = decomposeCo2(a, b);
    // a gap that is rounding noise has no meaningful shares
    const shareable = Math.abs(d.total) > 1e-9 * Math.max(1, Math.abs(a.co2));
    const parts = d.parts.map((p) => ({ ...p, sharePct: shareable ? (p.value / d.total) * 100 : null }));
    const sumOfParts = d.parts.reduce((acc, p) => acc + p.value, 0);
    return { year, baselineCo2: a.co2, co2: b.co2, gap: d.total, parts, sumOfParts, residual: sumOfParts - d.total };
  });
}
