import type { TargetSummary } from '../../../shared/engine/target-summary';
import type { LibraryVersion } from '../../db/library-read';
import type { EngineClient } from '../../engine/client';
import type { LibraryEntry } from './entry';

/**
 * Entries per request to the worker: the first about a screenful, so the
 * first rows show soon; then more at a time, each batch being one render of
 * the page, up to about two megabytes of records to decode and 50 engine runs
 * (what a request from the editor may wait behind).
 */
const BATCHES = [15, 25, 50];
/** Writes that come together (opening the database, an import) are listed once. */
const SETTLE_MS = 5;

export type SummaryState = TargetSummary | 'computing' | 'failed';

/** A scenario in the list: its entry once read (possibly of an older version while the new one is read). */
export type ListedRow = LibraryVersion & { entry: LibraryEntry | undefined; summary: SummaryState };

export type Client = Pick<EngineClient, 'listVersions' | 'readEntries'>;

export type Listing = {
  /** asks the worker for the versions again and reads what changed; calls made while it runs fold into one more run, calls close together into one */
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
      const listed = await client.listVersions(db);
      // no database yet: the page creates it, and lists again once it has
      if (!listed) continue;
      versions = listed;
      const live = new Set(versions.map((v) => v.id));
      for (const id of entries.keys()) if (!live.has(id)) entries.delete(id);
      failure = null;
      emit();
      const todo = versions.filter((v) => !summarised(entries.get(v.id), v)).map((v) => v.id);
      // The first screenful of rows never listed before is shown from the records alone, ahead of
      // the engine's runs (a fresh worker's first runs are its slowest); their summaries follow.
      const unseen = todo.slice(0, BATCHES[0]).filter((id) => !entries.has(id));
      if (unseen.length) {
        for (const e of await client.readEntries(db, unseen, { summaries: false })) entries.set(e.id, e);
        emit();
      }
      // A change meanwhile lists again before the next batch (what is still to read may have changed
      // with it), but not before the first: the rows on screen come first.
      let batch = 0;
      for (let i = 0; i < todo.length && !(again && i > 0); ) {
        const n = BATCHES[Math.min(batch++, BATCHES.length - 1)]!;
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
      if (settling === null) settling = setTimeout(start, SETTLE_MS);
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
        const current = entry !== undefined && entry.updatedAt === v.updatedAt;
        return { ...v, entry, summary: !current || entry.summary === undefined ? 'computing' : (entry.summary ?? 'failed') };
      }),
  };
}

/** Whether `entry` is of version `v` and holds the engine's summary. */
const summarised = (entry: LibraryEntry | undefined, v: LibraryVersion) => entry?.updatedAt === v.updatedAt && entry.summary !== undefined;

const listings = new WeakMap<Client, Map<string, Listing>>();

/** One listing per engine and database, kept for the session. */
export function listingFor(client: Client, db: string): Listing {
  let byDb = listings.get(client);
  if (!byDb) listings.set(client, (byDb = new Map()));
  let l = byDb.get(db);
  if (!l) byDb.set(db, (l = createListing(client, db)));
  return l;
}
