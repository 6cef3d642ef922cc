import { ScenarioError } from '../../shared/engine/prepare';
import { runScenario } from '../../shared/engine/run';
import type { Scenario } from '../../shared/model/scenario';
import type { EngineOutcome } from './protocol';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * One engine run, never throwing: the worker and the main-thread fallback share
 * it so both answer alike. A draft the editor holds may be malformed in ways
 * `ScenarioError` does not cover (a field the user is halfway through typing);
 * that becomes an issue too rather than a crash of the results panel.
 */
export function computeOutcome(scenario: Scenario): EngineOutcome {
  const start = now();
  try {
    const results = runScenario(scenario);
    return { ok: true, results, computeMs: now() - start };
  } catch (err) {
    if (err instanceof ScenarioError) return { ok: false, issues: err.issues };
    return { ok: false, issues: [{ path: '', message: err instanceof Error ? err.message : String(err) }] };
  }
}
