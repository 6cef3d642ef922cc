import type { InputRange, InputKind } from '../../model/uncertainty';
import { mulberry32 } from './prng';

/**
 * Latin-hypercube sampling: each input's range is cut into `runs` strata of
 * equal probability; every stratum is hit exactly once, at a random point inside
 * it, and each input's strata are shuffled on their own, so the inputs are
 * sampled independently. The design depends only on (runs, seed, number of
 * inputs): a worker computing runs 500–999 draws the same points as one
 * computing all of them.
 *
 * Draw order, fixed: for each input in turn, a Fisher–Yates shuffle of its
 * strata (runs − 1 draws), then one draw per stratum for the point inside it.
 */
export function latinHypercube(runs: number, inputs: number, seed: number): Float64Array[] {
  const next = mulberry32(seed);
  const out: Float64Array[] = [];
  const perm = new Int32Array(runs);
  for (let k = 0; k < inputs; k++) {
    for (let i = 0; i < runs; i++) perm[i] = i;
    for (let i = runs - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = perm[i]!;
      perm[i] = perm[j]!;
      perm[j] = t;
    }
    const u = new Float64Array(runs);
    for (let r = 0; r < runs; r++) u[r] = (perm[r]! + next()) / runs;
    out.push(u);
  }
  return out;
}

/** The value of a range at probability u (0 ≤ u < 1) by its distribution's inverse CDF. */
export function inverseCdf(r: Pick<InputRange, 'low' | 'central' | 'high' | 'distribution'>, u: number): number {
  const { low, central, high } = r;
  const width = high - low;
  if (!(width > 0)) return low;
  if (r.distribution === 'uniform') return low + u * width;
  // triangular with its mode at `central`: F(x) = (x − a)² / ((b − a)(c − a)) below the mode
  const c = (central - low) / width;
  return u < c ? low + Math.sqrt(u * width * (central - low)) : high - Math.sqrt((1 - u) * width * (high - central));
}

/**
 * A sampled value as the input takes it: a delay in whole years (uniform: each whole year from low to high equally
 * likely; triangular: rounded to the nearest year), any other value as it is.
 */
export function sampledValue(r: InputRange, kind: InputKind, u: number): number {
  if (kind !== 'years') return inverseCdf(r, u);
  const low = Math.ceil(r.low);
  const high = Math.max(low, Math.floor(r.high));
  if (r.distribution === 'uniform') return Math.min(high, Math.floor(low + u * (high - low + 1)));
  return Math.min(high, Math.max(low, Math.round(inverseCdf(r, u))));
}
