import type { PreparedScenario } from '../prepare';
import type { ScenarioResults } from '../results';
import { computePrepared, type AnnualAdjustment } from '../run-core';
import { runHourly } from './run-hourly';

/**
 * The annual model and, when the scenario asks for it, the hourly balance of
 * every year. With feedback on, the annual results are computed again with the
 * curtailment and the dispatched storage losses of the balance (one pass: the
 * balance is driven by demand and output before curtailment, which feedback
 * does not change); the balance shown is the one those results came from.
 */
export function computeWithHourly(p: PreparedScenario, detailYear?: number | null): ScenarioResults {
  const annual = computePrepared(p);
  const hourly = runHourly(p, annual.years, detailYear);
  if (!hourly) return annual;
  const results = hourly.results.feedback ? computePrepared(p, hourly.adjustment) : annual;
  return { ...results, hourly: hourly.results };
}

/**
 * What the balance's feedback changes in the annual results, or null when it
 * changes nothing (no balance, or feedback off). The adjustment is physical
 * (curtailment, storage losses), the same under every accounting method, so
 * the method comparison applies it to each of its runs.
 */
export function feedbackAdjustment(p: PreparedScenario): AnnualAdjustment | null {
  if (!p.hourly?.feedback) return null;
  return runHourly(p, computePrepared(p).years, null)?.adjustment ?? null;
}

/**
 * The annual results as the scenario's headline figures are (feedback
 * included), without the balance's own outputs: for target summaries, which
 * need no hours and should not pay for them when feedback is off.
 */
export function computeHeadline(p: PreparedScenario): ScenarioResults {
  return computePrepared(p, feedbackAdjustment(p) ?? undefined);
}
