import type { EnsembleResults } from './types';

/**
 * The P10, P50 and P90 of the peak year across the runs, by nearest rank (the year of the ⌈q·n⌉-th run in
 * order; a year between two peak years is no year a run peaked in). Runs whose peak does not hold rank after
 * every year: a percentile that falls among them is null (no peak within the horizon). Null too with no runs.
 */
export function peakYearPercentiles(
  e: Pick<EnsembleResults, 'peakYears' | 'noPeak'>,
): [number | null, number | null, number | null] {
  const years = [...e.peakYears].sort((a, b) => a.year - b.year);
  const n = years.reduce((sum, p) => sum + p.count, 0) + e.noPeak;
  const at = (q: number): number | null => {
    if (n === 0) return null;
    const rank = Math.max(1, Math.ceil(q * n));
    let seen = 0;
    for (const p of years) {
      seen += p.count;
      if (seen >= rank) return p.year;
    }
    return null;
  };
  return [at(0.1), at(0.5), at(0.9)];
}
