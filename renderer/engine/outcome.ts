import { runScenarioWith } from '../../shared/engine/run-core';
import { ScenarioError } from '../../shared/engine/scenario-error';
import type { SeriesResolver } from '../../shared/engine/series-values';
import type { Scenario } from '../../shared/model/scenario';
import type { EngineOutcome } from './protocol';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * One engine run, never throwing: the worker, the main-thread fallback and the
 * editor's first results share it so all answer alike. A draft the editor
 * holds may be malformed in ways `ScenarioError` does not cover (a field the
 * user is halfway through typing); that becomes an issue too rather than a
 * crash of the results panel. Free of mathjs: the caller picks the resolver.
 */
export function computeOutcomeWith(scenario: Scenario, resolve: SeriesResolver): EngineOutcome {
  const start = now();
  try {
    const results = runScenarioWith(scenario, resolve);
    return { ok: true, results, computeMs: now() - start };
  } catch (err) {
    if (err instanceof ScenarioError) return { ok: false, issues: err.issues };
    return { ok: false, issues: [{ path: '', message: err instanceof Error ? err.message : String(err) }] };
  }
}
