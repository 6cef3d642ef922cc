import type { Scenario } from '../../model/scenario';
import type { ScenarioResults } from '../results';
import type { CostComparison } from './types';

/** CO2 below this many 万t counts as none avoided (floating point, not policy). */
const NO_CO2_WAN_T = 1e-9;

/** Cumulative CO2 over the years after the base year, 万tCO2. */
export function cumulativeCo2(r: ScenarioResults): number {
  let s = 0;
  for (const y of r.years) if (y.year > r.baseYear) s += y.co2;
  return s;
}

/**
 * ΔNPV / ΔCO2 in 元/tCO2: 亿元 × 1e8 ÷ (万t × 1e4) = × 1e4. Null where no CO2
 * is avoided (the ratio of a saving to an increase says nothing).
 */
export function costPerTonne(npvDiffYiYuan: number, co2AvoidedWanT: number): number | null {
  return co2AvoidedWanT > NO_CO2_WAN_T ? (npvDiffYiYuan / co2AvoidedWanT) * 1e4 : null;
}

/**
 * A scenario's costs against a reference's: the difference of the present
 * values and the CO2 the scenario avoids over the horizon. Both must have
 * been priced alike (`pricedLike` the reference) and share a base year.
 */
export function compareCosts(a: ScenarioResults, ref: ScenarioResults): CostComparison {
  if (!a.costs || !ref.costs) throw new Error('compareCosts: results without costs');
  const npvDiffYiYuan = a.costs.presentValueYiYuan - ref.costs.presentValueYiYuan;
  const co2AvoidedWanT = cumulativeCo2(ref) - cumulativeCo2(a);
  return { referenceId: ref.scenarioId, npvDiffYiYuan, co2AvoidedWanT, costPerTonneYuan: costPerTonne(npvDiffYiYuan, co2AvoidedWanT) };
}

/**
 * The reference scenario priced as the scenario is: the scenario's cost
 * settings (case, discount rate, prices) on the reference's plants, so that
 * the difference is the plans', not the prices'.
 */
export function pricedLike(reference: Scenario, scenario: Scenario): Scenario {
  const { costs: _own, ...rest } = reference;
  if (!scenario.costs) return rest;
  const { referenceScenarioId: _ref, ...costs } = scenario.costs;
  return { ...rest, costs };
}
