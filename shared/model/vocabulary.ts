/**
 * The scenario's fixed vocabulary (fuels, sectors, generator types, target
 * metrics…) without the schema: the engine imports these, so neither the
 * engine worker nor anything else that only computes loads zod.
 */

export const SCHEMA_VERSION = 2 as const;

export const FUELS = ['coal', 'oil', 'gas', 'electricity', 'heat', 'biomass'] as const;
export type Fuel = (typeof FUELS)[number];
/** Fuels burnt at the point of use; electricity is accounted on the supply side. */
export const COMBUSTION_FUELS = ['coal', 'oil', 'gas', 'heat', 'biomass'] as const;
export type CombustionFuel = (typeof COMBUSTION_FUELS)[number];

export const SECTORS = ['industry', 'services', 'transport', 'households', 'agriculture'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * The sectors of the carbon-peak plans (the national 1+N: 工业, 城乡建设, 交通运输 implementation
 * plans), each with its electricity's CO2: 工业, 建筑业, 城乡建设 (public and residential buildings:
 * services and households), 交通运输 (whole-society: private vehicles' fuel moved from households),
 * 农林牧渔. See `scenario.sectorReporting` for the two shares that move energy between them.
 */
export const PLAN_SECTORS = ['industry', 'construction', 'buildings', 'transport', 'agriculture'] as const;
export type PlanSector = (typeof PLAN_SECTORS)[number];

/** Key products of industry with benchmarks in the reference library (`other`: a product a user adds). */
export const PRODUCT_KINDS = ['clinker', 'cement', 'crudeSteel', 'ceramics', 'leadZinc', 'copperFoil', 'glassFibre', 'lime', 'other'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/** Carbonates whose CO2 is released in a process, not burnt (工业生产过程排放). */
export const PROCESS_KINDS = ['clinker', 'lime', 'limestoneFlux', 'dolomiteFlux', 'otherCarbonate'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

/**
 * What the peak is judged on: energy CO2 (能源活动, as the national assessment counts it) or
 * energy and process CO2. The intensity assessment uses energy CO2 under both.
 */
export const PEAK_SCOPES = ['energy', 'energyAndProcess'] as const;
export type PeakScope = (typeof PEAK_SCOPES)[number];

/** Administrative level of a region: 省, 市 (地级市), 县(区) (counties, districts, county-level cities). */
export const REGION_LEVELS = ['province', 'city', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const GENERATOR_TYPES = ['coal', 'gas', 'hydro', 'pv', 'wind', 'biomass'] as const;
export type GeneratorType = (typeof GENERATOR_TYPES)[number];
export const THERMAL_TYPES = ['coal', 'gas'] as const satisfies readonly GeneratorType[];
export type ThermalType = (typeof THERMAL_TYPES)[number];
export const RENEWABLE_TYPES = ['hydro', 'pv', 'wind', 'biomass'] as const satisfies readonly GeneratorType[];

export const PROJECT_STATUSES = ['operating', 'underConstruction', 'planned'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** 当量值 (calorific equivalent) or 等价值 (coal substitution, 发电煤耗法). */
export const ELECTRICITY_CONVENTIONS = ['calorific', 'coalSubstitution'] as const;
export type ElectricityConvention = (typeof ELECTRICITY_CONVENTIONS)[number];

export const TARGET_METRICS = [
  'co2IntensityReduction',
  'energyIntensityReduction',
  'nonFossilShare',
  'energyCap',
  'co2Cap',
  'peakYear',
  /** cumulative CO2 from `fromYear` to `year`, both included (碳排放预算, 国办发〔2024〕39号) */
  'co2Budget',
  /** a plan sector's peak year (`target.sector`): its energy CO2 with its electricity's, and its process CO2 under `energyAndProcess` */
  'sectorPeakYear',
  /** reduction of 工业增加值 CO2 intensity (industry's CO2 per 万元 of industry value added), % from `fromYear` */
  'sectorIntensityReduction',
  /** 森林覆盖率 in the year, %, at least */
  'forestCover',
  /** 森林蓄积量 in the year, 万m³, at least */
  'forestStock',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/**
 * 能耗双控 rule for the assessed energy total and intensity (核算口径).
 * - `nonFossilExcluded`: 发改环资〔2024〕113号, non-fossil energy consumption
 *   (renewables and nuclear) is left out of the total and the intensity, in the
 *   base year and the assessment year alike (the default);
 * - `renewableIncreaseExcluded`: 发改运行〔2022〕1258号, the increase of renewable
 *   electricity consumption over 2020 (or the base year, if later) is deducted;
 * - `none`: the full total;
 * - `legacyNewRenewables`: what scenarios saved before these rules counted
 *   (renewable plants commissioned after the base year, by local generation).
 */
export const ENERGY_CONTROL_RULES = ['nonFossilExcluded', 'renewableIncreaseExcluded', 'none', 'legacyNewRenewables'] as const;
export type EnergyControlRule = (typeof ENERGY_CONTROL_RULES)[number];

/**
 * Whose non-fossil electricity the region consumes.
 * - `provincialPool`: the region's electricity use × the supply's non-fossil share,
 *   plus green power and 绿证 held by local users (the default: consumption statistics
 *   allocate the grid's electricity by use, not by where it was generated);
 * - `localBalance`: local generation serves local use first, imports bring the grid's share.
 */
export const RENEWABLE_ATTRIBUTIONS = ['provincialPool', 'localBalance'] as const;
export type RenewableAttribution = (typeof RENEWABLE_ATTRIBUTIONS)[number];

/**
 * CO2 of electricity.
 * - `netImports` (A): direct emissions incl. local power plants + net imports × grid factor,
 *   exports credited (this tool's method, not one the inventory guideline imposes);
 * - `netImportsNoExportCredit` (B): as A, exports not credited;
 * - `locationBased` (C): direct combustion at the point of use + electricity use × grid factor;
 * - `marketBased` (D): as C, less green power / 绿证 held by local users.
 */
export const ELECTRICITY_CO2_METHODS = ['netImports', 'netImportsNoExportCredit', 'locationBased', 'marketBased'] as const;
export type ElectricityCo2Method = (typeof ELECTRICITY_CO2_METHODS)[number];

/**
 * Who a pumped-storage plant's losses (抽发损耗电量) are charged to.
 * - `gridAsset`: not charged to the host region (plants owned by the grid company);
 * - `host`: charged to the host region, in energy and CO2 alike, on their own line;
 * - `legacyCo2Only`: what scenarios saved before these rules counted (losses in CO2 only).
 */
export const STORAGE_ATTRIBUTIONS = ['gridAsset', 'host', 'legacyCo2Only'] as const;
export type StorageAttribution = (typeof STORAGE_ATTRIBUTIONS)[number];

/** Which published 电力平均二氧化碳排放因子 the grid factor follows. */
export const GRID_FACTOR_SCOPES = ['provincial', 'regionalGrid', 'national', 'custom'] as const;
export type GridFactorScope = (typeof GRID_FACTOR_SCOPES)[number];

/** Fuels that can be used as raw material (原料用能), excluded from energy-consumption control. */
export const FEEDSTOCK_FUELS = ['coal', 'oil', 'gas'] as const;
export type FeedstockFuel = (typeof FEEDSTOCK_FUELS)[number];
