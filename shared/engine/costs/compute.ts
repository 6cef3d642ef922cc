import { resolveCosts, COST_ASSET_TYPES, type CostParameters } from '../../model/cost-defaults';
import { GENERATOR_TYPES, THERMAL_TYPES, type GeneratorType } from '../../model/vocabulary';
import type { PreparedScenario } from '../prepare';
import type { ScenarioResults } from '../results';
import { costAssets, type CostAsset } from './assets';
import { levelisedCost } from './lcoe';
import type { CostAssetType, CostResults, InvestmentPeriod, InvestmentYear, Lcoe } from './types';

const YUAN_PER_YI = 1e8;
/** tce per (亿kWh × gce/kWh): 1e8 kWh × 1 g = 1e8 g = 100 t */
const TCE_PER_YIKWH_GCE = 100;
/** MWh per 亿kWh */
const MWH_PER_YIKWH = 1e5;

const zeroByType = (): Record<CostAssetType, number> => ({ coal: 0, gas: 0, hydro: 0, pv: 0, wind: 0, biomass: 0, pumpedStorage: 0, battery: 0 });

/** Investment of one build of an asset, 元: its own figure, else capacity × 元/kW (+ energy × 元/kWh). */
export function buildCostYuan(a: CostAsset, c: CostParameters): number {
  if (a.ownInvestmentYuan !== undefined) return a.ownInvestmentYuan;
  const t = c.byType[a.type];
  return a.kW * t.investmentYuanPerKW + a.kWh * t.energyYuanPerKWh;
}

/**
 * The years an asset is (re)built in: its first year, then every lifetime
 * later while it still operates and the horizon lasts.
 */
export function buildYears(a: CostAsset, lifetime: number, endYear: number): number[] {
  const out: number[] = [];
  for (let y = a.from; y <= endYear && y < a.to; y += lifetime) out.push(y);
  return out;
}

/** The five-year plan a year falls in: 2021–2025 is the 14th. */
export const planOf = (year: number) => 14 + Math.floor((year - 2021) / 5);
const planStart = (plan: number) => 2021 + (plan - 14) * 5;

/**
 * A scenario's costs under its cost settings (`scenario.costs`, absent = the
 * central defaults), in real prices of the price year, over the years after
 * the base year. A flow in year y is discounted by (1 + r)^(y − base year);
 * the salvage value is the investment × the share of the last build's
 * lifetime left after the horizon (straight line, cut at the retirement year),
 * discounted from the last year. Investment made before the base year is sunk
 * and has no salvage value here; its replacements within the horizon count.
 */
