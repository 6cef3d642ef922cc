import * as z from 'zod';
import { SeriesSchema } from './series';
import { SourceRefSchema } from './provenance';
import { HOURS_PER_YEAR, MAX_CAPACITY_MW, MAX_GDP_YI_YUAN, MAX_INTENSITY_TCE_PER_WAN_YUAN } from './bounds';
import {
  SCHEMA_VERSION,
  FUELS,
  COMBUSTION_FUELS,
  SECTORS,
  GENERATOR_TYPES,
  PROJECT_STATUSES,
  ELECTRICITY_CONVENTIONS,
  TARGET_METRICS,
  type Fuel,
  type CombustionFuel,
  type Sector,
} from './vocabulary';

// zod probes `new Function('')` to decide whether it may compile parsers; under
// the app's CSP (no 'unsafe-eval') that probe is reported as a violation in the
// renderer and the worker. The interpreted parsers are fast enough for scenarios.
z.config({ jitless: true });

export * from './vocabulary';

// Messages are issue codes (shared/model/issue-codes.ts); checks without one are named from zod's
// issue (validate-core.ts), bounds with the unit of the field.
const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'id.format');
const year = z.number().int('value.wholeYear').min(1990).max(2100);
const nonNegative = z.number().min(0, 'value.negative');
const capacityMW = nonNegative.max(MAX_CAPACITY_MW);

const strictObject = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

export const RegionSchema = strictObject({
  name: z.string().min(1),
  nameEn: z.string().optional(),
  parentRegion: z.string().optional(),
  /** administrative division code (行政区划代码), informational */
  code: z.string().optional(),
});

export const EconomySchema = strictObject({
  /** GDP in the base year, 亿元 at constant base-year prices */
  baseGdpYiYuan: z.number().positive('value.positive').max(MAX_GDP_YI_YUAN),
  /** real GDP growth, % per year, applied from baseYear+1 */
  gdpGrowthPct: SeriesSchema,
});

const fuelSharesShape = Object.fromEntries(FUELS.map((f) => [f, SeriesSchema])) as Record<Fuel, typeof SeriesSchema>;
export const FuelSharesSchema = strictObject(fuelSharesShape);

export const SectorSchema = strictObject({
  /** sector's share of total energy consumption, % */
  sharePct: SeriesSchema,
  /** fuel shares within the sector, %; must sum to 100 every year */
  fuelSharesPct: FuelSharesSchema,
});

const sectorsShape = Object.fromEntries(SECTORS.map((s) => [s, SectorSchema])) as Record<Sector, typeof SectorSchema>;

export const EnergySchema = strictObject({
  /** energy consumption per unit GDP in the base year, tce/万元 (in `inputConvention`) */
  baseIntensityTcePerWanYuan: z
    .number()
    .positive('value.positive')
    .max(MAX_INTENSITY_TCE_PER_WAN_YUAN),
  /** decline of energy intensity, % per year (negative = rises), applied from baseYear+1 */
  intensityDeclinePct: SeriesSchema,
  /** how the base intensity counts electricity (the convention the statistics were published in) */
  inputConvention: z.enum(ELECTRICITY_CONVENTIONS),
  sectors: strictObject(sectorsShape),
});

export const GeneratorSchema = strictObject({
  id,
  name: z.string().min(1),
  type: z.enum(GENERATOR_TYPES),
  capacityMW,
  utilisationHours: SeriesSchema,
  /** first year of operation (full year counted) */
  commissioningYear: year,
  /** first year no longer operating */
  retirementYear: year.optional(),
  status: z.enum(PROJECT_STATUSES),
  /** false keeps a ledger entry for reference without counting it */
  included: z.boolean(),
  source: SourceRefSchema,
  /** free remark on the entry: the canonical text */
  note: z.string().optional(),
  /** `note` in Chinese, shown when the UI language is Chinese (optional: older files have only `note`) */
  noteZh: z.string().min(1).optional(),
});

