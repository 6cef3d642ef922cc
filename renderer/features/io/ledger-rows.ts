import type { LedgerField, LedgerPreview, LedgerRow } from '../../../shared/io/ledger-import';
import { addProjects } from '../../../shared/model/ops';
import type { Generator, Scenario } from '../../../shared/model/scenario';

/** How a preview row shows: importable, importable with notes, or not importable. */
export type RowStatus = 'ok' | 'warning' | 'error';

export function rowStatus(row: LedgerRow): RowStatus {
  if (row.skipped) return 'warning';
  if (!row.project || row.errors.length) return 'error';
  return row.warnings.length ? 'warning' : 'ok';
}

/** Rows that can be imported (a project and no errors); these start ticked. */
export function importableRows(preview: LedgerPreview): number[] {
  return preview.rows.filter((r) => r.project && !r.errors.length).map((r) => r.rowNumber);
}

/** The cell the file gave for a field, for rows that produced no project. */
export function rawCell(preview: LedgerPreview, row: LedgerRow, field: LedgerField): string {
  const col = preview.columns.find((c) => c.field === field);
  return col ? (row.cells[col.header] ?? '') : '';
}

/** The scenario with the chosen rows' projects appended, in file order (one edit, one undo step). */
export function withLedgerRows(s: Scenario, preview: LedgerPreview, chosen: ReadonlySet<number>): { next: Scenario; added: Generator[] } {
  const added = preview.rows.filter((r) => chosen.has(r.rowNumber) && r.project && !r.errors.length).map((r) => r.project!);
  return { next: addProjects(s, added), added };
}
