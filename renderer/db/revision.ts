import type { CarbonDb } from './db';
import type { ScenarioRecord } from './records';

/**
 * Revisions: how two windows on one database avoid overwriting each other.
 * Every write of a scenario record raises its `rev`; a save names the revision
 * its document was read at and is refused, inside the write's transaction,
 * when the stored record has moved on or is gone.
 */

/** A save refused because the stored scenario is not the one the document was read from; nothing was written. */
export type SaveConflict =
  /** another window saved (or renamed, or a parent changed it): `rev` is the stored revision now */
  | { status: 'conflict'; reason: 'changed'; rev: number }
  /** another window deleted it */
  | { status: 'conflict'; reason: 'deleted' };

export type SaveResult = { status: 'saved'; rec: ScenarioRecord } | SaveConflict;

/** The revision of a stored record; 0 for one written without it (raw test or bench seeding). */
export const revOf = (rec: { rev?: number } | undefined): number => rec?.rev ?? 0;

/** The revision of a record that replaces `prev` (none: a new record, revision 1). */
export const nextRev = (prev: { rev?: number } | undefined): number => (prev ? revOf(prev) + 1 : 1);

/** Why a write based on revision `baseRev` must not replace `stored`, or null when it may. */
export function conflictWith(stored: ScenarioRecord | undefined, baseRev: number): SaveConflict | null {
  if (!stored || stored.deletedAt !== undefined) return { status: 'conflict', reason: 'deleted' };
  const rev = revOf(stored);
  return rev === baseRev ? null : { status: 'conflict', reason: 'changed', rev };
}

/**
 * Records that replace whatever is stored under their ids (imports, restores)
 * with each revision raised above the one it replaces, so a window holding
 * the old version open learns of the change and cannot save over it.
 * Run it inside the write's transaction, before anything is deleted.
 */
export async function aboveStored(db: CarbonDb, recs: ScenarioRecord[]): Promise<ScenarioRecord[]> {
  const prev = await db.scenarios.bulkGet(recs.map((r) => r.id));
  return recs.map((r, i) => ({ ...r, rev: nextRev(prev[i]) }));
}
