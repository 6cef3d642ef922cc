import type { Scenario } from '../model/scenario';
import type { ScenarioResults } from './results';
import { runScenarioWith } from './run-with';
import { resolveSeries } from './series';

export { computePrepared, pctChange } from './run-core';
export { runScenarioWith } from './run-with';

/**
 * Runs a scenario, expressions included: scenario in, yearly results out.
 * Throws `ScenarioError` listing every problem (see run-core.ts for the accounting).
 */
export function runScenario(scenario: Scenario): ScenarioResults {
  return runScenarioWith(scenario, resolveSeries);
}
