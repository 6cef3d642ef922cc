import type { CommandAnswer, CommandArgs, EngineCommand, EngineRequest, EngineResponse } from './protocol';

/** Where the engine's commands are answered: the engine worker in the app; in-process in Node (tests, benchmarks). */
export type EngineBackend = {
  /** `transfer`: buffers of `args` handed to the engine instead of copied (the caller no longer has them) */
  call<K extends EngineCommand>(command: K, args: CommandArgs<K>, transfer?: Transferable[]): Promise<CommandAnswer<K>>;
  /** start what `call` will need ahead of the first command */
  warm?(): void;
  dispose(): void;
};

/** The page's one way to the engine: a typed command and its answer (renderer/engine/protocol.ts). */
export type EngineClient = Pick<EngineBackend, 'call'> & {
  /** the library in database `db`, read off the page's thread (null: no database yet) */
  listVersions(db: string): Promise<CommandAnswer<'listVersions'>>;
  /** `summaries: false`: without the engine's runs */
  readEntries(db: string, ids: readonly string[], options?: { summaries?: boolean }): Promise<CommandAnswer<'readEntries'>>;
};

export class EngineUnavailableError extends Error {
  override name = 'EngineUnavailableError';
}

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/**
 * Posts each command to one engine worker, created on first use. A worker
 * that cannot start (no module workers, a blocked script) or dies fails the
 * commands it held with the reason; the next command starts a new one.
 */
export function workerBackend(createWorker: () => WorkerLike): EngineBackend {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (answer: unknown) => void; reject: (err: Error) => void }>();

  const fail = (reason: string) => {
    console.warn('[engine] worker stopped:', reason);
    try {
      worker?.terminate();
    } catch {
      // already gone
    }
    worker = null;
    const held = [...waiting.values()];
    waiting.clear();
    for (const w of held) w.reject(new EngineUnavailableError(`the engine stopped: ${reason}`));
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = createWorker();
    worker = w;
    w.addEventListener('message', (event: Event) => {
      const res = (event as MessageEvent<EngineResponse>).data;
      const entry = waiting.get(res.id);
      if (!entry) return;
      waiting.delete(res.id);
      if ('error' in res) entry.reject(new Error(res.error));
      else entry.resolve(res.answer);
    });
    w.addEventListener('error', (event: Event) => worker === w && fail((event as ErrorEvent).message || 'worker error'));
    w.addEventListener('messageerror', () => worker === w && fail('an answer could not be read'));
    return w;
  };

  return {
    call<K extends EngineCommand>(command: K, args: CommandArgs<K>, transfer: Transferable[] = []): Promise<CommandAnswer<K>> {
      return new Promise<CommandAnswer<K>>((resolve, reject) => {
        let w: WorkerLike;
        try {
          w = ensureWorker();
        } catch (err) {
          reject(new EngineUnavailableError(`the engine could not start: ${err instanceof Error ? err.message : String(err)}`));
          return;
        }
        const id = nextId++;
        waiting.set(id, { resolve: resolve as (answer: unknown) => void, reject });
        try {
          w.postMessage({ id, command, args } as EngineRequest, transfer);
        } catch (err) {
          // not cloneable: a programming error, reported rather than left to hang
          waiting.delete(id);
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    },
    warm() {
      try {
        ensureWorker();
      } catch {
        // reported by the first command
      }
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}

export function createEngineClient(backend: EngineBackend): EngineClient {
  return {
    call: (command, args, transfer) => backend.call(command, args, transfer),
    listVersions: (db) => backend.call('listVersions', { db }),
    readEntries: (db, ids, options) => backend.call('readEntries', options?.summaries === false ? { db, ids: [...ids], summaries: false } : { db, ids: [...ids] }),
  };
}

function defaultBackend(): EngineBackend {
  if (typeof Worker !== 'function') {
    return {
      call: () => Promise.reject(new EngineUnavailableError('the engine needs Web Workers, which this browser does not provide')),
      dispose: () => {},
    };
  }
  // Written out literally so Vite finds the worker and bundles it (and mathjs) as its own chunk.
  return workerBackend(() => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }));
}

let backend: EngineBackend | null = null;
const current = (): EngineBackend => (backend ??= defaultBackend());

/** Answers the app's commands with `next` from now on (Node has no Worker: tests and benchmarks install the in-process engine). */
export function installEngineBackend(next: EngineBackend): void {
  backend?.dispose();
  backend = next;
}

/**
 * Starts the engine worker now. Called at start-up so the worker loads its
 * bundle (engine, mathjs, schema) while the main thread opens the database,
 * instead of after the first scenario is on screen.
 */
export function warmEngine(): void {
  current().warm?.();
}

/** The app's engine: one worker shared by every view, created on first use. */
export const engineClient: EngineClient = createEngineClient({
  call: (command, args, transfer) => current().call(command, args, transfer),
  dispose: () => {},
});
