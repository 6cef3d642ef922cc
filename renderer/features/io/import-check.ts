import type { IoProblem, IoWarning } from '../../../shared/io/problems';
import { planImport, type ExistingEntry, type ImportMode, type ImportPlan, type PlannedDerived, type PlannedItem } from '../../../shared/io/import-plan';
import type { CheckedImportFile } from '../../engine/files';

/**
 * What an import would do, for the dialog: the checked file (from the engine
 * worker, renderer/engine/file-commands.ts) against the library's names.
 * Nothing here evaluates anything, so the page loads it without the engine.
 */

export type ImportCheck =
  | { ok: false; problems: IoProblem[]; warnings: IoWarning[] }
  | {
      ok: true;
      file: Extract<CheckedImportFile, { ok: true }>;
      /** the plan for a mode, by ids and names; the user picks the mode when `canReplace` */
      plan: (mode: ImportMode) => ImportPlan<PlannedItem, PlannedDerived>;
      /** some incoming scenario has the id of a user scenario (presets are never replaced) */
      canReplace: boolean;
      warnings: IoWarning[];
      /** the library's names the plans were made against: the worker plans the write against the same */
      existing: ExistingEntry[];
    };

/** The checked file and the plan for each mode, or its problems. */
export function withPlan(file: CheckedImportFile, existing: ExistingEntry[]): ImportCheck {
  if (!file.ok) return file;
  const incoming = { scenarios: file.scenarios, derived: file.derived };
  const keepBoth = planImport(existing, incoming, 'keepBoth');
  return {
    ok: true,
    file,
    plan: (mode) => (mode === 'keepBoth' ? keepBoth : planImport(existing, incoming, mode)),
    canReplace: keepBoth.clashes.some((c) => c.by === 'id' && !c.readOnly),
    warnings: file.warnings,
    existing,
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
export function planRows(plan: ImportPlan<PlannedItem, PlannedDerived>, file: { scenarios: { id: string; name: string }[]; derived: { id: string; name: string }[] }): PlanRow[] {
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

