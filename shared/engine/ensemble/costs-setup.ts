import { COST_ASSET_TYPES, resolveCosts, type CostParameters } from '../../model/cost-defaults';
import type { Scenario } from '../../model/scenario';
import { costAssets } from '../costs/assets';
import { buildCostYuan, buildYears } from '../costs/compute';

/**
 * The ensemble's cost figures, prepared once: the part of the present value that
 * does not depend on the year's generation (investment, fixed O&M, salvage),
 * for each commissioning delay, and the prices and discount factors the kernel
 * applies to each run's thermal generation and net imports. Summed in the order
 * of costs/compute.ts `computeCosts`, so a run at its central inputs gives the
 * engine's present value to the last bit (a test checks every preset).
 */
export type CostKernel = {
  /** fuel of local coal / gas power, 元/tce */
  coalYuanPerTce: number;
  gasYuanPerTce: number;
  /** 元/kWh of net imports (亿kWh × 元/kWh = 亿元) */
  importYuanPerKWh: number;
  /** discount factor of each year index (base year = 1) */
  discount: Float64Array;
  /** by delay: the assets' discounted investment, discounted O&M, discounted salvage and undiscounted investment */
  investmentPv: Float64Array;
  omPv: Float64Array;
  salvagePv: Float64Array;
  investment: Float64Array;
};

const YUAN_PER_YI = 1e8;

export function prepareCostKernel(s: Scenario, baseYear: number, count: number, delayed: { scenario: Scenario; never: Set<string> }[]): CostKernel {
  const c = resolveCosts(s.costs);
  const endYear = baseYear + count - 1;
  const n = Math.max(0, endYear - baseYear);
  const rate = c.discountRatePct / 100;
  const df = new Float64Array(n + 1);
  const sumDf = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) {
    df[k] = Math.pow(1 + rate, -k);
    sumDf[k] = k === 0 ? 0 : sumDf[k - 1]! + df[k]!;
  }
  const sets = delayed.length;
  const out: CostKernel = {
    coalYuanPerTce: c.fuelYuanPerTce.coal,
    gasYuanPerTce: c.fuelYuanPerTce.gas,
    importYuanPerKWh: c.importYuanPerKWh,
    discount: df,
    investmentPv: new Float64Array(sets),
    omPv: new Float64Array(sets),
    salvagePv: new Float64Array(sets),
    investment: new Float64Array(sets),
  };
  delayed.forEach((v, d) => {
    const a = assetPart(v.scenario, v.never, c, baseYear, endYear, df, sumDf);
    out.investmentPv[d] = a.investmentPv;
    out.omPv[d] = a.omPv;
    out.salvagePv[d] = a.salvage * df[n]!;
    out.investment[d] = a.investment;
  });
  return out;
}

/** The asset loop of `computeCosts`, its sums in the same order (by year, then type in COST_ASSET_TYPES order). */
function assetPart(s: Scenario, never: Set<string>, c: CostParameters, baseYear: number, endYear: number, df: Float64Array, sumDf: Float64Array) {
  const first = baseYear + 1;
  const n = Math.max(0, endYear - baseYear);
  const types = COST_ASSET_TYPES;
  const invest = types.map(() => new Float64Array(n));
  let omPv = 0;
  let salvage = 0;
  for (const a of costAssets(s)) {
    // a project the delay pushes past its retirement is never built
    if (never.has(a.id)) continue;
    const t = c.byType[a.type];
    const cost = buildCostYuan(a, c) / YUAN_PER_YI;
    const ti = types.indexOf(a.type);
    let last: number | null = null;
    for (const y of buildYears(a, t.lifetimeYears, endYear)) {
      if (y < first) continue;
      invest[ti]![y - first]! += cost;
      last = y;
    }
    if (last !== null) {
      const lifeLeft = Math.min(last + t.lifetimeYears, a.to) - (endYear + 1);
      if (lifeLeft > 0) salvage += (cost * lifeLeft) / t.lifetimeYears;
    }
    const omYear = (a.kW * t.fixedOmYuanPerKWYear) / YUAN_PER_YI;
    const from = Math.max(first, a.from);
    const to = Math.min(endYear, a.to - 1);
    if (to >= from) omPv += omYear * (sumDf[to - baseYear]! - sumDf[from - 1 - baseYear]!);
  }
  let investment = 0;
  let investmentPv = 0;
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let ti = 0; ti < types.length; ti++) total += invest[ti]![i]!;
    investment += total;
    investmentPv += total * df[i + 1]!;
  }
  return { investment, investmentPv, omPv, salvage };
}
