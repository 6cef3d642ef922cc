import * as z from 'zod';
import { SeriesSchema } from './series';
import { SourceRefSchema } from './provenance';
import { MAX_CAPACITY_MW } from './bounds';

/**
 * The hourly power balance of the local grid (shared/engine/hourly): how the
 * year's electricity is dispatched hour by hour, and the profiles that spread
 * the annual model's totals over the hours. Profiles set only the shape: the
 * annual model sets the energy.
 */

/** The profiles the balance spreads annual totals by. */
export const PROFILE_KINDS = ['load', 'pv', 'wind', 'hydro'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/** Units an imported profile may state; the shape is what counts, the unit is kept to say what was measured. */
export const PROFILE_UNITS = ['MW', 'kW', 'MWh', 'kWh', 'pu', 'pct'] as const;
export type ProfileUnit = (typeof PROFILE_UNITS)[number];

export const HOURS_IN_YEAR = 8760;
export const HOURS_IN_LEAP_YEAR = 8784;

/** Largest battery energy, MWh (the largest battery sites in China hold a few thousand MWh). */
export const MAX_STORAGE_MWH = 1e6;

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'id.format');
const year = z.number().int('value.wholeYear').min(1990).max(2100);

/**
 * Largest hourly value of a profile, in whatever unit it states: far above any region's load
 * in kW (Guangdong's peak is about 1.5e8 kW), low enough that 8,784 of them sum without overflow.
 */
export const MAX_PROFILE_VALUE = 1e12;

/**
 * Hourly values from 1 January 00:00 (China Standard Time): 8,760 or 8,784 of them,
 * each finite, from 0 to `MAX_PROFILE_VALUE`, not all zero. Checked in one loop: a profile
 * holds 8,760 numbers and is checked on every edit, where a per-element schema costs milliseconds.
 */
const hourlyValues = z.custom<number[]>((v) => {
  if (!Array.isArray(v) || (v.length !== HOURS_IN_YEAR && v.length !== HOURS_IN_LEAP_YEAR)) return false;
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (typeof x !== 'number' || !(x >= 0 && x <= MAX_PROFILE_VALUE)) return false;
    sum += x;
  }
  return sum > 0;
}, 'hourly.profileValues');

export const HourlyProfileSchema = z.strictObject({
  values: hourlyValues,
  /** the unit the values were measured in (informational: only the shape is used) */
  unit: z.enum(PROFILE_UNITS),
  /** the year the values were measured in, when known */
  year: year.optional(),
  source: SourceRefSchema,
});

/** A battery (电化学储能) in the local balance; pumped storage is in `electricity.pumpedStorage`. */
export const BatterySchema = z.strictObject({
  id,
  name: z.string().min(1),
  powerMW: z.number().gt(0, 'value.positive').max(MAX_CAPACITY_MW),
  energyMWh: z.number().gt(0, 'value.positive').max(MAX_STORAGE_MWH),
  /** round trip, applied once on charging, % */
  roundTripEfficiencyPct: z.number().gt(0, 'value.positive').max(100),
  commissioningYear: year,
  retirementYear: year.optional(),
  included: z.boolean(),
  source: SourceRefSchema,
  note: z.string().optional(),
  noteZh: z.string().min(1).optional(),
});

export const HourlySchema = z.strictObject({
  /** compute the hourly balance for every year of the horizon */
  enabled: z.boolean(),
  /** curtailment and the dispatched storage losses replace the annual model's in the annual results */
  feedback: z.boolean(),
  /** most power the local grid can send out, MW per year (absent = no limit) */
  exportLimitMW: SeriesSchema.optional(),
  /** most power the local grid can take in, MW per year (absent = no limit) */
  importLimitMW: SeriesSchema.optional(),
  /** share of hydro output held in reservoirs and dispatched against deficits within its monthly energy, % */
  hydroDispatchablePct: z.number().min(0, 'value.negative').max(100),
  /** site of the PV profile's solar geometry, degrees (absent = the built-in site for northern Guangdong) */
  latitude: z.number().min(18).max(54).optional(),
  longitude: z.number().min(73).max(136).optional(),
  batteries: z.array(BatterySchema),
  /** a region's own hourly profiles (absent = the built-in ones) */
  profiles: z
    .strictObject({
      load: HourlyProfileSchema.optional(),
      pv: HourlyProfileSchema.optional(),
      wind: HourlyProfileSchema.optional(),
      hydro: HourlyProfileSchema.optional(),
    })
    .optional(),
});

/**
 * Default share of hydro output held back in reservoirs and dispatched against local
 * deficits, %: the small hydro of northern Guangdong is mostly run-of-river with daily
 * regulation at best, so most of its output follows the river.
 */
export const DEFAULT_HYDRO_DISPATCHABLE_PCT = 20;

/** The settings a scenario gets when the hourly balance is switched on: no limits, no batteries, built-in profiles. */
export function defaultHourly(): HourlySettings {
  return { enabled: true, feedback: false, hydroDispatchablePct: DEFAULT_HYDRO_DISPATCHABLE_PCT, batteries: [] };
}

export type HourlyProfile = z.infer<typeof HourlyProfileSchema>;
export type Battery = z.infer<typeof BatterySchema>;
export type HourlySettings = z.infer<typeof HourlySchema>;
