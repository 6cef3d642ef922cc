import type { ScenarioResults, YearResult } from '../../../shared/engine/results';

/** The plan years a reviewer reads a table by: the base year, 2025 and 2030 (ends of the 14th and 15th plans), the last year. */
const PLAN_ENDS = [2025, 2030] as const;

/** The key years within the horizon, in order, each once. */
export function keyYears(r: ScenarioResults): YearResult[] {
  const wanted = [r.baseYear, ...PLAN_ENDS, r.endYear];
  const years = [...new Set(wanted)].filter((y) => y >= r.baseYear && y <= r.endYear).sort((a, b) => a - b);
  return years.map((y) => r.years[y - r.baseYear]!).filter(Boolean);
}
