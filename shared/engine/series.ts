import type { Series } from '../model/series';
import { compileExpression, evaluateYears } from './expr';

/** A problem found in the scenario, located by field path. */
export type ScenarioIssue = { path: string; message: string };

/**
 * Resolves a series to one value per year, `years[i]` for year `firstYear + i`.
 * Problems are pushed to `issues` (the returned array is then zero-filled) so a
 * single pass can report every bad field.
 */
export function resolveSeries(
  series: Series,
  path: string,
  firstYear: number,
  count: number,
  baseYear: number,
  issues: ScenarioIssue[],
): Float64Array {
  const out = new Float64Array(count);
  if (typeof series === 'number') {
    if (!Number.isFinite(series)) issues.push({ path, message: 'is not a finite number' });
    else out.fill(series);
    return out;
  }
  if (Array.isArray(series)) {
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
  const compiled = compileExpression(series.expr);
  if (!compiled.ok) {
    const at = compiled.position ? ` at position ${compiled.position}` : '';
    issues.push({ path: `${path}.expr`, message: `expression error${at}: ${compiled.error}` });
    return out;
  }
  try {
    evaluateYears(compiled.compiled, out, firstYear, baseYear, series.baseValue);
  } catch (err) {
    issues.push({ path: `${path}.expr`, message: `expression ${err instanceof Error ? err.message : String(err)}` });
    out.fill(0);
  }
  return out;
}
