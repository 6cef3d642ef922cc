import type { DBCore, DBCoreCursor, DBCoreKeyRange, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { mapScenarioSources, SourceIndex } from '../../shared/io/citations';
import { isPlainObject } from '../../shared/io/text';

/**
 * Sources stored once. A scenario's sources (bilingual citations, reasons and
 * bases) are three-quarters of it, and the scenarios of a library share most
 * of them: every copy of a preset cites the same documents. Stored inside each
 * record, a library of 1,000 preset-based scenarios is about 75 MB of text,
 * and IndexedDB's cost of writing and reading a record grows with its size.
 * So a stored record cites each source by a number in the `citations` store,
 * as a library file does (shared/io/citations.ts); the rest of the app reads
 * and writes records whole. Citations are never changed or deleted: a number
 * always means the same source.
 *
 * Numbers are given in order. A write that adds sources holds the store in a
 * read-write transaction, so no other connection can give the same number
 * meanwhile; each connection keeps the sources it has seen, and reads those
 * stored since at the start of each transaction.
 */

export const SCENARIOS = 'scenarios';
export const CITATIONS = 'citations';

/** What the `citations` store holds. */
export type CitationRecord = { key: number; source: unknown };

/** What a stored scenario record is to this module: its `scenario`, whatever else it holds. */
type Stored = { scenario?: unknown };

/** DBCoreRangeType.Range (a const enum, which isolated modules cannot read) */
const RANGE = 2 as DBCoreKeyRange['type'];

const isPlace = (v: unknown): v is number => typeof v === 'number';

export class CitationMissingError extends Error {
  override name = 'CitationMissingError';
}

/** The sources of one connection: those known stored, and those its open write has added. */
export class CitationCache {
  private readonly index = new SourceIndex();
  private readonly byKey = new Map<number, unknown>();
  /** the highest number known stored or added */
  private last = 0;
  /** numbers added by a write not yet committed */
  private readonly pending = new Map<DBCoreTransaction, CitationRecord[]>();

  /** The highest number this connection knows of: sources above it were stored by others. */
  get known(): number {
    return this.last;
  }

  learn(records: readonly CitationRecord[]): void {
    for (const r of records) {
      if (this.byKey.has(r.key)) continue;
      this.byKey.set(r.key, r.source);
      this.index.add(r.source, r.key);
      this.last = Math.max(this.last, r.key);
    }
  }

  /** The number of `source`, a new one (to be written with `trans`) when it was never stored. */
  placeOf(source: unknown, trans: DBCoreTransaction): number {
    const known = this.index.find(source);
    if (known !== undefined) return known;
    const key = ++this.last;
    this.byKey.set(key, source);
    this.index.add(source, key);
    const added = this.pending.get(trans) ?? [];
    added.push({ key, source });
    this.pending.set(trans, added);
    return key;
  }

  /** What `trans` added, to be written with it. */
  added(trans: DBCoreTransaction): CitationRecord[] {
    const added = this.pending.get(trans) ?? [];
    this.pending.delete(trans);
    return added;
  }

  /** The write that added these sources failed: they were never stored. */
  forget(records: readonly CitationRecord[]): void {
    if (!records.length) return;
    const keys = new Set(records.map((r) => r.key));
    for (const k of keys) this.byKey.delete(k);
    this.index.remove(keys);
    this.last = Math.max(0, ...this.byKey.keys());
  }

  /** The source stored under `key`; a copy, so that records never share an object. */
  sourceOf(key: number): unknown {
    if (!this.byKey.has(key)) throw new CitationMissingError(`citation ${key} is not in the database`);
    const s = this.byKey.get(key);
    return isPlainObject(s) ? { ...s } : s;
  }
}

/** A record with its scenario's sources as numbers, adding the new ones to `cache` under `trans`. */
export function compactRecord<T>(record: T, cache: CitationCache, trans: DBCoreTransaction): T {
  const scenario = (record as Stored)?.scenario;
  if (!isPlainObject(scenario)) return record;
  return { ...record, scenario: mapScenarioSources(scenario, isPlainObject, (s) => cache.placeOf(s, trans)) };
}

/** A stored record with its scenario's sources in place of their numbers; a record stored whole comes back as it is. */
export function expandRecord<T>(record: T, cache: CitationCache): T {
  const scenario = (record as Stored | undefined)?.scenario;
  if (!isPlainObject(scenario)) return record;
  return { ...record, scenario: mapScenarioSources(scenario, isPlace, (k) => cache.sourceOf(k as number)) };
}

/**
 * A cursor whose records come whole. Dexie's cursor is IndexedDB's own with
 * Dexie's methods added: its native members must be called on it, not on the
 * object that inherits from it (as Dexie's own middlewares do).
 */
export function wholeCursor(cursor: DBCoreCursor, expand: (v: unknown) => unknown): DBCoreCursor {
  let seen: { raw: unknown; value: unknown } | null = null;
  return Object.create(cursor, {
    continue: { value: (key?: unknown) => cursor.continue(key) },
    continuePrimaryKey: { value: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey) },
    advance: { value: (count: number) => cursor.advance(count) },
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get() {
        const raw = cursor.value;
        if (seen === null || seen.raw !== raw) seen = { raw, value: expand(raw) };
        return seen.value;
      },
    },
  }) as DBCoreCursor;
}

