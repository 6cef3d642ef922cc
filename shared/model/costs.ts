import * as z from 'zod';
import { COST_ASSET_TYPES, COST_CASES } from './cost-defaults';
import type { CostAssetType } from '../engine/costs/types';

export * from './cost-defaults';

const nonNegative = z.number().min(0, 'value.negative');

/** What a scenario states over one type's default prices (each absent = the case's default). */
export const TypeCostsSchema = z.strictObject({
  /** 元/kW; at most 1e5 (ten times the dearest plant type of the defaults) */
  investmentYuanPerKW: nonNegative.max(1e5).optional(),
  /** 元/kW per year */
  fixedOmYuanPerKWYear: nonNegative.max(1e4).optional(),
  /** years */
  lifetimeYears: z.number().int('value.whole').min(1).max(100).optional(),
  /** batteries: 元/kWh of storage energy */
  energyYuanPerKWh: nonNegative.max(1e4).optional(),
});

const typesShape = Object.fromEntries(COST_ASSET_TYPES.map((t) => [t, TypeCostsSchema.optional()])) as Record<
  CostAssetType,
  z.ZodOptional<typeof TypeCostsSchema>
>;

/**
 * The cost settings of a scenario (`scenario.costs`, absent = the central
 * defaults at 8 %): all in real prices of `priceYear`.
 */
export const CostsSchema = z.strictObject({
  /** which default set: low / central / high (absent = central) */
  case: z.enum(COST_CASES).optional(),
  /** real discount rate, % per year (absent = 8, 社会折现率) */
  discountRatePct: nonNegative.max(30).optional(),
  /** the year whose prices the figures are in (absent = the defaults' 2024) */
  priceYear: z.number().int('value.wholeYear').min(1990).max(2100).optional(),
  /** the scenario whose costs and CO2 this one's are compared with (a policy scenario's baseline) */
  referenceScenarioId: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'id.format')
    .optional(),
  /** per-type prices over the case's defaults */
  types: z.strictObject(typesShape).optional(),
  /** fuel of local coal and gas power, 元/tce */
  fuelYuanPerTce: z.strictObject({ coal: nonNegative.max(1e5).optional(), gas: nonNegative.max(1e5).optional() }).optional(),
  /** price of net imported electricity, 元/kWh (net exports earn it) */
  importYuanPerKWh: nonNegative.max(10).optional(),
});

export type CostsInput = z.infer<typeof CostsSchema>;
