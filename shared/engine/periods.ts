import type { PeakScope } from '../model/vocabulary';
import type { Peak, PeriodChange, YearResult } from './results';

/** The first five-year plan ending in 2025 is the 14th (2021–2025). */
function planNumber(endYear: number): number {
  return 14 + (endYear - 2025) / 5;
}

/**
 * Changes over each five-year plan period that lies wholly inside the
 * horizon: periods end in years divisible by 5 (e.g. 2020 → 2025 is the 14th).
 */
export function periodChanges(years: YearResult[]): PeriodChange[] {
  const first = years[0]!.year;
  const byYear = (y: number) => years[y - first];
  const out: PeriodChange[] = [];
  for (const end of years) {
    if (end.year % 5 !== 0) continue;
    const start = byYear(end.year - 5);
    if (!start) continue;
    const change = (a: number, b: number) => (a === 0 ? 0 : (b / a - 1) * 100);
    out.push({
      plan: planNumber(end.year),
      fromYear: start.year,
      toYear: end.year,
      co2PerGdpChangePct: change(start.co2PerGdp, end.co2PerGdp),
      energyPerGdpChangePct: change(start.energyPerGdp, end.energyPerGdp),
      energyPerGdpAssessedChangePct: change(start.energyPerGdpAssessed, end.energyPerGdpAssessed),
      co2ChangePct: change(start.co2, end.co2),
      gdpAvgGrowthPct: (Math.pow(end.gdp / start.gdp, 1 / 5) - 1) * 100,
    });
  }
  return out;
}

/** Relative slack under which two CO2 values count as equal (floating point, not policy). */
export const TIE_RELATIVE = 1e-9;

/** a above b by more than `margin` (≥ 0), floating-point noise aside */
function above(a: number, b: number, margin: number): boolean {
  return a - b > margin + TIE_RELATIVE * Math.max(Math.abs(a), Math.abs(b), 1e-3);
}

/**
 * The peak test (达峰, "峰值后稳中有降", as provincial reviews read it; practice, not a
 * published formula). With T = `tolerancePct` % of the peak's value:
 * - the peak is the year of highest CO2; of years equal up to floating-point rounding, the first;
 * - its plateau is the unbroken run of years around it within T below it;
 * - a rebound is the first later year that climbs back above the lowest value since the
 *   peak by more than T (a 2021 peak, a fall to 42 and a climb back to 84 is a rebound even
 *   though 84 is below the peak); a later year above the peak itself by more than T cannot
 *   occur, the peak being the highest;
 * - the peak holds when it lies before the last year (CO2 still at its highest in the last
 *   year has not peaked within the horizon) and there is no rebound;
 * - it is reached in the first year from which no later year exceeds that year's value, or
 *   climbs back above a later low, by more than T: a peak-year target is met when the peak
 *   holds and is reached by the target year ("no later year exceeds the peak by more than the
 *   tolerance"), so a peak-by-2030 target is met on a plateau whose highest year is 2032.
 */
export function findPeak(years: readonly { year: number; co2: number }[], tolerancePct: number, scope: PeakScope = 'energy'): Peak {
  let best = years[0]!;
  for (const y of years) if (above(y.co2, best.co2, 0)) best = y;
  const bestIndex = years.indexOf(best);
  const last = years[years.length - 1]!;
  const band = (Math.abs(best.co2) * tolerancePct) / 100;
  const within = (v: number) => !above(best.co2, v, band);
  let from = bestIndex;
  while (from > 0 && within(years[from - 1]!.co2)) from--;
  let to = bestIndex;
  while (to < years.length - 1 && within(years[to + 1]!.co2)) to++;
  let rebound: Peak['rebound'] = null;
  let low = best;
  for (let i = bestIndex + 1; i < years.length && !rebound; i++) {
    const y = years[i]!;
    if (above(y.co2, low.co2, band)) rebound = { year: y.year, co2: y.co2, fromYear: low.year, fromCo2: low.co2 };
    else if (y.co2 < low.co2) low = y;
  }
  const withinHorizon = best.year < last.year;
  // Judged with the same band: from a year inside it, CO2 neither rises above that year's value
  // nor rebounds above a later low by more than the tolerance.
  const settledFrom = (k: number) => {
    let lowest = years[k]!.co2;
    for (let i = k + 1; i < years.length; i++) {
      const v = years[i]!.co2;
      if (above(v, years[k]!.co2, band) || above(v, lowest, band)) return false;
      if (v < lowest) lowest = v;
    }
    return true;
  };
  let reached = bestIndex;
  for (let k = 0; k < bestIndex; k++) {
    if (settledFrom(k)) {
      reached = k;
      break;
    }
  }
  return {
    year: best.year,
    co2: best.co2,
    withinHorizon,
    scope,
    tolerancePct,
    plateau: { fromYear: years[from]!.year, toYear: years[to]!.year },
    rebound,
    holds: withinHorizon && rebound === null,
    reachedYear: years[reached]!.year,
  };
}
