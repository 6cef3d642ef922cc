import type { Scenario } from '../model/scenario';
import { computeWithHourly } from './hourly/with-hourly';
import { computeCosts } from './costs/compute';
import { prepareScenario } from './prepare';
import type { ScenarioResults } from './results';
import type { SeriesResolver } from './series-values';

/**
 * Runs a scenario: scenario in, yearly results out (the hourly balance
 * included when the scenario asks for it, and its costs). Pure and synchronous; `resolve`
 * turns its series into yearly values (run.ts binds the one with expressions,
 * so this module and its importers stay free of mathjs). Throws
 * `ScenarioError` listing every problem when the scenario cannot be computed
 * (bad series, shares not adding up, non-finite results).
 */
export function runScenarioWith(scenario: Scenario, resolve: SeriesResolver): ScenarioResults {
  const p = prepareScenario(scenario, resolve);
  const results = computeWithHourly(p);
  return { ...results, costs: computeCosts(p, results) };
}
