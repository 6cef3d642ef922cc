import { ScenarioError } from '../../shared/engine/scenario-error';
import type { ScenarioResults } from '../../shared/engine/results';
import type { ScenarioIssue } from '../../shared/engine/series';
import type { Scenario } from '../../shared/model/scenario';
import type { LibraryVersion } from '../db/library-read';
import type { LibraryEntry } from '../features/library/entry';
import type { EngineOutcome, EngineRequest, EngineResponse } from './protocol';

/** Where scenarios are computed: the engine worker, or the main thread when there is no Worker. */
export type EngineBackend = {
  readonly kind: 'worker' | 'main-thread';
  compute(scenario: Scenario): Promise<EngineOutcome>;
  /** the library in database `db`: each live scenario's id, kind and version, in list order (null: no database yet) */
  listVersions(db: string): Promise<LibraryVersion[] | null>;
  /** the library entries (target summaries included) of `ids` that are still stored */
  readEntries(db: string, ids: readonly string[]): Promise<LibraryEntry[]>;
  dispose(): void;
  /** start what `compute` will need (the worker) ahead of the first request */
  warm?(): void;
};

/** How a `runLatest` request ended. */
export type LatestOutcome =
  | { status: 'done'; results: ScenarioResults; computeMs: number }
  | { status: 'rejected'; issues: ScenarioIssue[] }
  /** a newer request with the same key arrived before this one was computed; it never will be */
  | { status: 'superseded' };

export type EngineClient = {
  /** Computes one scenario; rejects with `ScenarioError` (its `issues`) when the engine refuses it. */
  run(scenario: Scenario): Promise<ScenarioResults>;
  /**
   * Computes the newest scenario sent under `key`. At most one request per key
   * is computing and at most one waits behind it: a request still waiting when
   * a newer one arrives resolves `superseded` without being computed. Outcomes
   * for one key resolve in the order the requests were made.
   */
  runLatest(key: string, scenario: Scenario): Promise<LatestOutcome>;
  /**
   * Starts computing `scenario` now, before anyone asks: the next `run` or
   * `runLatest` of this same (immutable) scenario object takes that outcome
   * instead of computing it again. For a document just read from storage, so
   * its results compute while the editor renders.
   */
  prefetch(scenario: Scenario): void;
  /**
   * The library, read and summarised off the page's thread: its versions
   * (cheap, from the indexes), then entries a batch at a time (the caller asks
   * for one batch after the other, so a request from the editor waits behind
   * one batch at most). Both reject when the database cannot be read.
   */
  listVersions(db: string): Promise<LibraryVersion[] | null>;
  readEntries(db: string, ids: readonly string[]): Promise<LibraryEntry[]>;
  /** 'worker' or 'main-thread', for diagnostics and tests. */
  readonly backendKind: EngineBackend['kind'];
};

/**
 * Runs on the main thread, after the current task (so requests made in the same
 * task can still supersede each other, as with the worker).
 */
export function mainThreadBackend(): EngineBackend {
  return {
    kind: 'main-thread',
    // loaded only if there is no worker: the engine (and mathjs) stay out of the main bundle
    compute: (scenario) => import('./compute').then((m) => m.computeOutcome(scenario)),
    listVersions: (db) => import('./library-listing').then((m) => m.listVersions(db)),
    readEntries: (db, ids) => import('./library-listing').then((m) => m.readEntries(db, ids)),
    dispose: () => {},
  };
}

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/**
 * Posts each scenario to one engine worker, created on first use. If the worker
 * cannot start (no module-worker support, a CSP that blocks it) or dies, the
 * requests it held and all later ones are computed by `fallback` instead, so
 * results never stop coming.
 */
