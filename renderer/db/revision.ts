import { liveQuery } from 'dexie';
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

/** What a window needs to know of the stored copy of a scenario it has open. */
export type StoredStamp = { rev: number; deleted: boolean };

/**
 * Calls `listener` with the stored revision of scenario `id` now and after
 * every write to it, from this window or any other on the same database
 * (Dexie carries its change notices between tabs and windows of one origin).
 * Returns the unsubscribe.
 */
export function watchRevision(db: CarbonDb, id: string, listener: (stamp: StoredStamp) => void): () => void {
  const sub = liveQuery(async (): Promise<StoredStamp> => {
    const rec = await db.scenarios.get(id);
    return { rev: revOf(rec), deleted: !rec || rec.deletedAt !== undefined };
  }).subscribe({
    next: listener,
    // a closed database (tests, a version change): saves still check revisions themselves
    error: (err: unknown) => console.warn(`watching scenario ${id} stopped:`, err),
  });
  return () => sub.unsubscribe();
}
