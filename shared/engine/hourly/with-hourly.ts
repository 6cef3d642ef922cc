import type { PreparedScenario } from '../prepare';
import type { ScenarioResults } from '../results';
import { computePrepared } from '../run-core';
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
