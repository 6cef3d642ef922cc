import type { DispatchHours } from './dispatch';
import type { HourlyDetail, StressWeek } from './types';

const WEEK = 168;
const DAY = 24;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The views' summary of one year's hours: its stress weeks, month × hour averages and duration curves. */
export function detailOf(year: number, h: DispatchHours): HourlyDetail {
  const hours = h.load.length;
  const deficit = (i: number) => h.imported[i]! + h.unserved[i]!;
  const surplus = (i: number) => h.exported[i]! + h.curtailed[i]!;
  const stressWeeks = [weekOf(h, 'deficit', deficit), weekOf(h, 'surplus', surplus)];

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

function durationCurve(values: Float64Array): number[] {
  const sorted = Float64Array.from(values).sort().reverse();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i += DAY) out.push(sorted[i]!);
  out.push(sorted[sorted.length - 1]!);
  return out;
}

/** The week (from a day's 00:00) with the largest sum of `measure`. */
function weekOf(h: DispatchHours, kind: StressWeek['kind'], measure: (i: number) => number): StressWeek {
  const hours = h.load.length;
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
  const slice = (a: Float64Array) => Array.from(a.subarray(bestStart, bestStart + WEEK));
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