export const PumpedStorageSchema = strictObject({
  id,
  name: z.string().min(1),
  capacityMW,
  storageHours: z.number().positive('value.positive').max(HOURS_PER_YEAR),
  roundTripEfficiencyPct: z.number().gt(0, 'value.positive').max(100),
  /** full discharge cycles per year (bounded with the hours: at most a year of operation, `prepareScenario`) */
  annualCycles: nonNegative,
  commissioningYear: year,
  retirementYear: year.optional(),
  status: z.enum(PROJECT_STATUSES),
  included: z.boolean(),
  source: SourceRefSchema,
  /** free remark on the entry: the canonical text */
  note: z.string().optional(),
  /** `note` in Chinese, shown when the UI language is Chinese (optional: older files have only `note`) */
  noteZh: z.string().min(1).optional(),
});

export const ElectricitySchema = strictObject({
  /** local plants operating in the base year, aggregated by type */
  fleet: z.array(GeneratorSchema),
  /** named projects (new build, retrofits) */
  projects: z.array(GeneratorSchema),
  pumpedStorage: z.array(PumpedStorageSchema),
  /** fuel burnt per kWh of local thermal generation, gce/kWh */
  heatRateGcePerKWh: strictObject({ coal: SeriesSchema, gas: SeriesSchema }),
  /** CO2 factor of net imported grid electricity, tCO2/MWh (= kgCO2/kWh) */
  gridEmissionFactor: SeriesSchema,
  /** non-fossil share of imported grid electricity, % */
  importedNonFossilSharePct: SeriesSchema,
});

const combustionShape = Object.fromEntries(COMBUSTION_FUELS.map((f) => [f, SeriesSchema])) as Record<
  CombustionFuel,
  typeof SeriesSchema
>;

export const EmissionFactorsSchema = strictObject({
  /** CO2 per tce of fuel at the point of use, tCO2/tce (biomass: biogenic, normally 0) */
  tCo2PerTce: strictObject(combustionShape),
});

export const ConventionsSchema = strictObject({
  /** convention used for the reported energy totals, intensity and non-fossil share */
  primaryElectricity: z.enum(ELECTRICITY_CONVENTIONS),
  /** coal-substitution coefficient, gce/kWh (national average of thermal supply) */
  coalSubstitutionGcePerKWh: SeriesSchema,
  /** 新增可再生能源不纳入能源消费总量: drop renewables commissioned after the base year from assessed energy */
  excludeNewRenewablesFromIntensity: z.boolean(),
});

export const TargetSchema = strictObject({
  id,
  label: z.string().min(1),
  labelEn: z.string().optional(),
  metric: z.enum(TARGET_METRICS),
  /** start of the period for reduction targets */
  fromYear: year.optional(),
  /** target year (for peakYear: the latest acceptable peak year) */
  year,
  /** %, 万tce, 万tCO2 or a year, by metric */
  value: z.number(),
  binding: z.boolean(),
  source: SourceRefSchema,
});

export const ScenarioSchema = strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  name: z.string().min(1),
  nameEn: z.string().optional(),
  description: z.string().optional(),
  region: RegionSchema,
  baseYear: year,
  endYear: year,
  /** resident population, 万人 */
  populationWan: SeriesSchema,
  economy: EconomySchema,
  energy: EnergySchema,
  electricity: ElectricitySchema,
  emissionFactors: EmissionFactorsSchema,
  conventions: ConventionsSchema,
  targets: z.array(TargetSchema),
  /** provenance of scalar and series values, keyed by field path (e.g. `economy.baseGdpYiYuan`) */
  sources: z.record(z.string(), SourceRefSchema),
});

export type Region = z.infer<typeof RegionSchema>;
export type Economy = z.infer<typeof EconomySchema>;
export type EnergyInput = z.infer<typeof EnergySchema>;
export type SectorInput = z.infer<typeof SectorSchema>;
export type Generator = z.infer<typeof GeneratorSchema>;
export type PumpedStorage = z.infer<typeof PumpedStorageSchema>;
export type ElectricityInput = z.infer<typeof ElectricitySchema>;
export type EmissionFactors = z.infer<typeof EmissionFactorsSchema>;
export type Conventions = z.infer<typeof ConventionsSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
