import type { InputRange, UncertainInput } from '../../model/uncertainty';
import type { PeakScope } from '../../model/vocabulary';

/** P10 / P50 / P90 of one result by year across the sampled runs. */
export type Band = { years: number[]; p10: number[]; p50: number[]; p90: number[] };

/** The results the ensemble keeps bands of. */
export const BAND_METRICS = ['co2', 'co2PerGdp', 'energyPerGdpAssessed', 'nonFossilShare'] as const;
export type BandMetric = (typeof BAND_METRICS)[number];

/** How one uncertain input moves the 2030 CO2 when it alone goes to its low and its high value. */
export type TornadoBar = {
  input: string;
  /** 万tCO2 in the tornado year with the input at its low / high value, the others at their central */
  atLow: number;
  atHigh: number;
};

export type EnsembleTarget = {
  id: string;
  /** share of the computed runs (failed ones aside) meeting the target, 0–1 */
  probability: number;
  /** runs meeting it */
  met: number;
};

export type EnsembleResults = {
  scenarioId: string;
  runs: number;
  seed: number;
  /** runs that could not be computed (their inputs are reported, never silently dropped) */
  failed: number;
  /** the first runs that could not be computed, with their sampled values (at most `MAX_FAILED_LISTED`) */
  failedRuns: { run: number; values: Partial<Record<UncertainInput, number>> }[];
  /** the ranges sampled, in the order of UNCERTAIN_INPUTS, each read low ≤ central ≤ high */
  inputs: { input: UncertainInput; range: InputRange }[];
  /**
   * `annual`: the annual model (the hourly balance off, or on without feedback); `centralFeedback`: the balance's
   * feedback is on, and the central run's curtailment and storage losses are applied to every run (the balance is
   * not rerun per sample)
   */
  hourly: 'annual' | 'centralFeedback';
  targets: EnsembleTarget[];
  bands: Record<BandMetric, Band>;
  /**
   * how many runs reach a peak that holds in each year (the year a peak-year target is judged by, findPeak's
   * `reachedYear`); `noPeak` counts the runs whose peak does not hold: still highest in the last year, or rebounding
   */
  peakYears: { year: number; count: number }[];
  noPeak: number;
  /** what each run's peak was judged on (`accounting.peakScope`; absent in results made before it existed = energy CO2) */
  peakScope?: PeakScope;
  tornadoYear: number;
  /** central CO2 in the tornado year, 万tCO2 */
  tornadoCentral: number;
  tornado: TornadoBar[];
  /**
   * the scenario's own costs across the runs (costs/compute.ts: present value of investment, fixed O&M, fuel and
   * net imports less salvage; total investment), 亿元, with the `costs` input multiplying every cost; null when no
   * run was computed. No NPV against a reference scenario: the reference is not sampled.
   */
  costs: { presentValueYiYuan: Percentiles; totalInvestmentYiYuan: Percentiles } | null;
};

/** P10 / P50 / P90 of one figure across the runs. */
export type Percentiles = { p10: number; p50: number; p90: number };

/** How many failed runs the results list with their inputs. */
export const MAX_FAILED_LISTED = 10;
