import type { ScenarioResults } from '../../shared/engine/results';
import type { ScenarioIssue } from '../../shared/engine/series';
import type { Scenario } from '../../shared/model/scenario';

/** Main thread → engine worker. */
export type EngineRequest = { id: number; scenario: Scenario };

/** What one computation gives: results, or the engine's reasons for refusing the scenario. */
export type EngineOutcome =
  | { ok: true; results: ScenarioResults; computeMs: number }
  | { ok: false; issues: ScenarioIssue[] };

/** Engine worker → main thread, answering the request with the same id. */
export type EngineResponse = EngineOutcome & { id: number };
