import type { Series, YearPoint } from '../model/series';

/** A problem found in the scenario, located by field path. */
export type ScenarioIssue = { path: string; message: string };

/**
 * A number or a point list to one value per year (linear between points, held
 * flat outside them). No expressions, hence no mathjs: the editor's main thread
 * resolves these at start-up without loading the expression engine.
 */
export function resolvePlainSeries(
  series: number | readonly YearPoint[],
  path: string,
  firstYear: number,
  count: number,
  issues: ScenarioIssue[],
): Float64Array {
  const out = new Float64Array(count);
  if (typeof series === 'number') {
    if (!Number.isFinite(series)) issues.push({ path, message: 'is not a finite number' });
    else out.fill(series);
    return out;
  }
  const pts = series;
  if (pts.length === 0) {
    issues.push({ path, message: 'a point list needs at least one year/value point' });
    return out;
  }
  for (let k = 1; k < pts.length; k++) {
    if (pts[k]!.year <= pts[k - 1]!.year) {
      issues.push({ path: `${path}[${k}].year`, message: 'years in a point list must increase' });
      return out;
    }
  }
  let k = 0;
  for (let i = 0; i < count; i++) {
    const y = firstYear + i;
    while (k < pts.length - 1 && pts[k + 1]!.year <= y) k++;
    const p0 = pts[k]!;
    const p1 = pts[k + 1];
    if (y <= p0.year || !p1) out[i] = p0.value;
    else out[i] = p0.value + ((p1.value - p0.value) * (y - p0.year)) / (p1.year - p0.year);
  }
  return out;
}

/** One series to one value per year; problems pushed to `issues` (the values are then zero-filled). */
export type SeriesResolver = (
  series: Series,
  path: string,
  firstYear: number,
  count: number,
  baseYear: number,
  issues: ScenarioIssue[],
) => Float64Array;

/** The message of an expression met before the expression engine was loaded (see `resolveWithoutExpressions`). */
export const EXPRESSIONS_NOT_LOADED = 'expressions cannot be evaluated yet: the expression engine is still loading';

/**
 * Numbers and point lists only: each expression becomes an issue saying it
 * could not be evaluated yet. For the renderer's main thread before mathjs has
 * loaded, so the app starts without it; full checks use `resolveSeries`.
 */
export const resolveWithoutExpressions: SeriesResolver = (series, path, firstYear, count, _baseYear, issues) => {
  if (typeof series === 'number' || Array.isArray(series)) return resolvePlainSeries(series, path, firstYear, count, issues);
  issues.push({ path: `${path}.expr`, message: EXPRESSIONS_NOT_LOADED });
  return new Float64Array(count);
};

/** Whether a value (a scenario, or any part of one) holds an expression series anywhere. */
export function hasExpressions(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasExpressions);
  if (!value || typeof value !== 'object') return false;
  if (typeof (value as { expr?: unknown }).expr === 'string') return true;
  for (const k in value) if (hasExpressions((value as Record<string, unknown>)[k])) return true;
  return false;
}
