import type { Scenario } from '../../model/scenario';
import { computeHeadline } from '../hourly/with-hourly';
import { prepareScenario } from '../prepare';
import { ScenarioError } from '../scenario-error';
import type { ScenarioIssue } from '../series-values';
import { measureGoal, type GoalReading } from './goal';
import { applyGoalLever, leverAvailable, leverBounds, leverResolution, readGoalLever } from './lever';
import { searchFrom, type Probe } from './search';
import { MAX_RUNS, type GoalSeekDeps, type GoalSeekRequest, type GoalSeekResult } from './types';

export * from './types';
export { applyGoalAnswer, applyGoalLever, leverPath, readGoalLever, valueInYearWith } from './lever';

/**
 * 目标反推: the smallest move of one lever, from where the scenario has it and
 * in the direction that helps, that meets the goal. Each run is the scenario
 * with the lever applied as the slider applies it (on the planner's own
 * pathway shape), through the headline computation: the annual model, and the
 * hourly balance only when its feedback is on (then in every run, as the
 * figures the planner sees follow it). Already met: said so after one run.
 * Else each bound is tried; one that meets the goal brackets the answer, found
 * by a root finder on the goal's margin (search.ts); none: "not reachable
 * within the lever's bounds", with the value reached at the bound that helps
 * most. At most `MAX_RUNS` runs.
 */
export function goalSeek(scenario: Scenario, request: GoalSeekRequest, deps: GoalSeekDeps): GoalSeekResult {
  const { lever } = request;
  const measure = measureGoal(scenario, request.goal);
  if (typeof measure === 'string') return { status: 'failed', reason: measure, issues: [], runs: 0 };
  if (!leverAvailable(scenario, lever)) return { status: 'failed', reason: 'projectCapacity' in lever ? 'unknownProject' : 'leverUnavailable', issues: [], runs: 0 };
  const ctx = deps.leverContext;
  const from = readGoalLever(scenario, lever, ctx.valueInYear);
  const bounds = leverBounds(lever, from, request.bounds);
  let runs = 0;
  let issues: ScenarioIssue[] = [];
  const read = (s: Scenario): GoalReading => {
    runs++;
    try {
      return measure.read(computeHeadline(prepareScenario(s, deps.resolve)));
    } catch (err) {
      if (!(err instanceof ScenarioError)) throw err;
      // a lever value the scenario cannot be computed at (shares, bounds) misses the goal
      issues = err.issues;
      return { met: false, margin: null, achieved: null };
    }
  };
  const evalAt = (x: number): Probe => ({ x, ...read(applyGoalLever(scenario, lever, x, ctx)) });

  const start: Probe = { x: from, ...read(scenario) };
  if (start.margin === null && start.achieved === null && issues.length) return { status: 'failed', reason: 'notComputable', issues, runs };
  const hourlyFeedback = scenario.hourly?.enabled === true && scenario.hourly.feedback;
  const base = { lever, from, goalValue: measure.value, unit: measure.unit, bounds, hourlyFeedback };
  const range = bounds.max - bounds.min;
  if (start.met) {
    const precision = { leverWidth: 0, metricDistance: start.margin, tolerance: measure.tolerance, reached: true };
    return { status: 'alreadyMet', ...base, leverValue: from, achieved: start.achieved, runs, precision, notes: [], scenario };
  }
  const options = {
    discrete: measure.discrete,
    tolerance: measure.tolerance,
    resolution: leverResolution(lever, range, measure.discrete),
    canRun: () => runs < MAX_RUNS,
  };
  const found = searchFrom(start, bounds, measure.value, evalAt, options);
  if (found.kind === 'unreachable') {
    const b = found.best;
    const precision = { leverWidth: 0, metricDistance: b.margin, tolerance: measure.tolerance, reached: false };
    return { status: 'unreachable', ...base, leverValue: b.x, achieved: b.achieved, runs, precision, notes: found.notes, scenario: null };
  }
  const a = found.answer;
  const discrete = found.notes.includes('discrete');
  const reached = discrete ? found.width <= leverResolution(lever, range, true) : a.margin !== null && a.margin <= measure.tolerance;
  const precision = { leverWidth: found.width, metricDistance: a.margin, tolerance: measure.tolerance, reached };
  return { status: 'met', ...base, leverValue: a.x, achieved: a.achieved, runs, precision, notes: found.notes, scenario: applyGoalLever(scenario, lever, a.x, ctx) };
}
