import { uncertaintyOf } from '../../../shared/model/ops-uncertainty';
import type { Scenario } from '../../../shared/model/scenario';
import { UNCERTAIN_INPUTS, type UncertainInput, type Uncertainty } from '../../../shared/model/uncertainty';

/** The scenario's own analysis, or the default one (runs, seed, ranges) while it has none. */
export const analysisOf = (s: Scenario): Uncertainty => uncertaintyOf(s);

/** Whether the ranges shown are the defaults, not yet saved with the scenario. */
export const usesDefaults = (s: Scenario): boolean => s.uncertainty === undefined;

/** The inputs with a range, in the schema's order. */
export const rangedInputs = (u: Uncertainty): UncertainInput[] =>
  UNCERTAIN_INPUTS.filter((k) => u.inputs[k] !== undefined);

/** The inputs a range can still be added to. */
export const unrangedInputs = (u: Uncertainty): UncertainInput[] =>
  UNCERTAIN_INPUTS.filter((k) => u.inputs[k] === undefined);
