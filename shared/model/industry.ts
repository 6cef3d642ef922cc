import * as z from 'zod';
import { SeriesSchema } from './series';
import { SourceRefSchema } from './provenance';
import { FUELS, PROCESS_KINDS, PRODUCT_KINDS, type Fuel } from './vocabulary';

/*
 * Industry planned product by product (产量 × 单位产品能耗), the process CO2 of
 * carbonates, the 1+N reporting sectors and forest sinks. The vocabularies are in
 * vocabulary.ts (the engine imports them without zod); the schemas are here.
 */

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'id.format');

const fuelSharesShape = Object.fromEntries(FUELS.map((f) => [f, SeriesSchema])) as Record<Fuel, typeof SeriesSchema>;

/**
 * One way of making a product (blast furnace or electric arc for crude steel; one route for
 * most products): its share of the product's output, its unit energy use and its fuel mix.
 */
export const ProductRouteSchema = z.strictObject({
  id,
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** share of the product's output made this way, %; the routes of a product sum to 100 every year */
  sharePct: SeriesSchema,
  /**
   * 单位产品综合能耗, kgce/t, electricity at its calorific value (当量值, 0.1229 kgce/kWh) as the
   * product standards (GB 16780 and the others) count it
   */
  unitEnergyKgcePerT: SeriesSchema,
  /** fuel shares of the route's energy (calorific), %; sum to 100 every year */
  fuelSharesPct: z.strictObject(fuelSharesShape),
});

/**
 * A key product of industry whose energy is output × unit energy use. Its base-year energy is
 * carved out of the industry sector's (by fuel), so the total still reconciles to the base year;
 * the rest of the sector stays on the intensity path.
 */
export const ProductSchema = z.strictObject({
  id,
  /** what the product is, for the benchmarks of the reference library (`other`: none) */
  kind: z.enum(PRODUCT_KINDS),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** 产量, 万t per year */
  outputWanT: SeriesSchema,
  routes: z.array(ProductRouteSchema).min(1).max(6),
  /** the benchmark (标杆水平) and floor (基准水平) of a product the library does not hold, kgce/t (reference lines only) */
  benchmarkKgcePerT: z.number().positive('value.positive').optional(),
  baselineKgcePerT: z.number().positive('value.positive').optional(),
  source: SourceRefSchema,
  note: z.string().optional(),
});

/**
 * CO2 released from carbonates in making a product, not from fuel (工业生产过程): clinker,
 * lime, limestone and dolomite used as fluxes, other carbonates. The activity is a product's
 * output × `activityPerProductT` (t of clinker per t of the product, say), or its own path.
 */
export const ProcessEmissionSchema = z.strictObject({
  id,
  kind: z.enum(PROCESS_KINDS),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** the product whose output drives the activity (absent: `activityWanT`) */
  productId: id.optional(),
  /** the route of that product whose output drives it (absent: the whole output): a blast furnace's fluxes, not the electric arc's */
  routeId: id.optional(),
  /** t of activity (clinker, lime, flux) per t of the product's output (absent = 1) */
  activityPerProductT: z.number().min(0, 'value.negative').max(10).optional(),
  /** the activity's own path, 万t per year, when no product drives it */
  activityWanT: SeriesSchema.optional(),
  /** tCO2 per t of activity */
  factorTCo2PerT: z.number().min(0, 'value.negative').max(2),
  source: SourceRefSchema,
  note: z.string().optional(),
});

export const IndustrySchema = z.strictObject({
  products: z.array(ProductSchema).max(40),
  processEmissions: z.array(ProcessEmissionSchema).max(40),
});

/**
 * How the energy balance's sectors map to the 1+N plan sectors. 建筑业 sits inside the energy
 * balance's industry (第二产业) in most city statistics, and private cars' fuel in 居民生活.
 */
export const SectorReportingSchema = z.strictObject({
  /** 建筑业's share of the industry sector's energy, % (absent = 0: reported within 工业) */
  constructionShareOfIndustryPct: SeriesSchema.optional(),
  /** the share of households' oil that private vehicles burn, moved to 交通运输, % (absent = 0) */
  privateVehicleShareOfHouseholdOilPct: SeriesSchema.optional(),
  /** 工业增加值 as a share of GDP, %: what an industry intensity target divides by (absent: no such target can be judged) */
  industryValueAddedSharePct: SeriesSchema.optional(),
});

/**
 * A forest's carbon by the gain-loss method (IPCC 2006 Vol. 4 Ch. 4, eqs. 4.2, 4.7, 4.11 on
 * stock volume): the stock grows by its gross growth rate and loses its harvest and disturbance;
 * carbon = volume × basic wood density × biomass expansion factor × (1 + root-shoot ratio) × carbon fraction.
 */
export const ForestSchema = z.strictObject({
  /** 森林覆盖率, %: a path from the documents (the model does not grow the area) */
  coverPct: SeriesSchema,
  /** 森林蓄积量 in the base year, 万m³ */
  baseStockWanM3: z.number().positive('value.positive').max(1e6),
  /** gross growth of the stock, % of the stock per year (生长率) */
  grossGrowthPct: SeriesSchema,
  /** harvest and other losses (消耗率), % of the stock per year */
  lossPct: SeriesSchema,
  /** basic wood density, t dry matter per m³ */
  woodDensityTPerM3: z.number().positive('value.positive').max(1.5),
  /** biomass expansion factor (branches, leaves: above-ground over stem biomass) */
  biomassExpansionFactor: z.number().min(1).max(5),
  /** root-shoot ratio (below- over above-ground biomass) */
  rootShootRatio: z.number().min(0, 'value.negative').max(2),
  /** carbon fraction of dry matter */
  carbonFraction: z.number().positive('value.positive').max(1),
});

export const SinksSchema = z.strictObject({
  forest: ForestSchema.optional(),
});

export type ProductRoute = z.infer<typeof ProductRouteSchema>;
export type Product = z.infer<typeof ProductSchema>;
export type ProcessEmission = z.infer<typeof ProcessEmissionSchema>;
export type Industry = z.infer<typeof IndustrySchema>;
export type SectorReporting = z.infer<typeof SectorReportingSchema>;
export type Forest = z.infer<typeof ForestSchema>;
export type Sinks = z.infer<typeof SinksSchema>;
