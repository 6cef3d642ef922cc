import {
  collectForExport,
  exportScenarios,
  parseScenarioFile,
  type ExistingEntry,
} from '../../../shared/io/scenario-file';
import type { ScenarioLookup } from '../../../shared/model/inherit';
import { derivedOf } from '../../db/inheritance';
import type { ScenarioRecord } from '../../db/records';
import { withPlan, type ImportCheck } from './import-check';

export { planRows, withPlan, type ImportCheck, type PlanRow } from './import-check';
export { fileDate, safeFileName } from './file-names';

/**
 * The library side of scenario files, without React: what to write for a
 * selection, and what an import would do. It checks files (mathjs), so the
 * app runs it in the engine worker (renderer/engine/files.ts); bench/io.ts
 * runs it directly, so the benchmark measures the code the app runs.
 */

export type ExportMeta = { exportedAt: string; appVersion: string };

/** Every live record as the pure core sees it (derived scenarios as their changes). */
export function libraryLookup(records: readonly ScenarioRecord[]): ScenarioLookup {
  const byId = new Map(records.map((r) => [r.id, r]));
  return (id) => {
    const r = byId.get(id);
    return r && (derivedOf(r) ?? r.scenario);
  };
}

/**
 * The scenario file for `ids`: the selected scenarios, plus the user scenarios
 * a selected derived one needs as parents. A preset is written only when it is
 * selected itself: every copy of the app has the presets, so an importer finds
 * a preset parent in its own library instead of getting a renamed copy of it.
 */
export function libraryFileText(records: readonly ScenarioRecord[], ids: readonly string[], meta: ExportMeta): string {
  const all = libraryLookup(records);
  const kinds = new Map(records.map((r) => [r.id, r.kind]));
  const selected = new Set(ids);
  const lookup: ScenarioLookup = (id) => (kinds.get(id) === 'preset' && !selected.has(id) ? undefined : all(id));
  const { scenarios, derived } = collectForExport(ids, lookup);
  return exportScenarios({ scenarios, derived, ...meta });
}

/** Clashes are checked against every live scenario; presets can never be replaced. */
export function existingEntries(records: readonly ScenarioRecord[]): ExistingEntry[] {
  return records.map((r) => ({ id: r.id, name: r.name, readOnly: r.kind === 'preset' }));
}

/**
 * Reads a scenario file against the library: parsed, migrated and validated
 * as a whole (derived scenarios may find their parents in the library). Writes
 * nothing; the caller shows the problems or the plan.
 */
export function checkImport(input: string | Uint8Array, records: readonly ScenarioRecord[]): ImportCheck {
  return withPlan(parseScenarioFile(input, { parents: libraryLookup(records) }), existingEntries(records));
}
