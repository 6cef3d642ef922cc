import type { EnsembleResults } from '../../shared/engine/ensemble/types';
import type { Scenario } from '../../shared/model/scenario';
import type { EnsembleBackend } from './ensemble-pool';
import { transferablesOf, type EnsembleRequestOptions, type EnsembleSlice } from './ensemble-protocol';

/** Runs done of the job's total (sampled runs; the tornado's runs are the merge's). */
export type EnsembleProgress = { done: number; total: number };

export type EnsembleJobOptions = {
  /** called after each chunk of runs, in the order they finish */
  onProgress?: (progress: EnsembleProgress) => void;
  /** aborting rejects the job with `EnsembleCancelled` at once; no partial results are ever given */
  signal?: AbortSignal;
};

export class EnsembleCancelled extends Error {
  override name = 'EnsembleCancelled';
  constructor() {
    super('the ensemble was cancelled');
  }
}

export const isCancelled = (err: unknown): err is EnsembleCancelled => err instanceof EnsembleCancelled;

/**
 * Runs per chunk: small enough that progress moves about eight times per
 * worker and a cancelled job leaves each worker a short chunk to finish, large
 * enough that the per-chunk messages cost nothing beside the runs.
 */
export function chunkSize(runs: number, workers: number): number {
  return Math.max(25, Math.min(1000, Math.ceil(runs / (Math.max(1, workers) * 8))));
}

/** [from, to) ranges of sample indices covering 0 … runs − 1 in order. */
export function chunksOf(runs: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < runs; from += size) out.push([from, Math.min(runs, from + size)]);
  return out;
}

let nextJob = 1;

/**
 * One ensemble over the backend's workers: the scenario is loaded into each,
 * the runs are handed out chunk by chunk to whichever worker is free, and the
 * slices, in sample order, are merged by the first worker (`mergeEnsemble`),
 * so the results are the one-shot run's whatever the number of workers.
 */
export function runEnsembleJob(
  backend: EnsembleBackend,
  scenario: Scenario,
  { runs, seed }: EnsembleRequestOptions,
  options: EnsembleJobOptions = {},
): Promise<EnsembleResults> {
  const { onProgress, signal } = options;
  const job = nextJob++;
  const chunks = chunksOf(runs, chunkSize(runs, backend.size));
  const used = Math.max(1, Math.min(backend.size, chunks.length));
  const slices: EnsembleSlice[] = new Array<EnsembleSlice>(chunks.length);
  let next = 0;
  let done = 0;
  let over = false;

  const drop = () => {
    for (let w = 0; w < used; w++) backend.call(w, { kind: 'drop', job }).catch(() => {});
  };

  return new Promise<EnsembleResults>((resolve, reject) => {
    const finish = (err: Error | null, results?: EnsembleResults) => {
      if (over) return;
      over = true;
      signal?.removeEventListener('abort', onAbort);
      drop();
      if (err) reject(err);
      else resolve(results!);
    };
    const onAbort = () => finish(new EnsembleCancelled());
    if (signal?.aborted) {
      over = true;
      reject(new EnsembleCancelled());
      return;
    }
    signal?.addEventListener('abort', onAbort);

    const work = async (w: number): Promise<void> => {
      await backend.call(w, { kind: 'load', job, scenario });
      while (!over && next < chunks.length) {
        const i = next++;
        const [from, to] = chunks[i]!;
        slices[i] = await backend.call(w, { kind: 'slice', job, runs, seed, from, to });
        if (over) return;
        done += to - from;
        onProgress?.({ done, total: runs });
      }
    };

    Promise.all(Array.from({ length: used }, (_, w) => work(w)))
      .then(async () => {
        if (over) return;
        const results = await backend.call(0, { kind: 'merge', job, runs, seed, slices }, transferablesOf(slices));
        finish(null, results);
      })
      .catch((err: unknown) => finish(err instanceof Error ? err : new Error(String(err))));
  });
}
