import { summarizeTargets } from '../../shared/engine/target-summary';
import { readLibraryRecords, readLibraryVersions, type LibraryVersion } from '../db/library-read';
import { toEntry, type LibraryEntry } from '../features/library/entry';
import { computeOutcome } from './compute';

/** The library's scenarios and their versions, in list order (from the indexes only); null when there is no database yet. */
export function listVersions(db: string): Promise<LibraryVersion[] | null> {
  return readLibraryVersions(db);
}

/** The entries of `ids` (those still stored), each with its target summary from a full engine run unless `summaries` is false. */
export async function readEntries(db: string, ids: readonly string[], summaries = true): Promise<LibraryEntry[]> {
  const recs = await readLibraryRecords(db, ids);
  if (!summaries) return recs.map((rec) => toEntry(rec));
  return recs.map((rec) => {
    const o = computeOutcome(rec.scenario);
    return toEntry(rec, o.ok ? summarizeTargets(o.results.targets) : null);
  });
}
