import { compileExpression, evaluateYears } from './expr';
import { resolvePlainSeries, type ScenarioIssue, type SeriesResolver } from './series-values';

export type { ScenarioIssue, SeriesResolver };

/**
 * Resolves a series to one value per year, `years[i]` for year `firstYear + i`,
 * expressions included (mathjs). Problems are pushed to `issues` (the returned
 * array is then zero-filled) so a single pass can report every bad field.
 */
export const resolveSeries: SeriesResolver = (series, path, firstYear, count, baseYear, issues) => {
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
};
