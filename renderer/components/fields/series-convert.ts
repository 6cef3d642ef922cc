import { resolvePlainSeries, type ScenarioIssue } from '../../../shared/engine/series-values';
import { expressionValues, loadExpressionValues } from '../../engine/expression-values';
import { isExprSeries, type Series, type YearPoint } from '../../../shared/model/series';

export type SeriesMode = 'constant' | 'points' | 'expr';
export const SERIES_MODES: readonly SeriesMode[] = ['constant', 'points', 'expr'];

export function seriesMode(s: Series): SeriesMode {
  if (typeof s === 'number') return 'constant';
  return Array.isArray(s) ? 'points' : 'expr';
}

// Point lists are immutable snapshots (edits copy the path they change), so a resolved
// one can be kept per object: re-rendering the editor resolves only what changed.
const resolved = new WeakMap<object, Map<string, Float64Array | null>>();

/**
 * One value per year from `baseYear` to `endYear`, or null when the series
 * cannot be resolved. An expression's values come from the engine worker
 * (renderer/engine/expression-values.ts): null until they have arrived, and
 * callers that use `useExpressionValues()` re-render then. Do not mutate the result.
 */
export function resolveYears(s: Series, baseYear: number, endYear: number): Float64Array | null {
  const count = endYear - baseYear + 1;
  if (!(count > 0)) return null;
  if (isExprSeries(s)) return expressionValues(s, baseYear, endYear) ?? null;
  const key = `${baseYear}-${endYear}`;
  const byRange = typeof s === 'object' ? resolved.get(s) : undefined;
  const hit = byRange?.get(key);
  if (hit !== undefined) return hit;
  const issues: ScenarioIssue[] = [];
  const values = resolvePlainSeries(s, '', baseYear, count, issues);
  const out = issues.length ? null : values;
  if (typeof s === 'object') {
    if (byRange) byRange.set(key, out);
    else resolved.set(s, new Map([[key, out]]));
  }
  return out;
}

/** `resolveYears`, waiting for an expression's values when they have not arrived yet. */
export function loadYears(s: Series, baseYear: number, endYear: number): Promise<Float64Array | null> {
  if (isExprSeries(s) && endYear >= baseYear) return loadExpressionValues(s, baseYear, endYear);
  return Promise.resolve(resolveYears(s, baseYear, endYear));
}

/** The value in `year` (held flat outside the horizon), or undefined when unresolvable. */
export function valueInYear(s: Series, year: number, baseYear: number, endYear: number): number | undefined {
  if (typeof s === 'number') return s;
  const values = resolveYears(s, baseYear, Math.max(endYear, year));
  return values ? values[Math.max(0, year - baseYear)] : undefined;
}

/** Years a point list gets when converted from a shape: the base year, every fifth year, the end year. */
function sampleYears(baseYear: number, endYear: number): number[] {
  const years = [baseYear];
  for (let y = Math.ceil((baseYear + 1) / 5) * 5; y < endYear; y += 5) years.push(y);
  if (endYear > baseYear) years.push(endYear);
  return years;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** `interp(2020, 1, 2030, 2)` for a point list; a single point is just its value. */
export function pointsToExpr(points: readonly YearPoint[]): string {
  if (points.length === 1) return String(points[0]!.value);
  return `interp(${points.map((p) => `${p.year}, ${p.value}`).join(', ')})`;
}

/**
 * The series in another form, keeping what it says where it can: the base-year
 * value for a constant, the shape sampled every five years for a point list,
 * `interp(...)` for an expression.
 */
export function convertSeries(s: Series, to: SeriesMode, baseYear: number, endYear: number, values = resolveYears(s, baseYear, endYear)): Series {
  const from = seriesMode(s);
  if (from === to) return s;
  const at = (y: number) => round(values?.[y - baseYear] ?? fallbackValue(s));
  if (to === 'constant') return at(baseYear);
  if (to === 'points') {
    if (typeof s === 'number') return endYear > baseYear ? [{ year: baseYear, value: s }, { year: endYear, value: s }] : [{ year: baseYear, value: s }];
    return sampleYears(baseYear, endYear).map((year) => ({ year, value: at(year) }));
  }
  if (typeof s === 'number') return { expr: String(s) };
  if (Array.isArray(s)) return { expr: pointsToExpr(s) };
  return s;
}

function fallbackValue(s: Series): number {
  if (typeof s === 'number') return s;
  if (Array.isArray(s)) return s[0]?.value ?? 0;
  return isExprSeries(s) && s.baseValue !== undefined ? s.baseValue : 0;
}
