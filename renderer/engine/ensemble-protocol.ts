import type { EnsembleResults } from '../../shared/engine/ensemble/types';
import type { Scenario } from '../../shared/model/scenario';

/** How many sampled runs and from which seed: the same pair gives the same results, byte for byte. */
export type EnsembleRequestOptions = { runs: number; seed: number };

/**
 * The per-run outputs of a range of sample indices (`runEnsembleSlice`), made of
 * typed arrays so a worker hands them over instead of copying them. Opaque here:
 * only `mergeEnsemble` reads them.
 */
export type EnsembleSlice = unknown;

/**
 * Page → ensemble worker. A job's scenario goes to each worker once (`load`);
 * its slices and the merge name the job, so a 100,000-run job does not clone
 * the scenario for every chunk.
 */
export type EnsembleCommand =
  | { kind: 'load'; job: number; scenario: Scenario }
  | { kind: 'slice'; job: number; runs: number; seed: number; from: number; to: number }
  | { kind: 'merge'; job: number; runs: number; seed: number; slices: EnsembleSlice[] }
  /** the job is over (done or cancelled): its scenario is dropped */
  | { kind: 'drop'; job: number };

export type EnsembleAnswer<C extends EnsembleCommand> = C extends { kind: 'slice' }
  ? EnsembleSlice
  : C extends { kind: 'merge' }
    ? EnsembleResults
    : null;

export type EnsembleRequest = { id: number; command: EnsembleCommand };
/** Worker → page; `error`: the command failed (a scenario the engine refuses, a bug). */
export type EnsembleResponse = { id: number; answer: unknown } | { id: number; error: string };

/** The buffers of the typed arrays in `value` (each once): what a worker hands over rather than copies. */
export function transferablesOf(value: unknown, out: Set<ArrayBuffer> = new Set(), depth = 0): ArrayBuffer[] {
  if (depth > 8 || value === null || typeof value !== 'object') return [...out];
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  } else if (value instanceof ArrayBuffer) {
    out.add(value);
  } else {
    for (const v of Array.isArray(value) ? value : Object.values(value)) transferablesOf(v, out, depth + 1);
  }
  return [...out];
}
