import * as z from 'zod';
import { SeriesSchema } from './series';
import { SourceRefSchema } from './provenance';
import { HourlySchema } from './hourly';
import { CostsSchema } from './costs';
import { UncertaintySchema } from './uncertainty';
import { IndustrySchema, SectorReportingSchema, SinksSchema } from './industry';
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
  ENERGY_CONTROL_RULES,
  RENEWABLE_ATTRIBUTIONS,
  ELECTRICITY_CO2_METHODS,
  STORAGE_ATTRIBUTIONS,
  GRID_FACTOR_SCOPES,
  FEEDSTOCK_FUELS,
  REGION_LEVELS,
  PEAK_SCOPES,
  PLAN_SECTORS,
  type FeedstockFuel,
  type Fuel,
  type CombustionFuel,
  type Sector,
} from './vocabulary';

// zod probes `new Function('')` to decide whether it may compile parsers; under
// the app's CSP (no 'unsafe-eval') that probe is reported as a violation in the
// renderer and the worker. The interpreted parsers are fast enough for scenarios.
z.config({ jitless: true });

export * from './vocabulary';
export * from './industry';

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
  /** 省 / 市 / 县(区) (absent = not stated) */
  level: z.enum(REGION_LEVELS).optional(),
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

const feedstockShape = Object.fromEntries(FEEDSTOCK_FUELS.map((f) => [f, SeriesSchema])) as Record<FeedstockFuel, typeof SeriesSchema>;

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
  /**
   * 原料用能: share of each fuel's consumption used as raw material, %, left out of the
   * assessed energy total and intensity (absent = 0)
   */
  feedstockSharePct: strictObject(feedstockShape).partial().optional(),
});

export const GeneratorSchema = strictObject({
  id,
  name: z.string().min(1),
  type: z.enum(GENERATOR_TYPES),
  capacityMW,
  utilisationHours: SeriesSchema,
  /** first year of operation (a full year unless `commissioningMonth` says otherwise) */
  commissioningYear: year,
  /** month of the first year it starts operating, 1–12: that year counts (13 − month)/12 of a year's output */
  commissioningMonth: z.number().int('value.whole').min(1).max(12).optional(),
  /**
   * fossil CO2 per MWh of output, tCO2/MWh: the fossil carbon of municipal waste burnt in a
   * waste-to-energy plant (IPCC 2006 Vol. 5 Ch. 5); absent = 0
   */
  fossilCo2TPerMWh: z.number().min(0, 'value.negative').max(2).optional(),
  /** loss of output per year of age, % (PV module degradation; absent = 0) */
  degradationPctPerYear: z.number().min(0, 'value.negative').max(5).optional(),
  /** first year no longer operating */
  retirementYear: year.optional(),
  /** the project's own investment from its document, 万元 (absent = capacity × the cost case's 元/kW) */
  investmentWanYuan: nonNegative.max(1e9).optional(),
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
  /** whether the losses are charged to the host region (see STORAGE_ATTRIBUTIONS) */
  attribution: z.enum(STORAGE_ATTRIBUTIONS),
  commissioningYear: year,
  retirementYear: year.optional(),
  /** the project's own investment from its document, 万元 (absent = capacity × the cost case's 元/kW) */
  investmentWanYuan: nonNegative.max(1e9).optional(),
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
  /** non-fossil share of the grid's electricity (the provincial pool; imports bring it), %, nuclear included */
  importedNonFossilSharePct: SeriesSchema,
  /** renewable share of the grid's electricity, %, nuclear excluded (发改运行〔2022〕1258号 counts renewables only; absent = the non-fossil share) */
  importedRenewableSharePct: SeriesSchema.optional(),
  /** green power (绿电) and 绿证 held by local users, 亿kWh per year (absent = 0) */
  greenPowerYiKWh: SeriesSchema.optional(),
  /** hydro output in a wet (>1) or dry (<1) year relative to the plants' utilisation hours (absent = 1) */
  hydroYearFactor: SeriesSchema.optional(),
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
  /** coal-substitution coefficient, gce/kWh (national average coal rate of thermal power) */
  coalSubstitutionGcePerKWh: SeriesSchema,
});

