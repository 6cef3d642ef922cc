import type { ScenarioResults } from '../../shared/engine/results';
import type { ScenarioIssue } from '../../shared/engine/series';
import type { Scenario } from '../../shared/model/scenario';
import type { LibraryVersion } from '../db/library-read';
import type { LibraryEntry } from '../features/library/entry';

/**
 * Main thread → engine worker: one scenario's results; the library's list of
 * versions (database `listVersions`); or the library entries, target summaries
 * included, of some of its scenarios.
 */
export type EngineRequest =
  | { id: number; scenario: Scenario }
  | { id: number; listVersions: string }
  | { id: number; readEntries: { db: string; ids: string[] } };

/** What one computation gives: results, or the engine's reasons for refusing the scenario. */
export type EngineOutcome =
  | { ok: true; results: ScenarioResults; computeMs: number }
  | { ok: false; issues: ScenarioIssue[] };

/** Engine worker → main thread, answering the request with the same id (`failed`: the library could not be read). */
export type EngineResponse =
  | (EngineOutcome & { id: number })
  | { id: number; versions: LibraryVersion[] | null }
  | { id: number; entries: LibraryEntry[] }
  | { id: number; failed: string };
