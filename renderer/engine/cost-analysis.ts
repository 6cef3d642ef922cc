import { compareCosts, computeCosts, maccEntries, pricedLike } from '../../shared/engine/costs';
import { computeHeadline } from '../../shared/engine/hourly/with-hourly';
import { prepareScenario } from '../../shared/engine/prepare';
import type { ScenarioResults } from '../../shared/engine/results';
import { resolveSeries } from '../../shared/engine/series';
import { ScenarioSchema, type Scenario } from '../../shared/model/scenario';
import type { CostAnalysis } from './protocol';

/** The figures and their costs; the hourly balance only where its feedback changes the figures. */
function withCosts(s: Scenario): ScenarioResults {
  const p = prepareScenario(s, resolveSeries);
  const r = computeHeadline(p);
  return { ...r, costs: computeCosts(p, r) };
}

/**
 * A scenario's costs against its reference, the reference priced as the
 * scenario is (so a changed discount rate or cost case moves both), and the
 * scenario's abatement cost curve (one run per project: left out where not wanted). Null when the scenario cannot be computed
 * (its evaluation says why); a reference that cannot be computed is said so
 * and the curve still comes.
 */
export function costAnalysis(input: unknown, referenceInput: unknown, withMacc = true): CostAnalysis | null {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) return null;
  const s = parsed.data;
  let own: ScenarioResults;
  try {
    own = withCosts(s);
  } catch {
    return null;
  }
  let comparison = null;
  let referenceFailed = false;
  if (referenceInput !== null && referenceInput !== undefined) {
    const ref = ScenarioSchema.safeParse(referenceInput);
    try {
      if (!ref.success) throw new Error('reference does not pass the schema');
      comparison = compareCosts(own, withCosts(pricedLike(ref.data, s)));
    } catch {
      referenceFailed = true;
    }
  }
  let macc: CostAnalysis['macc'] = [];
  try {
    if (withMacc) macc = maccEntries(s, resolveSeries);
  } catch {
    // the curve is left empty; the scenario's own figures computed above
  }
  return { comparison, referenceFailed, macc };
}