export function workerBackend(createWorker: () => WorkerLike, fallback: EngineBackend = mainThreadBackend()): EngineBackend {
  let worker: WorkerLike | null = null;
  let broken = false;
  let nextId = 1;
  /** requests posted and not answered: how to take the answer, and how to get it from `fallback` instead */
  const waiting = new Map<number, { answer: (res: EngineResponse) => void; failOver: () => void }>();

  const failOver = (reason: unknown) => {
    if (broken) return;
    broken = true;
    console.warn('[engine] worker unavailable, computing on the main thread:', reason);
    try {
      worker?.terminate();
    } catch {
      // already gone
    }
    worker = null;
    const held = [...waiting.values()];
    waiting.clear();
    for (const w of held) w.failOver();
  };

  const ensureWorker = (): WorkerLike | null => {
    if (worker || broken) return worker;
    try {
      worker = createWorker();
    } catch (err) {
      failOver(err);
      return null;
    }
    worker.addEventListener('message', (event: Event) => {
      const res = (event as MessageEvent<EngineResponse>).data;
      const w = waiting.get(res.id);
      if (!w) return;
      waiting.delete(res.id);
      w.answer(res);
    });
    worker.addEventListener('error', (event: Event) => failOver((event as ErrorEvent).message || 'worker error'));
    worker.addEventListener('messageerror', () => failOver('message could not be deserialised'));
    return worker;
  };

  /**
   * Posts one request; its answer is read with `read` (which may throw: the
   * promise then rejects). Whatever the worker cannot answer (it never
   * started, it died) is asked of `viaFallback`; a request that cannot be
   * posted at all (it cannot be cloned: a programming error) is answered by
   * `unsendable` rather than left to hang.
   */
  const post = <T>(
    request: (id: number) => EngineRequest,
    read: (res: EngineResponse) => T,
    viaFallback: () => Promise<T>,
    unsendable: (message: string) => Promise<T>,
  ): Promise<T> => {
    const w = ensureWorker();
    if (!w) return viaFallback();
    return new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, {
        answer: (res) => {
          try {
            resolve(read(res));
          } catch (err) {
            reject(err);
          }
        },
        failOver: () => void viaFallback().then(resolve, reject),
      });
      try {
        w.postMessage(request(id));
      } catch (err) {
        waiting.delete(id);
        unsendable(err instanceof Error ? err.message : String(err)).then(resolve, reject);
      }
    });
  };
  /** The library part of an answer, or the reason it could not be read. */
  const library = <K extends 'versions' | 'entries'>(res: EngineResponse, key: K) => {
    if ('failed' in res) throw new Error(res.failed);
    return (res as Extract<EngineResponse, Record<K, unknown>>)[key];
  };

  return {
    get kind() {
      return broken ? fallback.kind : 'worker';
    },
    warm() {
      ensureWorker();
    },
    compute(scenario) {
      return post<EngineOutcome>(
        (id) => ({ id, scenario }),
        (res) => {
          const { id: _id, ...outcome } = res as EngineOutcome & { id: number };
          return outcome;
        },
        () => fallback.compute(scenario),
        (message) => Promise.resolve({ ok: false, issues: [{ path: '', message }] }),
      );
    },
    listVersions(db) {
      return post(
        (id) => ({ id, listVersions: db }),
        (res) => library(res, 'versions'),
        () => fallback.listVersions(db),
        (message) => Promise.reject(new Error(message)),
      );
    },
    readEntries(db, ids) {
      return post(
        (id) => ({ id, readEntries: { db, ids: [...ids] } }),
        (res) => library(res, 'entries'),
        () => fallback.readEntries(db, ids),
        (message) => Promise.reject(new Error(message)),
      );
    },
    dispose() {
      worker?.terminate();
      worker = null;
      fallback.dispose();
    },
  };
}

type Slot = {
  busy: boolean;
  waiting: { scenario: Scenario; resolve: (o: LatestOutcome) => void } | null;
};

export function createEngineClient(backend: EngineBackend): EngineClient {
  const slots = new Map<string, Slot>();
  const early = new WeakMap<Scenario, Promise<EngineOutcome>>();
  const compute = (scenario: Scenario): Promise<EngineOutcome> => {
    const p = early.get(scenario);
    if (!p) return backend.compute(scenario);
    early.delete(scenario);
    return p;
  };

  const pump = (key: string, slot: Slot) => {
    const next = slot.waiting;
    if (!next) {
      slot.busy = false;
      slots.delete(key);
      return;
    }
    slot.waiting = null;
    slot.busy = true;
    void compute(next.scenario).then((o) => {
      next.resolve(o.ok ? { status: 'done', results: o.results, computeMs: o.computeMs } : { status: 'rejected', issues: o.issues });
      pump(key, slot);
    });
  };

  return {
    get backendKind() {
      return backend.kind;
    },
    prefetch(scenario) {
      if (!early.has(scenario)) early.set(scenario, backend.compute(scenario));
    },
    listVersions: (db) => backend.listVersions(db),
    readEntries: (db, ids) => backend.readEntries(db, ids),
    async run(scenario) {
      const o = await compute(scenario);
      if (!o.ok) throw new ScenarioError(o.issues);
      return o.results;
    },
    runLatest(key, scenario) {
      return new Promise<LatestOutcome>((resolve) => {
        let slot = slots.get(key);
        if (!slot) {
          slot = { busy: false, waiting: null };
          slots.set(key, slot);
        }
        slot.waiting?.resolve({ status: 'superseded' });
        slot.waiting = { scenario, resolve };
        if (!slot.busy) pump(key, slot);
      });
    },
  };
}

function defaultBackend(): EngineBackend {
  if (typeof Worker !== 'function') return mainThreadBackend();
  // Written out literally so Vite finds the worker and bundles it as its own chunk.
  return workerBackend(() => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }));
}

let shared: EngineClient | null = null;
let sharedBackend: EngineBackend | null = null;
const client = (): EngineClient => (shared ??= createEngineClient((sharedBackend = defaultBackend())));

/**
 * Starts the engine worker now. Called at start-up so the worker loads its
 * bundle (engine, mathjs, schema) while the main thread opens the database,
 * instead of after the first scenario is on screen.
 */
export function warmEngine(): void {
  client();
  sharedBackend?.warm?.();
}

/**
 * The app's engine: one worker shared by every view (editor results, library
 * target badges, comparison), created on first use.
 */
export const engineClient: EngineClient = {
  get backendKind() {
    return client().backendKind;
  },
  run: (scenario) => client().run(scenario),
  runLatest: (key, scenario) => client().runLatest(key, scenario),
  prefetch: (scenario) => client().prefetch(scenario),
  listVersions: (db) => client().listVersions(db),
  readEntries: (db, ids) => client().readEntries(db, ids),
};
