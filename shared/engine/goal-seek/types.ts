import type { LeverContext, LeverId } from '../../model/ops-levers';
import type { Scenario } from '../../model/scenario';
import type { TargetMetric } from '../../model/vocabulary';
import type { ScenarioIssue, SeriesResolver } from '../series-values';

/** Results of one year a goal can be stated on, each with its unit. */
export const GOAL_YEAR_METRICS = {
  co2: '万tCO2',
  co2PerGdp: 'tCO2/万元',
  energy: '万tce',
  energyAssessed: '万tce',
  energyPerGdp: 'tce/万元',
  energyPerGdpAssessed: 'tce/万元',
  nonFossilShare: '%',
  co2PerCapita: 'tCO2/人',
} as const;
export type GoalYearMetric = keyof typeof GOAL_YEAR_METRICS;

/**
 * What must hold: one of the scenario's targets, or a stated value of a
 * result in a year (a year's figure, or a target metric over `fromYear` →
 * `year` judged as a target of that metric would be).
 */
export type Goal =
  | { targetId: string }
  | { metric: GoalYearMetric | TargetMetric; year: number; fromYear?: number; value: number; sense: 'atMost' | 'atLeast' };

/**
 * The one number that is moved: a lever of the sliders, one ledger project's capacity (MW), or the
 * share of one route of a key product in 2030 (电炉钢占比, %: route-lever.ts).
 */
export type GoalLever = { lever: LeverId } | { projectCapacity: string } | { routeShare: { productId: string; routeId: string } };

export type GoalSeekRequest = {
  goal: Goal;
  lever: GoalLever;
  /** the range searched, in the lever's unit; by default the slider's (LEVER_SPECS), 0 … `DEFAULT_PROJECT_MAX` for a project */
  bounds?: { min?: number; max?: number };
};

export type GoalSeekDeps = { resolve: SeriesResolver; leverContext: LeverContext };

/**
 * How the search went, besides its status:
 * - `discrete`: the goal is met or not with nothing in between (a peak-year target, or a margin the
 *   targets do not give): the lever was bisected, so the precision is the bracket's width in its unit;
 * - `nonMonotone`: the goal is met on both sides of the current value, or between it and a bound
 *   that misses it: the lever's effect changes direction in the range (the nearer answer is given);
 * - `noSignChange`: neither bound nor the points scanned between meet the goal;
 * - `noEffect`: the goal's metric is the same at every value tried (the lever does not move it,
 *   e.g. local PV on the non-fossil share under the provincial-pool attribution).
 */
export type GoalSeekNote = 'discrete' | 'nonMonotone' | 'noSignChange' | 'noEffect';

export type GoalSeekPrecision = {
  /** width of the last bracket around the answer, in the lever's unit (0 when a point met within tolerance) */
  leverWidth: number;
  /** how far the goal metric is on the good side of the goal at the answer, in its unit (null: not measurable) */
  metricDistance: number | null;
  /** the aim: 0.01 percentage points for a goal in %, else 0.1 % of the goal's value */
  tolerance: number;
  /** the answer is within the tolerance of the goal (a discrete goal: the bracket is as narrow as aimed) */
  reached: boolean;
};

export type GoalSeekFailure = 'unknownTarget' | 'unknownProject' | 'notJudged' | 'leverUnavailable' | 'notComputable';

export type GoalSeekResult =
  | {
      status: 'met' | 'alreadyMet' | 'unreachable';
      lever: GoalLever;
      /** the lever where the scenario has it */
      from: number;
      /** the answer; when unreachable, the bound in the direction that helps most */
      leverValue: number;
      /** the goal's metric at `leverValue` (a peak-year target: the year the peak is reached) */
      achieved: number | null;
      /** what the goal asks for, and its unit */
      goalValue: number;
      unit: string;
      bounds: { min: number; max: number };
      /** scenario runs used */
      runs: number;
      precision: GoalSeekPrecision;
      notes: GoalSeekNote[];
      /** the results followed the hourly balance's feedback (each run then includes the balance), else the annual model alone */
      hourlyFeedback: boolean;
      /** the scenario with the answer applied (one edit); the scenario itself when already met; null when unreachable */
      scenario: Scenario | null;
    }
  | { status: 'failed'; reason: GoalSeekFailure; issues: ScenarioIssue[]; runs: number };

/** A search that ran: met, already met or unreachable. */
export type GoalSeekFound = Exclude<GoalSeekResult, { status: 'failed' }>;

/** Most runs one search may use. */
export const MAX_RUNS = 50;
/** Upper bound of a project's capacity when the request states none, MW (assumed: ten times a 500 MW plant, the largest a county ledger lists). */
export const DEFAULT_PROJECT_MAX = 5000;
