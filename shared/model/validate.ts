import { resolveSeries } from '../engine/series';
import { checkScenario, type ValidationResult } from './validate-core';

export { checkScenario, formatPath, zodIssues, type ScenarioIssue, type ValidationResult } from './validate-core';

/** `checkScenario` with expressions evaluated (mathjs): the full check of untrusted input. */
export function validateScenario(input: unknown): ValidationResult {
  return checkScenario(input, resolveSeries);
}
