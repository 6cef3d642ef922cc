import type { IoProblem, IoWarning } from '../../../shared/io/problems';
import {
  checkScenarioFile,
  collectForExport,
  exportScenarios,
  parentsOutside,
  parseScenarioFile,
  planImport,
  readScenarioFile,
  type ExistingEntry,
  type ImportMode,
  type ImportPlan,
  type ParsedScenarioFile,
} from '../../../shared/io/scenario-file';
import type { DerivedScenario, ScenarioLookup } from '../../../shared/model/inherit';
import type { Scenario } from '../../../shared/model/scenario';
import type { ValidationResult } from '../../../shared/model/validate-core';
import type { ScenarioRecord } from '../../db/records';
import { fileItemOf } from '../../db/repo';

/**
 * The library side of scenario files, without React: what to write for a
 * selection, and what an import would do. Used by the dialogs and by
 * bench/io.ts, so the benchmark measures the code the app runs.
 */

export type ExportMeta = { exportedAt: string; appVersion: string };

/** Every live record as the pure core sees it (derived scenarios as their changes). */
export function libraryLookup(records: readonly ScenarioRecord[]): ScenarioLookup {
  const byId = new Map(records.map((r) => [r.id, r]));
  return (id) => {
    const r = byId.get(id);
    return r && fileItemOf(r);
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

export type ImportCheck =
  | { ok: false; problems: IoProblem[]; warnings: IoWarning[] }
  | {
      ok: true;
      file: Extract<ParsedScenarioFile, { ok: true }>;
      /** the plan for a mode; the user picks the mode when `canReplace` */
      plan: (mode: ImportMode) => ImportPlan;
      /** some incoming scenario has the id of a user scenario (presets are never replaced) */
      canReplace: boolean;
      warnings: IoWarning[];
    };

/**
 * Reads a scenario file against the library: parsed, migrated and validated
 * as a whole (derived scenarios may find their parents in the library). Writes
 * nothing; the caller shows the problems or the plan.
 */
export function checkImport(input: string | Uint8Array, records: readonly ScenarioRecord[]): ImportCheck {
  return withPlan(parseScenarioFile(input, { parents: libraryLookup(records) }), existingEntries(records));
}

/** What `checkImportFrom` needs of the library: the repository's `importEntries`, `fileItems` and `importValidator`. */
export type ImportLibrary = {
  importEntries(): Promise<ExistingEntry[]>;
  fileItems(ids: readonly string[]): Promise<ReadonlyMap<string, Scenario | DerivedScenario>>;
  importValidator(): Promise<(input: unknown) => ValidationResult>;
};

/**
 * `checkImport` reading from storage only what the check needs: the names and
 * ids of the library, and the scenarios the file's derived ones name as parents
 * (with their own parents), never the whole library.
 */
export async function checkImportFrom(input: string | Uint8Array, library: ImportLibrary): Promise<ImportCheck> {
  // storage reads the names while this thread decodes and parses the file
  const entries = library.importEntries();
  const validator = library.importValidator();
  const read = readScenarioFile(input);
  if (!read.ok) {
    entries.catch(() => {});
    validator.catch(() => {});
    return read;
  }
  const [existing, parents, validate] = await Promise.all([entries, library.fileItems(parentsOutside(read)), validator]);
  // the repository's own check: what passes it is not checked a second time when the plan is written
  return withPlan(checkScenarioFile(read, { parents: (id) => parents.get(id), validate }), existing);
}

function withPlan(file: ParsedScenarioFile, existing: ExistingEntry[]): ImportCheck {
  if (!file.ok) return file;
  const incoming = { scenarios: file.scenarios, derived: file.derived };
  const keepBoth = planImport(existing, incoming, 'keepBoth');
  return {
    ok: true,
    file,
    plan: (mode) => (mode === 'keepBoth' ? keepBoth : planImport(existing, incoming, mode)),
    canReplace: keepBoth.clashes.some((c) => c.by === 'id' && !c.readOnly),
    warnings: file.warnings,
  };
}

export type PlanRow = {
  /** id in the file */
  fileId: string;
  fileName: string;
  /** id and name the library will have */
  id: string;
  name: string;
  status: 'new' | 'renamed' | 'replaces';
  derived: boolean;
};

/** One row per incoming scenario: what it becomes in the library. */
export function planRows(plan: ImportPlan, file: { scenarios: { id: string; name: string }[]; derived: { id: string; name: string }[] }): PlanRow[] {
  const replaced = new Set(plan.replaces.map((r) => r.id));
  const renamed = new Set(plan.renames.map((r) => r.scenarioId));
  const incoming = [...file.scenarios.map((s) => ({ s, derived: false })), ...file.derived.map((s) => ({ s, derived: true }))];
  const planned = [...plan.scenarios, ...plan.derived];
  return incoming.map(({ s, derived }, i) => {
    const to = planned[i]!;
    const status = replaced.has(to.id) ? 'replaces' : renamed.has(s.id) ? 'renamed' : 'new';
    return { fileId: s.id, fileName: s.name, id: to.id, name: to.name, status, derived };
  });
}

/**
 * Characters Windows and macOS refuse in file names become `_`; bidi formatting is dropped and a
 * Windows device name ("CON", "nul.x") gets a `_` in front, as the desktop shell refuses both.
 */
export function safeFileName(name: string): string {
  const s = name
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names either
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g, '_')
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const base = (s || 'scenario').slice(0, 120);
  return /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])\s*(\.|$)/i.test(base) ? `_${base}` : base;
}

/** Local date `2025-03-01` for file names. */
export function fileDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
