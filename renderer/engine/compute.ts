import { computeCosts } from '../../shared/engine/costs/compute';
import { compileExpression } from '../../shared/engine/expr';
import { compareMethodsWith, type MethodComparison } from '../../shared/engine/methods';
import { prepareScenario } from '../../shared/engine/prepare';
import { computeHeadline, computeWithHourly } from '../../shared/engine/hourly/with-hourly';
import type { HourlyDetail, HourlyResults } from '../../shared/engine/hourly/types';
import { ScenarioError } from '../../shared/engine/scenario-error';
import { resolveSeries } from '../../shared/engine/series';
import type { ScenarioIssue, SeriesResolver } from '../../shared/engine/series-values';
import { echo } from '../../shared/model/echo';
import { issueAt } from '../../shared/model/issue-codes';
import { ScenarioSchema } from '../../shared/model/scenario';
import { isExprSeries, type ExprSeries } from '../../shared/model/series';
import { validateScenario, zodIssues, type ValidationResult } from '../../shared/model/validate';
import type { EngineOutcome, Evaluation, ExpressionCheck, SeriesValues } from './protocol';
import { seriesKey } from './series-key';

/** The worker's computations (mathjs included): what answers the page's commands. */

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const message = (err: unknown) => echo(err instanceof Error ? err.message : String(err), 200);
/** a computation that failed where it should not (a bug): its own words */
const failed = (err: unknown, path = '') => issueAt(path, 'engine.failed', { detail: message(err) });

/**
 * The full check and one run, sharing one resolution of the series: the
 * schema, then every series resolved and checked once (prepareScenario), then
 * the yearly computation over those values. Never throws: a draft malformed
 * in a way the check does not foresee becomes an issue, not a dead worker.
 * `balance`: `full` runs the hourly balance when the scenario has it on (its
 * outputs included); `headline` only when its feedback changes the figures (then
 * its outputs come too, computed anyway), so the figures do not wait for the hours.
 */
export function evaluate(input: unknown, balance: 'full' | 'headline' = 'full'): Evaluation {
  const series: SeriesValues[] = [];
  const refused = (issues: ScenarioIssue[]): Evaluation => ({ valid: false, outcome: { ok: false, issues }, series });
  try {
    const parsed = ScenarioSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) return refused(zodIssues(parsed.error));
    const s = parsed.data;
    const count = s.endYear - s.baseYear + 1;
    // the values of each expression over the whole horizon, as the editor asks for them
    const resolve: SeriesResolver = (value, path, firstYear, n, baseYear, issues) => {
      const before = issues.length;
      const out = resolveSeries(value, path, firstYear, n, baseYear, issues);
      if (isExprSeries(value) && firstYear === s.baseYear && n === count) {
        series.push([seriesKey(value, s.baseYear, s.endYear), issues.length === before ? out : null]);
      }
      return out;
    };
    const start = now();
    let prepared;
    try {
      prepared = prepareScenario(s, resolve);
    } catch (err) {
      if (err instanceof ScenarioError) return refused(err.issues);
      throw err;
    }
    // valid from here on: a run that fails (non-finite figures) is the results' issue, not the check's
    let outcome: EngineOutcome;
    try {
      const figures = balance === 'full' || prepared.hourly?.feedback ? computeWithHourly(prepared) : computeHeadline(prepared);
      // every run carries its own costs, as runScenarioWith gives them (the reference comparison comes by `costAnalysis`)
      const results = { ...figures, costs: computeCosts(prepared, figures) };
      outcome = { ok: true, results, computeMs: now() - start };
    } catch (err) {
      outcome = { ok: false, issues: err instanceof ScenarioError ? err.issues : [failed(err)] };
    }
    return { valid: true, outcome, series };
  } catch (err) {
    return refused([failed(err)]);
  }
}

/**
 * The scenario's headline figures under the other accounting methods; null when
 * it cannot be computed (its evaluation says why).
 */
export function methodComparison(input: unknown): MethodComparison | null {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) return null;
  try {
    return compareMethodsWith(parsed.data, resolveSeries);
  } catch {
    return null;
  }
}

/** The scenario's hourly balance (every year, the default detail year); null when it has none or cannot be computed. */
export function hourlyResults(input: unknown): HourlyResults | null {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) return null;
  try {
    return computeWithHourly(prepareScenario(parsed.data, resolveSeries)).hourly ?? null;
  } catch {
    return null;
  }
}

/** One year's hours of the scenario's hourly balance; null when it has none or cannot be computed. */
export function hourlyDetail(input: unknown, year: number): HourlyDetail | null {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) return null;
  try {
    return computeWithHourly(prepareScenario(parsed.data, resolveSeries), year).hourly?.detail ?? null;
  } catch {
    return null;
  }
}

/** The outcome alone (the library's target summaries): the headline figures, without the hours behind them. */
export function computeOutcome(scenario: unknown): EngineOutcome {
  return evaluate(scenario, 'headline').outcome;
}

/** `validateScenario`, never throwing. */
export function validate(input: unknown): ValidationResult {
  try {
    return validateScenario(input);
  } catch (err) {
    return { ok: false, issues: [issueAt('(root)', 'engine.checkFailed', { detail: message(err) })] };
  }
}

export function checkExpression(text: string): ExpressionCheck {
  const r = compileExpression(text);
  return r.ok ? { ok: true } : { ok: false, error: r.error, ...(r.position !== undefined ? { position: r.position } : {}) };
}

/** Values of one expression series per year from `baseYear` to `endYear`; null when it cannot be evaluated. */
export function seriesValues(series: ExprSeries, baseYear: number, endYear: number): Float64Array | null {
  const count = endYear - baseYear + 1;
  if (!(count > 0)) return null;
  const issues: ScenarioIssue[] = [];
  const out = resolveSeries(series, '', baseYear, count, baseYear, issues);
  return issues.length ? null : out;
}
