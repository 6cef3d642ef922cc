import { CitationCache, CITATIONS, expandRecord, type CitationRecord } from './citation-store';
import type { ScenarioKind, ScenarioRecord } from './records';

/**
 * The library read without Dexie, for the engine worker: listing a thousand
 * scenarios means decoding tens of megabytes, which must not happen on the
 * page's thread. Read-only, and never creates the database: the page opens
 * (and upgrades) it; until it has, there is nothing to list.
 */

/** A live (not deleted) scenario's place in the list and its version. */
export type LibraryVersion = { id: string; kind: ScenarioKind; updatedAt: number };

const STORE = 'scenarios';

const done = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

const open = new Map<string, Promise<IDBDatabase | null>>();
/** The sources each open connection's records cite (citation-store.ts), as far as it has read them. */
const citationCaches = new WeakMap<IDBDatabase, CitationCache>();

/**
 * A transaction on the scenarios (and the citations, where the database has
 * them), and a function that gives a read record with its sources in place.
 */
async function reading(db: IDBDatabase): Promise<{ store: IDBObjectStore; whole: (r: ScenarioRecord) => ScenarioRecord }> {
  if (!db.objectStoreNames.contains(CITATIONS)) return { store: db.transaction(STORE, 'readonly').objectStore(STORE), whole: (r) => r };
  const tx = db.transaction([STORE, CITATIONS], 'readonly');
  let cache = citationCaches.get(db);
  if (!cache) citationCaches.set(db, (cache = new CitationCache()));
  // those stored since this worker last read: in the same transaction as the records that cite them
  cache.learn(await done(tx.objectStore(CITATIONS).getAll(IDBKeyRange.lowerBound(cache.known, true)) as IDBRequest<CitationRecord[]>));
  const known = cache;
  return { store: tx.objectStore(STORE), whole: (r) => expandRecord(r, known) };
}

/** The database as the page left it, or null when it does not exist yet. */
function connect(name: string): Promise<IDBDatabase | null> {
  let db = open.get(name);
  if (!db) {
    db = new Promise<IDBDatabase | null>((resolve, reject) => {
      const req = indexedDB.open(name);
      // Opening without a version creates a missing database: refuse, so the page creates it with its own schema.
      req.onupgradeneeded = () => req.transaction?.abort();
      req.onsuccess = () => {
        const conn = req.result;
        // the page upgrading the schema must not wait for this connection
        conn.onversionchange = () => {
          conn.close();
          open.delete(name);
        };
        resolve(conn);
      };
      req.onerror = () => {
        open.delete(name);
        if (req.error?.name === 'AbortError') resolve(null);
        else reject(req.error ?? new Error(`cannot open ${name}`));
      };
    });
    open.set(name, db);
  }
  return db;
}

/**
 * Every live scenario's id, kind and last change, in the library's order (the
 * user's newest first, then presets by id), from the indexes alone: no record
 * is decoded. Null when the database does not exist yet.
 */
export async function readLibraryVersions(name: string): Promise<LibraryVersion[] | null> {
  const db = await connect(name);
  if (!db) return null;
  const store = db.transaction(STORE, 'readonly').objectStore(STORE);
  const deleted = store.indexNames.contains('deletedAt') ? new Set(await done(store.index('deletedAt').getAllKeys())) : new Set<IDBValidKey>();
  const presets = new Set(await done(store.index('kind').getAllKeys(IDBKeyRange.only('preset'))));
  const users: LibraryVersion[] = [];
  const presetVersions: LibraryVersion[] = [];
  await new Promise<void>((resolve, reject) => {
    const req = store.index('updatedAt').openKeyCursor(null, 'prev');
    req.onerror = () => reject(req.error ?? new Error('IndexedDB cursor failed'));
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve();
      const id = cursor.primaryKey as string;
      if (!deleted.has(id)) {
        const preset = presets.has(id);
        (preset ? presetVersions : users).push({ id, kind: preset ? 'preset' : 'user', updatedAt: cursor.key as number });
      }
      cursor.continue();
    };
  });
  presetVersions.sort((a, b) => a.id.localeCompare(b.id));
  return [...users, ...presetVersions];
}

/** Every live (not deleted) stored record, in one read: what a scenario file of any selection may need. */
export async function readLiveRecords(name: string): Promise<ScenarioRecord[]> {
  const db = await connect(name);
  if (!db) return [];
  const { store, whole } = await reading(db);
  const all = await done(store.getAll() as IDBRequest<ScenarioRecord[]>);
  return all.filter((r) => r.deletedAt === undefined).map(whole);
}

/** The stored records of `ids` (those that still exist), in one read. */
export async function readLibraryRecords(name: string, ids: readonly string[]): Promise<ScenarioRecord[]> {
  const db = await connect(name);
  if (!db) return [];
  const { store, whole } = await reading(db);
  const recs = await Promise.all(ids.map((id) => done(store.get(id) as IDBRequest<ScenarioRecord | undefined>)));
  return recs.filter((r): r is ScenarioRecord => r !== undefined).map(whole);
}