/**
 * The Dexie middleware that stores sources once: every transaction on the
 * scenarios takes the citations store along, writes compact the records and
 * reads expand them. Below it (Dexie's own layers, IndexedDB) records are
 * compact; above it, whole.
 */
export function citationMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'citations',
    // Dexie builds the stack each time the database opens: a database deleted and made again starts with what it holds
    create(down) {
      const cache = new CitationCache();
      // an older database has no citations store, nor has one being upgraded before the version that adds it: records are then stored whole
      const hasStore = () => down.schema.tables.some((t) => t.name === CITATIONS);
      const inScope = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).objectStoreNames.contains(CITATIONS);
      const synced = new WeakMap<DBCoreTransaction, Promise<void>>();
      /** Sources stored by other connections since this one last looked, once per transaction. */
      const sync = (trans: DBCoreTransaction, citations: DBCoreTable): Promise<void> => {
        let done = synced.get(trans);
        if (!done) {
          done = citations
            .query({ trans, values: true, query: { index: citations.schema.primaryKey, range: { type: RANGE, lower: cache.known, lowerOpen: true, upper: undefined, upperOpen: false } } })
            .then(({ result }) => cache.learn(result as CitationRecord[]));
          synced.set(trans, done);
        }
        return done;
      };
      return {
        ...down,
        transaction(stores, mode, options) {
          const scope = stores.includes(SCENARIOS) && !stores.includes(CITATIONS) && hasStore() ? [...stores, CITATIONS] : stores;
          return down.transaction(scope, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (name !== SCENARIOS) return table;
          // looked up once a transaction has the store (an older database has none)
          let citationTable: DBCoreTable | null = null;
          const citations = () => (citationTable ??= down.table(CITATIONS));
          const expand = (v: unknown) => expandRecord(v, cache);
          return {
            ...table,
            async mutate(req) {
              if ((req.type !== 'add' && req.type !== 'put') || !inScope(req.trans)) return table.mutate(req);
              await sync(req.trans, citations());
              const values = req.values.map((v) => compactRecord(v, cache, req.trans));
              const added = cache.added(req.trans);
              if (added.length) {
                // a failed transaction never stored them: the next write must add them again
                (req.trans as unknown as IDBTransaction).addEventListener('abort', () => cache.forget(added));
                try {
                  await citations().mutate({ type: 'add', trans: req.trans, values: added });
                } catch (err) {
                  cache.forget(added);
                  throw err;
                }
              }
              return table.mutate({ ...req, values });
            },
            async get(req) {
              if (!inScope(req.trans)) return table.get(req);
              await sync(req.trans, citations());
              return expand(await table.get(req));
            },
            async getMany(req) {
              if (!inScope(req.trans)) return table.getMany(req);
              await sync(req.trans, citations());
              return (await table.getMany(req)).map(expand);
            },
            async query(req) {
              if (!req.values || !inScope(req.trans)) return table.query(req);
              await sync(req.trans, citations());
              const res = await table.query(req);
              return { ...res, result: res.result.map(expand) };
            },
            async openCursor(req) {
              if (req.values === false || !inScope(req.trans)) return table.openCursor(req);
              await sync(req.trans, citations());
              const cursor = await table.openCursor(req);
              return cursor && wholeCursor(cursor, expand);
            },
          };
        },
      };
    },
  };
}
