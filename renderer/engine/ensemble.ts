import type { EnsembleResults } from '../../shared/engine/ensemble/types';
import type { Scenario } from '../../shared/model/scenario';
import { ensembleWorkerPool, poolSize, type EnsembleBackend } from './ensemble-pool';
import type { EnsembleRequestOptions } from './ensemble-protocol';
import { runEnsembleJob, type EnsembleJobOptions } from './ensemble-runner';

export { EnsembleCancelled, isCancelled, type EnsembleProgress } from './ensemble-runner';

function defaultBackend(): EnsembleBackend {
  if (typeof Worker !== 'function') {
    return {
      size: 1,
      call: () => Promise.reject(new Error('the ensemble needs Web Workers, which this browser does not provide')),
      dispose: () => {},
    };
  }
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined;
  // Written out literally so Vite bundles the worker (and the engine) as its own chunk, off the page.
  return ensembleWorkerPool(
    () => new Worker(new URL('./ensemble.worker.ts', import.meta.url), { type: 'module' }),
    poolSize(cores),
  );
}

let backend: EnsembleBackend | null = null;

/** Answers the ensemble's commands with `next` from now on (Node tests install the in-process one). */
export function installEnsembleBackend(next: EnsembleBackend): void {
  backend?.dispose();
  backend = next;
}

/**
 * The app's ensembles, on a pool of workers created on first use and kept
 * for the next (an ensemble is asked for again after each edit).
 */
export function runEnsembleInWorkers(
  scenario: Scenario,
  options: EnsembleRequestOptions,
  job: EnsembleJobOptions = {},
): Promise<EnsembleResults> {
  backend ??= defaultBackend();
  return runEnsembleJob(backend, scenario, options, job);
}