/** The accounting methods (核算口径) the scenario's headline figures use; see the vocabulary for each. */
export const AccountingSchema = strictObject({
  energyControl: z.enum(ENERGY_CONTROL_RULES),
  renewableAttribution: z.enum(RENEWABLE_ATTRIBUTIONS),
  electricityCo2: z.enum(ELECTRICITY_CO2_METHODS),
  /** which published series `electricity.gridEmissionFactor` follows */
  gridFactorScope: z.enum(GRID_FACTOR_SCOPES),
  /** peak test: years within this % of the peak form its plateau; a later year above the peak, or a climb above the lowest value since, by more is a rebound */
  peakTolerancePct: z.number().min(0, 'value.negative').max(20),
  /** what the peak (and a sector's) is judged on (absent = `energy`); the intensity assessment uses energy CO2 under both */
  peakScope: z.enum(PEAK_SCOPES).optional(),
});

const yearKey = z.string().regex(/^(19|20|21)\d\d$/, 'history.yearKey');
/** One published statistic of a past year, with where it was published. */
export const ActualValueSchema = strictObject({ value: z.number().min(0, 'value.negative'), source: SourceRefSchema });
const actuals = z.record(yearKey, ActualValueSchema).optional();

/**
 * Published statistics of past years. GDP and the energy total replace the
 * projection in their years (the projection goes on from them); the others
 * are set beside the engine's figures as a cross-check.
 */
export const HistorySchema = strictObject({
  /** 地区生产总值, 亿元 at the base year's constant prices */
  gdpYiYuan: actuals,
  /** 能源消费总量, 万tce in `energy.inputConvention` */
  energyWanTce: actuals,
  /** 全社会用电量, 亿kWh */
  electricityUseYiKWh: actuals,
  /** local generating capacity at year end, MW */
  localCapacityMW: actuals,
  /** local generation, 亿kWh */
  localGenerationYiKWh: actuals,
});

export const TargetSchema = strictObject({
  id,
  label: z.string().min(1),
  labelEn: z.string().optional(),
  metric: z.enum(TARGET_METRICS),
  /** start of the period for reduction targets */
  fromYear: year.optional(),
  /** the plan sector of `sectorPeakYear` and `sectorIntensityReduction` targets (industry only for the intensity) */
  sector: z.enum(PLAN_SECTORS).optional(),
  /** target year (for peakYear: the latest acceptable peak year) */
  year,
  /** %, 万tce, 万tCO2 (a cap, or the sum over the period for co2Budget) or a year, by metric */
  value: z.number(),
  binding: z.boolean(),
  source: SourceRefSchema,
});

/** Most counties and districts a city roll-up attaches (Guangdong's largest city has 12; room for sub-county units). */
export const MAX_ROLLUP_MEMBERS = 40;

/**
 * A city's roll-up: the scenarios of its counties (区县) whose results are summed
 * beside the city's own (shared/engine/rollup.ts). Ids name scenarios of the
 * same library; one not there is shown as such, never an error, so a city
 * exported alone still reads back.
 */
export const RollupSchema = strictObject({
  members: z
    .array(
      strictObject({
        scenarioId: id,
        /** the name to show when the scenario is not in the library (its region, as the file was written) */
        label: z.string().min(1).max(200).optional(),
      }),
    )
    .max(MAX_ROLLUP_MEMBERS),
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
  accounting: AccountingSchema,
  /** published statistics of past years (absent = none) */
  history: HistorySchema.optional(),
  targets: z.array(TargetSchema),
  /** the county scenarios summed beside this one's (absent = none) */
  rollup: RollupSchema.optional(),
  /** the hourly power balance of the local grid (absent = not computed) */
  hourly: HourlySchema.optional(),
  /** investment and cost settings: case, discount rate, price year, reference scenario (absent = the defaults) */
  costs: CostsSchema.optional(),
  /** the ranges of the uncertainty analysis (absent = the defaults of `defaultUncertainty`, none stored) */
  uncertainty: UncertaintySchema.optional(),
  /** key products of industry and the process CO2 of carbonates (absent = industry on the intensity path alone, no process CO2) */
  industry: IndustrySchema.optional(),
  /** how the energy balance's sectors map to the 1+N plan sectors (absent = no energy moved between them) */
  sectorReporting: SectorReportingSchema.optional(),
  /** carbon sinks, reported as net emissions beside the peak and intensity figures, never inside them (absent = none) */
  sinks: SinksSchema.optional(),
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
export type Accounting = z.infer<typeof AccountingSchema>;
export type History = z.infer<typeof HistorySchema>;
export type ActualValue = z.infer<typeof ActualValueSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Rollup = z.infer<typeof RollupSchema>;
export type RollupMember = Rollup['members'][number];
export type Scenario = z.infer<typeof ScenarioSchema>;
