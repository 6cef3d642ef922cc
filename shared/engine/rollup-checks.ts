import { echo } from '../model/echo';
import type { Issue } from '../model/issue-codes';
import type { RegionLevel } from '../model/vocabulary';
import type { RollupMetric, RollupRun, RollupYear } from './rollup';

/**
 * What makes a roll-up's sum not the city's figure by the rules, as issue
 * codes: members counted under other methods, GDP at another base year's
 * prices, members that do not say they belong to the city, and sums above the
 * city's own figures.
 */

/** The methods under which figures of two regions are counted alike. */
export const ROLLUP_METHODS = ['energyControl', 'renewableAttribution', 'electricityCo2', 'primaryElectricity'] as const;
export type RollupMethod = (typeof ROLLUP_METHODS)[number];

/** Grid factors (tCO2/MWh) closer than this are the same published figure. */
const FACTOR_SLACK = 1e-9;
/** A sum above the city's by less than this share of it is rounding, not a county larger than its city. */
const SUM_SLACK = 1e-9;

const BELOW: Readonly<Record<RegionLevel, RegionLevel | null>> = { province: 'city', city: 'county', county: null };

function methodOf(run: RollupRun, m: RollupMethod): string {
  return m === 'primaryElectricity' ? run.scenario.conventions.primaryElectricity : run.results.methods[m];
}

/**
 * A region's name as written in another's `parentRegion`: 清远市, 清远 and
 * Qingyuan name the same city, so the suffixes of the level are dropped.
 */
function sameRegion(written: string, region: RollupRun['scenario']['region']): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '').replace(/(省|市|县|区)$/, '').toLowerCase();
  const w = norm(written);
  return w === norm(region.name) || (region.nameEn !== undefined && w === norm(region.nameEn));
}

/** The checks of one counted member against the city. */
export function memberChecks(city: RollupRun, member: RollupRun, label: string, path: string): Issue[] {
  const out: Issue[] = [];
  for (const method of ROLLUP_METHODS) {
    if (methodOf(member, method) !== methodOf(city, method)) out.push({ code: 'rollup.methodDiffers', path, params: { member: label, method } });
  }
  const cityFactors = new Map(city.results.years.map((y) => [y.year, y.gridFactor]));
  const differs = member.results.years.find((y) => {
    const f = cityFactors.get(y.year);
    return f !== undefined && Math.abs(f - y.gridFactor) > FACTOR_SLACK;
  });
  if (differs) {
    out.push({
      code: 'rollup.gridFactorDiffers',
      path,
      params: { member: label, year: differs.year, factor: differs.gridFactor, cityFactor: cityFactors.get(differs.year)! },
    });
  }
  if (member.scenario.baseYear !== city.scenario.baseYear) {
    out.push({ code: 'rollup.priceYearDiffers', path, params: { member: label, year: member.scenario.baseYear, cityYear: city.scenario.baseYear } });
  }
  const expected = BELOW[city.scenario.region.level ?? 'city'];
  const level = member.scenario.region.level;
  if (expected && level && level !== expected) out.push({ code: 'rollup.levelNotBelow', path, params: { member: label, level, expected } });
  const parent = member.scenario.region.parentRegion;
  const cityName = echo(city.scenario.region.name);
  if (!parent) out.push({ code: 'rollup.noParent', path, params: { member: label, city: cityName } });
  else if (!sameRegion(parent, city.scenario.region)) out.push({ code: 'rollup.parentDiffers', path, params: { member: label, parent: echo(parent), city: cityName } });
  return out;
}

/** Each run of consecutive years in which the members' sum of a figure exceeds the city's (a negative remainder). */
export function sumExceeds(rows: readonly RollupYear[], metrics: readonly RollupMetric[]): Issue[] {
  const out: Issue[] = [];
  for (const metric of metrics) {
    let from: number | null = null;
    let last = 0;
    const close = () => {
      if (from !== null) out.push({ code: 'rollup.sumExceeds', path: 'rollup', params: { metric, from, to: last } });
      from = null;
    };
    for (const r of rows) {
      const over = r.sum.figures[metric] - r.city.figures[metric] > SUM_SLACK * Math.max(1, Math.abs(r.city.figures[metric]));
      if (over && from !== null && r.year !== last + 1) close();
      if (over) {
        from ??= r.year;
        last = r.year;
      } else close();
    }
    close();
  }
  return out;
}

/**
 * What the rules make of the sum whatever the inputs: under the net-imports
 * methods a county's CO2 carries the electricity it buys from other counties
 * of the city at the grid factor, while the city counts only what crosses its
 * own border, so the counties' CO2 does not add up to the city's.
 */
export function rollupNotes(city: RollupRun): Issue[] {
  const m = city.results.methods.electricityCo2;
  return m === 'netImports' || m === 'netImportsNoExportCredit' ? [{ code: 'rollup.netImportsCo2', path: 'rollup', params: {} }] : [];
}
