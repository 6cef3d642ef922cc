import type { DispatchHours } from './dispatch';
import type { HourlyDetail, StressWeek } from './types';

const WEEK = 168;
const DAY = 24;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The views' summary of one year's hours: its stress weeks, month × hour averages and duration curves. */
export function detailOf(year: number, h: DispatchHours): HourlyDetail {
  const hours = h.load.length;
  const stressWeeks = [weekOf(h, 'deficit', h.imported, h.unserved), weekOf(h, 'surplus', h.exported, h.curtailed)];

  const netLoadByMonthHour: number[][] = [];
  const curtailedByMonthHour: number[][] = [];
  let start = 0;
  for (let m = 0; m < 12; m++) {
    const days = MONTH_DAYS[m]! + (hours > 8760 && m === 1 ? 1 : 0);
    const net = new Array<number>(DAY).fill(0);
    const cut = new Array<number>(DAY).fill(0);
    for (let d = 0; d < days; d++) {
      for (let k = 0; k < DAY; k++) {
        const i = start + d * DAY + k;
        net[k]! += h.residualLoad[i]!;
        cut[k]! += h.curtailed[i]!;
      }
    }
    netLoadByMonthHour.push(net.map((v) => v / days));
    curtailedByMonthHour.push(cut.map((v) => v / days));
    start += days * DAY;
  }
  return {
    year,
    stressWeeks,
    netLoadByMonthHour,
    curtailedByMonthHour,
    residualDurationMW: durationCurve(h.residualLoad),
    loadDurationMW: durationCurve(h.load),
  };
}

/** Every 24th value from the highest, and the lowest. */
function durationCurve(values: Float64Array): number[] {
  const n = values.length;
  const asc = sortAscending(values);
  // the i-th from the highest is the (n − 1 − i)-th from the lowest
  const out: number[] = [];
  for (let i = 0; i < n; i += DAY) out.push(asc[n - 1 - i]!);
  out.push(asc[0]!);
  return out;
}

// Scratch of the sort, reused from run to run (one run at a time per thread, as dispatch.ts's buffers).
let sortedBuffer = new Float64Array(8784);
let bucketStart = new Int32Array(8785);
let bucketNext = new Int32Array(8784);
/** Buckets up to this size are sorted by insertion; larger ones by the typed array's own sort. */
const SMALL_BUCKET = 32;

/**
 * The values in ascending order (a view of a scratch buffer, valid until the next call). The
 * typed array's own sort took ~0.7 ms for a year's 8,760 values, twice per run: a bucket sort
 * is linear for the spread of hourly loads. Each value goes to one of n buckets by its place
 * between the least and the largest value, a map that never decreases with the value, so no
 * bucket holds a value above one in a later bucket; each bucket is then sorted on its own.
 * Equal values come out equal, so the curve is the one a full sort gives. NaN or an infinity
 * (no finite span to place values on) falls back to the full sort.
 */
function sortAscending(values: Float64Array): Float64Array {
  const n = values.length;
  if (sortedBuffer.length < n) {
    sortedBuffer = new Float64Array(n);
    bucketStart = new Int32Array(n + 1);
    bucketNext = new Int32Array(n);
  }
  const out = sortedBuffer.subarray(0, n);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let nan = false;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (v !== v) nan = true;
  }
  const span = hi - lo;
  if (nan || !(span > 0) || !Number.isFinite(span)) {
    out.set(values);
    return out.sort();
  }
  const scale = (n - 1) / span;
  const bucketOf = (v: number) => Math.min(Math.floor((v - lo) * scale), n - 1);
  const start = bucketStart;
  start.fill(0, 0, n + 1);
  for (let i = 0; i < n; i++) start[bucketOf(values[i]!) + 1]!++;
  for (let b = 0; b < n; b++) start[b + 1]! += start[b]!;
  const next = bucketNext;
  next.set(start.subarray(0, n));
  for (let i = 0; i < n; i++) out[next[bucketOf(values[i]!)]!++] = values[i]!;
  for (let b = 0; b < n; b++) {
    const from = start[b]!;
    const to = start[b + 1]!;
    if (to - from > SMALL_BUCKET) out.subarray(from, to).sort();
    else {
      for (let i = from + 1; i < to; i++) {
        const v = out[i]!;
        let j = i - 1;
        while (j >= from && out[j]! > v) {
          out[j + 1] = out[j]!;
          j--;
        }
        out[j + 1] = v;
      }
    }
  }
  return out;
}

/**
 * The week (from a day's 00:00) with the largest sum of a + b: imports and unserved load, or
 * exports and curtailment (the arrays themselves rather than a function of the hour, which two
 * callers made a call per hour that was not inlined).
 */
function weekOf(h: DispatchHours, kind: StressWeek['kind'], a: Float64Array, b: Float64Array): StressWeek {
  const hours = h.load.length;
  const measure = (i: number) => a[i]! + b[i]!;
  let sum = 0;
  for (let i = 0; i < WEEK; i++) sum += measure(i);
  let best = sum;
  let bestStart = 0;
  let window = sum;
  for (let s = DAY; s + WEEK <= hours; s += DAY) {
    for (let i = s - DAY; i < s; i++) window -= measure(i);
    for (let i = s + WEEK - DAY; i < s + WEEK; i++) window += measure(i);
    if (window > best + 1e-9) {
      best = window;
      bestStart = s;
    }
  }
  // copied by index: Array.from over a typed array goes through its iterator, a boxed number and a
  // result object for each value (340 KB a detail year for these 24 weeks)
  const slice = (a: Float64Array) => {
    const out: number[] = [];
    for (let k = bestStart; k < bestStart + WEEK; k++) out.push(a[k]!);
    return out;
  };
  return {
    startHour: bestStart,
    kind,
    totalMWh: best,
    series: {
      load: slice(h.load),
      pv: slice(h.pv),
      wind: slice(h.wind),
      hydro: slice(h.hydro),
      biomass: slice(h.biomass),
      thermal: slice(h.thermal),
      discharge: slice(h.discharge),
      imported: slice(h.imported),
      charge: slice(h.charge),
      exported: slice(h.exported),
      curtailed: slice(h.curtailed),
      unserved: slice(h.unserved),
    },
  };
}
