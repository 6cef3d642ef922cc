import type { Scenario } from '../../model/scenario';
import { INPUT_SPECS, orderedRanges, type InputRange, type UncertainInput } from '../../model/uncertainty';
import { uncertaintyOf } from '../../model/ops-uncertainty';
import { resolveSeries } from '../series';
import type { SeriesResolver } from '../series-values';
import { leanTargets, type LeanTarget, type TargetContext } from './judge';
import { neutralValues, prepareKernel, runVariant, SLOT, variantOut, type Kernel } from './kernel';
import { PLAN_SECTORS, type PlanSector } from '../../model/vocabulary';
import { latinHypercube, sampledValue } from './lhs';
import { forestYears } from '../sinks';
import type { ForestYear } from '../results';

/** The runs and seed of an ensemble (the scenario's own settings when not given). */
export type EnsembleDesign = { runs: number; seed: number; resolve?: SeriesResolver };

/**
 * Everything an ensemble of a scenario needs before its first run: the kernel,
 * the sampled inputs and their Latin-hypercube design for (runs, seed), the
 * targets. The design covers all runs, whichever slice is computed, so every
 * slicing draws the same points.
 */
export type Plan = {
  kernel: Kernel;
  runs: number;
  seed: number;
  inputs: { input: UncertainInput; range: InputRange }[];
  /** per input, the probability of each run (`inputs` order) */
  design: Float64Array[];
  targets: LeanTarget[];
  /** every input at its range's central value (neutral where no range) */
  central: Float64Array;
};

const plans = new WeakMap<Scenario, Map<string, Plan>>();

/** The plan of (scenario, runs, seed), kept per scenario object: a worker computing many slices prepares once. */
export function planOf(s: Scenario, opts: EnsembleDesign): Plan {
  // a caller's own resolver may differ from call to call: such plans are not kept
  if (opts.resolve) return makePlan(s, opts);
  const key = `${opts.runs}:${opts.seed}`;
  let byKey = plans.get(s);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const plan = makePlan(s, opts);
  if (!byKey) plans.set(s, (byKey = new Map()));
  if (byKey.size >= 4) byKey.clear();
  byKey.set(key, plan);
  return plan;
}

function makePlan(s: Scenario, opts: EnsembleDesign): Plan {
  const runs = opts.runs;
  const seed = opts.seed;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`ensemble runs must be a whole number ≥ 1, got ${runs}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`ensemble seed must be a whole number 0–4294967295, got ${seed}`);
  const inputs = orderedRanges(uncertaintyOf(s));
  const delay = inputs.find((r) => r.input === 'commissioningDelay')?.range;
  const kernel = prepareKernel(s, opts.resolve ?? resolveSeries, delay ? Math.max(delay.high, 0) : 0);
  const central = neutralValues();
  for (const { input, range } of inputs) central[SLOT[input]] = valueAt(input, range, range.central);
  return {
    kernel,
    runs,
    seed,
    inputs,
    design: latinHypercube(runs, inputs.length, seed),
    targets: leanTargets(s.targets, kernel.baseYear, kernel.count, targetContext(kernel)),
    central,
  };
}

/** The forest's years (sinks.ts), which no sampled input moves; null without a forest. */
export function forestOf(k: Kernel): ForestYear[] | null {
  const f = k.prepared.industry.forest;
  return f ? forestYears(f, k.count) : null;
}

/**
 * What judging the scenario's forest and sector targets needs: the forest's years, the plan sectors with CO2 in the
 * central run (the scenario as it is: the engine gives a sector without CO2 no peak, and leaves its targets unjudged)
 * and the peak tolerance.
 */
export function targetContext(k: Kernel): TargetContext {
  const sectorsWithCo2 = new Set<PlanSector>();
  if (k.sectors) {
    const out = variantOut(k.count);
    runVariant(k, neutralValues(), out);
    PLAN_SECTORS.forEach((sector, j) => {
      if (out.sectorJudged[j]!.some((v) => v !== 0)) sectorsWithCo2.add(sector);
    });
  }
  return { forest: forestOf(k), sectorsWithCo2, tolerancePct: k.prepared.scenario.accounting.peakTolerancePct };
}

/** A value of an input's range as the kernel takes it (a delay in whole years). */
export function valueAt(input: UncertainInput, range: InputRange, value: number): number {
  const spec = INPUT_SPECS[input];
  return spec.kind === 'years' ? Math.min(spec.max, Math.max(0, Math.round(value))) : value;
}

/** Fills `x` with the sampled values of run `r`. */
export function sampleInto(plan: Plan, r: number, x: Float64Array): Float64Array {
  x.set(plan.central);
  plan.inputs.forEach(({ input, range }, j) => {
    x[SLOT[input]] = valueAt(input, range, sampledValue(range, INPUT_SPECS[input].kind, plan.design[j]![r]!));
  });
  return x;
}
