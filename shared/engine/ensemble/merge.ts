import type { Scenario } from '../../model/scenario';
import { INPUT_SPECS } from '../../model/uncertainty';
import { runVariant, SLOT, SLOTS, variantOut } from './kernel';
import { planOf, sampleInto, valueAt, type EnsembleDesign, type Plan } from './plan';
import type { EnsembleSlice } from './slice';
import { BAND_METRICS, MAX_FAILED_LISTED, type Band, type EnsembleResults, type Percentiles, type TornadoBar } from './types';

/** The year whose CO2 the tornado explains (the carbon-peak year of the national and provincial targets). */
export const TORNADO_YEAR = 2030;

/**
 * Percentile q (0–1) of sorted values by linear interpolation between the two nearest ranks (rank h = (n − 1)·q,
 * the spreadsheet PERCENTILE.INC rule); NaN when there are none.
 */
export function percentileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Puts the k-th smallest of a[from..to) at a[k], smaller ones before, larger after (Hoare's selection). */
function select(a: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to - 1;
  while (right > left) {
    const pivot = a[(left + right) >>> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/** The P10, P50 and P90 of `a` (reordered in place) by the rule of `percentileSorted`, in linear time. */
export function bandPoints(a: Float64Array): [number, number, number] {
  const n = a.length;
  if (n === 0) return [NaN, NaN, NaN];
  const at = (q: number, from: number, to: number): number => {
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    select(a, lo, from, to);
    if (lo + 1 >= n || h === lo) return a[lo]!;
    // the next rank is the least of all that lies after position lo (everything there is at least a[lo])
    let next = a[lo + 1]!;
    for (let i = lo + 2; i < n; i++) if (a[i]! < next) next = a[i]!;
    return a[lo]! + (h - lo) * (next - a[lo]!);
  };
  const mid = Math.floor((n - 1) * 0.5);
  const p50 = at(0.5, 0, n);
  // below the median rank lie the smaller values, above it the larger: P10 and P90 are selected within them
  const p10 = at(0.1, 0, mid + 1);
  const p90 = at(0.9, mid, n);
  return [p10, p50, p90];
}

/**
 * The ensemble's results from its slices (any split of 0–runs, in any order): the same bytes as computing all runs
 * at once. Probabilities are shares of the runs computed; failed runs are counted and listed, never mixed in.
 */
export function mergeEnsemble(s: Scenario, opts: EnsembleDesign, slices: readonly EnsembleSlice[]): EnsembleResults {
  return mergePlan(s, planOf(s, opts), slices);
}

export function mergePlan(s: Scenario, plan: Plan, slices: readonly EnsembleSlice[]): EnsembleResults {
  const k = plan.kernel;
  const count = k.count;
  const runs = plan.runs;
  const ordered = [...slices].sort((a, b) => a.from - b.from);
  let at = 0;
  for (const sl of ordered) {
    if (sl.from !== at || sl.count !== count) throw new RangeError(`ensemble slices do not cover 0–${runs} once (gap or overlap at ${at})`);
    at = sl.to;
  }
  if (at !== runs) throw new RangeError(`ensemble slices end at ${at}, not ${runs}`);

  const nt = plan.targets.length;
  const met = new Array<number>(nt).fill(0);
  const peakCounts = new Array<number>(count).fill(0);
  let failed = 0;
  let noPeak = 0;
  const failedRuns: EnsembleResults['failedRuns'] = [];
  const x = new Float64Array(SLOTS);
  for (const sl of ordered) {
    for (let r = 0; r < sl.to - sl.from; r++) {
      if (sl.failed[r]) {
        failed++;
        if (failedRuns.length < MAX_FAILED_LISTED) {
          sampleInto(plan, sl.from + r, x);
          failedRuns.push({ run: sl.from + r, values: Object.fromEntries(plan.inputs.map(({ input }) => [input, x[SLOT[input]]!])) });
        }
        continue;
      }
      for (let t = 0; t < nt; t++) met[t]! += sl.met[r * nt + t]!;
      const p = sl.peak[r]!;
      if (p < 0) noPeak++;
      else peakCounts[p]!++;
    }
  }
  const computed = runs - failed;
  const years = Array.from({ length: count }, (_, i) => k.baseYear + i);

  const bands = {} as Record<(typeof BAND_METRICS)[number], Band>;
  const column = new Float64Array(computed);
  for (const metric of BAND_METRICS) {
    const band: Band = { years, p10: [], p50: [], p90: [] };
    for (let i = 0; i < count; i++) {
      let n = 0;
      for (const sl of ordered) {
        const values = sl[metric];
        for (let r = 0; r < sl.to - sl.from; r++) if (!sl.failed[r]) column[n++] = values[r * count + i]!;
      }
      const [p10, p50, p90] = bandPoints(column.subarray(0, n));
      band.p10.push(p10);
      band.p50.push(p50);
      band.p90.push(p90);
    }
    bands[metric] = band;
  }

  const percentiles = (pick: (sl: EnsembleSlice) => Float64Array): Percentiles => {
    let n = 0;
    for (const sl of ordered) {
      const values = pick(sl);
      for (let r = 0; r < sl.to - sl.from; r++) if (!sl.failed[r]) column[n++] = values[r]!;
    }
    const [p10, p50, p90] = bandPoints(column.subarray(0, n));
    return { p10, p50, p90 };
  };
  const costs =
    computed > 0
      ? { presentValueYiYuan: percentiles((sl) => sl.presentValueYiYuan), totalInvestmentYiYuan: percentiles((sl) => sl.totalInvestmentYiYuan) }
      : null;

  const tornadoIndex = Math.min(count - 1, Math.max(0, TORNADO_YEAR - k.baseYear));
  const out = variantOut(count);
  const co2At = (values: Float64Array) => (runVariant(k, values, out) ? out.co2[tornadoIndex]! : NaN);
  const tornadoCentral = co2At(plan.central);
  const tornado: TornadoBar[] = plan.inputs.map(({ input, range }) => {
    x.set(plan.central);
    x[SLOT[input]] = valueAt(input, range, range.low);
    const atLow = co2At(x);
    x[SLOT[input]] = valueAt(input, range, range.high);
    const atHigh = co2At(x);
    return { input, atLow, atHigh };
  });
  // widest swing first; ties in the inputs' order (the sort is stable)
  tornado.sort((a, b) => Math.abs(b.atHigh - b.atLow) - Math.abs(a.atHigh - a.atLow));

  return {
    scenarioId: s.id,
    runs,
    seed: plan.seed,
    failed,
    failedRuns,
    inputs: plan.inputs,
    hourly: k.curtailed ? 'centralFeedback' : 'annual',
    targets: plan.targets.map((t, i) => ({ id: t.id, probability: computed > 0 ? met[i]! / computed : 0, met: met[i]! })),
    bands,
    peakYears: peakCounts.flatMap((c, i) => (c > 0 ? [{ year: k.baseYear + i, count: c }] : [])),
    noPeak,
    peakScope: k.peakWithProcess ? 'energyAndProcess' : 'energy',
    tornadoYear: k.baseYear + tornadoIndex,
    tornadoCentral,
    tornado,
    costs,
  };
}

/** An input's kind, for views that word a value (a shift in pp, a factor, whole years). */
export const inputKind = (input: keyof typeof INPUT_SPECS) => INPUT_SPECS[input].kind;
