import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { TargetSummary } from '../../../shared/engine/target-summary';
import type { LibraryVersion } from '../../db/library-read';
import { followScenarios } from '../../db/watch';
import { engineClient, type EngineClient } from '../../engine/client';
import type { LibraryEntry } from './entry';

/** Entries per request to the worker: about a megabyte of records to decode and 25 engine runs. */
export const ENTRY_BATCH = 25;
/** The first request asks for about a screenful, so the first rows show sooner. */
const FIRST_BATCH = 15;
/** Writes that come together (opening the database, an import) are listed once. */
const SETTLE_MS = 20;

export type SummaryState = TargetSummary | 'computing' | 'failed';

/** A scenario in the list: its entry once read (possibly of an older version while the new one is read). */
export type ListedRow = LibraryVersion & { entry: LibraryEntry | undefined; summary: SummaryState };

type Client = Pick<EngineClient, 'listVersions' | 'readEntries'>;

export type Listing = {
  /** asks the worker for the versions again and reads what changed; calls made while it runs fold into one more run */
  refresh(): void;
  subscribe(listener: () => void): () => void;
  /** changes with every change of what `rows` would return (one per batch) */
  tick(): number;
  rows(): ListedRow[] | undefined;
  /** why the library could not be read, if it could not */
  failure(): string | null;
};

/**
 * The library page's data, read by the engine worker (renderer/db/library-read.ts):
 * first every scenario's id and version from the indexes, so the whole list
 * (its length, its order) is known at once, then the entries of those not
 * known at this version, a batch at a time in list order (the rows on screen
 * first). Entries are kept by version for the session: reopening the page
 * reads and computes only scenarios that changed since.
 */
export function createListing(client: Client, db: string): Listing {
  let versions: LibraryVersion[] | undefined;
  const entries = new Map<string, LibraryEntry>();
  let failure: string | null = null;
  let tick = 0;
  let running = false;
  let again = false;
  let settling: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();
  const emit = () => {
    tick++;
    for (const l of [...listeners]) l();
  };

  const run = async () => {
    do {
      again = false;
      versions = await client.listVersions(db);
      const live = new Set(versions.map((v) => v.id));
      for (const id of entries.keys()) if (!live.has(id)) entries.delete(id);
      failure = null;
      emit();
      const todo = versions.filter((v) => entries.get(v.id)?.updatedAt !== v.updatedAt).map((v) => v.id);
      // a change meanwhile lists again first: what is still to read may have changed with it
      for (let i = 0; i < todo.length && !again; ) {
        const n = i === 0 ? FIRST_BATCH : ENTRY_BATCH;
        for (const e of await client.readEntries(db, todo.slice(i, i + n))) entries.set(e.id, e);
        i += n;
        emit();
      }
    } while (again);
  };

  const start = () => {
    settling = null;
    running = true;
    void run()
      .catch((err: unknown) => {
        failure = err instanceof Error ? err.message : String(err);
        emit();
      })
      .finally(() => {
        running = false;
      });
  };

  return {
    refresh() {
      if (running) {
        again = true;
        return;
      }
      if (settling !== null) return;
      settling = setTimeout(start, SETTLE_MS);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tick: () => tick,
    failure: () => failure,
    rows: () =>
      versions?.map((v) => {
        const entry = entries.get(v.id);
        const current = entry?.updatedAt === v.updatedAt;
        return { ...v, entry, summary: !entry || !current ? 'computing' : (entry.summary ?? 'failed') };
      }),
  };
}

const listings = new WeakMap<Client, Map<string, Listing>>();

/** One listing per engine and database, kept for the session. */
function listingFor(client: Client, db: string): Listing {
  let byDb = listings.get(client);
  if (!byDb) listings.set(client, (byDb = new Map()));
  let l = byDb.get(db);
  if (!l) byDb.set(db, (l = createListing(client, db)));
  return l;
}

/**
 * The library in database `db` as the page lists it, once the database is
 * open and after every write to it (in this window or another). `rows` is
 * undefined until the versions are known; a row's `entry` is undefined until
 * read.
 */
export function useLibraryListing(db: Parameters<typeof followScenarios>[0], client: Client = engineClient): { rows: ListedRow[] | undefined; failure: string | null } {
  const listing = useMemo(() => listingFor(client, db.name), [client, db]);
  const tick = useSyncExternalStore(listing.subscribe, listing.tick, listing.tick);
  useEffect(() => followScenarios(db, () => listing.refresh()), [listing, db]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `tick` is what changes the rows
  return useMemo(() => ({ rows: listing.rows(), failure: listing.failure() }), [listing, tick]);
}