export function computeCosts(p: PreparedScenario, r: ScenarioResults): CostResults {
  const c = resolveCosts(p.scenario.costs);
  const { baseYear, endYear } = p;
  const first = baseYear + 1;
  const n = Math.max(0, endYear - baseYear);
  const rate = c.discountRatePct / 100;
  // df[k] discounts year base + k; sumDf[k] = df[1] + … + df[k] (O&M of an asset is a run of equal years)
  const df = new Float64Array(n + 1);
  const sumDf = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) {
    df[k] = Math.pow(1 + rate, -k);
    sumDf[k] = k === 0 ? 0 : sumDf[k - 1]! + df[k]!;
  }
  const discount = (y: number) => df[y - baseYear]!;

  const invest: Record<CostAssetType, number>[] = Array.from({ length: n }, zeroByType);
  // a build after an asset's first year replaces it at the end of its life: shown apart, so a
  // coal unit kept running past its lifetime does not read as new coal investment
  const replacement = new Float64Array(n);
  let om = 0;
  let omPv = 0;
  let salvage = 0;
  for (const a of costAssets(p.scenario)) {
    const t = c.byType[a.type];
    const cost = buildCostYuan(a, c) / YUAN_PER_YI;
    let last: number | null = null;
    for (const y of buildYears(a, t.lifetimeYears, endYear)) {
      if (y < first) continue;
      invest[y - first]![a.type] += cost;
      if (y > a.from) replacement[y - first]! += cost;
      last = y;
    }
    if (last !== null) {
      const lifeLeft = Math.min(last + t.lifetimeYears, a.to) - (endYear + 1);
      if (lifeLeft > 0) salvage += (cost * lifeLeft) / t.lifetimeYears;
    }
    const omYear = (a.kW * t.fixedOmYuanPerKWYear) / YUAN_PER_YI;
    const from = Math.max(first, a.from);
    const to = Math.min(endYear, a.to - 1);
    if (to >= from) {
      om += omYear * (to - from + 1);
      omPv += omYear * (sumDf[to - baseYear]! - sumDf[from - 1 - baseYear]!);
    }
  }

  const investmentByYear: InvestmentYear[] = invest.map((byType, i) => ({ year: first + i, byType, total: sum(Object.values(byType)), replacement: replacement[i]! }));
  let investment = 0;
  let investmentPv = 0;
  for (const y of investmentByYear) {
    investment += y.total;
    investmentPv += y.total * discount(y.year);
  }

  let fuel = 0;
  let fuelPv = 0;
  let imports = 0;
  let importsPv = 0;
  for (const y of r.years) {
    if (y.year < first) continue;
    const i = y.year - baseYear;
    let f = 0;
    for (const t of THERMAL_TYPES) f += (y.generationByType[t] * p.heatRate[t][i]! * TCE_PER_YIKWH_GCE * c.fuelYuanPerTce[t]) / YUAN_PER_YI;
    const m = y.netImports * c.importYuanPerKWh;
    fuel += f;
    fuelPv += f * discount(y.year);
    imports += m;
    importsPv += m * discount(y.year);
  }

  return {
    case: c.case,
    discountRatePct: c.discountRatePct,
    priceYear: c.priceYear,
    investmentByYear,
    investmentByPeriod: byPeriod(investmentByYear),
    totalInvestmentYiYuan: investment,
    lcoe: lcoeByType(p, r, c),
    presentValueYiYuan: investmentPv + omPv + fuelPv + importsPv - salvage * discount(endYear),
    components: { investment, fixedOm: om, fuel, imports, salvage },
  };
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Investment summed over each plan period the horizon reaches, its years cut to the horizon. */
function byPeriod(years: InvestmentYear[]): InvestmentPeriod[] {
  const out: InvestmentPeriod[] = [];
  for (const y of years) {
    const plan = planOf(y.year);
    let period = out[out.length - 1];
    if (!period || period.plan !== plan) {
      period = { plan, fromYear: Math.max(y.year, planStart(plan)), toYear: y.year, byType: zeroByType(), total: 0, replacement: 0 };
      out.push(period);
    }
    period.toYear = y.year;
    for (const t of COST_ASSET_TYPES) period.byType[t] += y.byType[t];
    period.total += y.total;
    period.replacement += y.replacement;
  }
  return out;
}

/**
 * LCOE of each generator type at the case's prices: the hours are the type's
 * generation over its year-end capacity summed over the years after the base
 * year (capacity-weighted, curtailment included when the hourly balance feeds
 * back); fuel per kWh is the generation-weighted heat rate × the fuel price.
 */
function lcoeByType(p: PreparedScenario, r: ScenarioResults, c: CostParameters): Lcoe[] {
  return GENERATOR_TYPES.map((type: GeneratorType) => {
    let mwh = 0;
    let mw = 0;
    let gce = 0;
    for (const y of r.years) {
      if (y.year <= p.baseYear) continue;
      const g = y.generationByType[type];
      mwh += g * MWH_PER_YIKWH;
      mw += y.capacityMW[type];
      if (type === 'coal' || type === 'gas') gce += g * p.heatRate[type][y.year - p.baseYear]!;
    }
    const hours = mw > 0 ? mwh / mw : 0;
    const heatRate = mwh > 0 ? (gce * MWH_PER_YIKWH) / mwh : 0;
    // gce/kWh × 元/tce ÷ 1e6 gce/tce = 元/kWh
    const fuelYuanPerKWh = type === 'coal' || type === 'gas' ? (heatRate * c.fuelYuanPerTce[type]) / 1e6 : 0;
    const t = c.byType[type];
    return {
      type,
      yuanPerKWh: levelisedCost(t.investmentYuanPerKW, t.fixedOmYuanPerKWYear, c.discountRatePct, t.lifetimeYears, hours, fuelYuanPerKWh),
      investmentYuanPerKW: t.investmentYuanPerKW,
      fixedOmYuanPerKWYear: t.fixedOmYuanPerKWYear,
      lifetimeYears: t.lifetimeYears,
      utilisationHours: hours,
      fuelYuanPerKWh,
    };
  });
}
