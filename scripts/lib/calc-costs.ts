import { runScenario } from '../../shared/engine/run';
import { compareCosts, pricedLike } from '../../shared/engine/costs';
import type { CostComparison } from '../../shared/engine/costs/types';
import type { ScenarioResults } from '../../shared/engine/results';
import type { Scenario } from '../../shared/model/scenario';

/** What each figure of the `costs` object is measured in. */
export const COST_UNITS = {
  investment: '亿元 (real prices of priceYear)',
  lcoe: '元/kWh',
  presentValue: '亿元 at the base year',
  co2Avoided: '万tCO2',
  costPerTonne: '元/tCO2',
} as const;

type ReferenceJson = ({ found: true } & CostComparison) | { found: false; referenceId: string };

/**
 * The reference comparison: the reference scenario (a preset) run under this
 * scenario's accounting methods and prices, so the difference is the plans'.
 */
function referenceJson(s: Scenario, r: ScenarioResults, find: (id: string) => Scenario | undefined): ReferenceJson | undefined {
  const id = s.costs?.referenceScenarioId;
  if (id === undefined) return undefined;
  if (id === s.id) return { found: true, ...compareCosts(r, r) };
  const ref = find(id);
  if (!ref) return { found: false, referenceId: id };
  const priced = { ...pricedLike(ref, s), accounting: s.accounting };
  return { found: true, ...compareCosts(r, runScenario(priced)) };
}

/** The `costs` object of `npm run calc -- <id> --json`: investment by plan period, LCOE, present value and, where set, the reference comparison. */
export function costsJson(s: Scenario, r: ScenarioResults, find: (id: string) => Scenario | undefined): object {
  const c = r.costs;
  if (!c) return {};
  const reference = referenceJson(s, r, find);
  return {
    costs: {
      units: COST_UNITS,
      case: c.case,
      discountRatePct: c.discountRatePct,
      priceYear: c.priceYear,
      totalInvestmentYiYuan: c.totalInvestmentYiYuan,
      investmentByPeriod: c.investmentByPeriod,
      lcoe: c.lcoe,
      presentValueYiYuan: c.presentValueYiYuan,
      components: c.components,
      ...(reference ? { reference } : {}),
    },
  };
}
