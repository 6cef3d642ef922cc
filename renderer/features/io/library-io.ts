import { collectForExport, exportScenarios, exportScenariosBytes } from '../../../shared/io/scenario-file';
import type { ScenarioLookup } from '../../../shared/model/inherit';
import { derivedOf } from '../../db/inheritance';
import type { ScenarioRecord } from '../../db/records';

export { fileDate, safeFileName } from './file-names';

/**
 * The library side of scenario files, without React: what to write for a
 * selection. The app runs it in the engine worker (renderer/engine/files.ts);
 * an import is checked through `checkImportFrom` (import-from.ts).
 */

export type ExportMeta = { exportedAt: string; appVersion: string };

/** Every live record as the pure core sees it (derived scenarios as their changes). */
function libraryLookup(records: readonly ScenarioRecord[]): ScenarioLookup {
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
  return exportScenarios({ ...exportSelection(records, ids), ...meta });
}

function exportSelection(records: readonly ScenarioRecord[], ids: readonly string[]) {
  const all = libraryLookup(records);
  const kinds = new Map(records.map((r) => [r.id, r.kind]));
  const selected = new Set(ids);
  const lookup: ScenarioLookup = (id) => (kinds.get(id) === 'preset' && !selected.has(id) ? undefined : all(id));
  const { scenarios, derived } = collectForExport(ids, lookup);
  return { scenarios, derived };
}

/** `libraryFileText` as the UTF-8 bytes written to the file, built without one string of the whole library. */
export function libraryFileBytes(records: readonly ScenarioRecord[], ids: readonly string[], meta: ExportMeta): Uint8Array {
  return exportScenariosBytes({ ...exportSelection(records, ids), ...meta });
}
