import type { GeneratorType } from '../../model/vocabulary';

/** What investment and costs are counted for: each generator type, pumped storage and batteries. */
export type CostAssetType = GeneratorType | 'pumpedStorage' | 'battery';

/** Which of the default cost sets (low / central / high, each with its source) a scenario uses. */
export type CostCase = 'low' | 'central' | 'high';

/** Investment in one year, 亿元 at the scenario's price year (real prices). */
export type InvestmentYear = {
  year: number;
  byType: Record<CostAssetType, number>;
  total: number;
  /** the part of `total` that rebuilds an asset at the end of its lifetime (plants running in the base year included), 亿元 */
  replacement: number;
};

/** Investment over a five-year plan period (e.g. the 15th: 2026–2030), 亿元. */
export type InvestmentPeriod = {
  plan: number;
  fromYear: number;
  toYear: number;
  byType: Record<CostAssetType, number>;
  total: number;
  /** the part of `total` that rebuilds assets at the end of their lifetime, 亿元 */
  replacement: number;
};

/** Levelised cost of electricity of one type under the scenario's cost set, 元/kWh (null where it produces nothing). */
export type Lcoe = {
  type: CostAssetType;
  yuanPerKWh: number | null;
  /** the inputs it was computed from, so the report can show the arithmetic */
  investmentYuanPerKW: number;
  fixedOmYuanPerKWYear: number;
  lifetimeYears: number;
  utilisationHours: number;
  fuelYuanPerKWh: number;
};

/** A scenario's own costs: what every run computes (no reference needed). */
export type CostResults = {
  case: CostCase;
  discountRatePct: number;
  priceYear: number;
  investmentByYear: InvestmentYear[];
  investmentByPeriod: InvestmentPeriod[];
  /** total investment over the horizon, 亿元 */
  totalInvestmentYiYuan: number;
  lcoe: Lcoe[];
  /**
   * present value at the base year of the scenario's electricity-supply costs over the horizon,
   * 亿元: investment, fixed O&M, fuel of local thermal power and the purchase of net imported
   * electricity, less the salvage value of assets whose life runs beyond the horizon
   */
  presentValueYiYuan: number;
  /** the same costs undiscounted, by component, 亿元 over the horizon */
  components: { investment: number; fixedOm: number; fuel: number; imports: number; salvage: number };
};

/** A scenario's costs against a reference scenario (each policy preset's reference is its baseline). */
export type CostComparison = {
  referenceId: string;
  /** present value of this scenario's costs minus the reference's, 亿元 (0 against itself) */
  npvDiffYiYuan: number;
  /** the reference's cumulative CO2 minus this scenario's over the horizon, 万tCO2 */
  co2AvoidedWanT: number;
  /** ΔNPV / ΔCO2, 元/tCO2 (null where no CO2 is avoided) */
  costPerTonneYuan: number | null;
};

/** One step of the marginal abatement cost curve: a ledger project or a lever of the scenario. */
export type MaccEntry = {
  id: string;
  kind: 'project' | 'buildout' | 'storage' | 'lever';
  label: string;
  type?: CostAssetType;
  /** cumulative CO2 the entry avoids over the horizon, 万tCO2 (the scenario without it, minus with it) */
  co2AvoidedWanT: number;
  /** present value of its net cost (its costs less the imports it saves), 亿元 */
  npvYiYuan: number;
  /** 元/tCO2 (null where it avoids none) */
  costPerTonneYuan: number | null;
};
