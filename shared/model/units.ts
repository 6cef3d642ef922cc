/**
 * Physical constants of Chinese energy statistics. Values the planner may want
 * to change (coal-substitution coefficient, emission factors) live in the
 * scenario instead, with their sources.
 */

/** 当量值: calorific content of 1 kWh, kgce/kWh (GB/T 2589-2020, 3.6 MJ / 29.3076 MJ per kgce) */
export const CALORIFIC_KGCE_PER_KWH = 0.1229;

/**
 * 1 万tce of electricity-equivalent ↔ 亿kWh: 1 万tce = 10^7 kgce; divided by
 * kgce/kWh gives kWh; divided by 10^8 gives 亿kWh. So 亿kWh = 万tce / (10 · kgce/kWh).
 */
export function wanTceToYiKWh(wanTce: number, kgcePerKWh: number): number {
  return wanTce / (10 * kgcePerKWh);
}
export function yiKWhToWanTce(yiKWh: number, kgcePerKWh: number): number {
  return yiKWh * 10 * kgcePerKWh;
}

/** MW × hours = MWh; 1 亿kWh = 10^5 MWh */
export function mwhToYiKWh(mwh: number): number {
  return mwh / 1e5;
}

/** Display units of each result field (the CLI's `units` object and table headers). */
export const RESULT_UNITS = {
  gdp: '亿元',
  population: '万人',
  energy: '万tce',
  energyAssessed: '万tce',
  electricityDemand: '亿kWh',
  localGeneration: '亿kWh',
  netImports: '亿kWh',
  storageLoss: '亿kWh',
  co2: '万tCO2',
  co2PerGdp: 'tCO2/万元',
  co2PerCapita: 'tCO2/人',
  energyPerGdp: 'tce/万元',
  energyPerGdpAssessed: 'tce/万元',
  nonFossilShare: '%',
  renewableCapacityMW: 'MW',
} as const;
export type ResultField = keyof typeof RESULT_UNITS;

/** Units capacity is entered and shown in: MW (the schema's canonical unit) or 万千瓦 (the planning documents'). */
export const CAPACITY_UNITS = ['mw', 'wanKw'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/** 1 万千瓦 = 10^4 kW = 10 MW. */
const MW_PER_UNIT: Record<CapacityUnit, number> = { mw: 1, wanKw: 10 };

/**
 * Rounds off the binary noise of a unit conversion (0.07 万千瓦 × 10 = 0.7000000000000001 MW):
 * 12 significant digits is far beyond any capacity a planner types and far below the noise.
 */
function clean(value: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
}

/** A capacity in MW expressed in `unit`. */
export function capacityFromMW(mw: number, unit: CapacityUnit): number {
  return clean(mw / MW_PER_UNIT[unit]);
}

/** A capacity given in `unit`, in MW (what the scenario stores). */
export function capacityToMW(value: number, unit: CapacityUnit): number {
  return clean(value * MW_PER_UNIT[unit]);
}
