import type { Scenario } from '../../model/scenario';
import { leanPeak, meets, type LeanPeak } from './judge';
import { runVariant, SLOTS, variantOut } from './kernel';
import { planOf, sampleInto, type EnsembleDesign, type Plan } from './plan';

/**
 * The per-run outputs of sample indices `from` (included) to `to` (excluded), all typed arrays (a worker hands
 * them over rather than copying them): by run then year for the banded results, by run then target for the
 * targets met.
 */
export type EnsembleSlice = {
  from: number;
  to: number;
  /** years per run */
  count: number;
  co2: Float64Array;
  co2PerGdp: Float64Array;
  energyPerGdpAssessed: Float64Array;
  nonFossilShare: Float64Array;
  /** by run: present value of electricity-supply costs and total investment, 亿元 */
  presentValueYiYuan: Float64Array;
  totalInvestmentYiYuan: Float64Array;
  /** 1 where the run meets the target (the plan's judged targets, in the scenario's order) */
  met: Uint8Array;
  /** index of the year the peak is reached in, −1 when it does not hold */
  peak: Int32Array;
  /** 1 where the run could not be computed */
  failed: Uint8Array;
};

export type SliceOptions = EnsembleDesign & { from: number; to: number };

/** Computes the runs `from`–`to` of the ensemble (runs, seed) of a scenario. */
export function runEnsembleSlice(s: Scenario, opts: SliceOptions): EnsembleSlice {
  return computeSlice(planOf(s, opts), opts.from, opts.to);
}

export function computeSlice(plan: Plan, from: number, to: number): EnsembleSlice {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= plan.runs)) {
    throw new RangeError(`ensemble slice ${from}–${to} outside 0–${plan.runs}`);
  }
  const k = plan.kernel;
  const count = k.count;
  const n = to - from;
  const nt = plan.targets.length;
  const slice: EnsembleSlice = {
    from,
    to,
    count,
    co2: new Float64Array(n * count),
    co2PerGdp: new Float64Array(n * count),
    energyPerGdpAssessed: new Float64Array(n * count),
    nonFossilShare: new Float64Array(n * count),
    presentValueYiYuan: new Float64Array(n),
    totalInvestmentYiYuan: new Float64Array(n),
    met: new Uint8Array(n * nt),
    peak: new Int32Array(n),
    failed: new Uint8Array(n),
  };
  const out = variantOut(count);
  const x = new Float64Array(SLOTS);
  const peak: LeanPeak = { index: 0, holds: false, reached: 0 };
  const tolerance = k.prepared.scenario.accounting.peakTolerancePct;
  for (let r = 0; r < n; r++) {
    sampleInto(plan, from + r, x);
    const ok = runVariant(k, x, out);
    if (!ok) {
      slice.failed[r] = 1;
      slice.peak[r] = -1;
      slice.co2.fill(NaN, r * count, (r + 1) * count);
      slice.co2PerGdp.fill(NaN, r * count, (r + 1) * count);
      slice.energyPerGdpAssessed.fill(NaN, r * count, (r + 1) * count);
      slice.nonFossilShare.fill(NaN, r * count, (r + 1) * count);
      slice.presentValueYiYuan[r] = NaN;
      slice.totalInvestmentYiYuan[r] = NaN;
      continue;
    }
    slice.co2.set(out.co2, r * count);
    slice.co2PerGdp.set(out.co2PerGdp, r * count);
    slice.energyPerGdpAssessed.set(out.energyPerGdpAssessed, r * count);
    slice.nonFossilShare.set(out.nonFossilShare, r * count);
    slice.presentValueYiYuan[r] = out.presentValueYiYuan;
    slice.totalInvestmentYiYuan[r] = out.totalInvestmentYiYuan;
    leanPeak(out.co2Judged, count, tolerance, peak);
    slice.peak[r] = peak.holds ? peak.reached : -1;
    for (let t = 0; t < nt; t++) slice.met[r * nt + t] = meets(plan.targets[t]!, out, peak, k.baseYear) ? 1 : 0;
  }
  return slice;
}
