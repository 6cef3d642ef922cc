import type { EnsembleAnswer, EnsembleCommand, EnsembleRequest, EnsembleResponse } from './ensemble-protocol';

/** Where the ensemble's commands are answered: `size` workers in the app, this thread in Node tests. */
export type EnsembleBackend = {
  readonly size: number;
  /** `worker`: 0 … size − 1; each worker answers its commands in order */
  call<C extends EnsembleCommand>(worker: number, command: C, transfer?: Transferable[]): Promise<EnsembleAnswer<C>>;
  dispose(): void;
};

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/**
 * `size` workers, each created on first use. A worker that dies fails the
 * commands it held with the reason; the next command to it starts a new one.
 */
export function ensembleWorkerPool(createWorker: () => WorkerLike, size: number): EnsembleBackend {
  const workers: (WorkerLike | null)[] = Array.from({ length: size }, () => null);
  const waiting = new Map<
    number,
    { worker: number; resolve: (answer: unknown) => void; reject: (err: Error) => void }
  >();
  let nextId = 1;

  const fail = (index: number, reason: string) => {
    try {
      workers[index]?.terminate();
    } catch {
      // already gone
    }
    workers[index] = null;
    for (const [id, w] of [...waiting]) {
      if (w.worker !== index) continue;
      waiting.delete(id);
      w.reject(new Error(`the ensemble worker stopped: ${reason}`));
    }
  };

  const workerAt = (index: number): WorkerLike => {
    const existing = workers[index];
    if (existing) return existing;
    const w = createWorker();
    workers[index] = w;
    w.addEventListener('message', (event: Event) => {
      const res = (event as MessageEvent<EnsembleResponse>).data;
      const entry = waiting.get(res.id);
      if (!entry) return;
      waiting.delete(res.id);
      if ('error' in res) entry.reject(new Error(res.error));
      else entry.resolve(res.answer);
    });
    w.addEventListener(
      'error',
      (event: Event) => workers[index] === w && fail(index, (event as ErrorEvent).message || 'worker error'),
    );
    w.addEventListener('messageerror', () => workers[index] === w && fail(index, 'an answer could not be read'));
    return w;
  };

  return {
    size,
    call<C extends EnsembleCommand>(
      worker: number,
      command: C,
      transfer: Transferable[] = [],
    ): Promise<EnsembleAnswer<C>> {
      return new Promise((resolve, reject) => {
        let w: WorkerLike;
        try {
          w = workerAt(worker);
        } catch (err) {
          reject(new Error(`the ensemble worker could not start: ${err instanceof Error ? err.message : String(err)}`));
          return;
        }
        const id = nextId++;
        waiting.set(id, { worker, resolve: resolve as (answer: unknown) => void, reject });
        try {
          w.postMessage({ id, command } satisfies EnsembleRequest, transfer);
        } catch (err) {
          waiting.delete(id);
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    },
    dispose() {
      for (let i = 0; i < workers.length; i++) fail(i, 'disposed');
    },
  };
}

/**
 * How many workers share an ensemble: one per core up to four, at least one.
 * The page's own thread needs little while they run (a progress bar), so it
 * gets no core of its own.
 */
export function poolSize(cores: number | undefined): number {
  const n = Number.isFinite(cores) && cores! > 0 ? Math.floor(cores!) : 2;
  return Math.max(1, Math.min(4, n));
}
