import { echo } from '../model/echo';
import type { Issue } from '../model/issue-codes';
import type { Scenario } from '../model/scenario';
import { renewableCapacityMW } from './derived';
import type { ScenarioResults, YearResult } from './results';
import { memberChecks, rollupNotes, sumExceeds } from './rollup-checks';

/**
 * A city's roll-up of its counties: each member's figures from its own run,
 * their sum, the rest of the city (city − sum), each one's share of the city
 * and the difference between the sum and the city's own scenario, in the years
 * the city and every counted member share. Only quantities that add up are
 * summed; intensities and the non-fossil share are shown per row, and for the
 * sum and the rest as the ratio of their summed parts, never as a sum.
 */

/** Figures that add up across regions: GDP 亿元, energy 万tce, CO2 万tCO2, renewable capacity MW, electricity use 亿kWh. */
export const ROLLUP_METRICS = ['gdp', 'energy', 'co2', 'renewableCapacityMW', 'electricity'] as const;
export type RollupMetric = (typeof ROLLUP_METRICS)[number];

/** Figures that do not add up (tce/万元, tCO2/万元, %). */
export const ROLLUP_RATIOS = ['energyPerGdp', 'co2PerGdp', 'nonFossilShare'] as const;
export type RollupRatio = (typeof ROLLUP_RATIOS)[number];

export type RollupFigures = Record<RollupMetric, number>;

/** A row of the roll-up in one year. */
export type RollupRow = {
  figures: RollupFigures;
  /** null where the denominator is not positive (a remainder at or below zero) */
  ratios: Record<RollupRatio, number | null>;
  /** % of the city's figure; null where the city's is not positive */
  sharePct: Record<RollupMetric, number | null>;
};

export type RollupYear = {
  year: number;
  /** by counted member, in the order of `members` filtered to `counted` */
  members: RollupRow[];
  sum: RollupRow;
  /** the rest of the city: city − sum */
  remainder: RollupRow;
  city: RollupRow;
  /** sum − city, and that as % of the city (null where the city's figure is not positive) */
  difference: { figures: RollupFigures; pct: Record<RollupMetric, number | null> };
};

/** What the roll-up needs of a scenario besides its results. */
export type RollupScenario = Pick<Scenario, 'id' | 'name' | 'nameEn' | 'region' | 'baseYear' | 'endYear' | 'accounting' | 'conventions'>;
export type RollupRun = { scenario: RollupScenario; results: ScenarioResults };

/** A member as the caller found it: its run, or why there is none. */
export type RollupMemberInput = { scenarioId: string; label?: string } & (
  | { run: RollupRun }
  | { run?: undefined; unavailable: 'missing' | 'failed' }
);

export type RollupMemberStatus = 'counted' | 'missing' | 'failed' | 'duplicate' | 'self' | 'noCommonYears';

export type RollupMemberInfo = {
  scenarioId: string;
  /** the member's region, else its stored label, else its id */
  label: string;
  scenarioName: string | null;
  /** the scenario's English name, where it has one */
  scenarioNameEn: string | null;
  status: RollupMemberStatus;
  horizon: { from: number; to: number } | null;
};

export type RollupIssue = Issue & { severity: 'warning' | 'note' };

export type Rollup = {
  cityId: string;
  members: RollupMemberInfo[];
  /** years the city and every counted member share */
  years: number[];
  rows: RollupYear[];
  issues: RollupIssue[];
};

const metricOf = (y: YearResult): RollupFigures => ({
  gdp: y.gdp,
  energy: y.energy,
  co2: y.co2,
  renewableCapacityMW: renewableCapacityMW(y),
  electricity: y.electricityDemand,
});

type Parts = RollupFigures & { nonFossilEnergy: number };
const partsOf = (y: YearResult): Parts => ({ ...metricOf(y), nonFossilEnergy: y.nonFossilEnergy });

const ratio = (num: number, den: number, scale = 1): number | null => (den > 0 && num >= 0 ? (num / den) * scale : null);
const pctOf = (part: number, whole: number): number | null => (whole > 0 ? (part / whole) * 100 : null);

function row(parts: Parts, city: RollupFigures, ratios?: Record<RollupRatio, number | null>): RollupRow {
  const figures: RollupFigures = {
    gdp: parts.gdp,
    energy: parts.energy,
    co2: parts.co2,
    renewableCapacityMW: parts.renewableCapacityMW,
    electricity: parts.electricity,
  };
  return {
    figures,
    ratios: ratios ?? {
      energyPerGdp: ratio(parts.energy, parts.gdp),
      co2PerGdp: ratio(parts.co2, parts.gdp),
      nonFossilShare: ratio(parts.nonFossilEnergy, parts.energy, 100),
    },
    sharePct: Object.fromEntries(ROLLUP_METRICS.map((m) => [m, pctOf(parts[m], city[m])])) as Record<RollupMetric, number | null>,
  };
}

