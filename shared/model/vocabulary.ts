/**
 * The scenario's fixed vocabulary (fuels, sectors, generator types, target
 * metrics…) without the schema: the engine imports these, so neither the
 * engine worker nor anything else that only computes loads zod.
 */

export const SCHEMA_VERSION = 1 as const;

export const FUELS = ['coal', 'oil', 'gas', 'electricity', 'heat', 'biomass'] as const;
export type Fuel = (typeof FUELS)[number];
/** Fuels burnt at the point of use; electricity is accounted on the supply side. */
export const COMBUSTION_FUELS = ['coal', 'oil', 'gas', 'heat', 'biomass'] as const;
export type CombustionFuel = (typeof COMBUSTION_FUELS)[number];

export const SECTORS = ['industry', 'services', 'transport', 'households', 'agriculture'] as const;
export type Sector = (typeof SECTORS)[number];

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
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];
