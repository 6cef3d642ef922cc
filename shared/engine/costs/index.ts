export { computeCosts, buildCostYuan, buildYears, planOf } from './compute';
export { compareCosts, pricedLike, cumulativeCo2, costPerTonne } from './compare';
export { maccEntries } from './macc';
export { capitalRecoveryFactor, levelisedCost } from './lcoe';
export { costAssets, type CostAsset } from './assets';
export { COST_CASES, COST_ASSET_TYPES, defaultCosts, resolveCosts, COST_REF_IDS, type CostParameters, type TypeCosts, type CostSettings } from '../../model/cost-defaults';
export type * from './types';
