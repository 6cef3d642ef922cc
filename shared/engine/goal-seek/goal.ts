import type { Scenario, Target } from '../../model/scenario';
import { TARGET_METRICS, type TargetMetric } from '../../model/vocabulary';
import type { ScenarioResults } from '../results';
import { evaluateTargets, TARGET_UNITS } from '../targets';
import { GOAL_YEAR_METRICS, type Goal, type GoalYearMetric } from './types';

/** The goal at one lever value: met or not, by how much (its unit; null when not measurable), and the metric's value. */
export type GoalReading = { met: boolean; margin: number | null; achieved: number | null };

/** A goal made ready to be read off results: its value and unit, and whether it is met or not with nothing in between. */
export type GoalMeasure = {
  value: number;
  unit: string;
  discrete: boolean;
  /** the aim for the answer's distance from the goal */
  tolerance: number;
  read: (r: ScenarioResults) => GoalReading;
};

const isTargetMetric = (m: string): m is TargetMetric => (TARGET_METRICS as readonly string[]).includes(m);

/** 0.01 percentage points for a goal in %, else 0.1 % of its value (an absolute 1e-9 for a zero goal). */
function toleranceOf(unit: string, value: number): number {
  return unit === '%' ? 0.01 : Math.max(1e-9, Math.abs(value) * 1e-3);
}

function fromTarget(t: Target): GoalMeasure {
  const unit = TARGET_UNITS[t.metric];
  const discrete = t.metric === 'peakYear';
  return {
    value: t.value,
    unit,
    discrete,
    tolerance: discrete ? 0 : toleranceOf(unit, t.value),
    read: (r) => {
      const [status] = evaluateTargets([t], r.years, r.peak);
      return { met: status!.met === true, margin: status!.margin, achieved: status!.actual };
    },
  };
}

/**
 * The goal as a measure, or the reason it cannot be one: a target not in the
 * scenario, or a year (or period) outside the horizon, which the targets do
 * not judge either.
 */
export function measureGoal(s: Scenario, goal: Goal): GoalMeasure | 'unknownTarget' | 'notJudged' {
  const inHorizon = (y: number | undefined) => y === undefined || (y >= s.baseYear && y <= s.endYear);
  if ('targetId' in goal) {
    const t = s.targets.find((x) => x.id === goal.targetId);
    if (!t) return 'unknownTarget';
    if (t.metric !== 'peakYear' && (!inHorizon(t.year) || !inHorizon(t.fromYear))) return 'notJudged';
    return fromTarget(t);
  }
  if (!inHorizon(goal.year) || !inHorizon(goal.fromYear)) return 'notJudged';
  if (isTargetMetric(goal.metric)) {
    const needsFrom = goal.metric === 'co2IntensityReduction' || goal.metric === 'energyIntensityReduction' || goal.metric === 'co2Budget';
    if (needsFrom && goal.fromYear === undefined) return 'notJudged';
    // a stated value of a target metric is judged as a target of it would be (its sense is the metric's own)
    return fromTarget({
      id: 'goal',
      label: 'goal',
      metric: goal.metric,
      year: goal.year,
      ...(goal.fromYear !== undefined ? { fromYear: goal.fromYear } : {}),
      value: goal.value,
      binding: true,
      source: { kind: 'user' },
    });
  }
  const metric: GoalYearMetric = goal.metric;
  const unit = GOAL_YEAR_METRICS[metric];
  const tolerance = toleranceOf(unit, goal.value);
  const slack = 1e-9 * Math.max(1, Math.abs(goal.value));
  return {
    value: goal.value,
    unit,
    discrete: false,
    tolerance,
    read: (r) => {
      const y = r.years[goal.year - r.baseYear];
      if (!y) return { met: false, margin: null, achieved: null };
      const achieved = y[metric];
      const margin = goal.sense === 'atMost' ? goal.value - achieved : achieved - goal.value;
      return { met: margin >= -slack, margin, achieved };
    },
  };
}
