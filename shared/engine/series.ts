import { echo } from '../model/echo';
import { issue, issueAt, IssueError } from '../model/issue-codes';
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
    const { error, position } = compiled;
    issues.push(
      position
        ? issueAt(`${path}.expr`, 'expr.errorAt', { position, error })
        : issueAt(`${path}.expr`, 'expr.error', { error }),
    );
    return out;
  }
  try {
    evaluateYears(compiled.compiled, out, firstYear, baseYear, series.baseValue);
  } catch (err) {
    const body =
      err instanceof IssueError
        ? err.issue
        : issue('expr.runtime', { detail: echo(err instanceof Error ? err.message : String(err), 200) });
    issues.push({ ...body, path: `${path}.expr` });
    out.fill(0);
  }
  return out;
};
