import type { Series } from '../model/series';
import { compileExpression, evaluateYears } from './expr';
import { resolvePlainSeries, type ScenarioIssue } from './series-values';

export type { ScenarioIssue };

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
  if (typeof series === 'number' || Array.isArray(series)) return resolvePlainSeries(series, path, firstYear, count, issues);
  const out = new Float64Array(count);
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
