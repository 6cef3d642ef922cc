import type { Scenario } from './scenario';
import { clearValue } from './ops-optional';
import { setAt } from './path';
import {
  INPUT_SPECS,
  MAX_RUNS,
  defaultRange,
  defaultUncertainty,
  type InputRange,
  type UncertainInput,
  type Uncertainty,
} from './uncertainty';

/**
 * Edits of the uncertainty analysis (`scenario.uncertainty`), each one undoable
 * edit. A scenario without its own settings uses the defaults
 * (`defaultUncertainty`); the first edit stores those defaults with the change,
 * so what the planner sees before and after is the same but for the change.
 * Ranges carry their own source, so these edits leave `scenario.sources` alone.
 */

/** The analysis the engine runs for this scenario: its own, or the defaults. */
export function uncertaintyOf(s: Scenario): Uncertainty {
  return s.uncertainty ?? defaultUncertainty(s);
}

const withUncertainty = (s: Scenario, u: Uncertainty): Scenario => setAt(s, 'uncertainty', u);

const clampTo = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/**
 * Sets the range of one input: each value held to the input's accepted bounds and the three put in order (low ≤
 * central ≤ high); a delay is whole years. A range without a source of its own keeps the one it replaces, or the
 * default's reasoning.
 */
export function setInputRange(s: Scenario, input: UncertainInput, r: Omit<InputRange, 'source'> & { source?: InputRange['source'] }): Scenario {
  const spec = INPUT_SPECS[input];
  const whole = spec.kind === 'years' ? Math.round : (v: number) => v;
  const values = [r.low, r.central, r.high].map((v) => whole(clampTo(v, spec.min, spec.max)));
  if (values.some((v) => !Number.isFinite(v))) return s;
  const [low, central, high] = values as [number, number, number];
  const lo = Math.min(low, high);
  const hi = Math.max(low, high);
  const u = uncertaintyOf(s);
  const source = r.source ?? u.inputs[input]?.source ?? defaultRange(input).source;
  const range: InputRange = { low: lo, central: clampTo(central, lo, hi), high: hi, distribution: r.distribution, source };
  return withUncertainty(s, { ...u, inputs: { ...u.inputs, [input]: range } });
}

/** Adds an input at its default range (a no-op when it has one). */
export function addInput(s: Scenario, input: UncertainInput): Scenario {
  const u = uncertaintyOf(s);
  if (u.inputs[input]) return s;
  return withUncertainty(s, { ...u, inputs: { ...u.inputs, [input]: defaultRange(input) } });
}

/** Stops sampling an input: it is held as the scenario has it. */
export function removeInput(s: Scenario, input: UncertainInput): Scenario {
  const u = uncertaintyOf(s);
  if (!u.inputs[input]) return s;
  const inputs = { ...u.inputs };
  delete inputs[input];
  return withUncertainty(s, { ...u, inputs });
}

/** Number of sampled runs, a whole number from 1 to `MAX_RUNS`. */
export function setRuns(s: Scenario, runs: number): Scenario {
  if (!Number.isFinite(runs)) return s;
  const u = uncertaintyOf(s);
  const n = clampTo(Math.round(runs), 1, MAX_RUNS);
  return s.uncertainty && u.runs === n ? s : withUncertainty(s, { ...u, runs: n });
}

/** The sampler's seed, a whole number from 0 to 2³² − 1. */
export function setSeed(s: Scenario, seed: number): Scenario {
  if (!Number.isFinite(seed)) return s;
  const u = uncertaintyOf(s);
  const n = clampTo(Math.round(seed), 0, 0xffffffff);
  return s.uncertainty && u.seed === n ? s : withUncertainty(s, { ...u, seed: n });
}

/** Back to the defaults: the scenario's own settings removed. */
export function resetUncertainty(s: Scenario): Scenario {
  return clearValue(s, 'uncertainty');
}
