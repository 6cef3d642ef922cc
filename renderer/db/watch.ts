import { liveQuery } from 'dexie';
import type { CarbonDb } from './db';
import { revOf } from './revision';

/** What a window needs to know of the stored copy of a scenario it has open. */
export type StoredStamp = { rev: number; deleted: boolean };

/**
 * Calls `listener` with the stored revision of scenario `id` now and after
 * every write to it, from this window or any other on the same database
 * (Dexie carries its change notices between tabs and windows of one origin).
 * Returns the unsubscribe.
 */
export function watchScenario(db: CarbonDb, id: string, listener: (stamp: StoredStamp) => void): () => void {
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
