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

/** The year of highest CO2 (the first, if several tie). */
export function findPeak(years: YearResult[]): Peak {
  let best = years[0]!;
  for (const y of years) if (y.co2 > best.co2) best = y;
  const last = years[years.length - 1]!;
  return { year: best.year, co2: best.co2, withinHorizon: best.year < last.year };
}
