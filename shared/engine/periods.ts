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

/**
 * The peak test (达峰, "峰值后稳中有降", as provincial reviews read it): the
 * peak is the year of highest CO2 (of years equal up to rounding, the first);
 * its plateau is the run of years around it within `tolerancePct` of it; it
 * holds when it lies within the horizon and emissions never rebound after it:
 * no later year climbs above the lowest value since the peak by more than the
 * tolerance (a fall to 42 and a climb back to 84 is a rebound even below the peak).
 */
export function findPeak(years: YearResult[], tolerancePct: number): Peak {
  let best = years[0]!;
  for (const y of years) if (y.co2 > best.co2 * (1 + TIE_RELATIVE) + 1e-12) best = y;
  const bestIndex = years.indexOf(best);
  const last = years[years.length - 1]!;
  const tol = tolerancePct / 100;
  const within = (v: number) => v >= best.co2 * (1 - tol) * (1 - TIE_RELATIVE);
  let from = bestIndex;
  while (from > 0 && within(years[from - 1]!.co2)) from--;
  let to = bestIndex;
  while (to < years.length - 1 && within(years[to + 1]!.co2)) to++;
  let rebound: Peak['rebound'] = null;
  let low = best;
  for (let i = bestIndex + 1; i < years.length && !rebound; i++) {
    const y = years[i]!;
    if (y.co2 > low.co2 * (1 + tol) * (1 + TIE_RELATIVE) + 1e-12) rebound = { year: y.year, co2: y.co2, fromYear: low.year, fromCo2: low.co2 };
    else if (y.co2 < low.co2) low = y;
  }
  const withinHorizon = best.year < last.year;
  return {
    year: best.year,
    co2: best.co2,
    withinHorizon,
    tolerancePct,
    plateau: { fromYear: years[from]!.year, toYear: years[to]!.year },
    rebound,
    holds: withinHorizon && rebound === null,
  };
}
