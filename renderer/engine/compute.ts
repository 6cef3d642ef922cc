import { resolveSeries } from '../../shared/engine/series';
import type { Scenario } from '../../shared/model/scenario';
import { computeOutcomeWith } from './outcome';
import type { EngineOutcome } from './protocol';

/** `computeOutcomeWith` expressions included: what the engine worker answers. */
export function computeOutcome(scenario: Scenario): EngineOutcome {
  return computeOutcomeWith(scenario, resolveSeries);
}
