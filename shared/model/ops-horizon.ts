import type { Region, Scenario } from './scenario';
import type { Series, YearPoint } from './series';
import type { SourceRef } from './provenance';

/**
 * The region and the horizon of a scenario as edits. A yearly input is held by
 * year (points, expressions of `year`), so moving the horizon changes no
 * series: points outside it stay in the scenario, unused, and come back into
 * use when the horizon grows again; expressions are evaluated over the new
 * years. Published statistics outside the horizon are kept the same way.
 */

/** Base years the guided start and the editor offer: years of published statistics a county has at hand. */
export const BASE_YEAR_RANGE = { min: 2015, max: 2025 } as const;
/** End years the engine runs to (shared/engine/prepare.ts refuses others). */
export const END_YEAR_RANGE = { min: 2030, max: 2060 } as const;

const USER: SourceRef = { kind: 'user' };

/** Within the ranges the editor offers and the base year before the end year. */
export function isHorizon(baseYear: number, endYear: number): boolean {
  const whole = Number.isInteger(baseYear) && Number.isInteger(endYear);
  const inRange = (y: number, r: { min: number; max: number }) => y >= r.min && y <= r.max;
  return whole && inRange(baseYear, BASE_YEAR_RANGE) && inRange(endYear, END_YEAR_RANGE) && baseYear < endYear;
}

/**
 * The scenario over `baseYear`–`endYear`, one edit: both years and their
 * sources, nothing else. Figures of the base year (base GDP, base intensity)
 * keep their values: they are the planner's to update for a new base year.
 */
export function setHorizon(s: Scenario, baseYear: number, endYear: number, source: SourceRef = USER): Scenario {
  if (s.baseYear === baseYear && s.endYear === endYear) return s;
  const sources = { ...s.sources };
  if (s.baseYear !== baseYear) sources.baseYear = source;
  if (s.endYear !== endYear) sources.endYear = source;
  return { ...s, baseYear, endYear, sources };
}

/** The scenario with `region` replaced by `next` (empty optional texts dropped), one edit. */
export function setRegion(s: Scenario, next: Region, source: SourceRef = USER): Scenario {
  const region: Region = { name: next.name.trim() };
  if (next.nameEn?.trim()) region.nameEn = next.nameEn.trim();
  if (next.level) region.level = next.level;
  if (next.parentRegion?.trim()) region.parentRegion = next.parentRegion.trim();
  if (next.code?.trim()) region.code = next.code.trim();
  return { ...s, region, sources: { ...s.sources, region: source } };
}

/** The points of a series that lie outside `baseYear`–`endYear` (none for a number or an expression). */
export function unusedPoints(series: Series, baseYear: number, endYear: number): YearPoint[] {
  return Array.isArray(series) ? series.filter((p) => p.year < baseYear || p.year > endYear) : [];
}
