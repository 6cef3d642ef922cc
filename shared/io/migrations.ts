import { echo } from '../model/echo';
import { issueAt } from '../model/issue-codes';
import type { IoWarning } from './problems';
import { migrateFileV2toV3 } from './migrate-accounting';
import { migrateScenarioV0 } from './migrate-v0';
import { migrateFileV1toV2 } from './source-keys';

export {
  fractionToPct,
  LEGACY_APP_MARKER,
  legacyPathV0,
  migrateGeneratorV0,
  migrateScenarioV0,
  migrateSectorsV0,
  migrateSeriesV0,
  migrateTargetV0,
  type LegacyFileV0,
  type LegacyGeneratorV0,
  type LegacyScenarioV0,
  type LegacySeriesV0,
  type LegacyTargetV0,
} from './migrate-v0';

/**
 * Scenario-file migrations: a chain of pure steps, each taking a document of
 * format N to format N + 1 (Excalidraw's `restore` approach: read old data
 * leniently, fill what the old format did not have with stated defaults, and
 * never drop or invent a value the user gave). Steps work on loose JSON; a
 * value the step cannot understand is carried over unchanged so validation of
 * the result reports it at its new path. Each step is unit-tested on its own
 * (test/shared/io/migrations.test.ts) with hand-written files in test/fixtures.
 *
 * Format versions:
 * - 0: the prototype ("碳达峰测算原型", 2023), `{ app: 'carbon-peak-prototype',
 *   version, savedAt, scenario | scenarios }`; see `LegacyScenarioV0` (migrate-v0.ts).
 * - 1: `{ format: 'carbon-peak-planner', formatVersion: 1, exportedAt,
 *   appVersion, scenarios, derived? }` with scenarios of `schemaVersion` 1;
 *   `sources` addressed ledger rows by position.
 * - 2: the same with `sources` addressing ledger rows by id
 *   (`electricity.projects[id=pv-a].capacityMW`), in scenarios and in the
 *   changes of derived scenarios (source-keys.ts); scenarios still of schema 1.
 * - 3: the same with scenarios of `schemaVersion` 2
 *   (shared/model/scenario.ts): the accounting methods named in `accounting`,
 *   pumped storage with its `attribution`; older scenarios get the methods
 *   they were counted by (migrate-accounting.ts).
 * - 4: the current format, the same with an optional `citations` list that
 *   holds each distinct source of a library once; a scenario's `sources`
 *   entry may be a place in it (citations.ts). A format-3 file has none, so
 *   its step changes only the version.
 */

export const FORMAT_MARKER = 'carbon-peak-planner';
export const CURRENT_FORMAT_VERSION = 4;

type Obj = Record<string, unknown>;

/** The whole format-0 file → format 1. */
export function migrateFileV0toV1(doc: Obj, warnings: IoWarning[]): Obj {
  const single = doc.scenario !== undefined && doc.scenarios === undefined;
  const list = single ? [doc.scenario] : doc.scenarios;
  const key = single ? 'scenario' : 'scenarios';
  const scenarios = Array.isArray(list)
    ? list.map((s, i) => migrateScenarioV0(s, i, single ? key : `${key}[${i}]`, warnings))
    : list;
  warnings.push(
    typeof doc.version === 'string'
      ? issueAt('(file)', 'migrate.convertedFrom', { version: echo(doc.version) })
      : issueAt('(file)', 'migrate.converted'),
  );
  return {
    format: FORMAT_MARKER,
    formatVersion: 1,
    exportedAt: typeof doc.savedAt === 'string' ? doc.savedAt : '',
    appVersion: typeof doc.version === 'string' ? `prototype ${doc.version}` : 'prototype',
    scenarios,
  };
}

// ---------------------------------------------------------------------------
// The chain

export type Migration = {
  from: number;
  to: number;
  title: string;
  migrate: (doc: Obj, warnings: IoWarning[]) => Obj;
};

/** Ordered; `from` of each step is `to` of the previous one. */
export const MIGRATIONS: readonly Migration[] = [
  { from: 0, to: 1, title: 'prototype (2023) → 1.0', migrate: migrateFileV0toV1 },
  { from: 1, to: 2, title: 'sources keyed by row id', migrate: migrateFileV1toV2 },
  { from: 2, to: 3, title: 'accounting methods named (schema 2)', migrate: migrateFileV2toV3 },
  { from: 3, to: 4, title: 'sources a library shares written once', migrate: (doc) => ({ ...doc, formatVersion: 4 }) },
];

/**
 * Runs every step from `fromVersion` to the current version. Pure: `doc` is
 * not changed. Returns the versions passed through (`[0, 1, 2, 3, 4]` for a
 * prototype file; `[4]` when nothing needed doing).
 */
export function migrateToCurrent(doc: Obj, fromVersion: number, warnings: IoWarning[]): { doc: Obj; versions: number[] } {
  let cur = doc;
  let version = fromVersion;
  const versions = [version];
  while (version < CURRENT_FORMAT_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new Error(`no migration from format ${version}`);
    cur = step.migrate(cur, warnings);
    version = step.to;
    versions.push(version);
  }
  return { doc: cur, versions };
}