/** A year's own intensities and share, as its run computed them. */
const ownRatios = (y: YearResult): Record<RollupRatio, number | null> => ({
  energyPerGdp: y.energyPerGdp,
  co2PerGdp: y.co2PerGdp,
  nonFossilShare: y.nonFossilShare,
});

const PART_KEYS = [...ROLLUP_METRICS, 'nonFossilEnergy'] as const;
const combine = (a: Parts, b: Parts, sign: 1 | -1): Parts =>
  Object.fromEntries(PART_KEYS.map((k) => [k, a[k] + sign * b[k]])) as Parts;
const ZERO = Object.fromEntries(PART_KEYS.map((k) => [k, 0])) as Parts;

const yearsOf = (r: ScenarioResults) => new Map(r.years.map((y) => [y.year, y]));

/** The roll-up of `members` under the city's run. Pure. */
export function rollUp(city: RollupRun, members: readonly RollupMemberInput[]): Rollup {
  const issues: RollupIssue[] = [];
  const infos: RollupMemberInfo[] = [];
  const counted: { run: RollupRun; byYear: Map<number, YearResult> }[] = [];
  const cityYears = yearsOf(city.results);
  const seen = new Set<string>();

  members.forEach((m, i) => {
    const path = `rollup.members[${i}]`;
    const label = echo(m.run?.scenario.region.name ?? m.label ?? m.scenarioId);
    const info: RollupMemberInfo = {
      scenarioId: m.scenarioId,
      label,
      scenarioName: m.run?.scenario.name ?? null,
      scenarioNameEn: m.run?.scenario.nameEn ?? null,
      status: 'counted',
      horizon: m.run ? { from: m.run.results.baseYear, to: m.run.results.endYear } : null,
    };
    infos.push(info);
    const warn = (issue: Issue) => issues.push({ ...issue, severity: 'warning' });
    if (m.scenarioId === city.scenario.id) {
      info.status = 'self';
      return warn({ code: 'rollup.self', path, params: {} });
    }
    if (seen.has(m.scenarioId)) {
      info.status = 'duplicate';
      return warn({ code: 'rollup.duplicate', path, params: { member: label } });
    }
    seen.add(m.scenarioId);
    if (!m.run) {
      info.status = m.unavailable;
      return warn({ code: m.unavailable === 'missing' ? 'rollup.memberMissing' : 'rollup.memberFailed', path, params: { member: label } });
    }
    const byYear = yearsOf(m.run.results);
    if (![...cityYears.keys()].some((y) => byYear.has(y))) {
      info.status = 'noCommonYears';
      return warn({ code: 'rollup.noCommonYears', path, params: { member: label } });
    }
    for (const issue of memberChecks(city, m.run, label, path)) warn(issue);
    counted.push({ run: m.run, byYear });
  });

  const years = [...cityYears.keys()].filter((y) => counted.every((c) => c.byYear.has(y)));
  const cityFrom = city.results.baseYear;
  const cityTo = city.results.endYear;
  if (years.length && (years[0] !== cityFrom || years[years.length - 1] !== cityTo)) {
    issues.push({
      code: 'rollup.commonYears',
      path: 'rollup',
      params: { from: years[0]!, to: years[years.length - 1]!, cityFrom, cityTo },
      severity: 'note',
    });
  }

  const rows = years.map((year): RollupYear => {
    const cy = cityYears.get(year)!;
    const cityParts = partsOf(cy);
    const memberYears = counted.map((c) => c.byYear.get(year)!);
    const sumParts = memberYears.reduce((acc, y) => combine(acc, partsOf(y), 1), ZERO);
    const restParts = combine(cityParts, sumParts, -1);
    const diff = combine(sumParts, cityParts, -1);
    return {
      year,
      members: memberYears.map((y) => row(partsOf(y), cityParts, ownRatios(y))),
      sum: row(sumParts, cityParts),
      remainder: row(restParts, cityParts),
      city: row(cityParts, cityParts, ownRatios(cy)),
      difference: {
        figures: row(diff, cityParts).figures,
        pct: Object.fromEntries(ROLLUP_METRICS.map((m) => [m, pctOf(diff[m], cityParts[m])])) as Record<RollupMetric, number | null>,
      },
    };
  });

  if (counted.length) {
    for (const issue of sumExceeds(rows, ROLLUP_METRICS)) issues.push({ ...issue, severity: 'warning' });
    for (const issue of rollupNotes(city)) issues.push({ ...issue, severity: 'note' });
  }
  return { cityId: city.scenario.id, members: infos, years, rows, issues };
}

/** The plan years of a roll-up's table: its first year and every fifth year (2020, 2025, 2030 …) it covers. */
export function rollupTableYears(rollup: Pick<Rollup, 'years'>): number[] {
  return rollup.years.filter((y, i) => i === 0 || y % 5 === 0);
}
