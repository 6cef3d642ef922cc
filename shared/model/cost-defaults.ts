import type { CostAssetType, CostCase } from '../engine/costs/types';
import { GENERATOR_TYPES, type ThermalType } from './vocabulary';

/**
 * The default cost sets (low / central / high) the cost engine uses where a
 * scenario states nothing. Every figure names the reference entry it is read
 * from (seeds/reference/cost-sets.json; a test checks the two agree): shared
 * code cannot import the seeds, so the numbers are repeated here. Without zod,
 * so the engine worker does not load it.
 */

export const COST_CASES = ['low', 'central', 'high'] as const satisfies readonly CostCase[];
export const COST_ASSET_TYPES = [...GENERATOR_TYPES, 'pumpedStorage', 'battery'] as const satisfies readonly CostAssetType[];

/** What one asset type costs: real prices of the price year. */
export type TypeCosts = {
  /** investment per kW of capacity (batteries: of power, besides the energy below), 元/kW */
  investmentYuanPerKW: number;
  /** fixed operation and maintenance, 元/kW per year */
  fixedOmYuanPerKWYear: number;
  /** economic lifetime: replaced at its end within the horizon, salvage value beyond it, years */
  lifetimeYears: number;
  /** batteries: investment per kWh of storage energy, 元/kWh (0 for the others) */
  energyYuanPerKWh: number;
};

/** Every price the cost engine uses for one scenario. */
export type CostParameters = {
  case: CostCase;
  /** real discount rate, % per year */
  discountRatePct: number;
  /** the year whose prices all figures are in */
  priceYear: number;
  byType: Record<CostAssetType, TypeCosts>;
  /** fuel of local coal and gas power, 元/tce */
  fuelYuanPerTce: Record<ThermalType, number>;
  /** price of net imported electricity, 元/kWh (net exports earn it) */
  importYuanPerKWh: number;
};

type Triple = readonly [low: number, central: number, high: number];
type TypeTriples = { investment: Triple; fixedOm: Triple; lifetime: Triple; energy?: Triple };

/** Reference ids of each default (seeds/reference/cost-sets.json), so a view can cite them. */
export const COST_REF_IDS = {
  discountRate: 'cost-discount-rate',
  importPrice: 'cost-import-price-guangdong',
  fuel: { coal: 'cost-fuel-coal', gas: 'cost-fuel-gas' },
  investment: (t: CostAssetType) => (t === 'battery' ? 'cost-battery-energy' : `cost-investment-${refSlug(t)}`),
  fixedOm: (t: CostAssetType) => `cost-fixed-om-${refSlug(t)}`,
  lifetime: (t: CostAssetType) => `cost-lifetime-${refSlug(t)}`,
  batteryEnergy: 'cost-battery-energy',
} as const;

function refSlug(t: CostAssetType): string {
  return t === 'pumpedStorage' ? 'pumped-storage' : t;
}

/** low, central, high: the reference entries' range.low, value and range.high */
const TRIPLES: Record<CostAssetType, TypeTriples> = {
  pv: { investment: [2200, 2500, 2800], fixedOm: [30, 40, 50], lifetime: [25, 25, 25] },
  wind: { investment: [4200, 5000, 5800], fixedOm: [80, 100, 120], lifetime: [20, 20, 20] },
  hydro: { investment: [8000, 10000, 12000], fixedOm: [80, 100, 120], lifetime: [50, 50, 50] },
  biomass: { investment: [7000, 8500, 10000], fixedOm: [200, 250, 300], lifetime: [25, 25, 25] },
  coal: { investment: [3500, 4000, 4500], fixedOm: [100, 120, 140], lifetime: [30, 30, 30] },
  gas: { investment: [2500, 3000, 3500], fixedOm: [80, 100, 120], lifetime: [30, 30, 30] },
  pumpedStorage: { investment: [5000, 5367, 7000], fixedOm: [80, 100, 120], lifetime: [50, 50, 50] },
  battery: { investment: [0, 0, 0], fixedOm: [20, 30, 40], lifetime: [15, 15, 15], energy: [310, 480, 650] },
};

const FUEL: Record<ThermalType, Triple> = { coal: [900, 1100, 1400], gas: [2000, 2500, 3200] };

/** 社会折现率 8 %, 《建设项目经济评价方法与参数》（第三版）, 2006 */
export const DEFAULT_DISCOUNT_RATE_PCT = 8;
/** the year the default cost sets' prices are in */
export const DEFAULT_PRICE_YEAR = 2024;
/** 广东燃煤发电基准价, 发改价格规〔2019〕1658号 */
export const DEFAULT_IMPORT_YUAN_PER_KWH = 0.453;

const INDEX: Record<CostCase, 0 | 1 | 2> = { low: 0, central: 1, high: 2 };

/** The default prices of one cost case (central when none is named). */
export function defaultCosts(costCase: CostCase = 'central'): CostParameters {
  const i = INDEX[costCase];
  const byType = Object.fromEntries(
    COST_ASSET_TYPES.map((t) => {
      const d = TRIPLES[t];
      return [t, { investmentYuanPerKW: d.investment[i], fixedOmYuanPerKWYear: d.fixedOm[i], lifetimeYears: d.lifetime[i], energyYuanPerKWh: d.energy?.[i] ?? 0 }];
    }),
  ) as Record<CostAssetType, TypeCosts>;
  return {
    case: costCase,
    discountRatePct: DEFAULT_DISCOUNT_RATE_PCT,
    priceYear: DEFAULT_PRICE_YEAR,
    byType,
    fuelYuanPerTce: { coal: FUEL.coal[i], gas: FUEL.gas[i] },
    importYuanPerKWh: DEFAULT_IMPORT_YUAN_PER_KWH,
  };
}

/** The settings a scenario may state (`scenario.costs`); the schema is in costs.ts. Absent = the defaults. */
export type CostSettings = {
  case?: CostCase;
  discountRatePct?: number;
  priceYear?: number;
  referenceScenarioId?: string;
  types?: Partial<Record<CostAssetType, Partial<TypeCosts>>>;
  fuelYuanPerTce?: Partial<Record<ThermalType, number>>;
  importYuanPerKWh?: number;
};

/** A scenario's prices: its case's defaults with what it states over them. */
export function resolveCosts(settings: CostSettings | undefined): CostParameters {
  const d = defaultCosts(settings?.case ?? 'central');
  if (!settings) return d;
  const byType = { ...d.byType };
  for (const t of COST_ASSET_TYPES) {
    const o = settings.types?.[t];
    if (o) byType[t] = { ...byType[t], ...definedOnly(o) };
  }
  return {
    case: d.case,
    discountRatePct: settings.discountRatePct ?? d.discountRatePct,
    priceYear: settings.priceYear ?? d.priceYear,
    byType,
    fuelYuanPerTce: { coal: settings.fuelYuanPerTce?.coal ?? d.fuelYuanPerTce.coal, gas: settings.fuelYuanPerTce?.gas ?? d.fuelYuanPerTce.gas },
    importYuanPerKWh: settings.importYuanPerKWh ?? d.importYuanPerKWh,
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
