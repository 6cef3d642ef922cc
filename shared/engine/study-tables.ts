import { SECTORS, type Sector } from '../model/vocabulary';
import type { YearResult } from './results';

/**
 * Figures of the tables a carbon-peak study presents that the results do not
 * already hold: the peak of energy consumption, sector shares, the plan years.
 */

/**
 * The year energy consumption is highest (the first of equal years) and its value;
 * `withinHorizon` false when the highest year is the last, i.e. still rising.
 */
export function energyPeak(years: readonly YearResult[]): { year: number; value: number; withinHorizon: boolean } {
  let best = years[0]!;
  for (const y of years) if (y.energy > best.energy) best = y;
  return { year: best.year, value: best.energy, withinHorizon: best.year !== years[years.length - 1]!.year };
}

/** The years a study tabulates: the base year, each five-year plan's last year, the last year. */
export function planYears(years: readonly YearResult[]): number[] {
  const all = years.map((y) => y.year);
  const first = all[0]!;
  const last = all[all.length - 1]!;
  return all.filter((y) => y === first || y === last || y % 5 === 0);
}

/**
 * Each sector's share of total energy consumption, %; `outside` is the energy counted
 * in no sector (pumped-storage losses charged to the host region), so the rows sum to 100.
 */
export function sectorShares(y: YearResult): { sectors: Record<Sector, number>; outside: number } {
  const pct = (v: number) => (y.energy === 0 ? 0 : (v / y.energy) * 100);
  const sectors = Object.fromEntries(SECTORS.map((s) => [s, pct(y.energyBySector[s])])) as Record<Sector, number>;
  const inSectors = SECTORS.reduce((a, s) => a + y.energyBySector[s], 0);
  return { sectors, outside: pct(y.energy - inSectors) };
}
