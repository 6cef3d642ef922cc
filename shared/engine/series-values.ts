import { issueAt, type Issue } from '../model/issue-codes';
import type { Series, YearPoint } from '../model/series';

/** A problem found in the scenario, located by field path: `{ code, path, params }` (model/issue-codes.ts). */
export type ScenarioIssue = Issue;

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
    if (!Number.isFinite(series)) issues.push(issueAt(path, 'value.notFinite'));
    else out.fill(series);
    return out;
  }
  const pts = series;
  if (pts.length === 0) {
    issues.push(issueAt(path, 'series.noPoints'));
    return out;
  }
  for (let k = 1; k < pts.length; k++) {
    if (pts[k]!.year <= pts[k - 1]!.year) {
      issues.push(issueAt(`${path}[${k}].year`, 'series.yearsIncrease'));
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

