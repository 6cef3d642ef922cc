import type { Scenario } from '../../model/scenario';
import { mergePlan } from './merge';
import { planOf, type EnsembleDesign } from './plan';
import { computeSlice, type EnsembleSlice } from './slice';
import type { EnsembleResults } from './types';

export { mergeEnsemble, percentileSorted, TORNADO_YEAR } from './merge';
export { runEnsembleSlice, type EnsembleSlice, type SliceOptions } from './slice';
export type { EnsembleDesign } from './plan';
export * from './types';

/** Thrown by `runEnsemble` when its progress callback returns false. */
export class EnsembleCancelled extends Error {
  override name = 'EnsembleCancelled';
}

export type EnsembleOptions = EnsembleDesign & {
  /** called after each block of runs; returning false stops the ensemble (`EnsembleCancelled`) */
  onProgress?: (done: number, total: number) => void | boolean;
};

/** Runs between progress calls. */
const BLOCK = 500;

/**
 * The uncertainty analysis of a scenario in this thread: `runs` Latin-hypercube samples of its ranges
 * (`scenario.uncertainty`, or the defaults) from `seed`. The same (runs, seed) gives the same results, byte for
 * byte, however the runs are split (`runEnsembleSlice` + `mergeEnsemble`). Throws `ScenarioError` when the
 * scenario itself cannot be computed.
 */
export function runEnsemble(s: Scenario, opts: EnsembleOptions): EnsembleResults {
  const plan = planOf(s, opts);
  const slices: EnsembleSlice[] = [];
  for (let from = 0; from < plan.runs; from += BLOCK) {
    const to = Math.min(plan.runs, from + BLOCK);
    slices.push(computeSlice(plan, from, to));
    if (opts.onProgress?.(to, plan.runs) === false) throw new EnsembleCancelled();
  }
  return mergePlan(s, plan, slices);
}
