import { getPosition } from 'suncalc';
import { HOURS_IN_LEAP_YEAR, HOURS_IN_YEAR, type HourlyProfile, type ProfileKind } from '../../model/hourly';
import {
  DEFAULT_SITE,
  HYDRO_MONTHLY,
  LOAD_DAILY,
  LOAD_MONTHLY,
  LOAD_WEEKEND,
  PV_MONTHLY_CLEARNESS,
  WIND_CUT_IN,
  WIND_DAILY_AMPLITUDE,
  WIND_MONTHLY,
  WIND_RATED,
  WIND_SPELL_SIGMA,
} from './profile-shapes';

/**
 * Hourly shapes, each summing to 1 over its year, that spread the annual
 * model's totals over the hours. The built-in ones are made here from the
 * documented shapes of profile-shapes.ts, with a fixed seed, so the same code
 * gives the same hours everywhere; a region's own measured profiles replace
 * them (`scenario.hourly.profiles`).
 *
 * Hours run from 1 January 00:00 China Standard Time (UTC+8). The built-in
 * shapes describe a typical 365-day year; a 366-day year repeats 28 February,
 * and a measured 8,784-hour profile used for a 365-day year drops 29 February.
 */

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const hoursInYear = (y: number) => (isLeapYear(y) ? HOURS_IN_LEAP_YEAR : HOURS_IN_YEAR);

/** First hour of 29 February in a leap year (31 + 28 days). */
const FEB29_START = 59 * 24;
const DAY = 24;

/** A typical year's values made fit a year of `hours` hours (before normalising). */
export function fitToYear(values: ArrayLike<number>, hours: number): Float64Array {
  const out = new Float64Array(hours);
  if (values.length === hours) {
    out.set(values as ArrayLike<number>);
  } else if (hours === HOURS_IN_LEAP_YEAR) {
    // 8,760 → 8,784: 28 February again as 29 February
    for (let h = 0; h < FEB29_START; h++) out[h] = values[h]!;
    for (let h = 0; h < DAY; h++) out[FEB29_START + h] = values[FEB29_START - DAY + h]!;
    for (let h = FEB29_START; h < HOURS_IN_YEAR; h++) out[h + DAY] = values[h]!;
  } else {
    // 8,784 → 8,760: drop 29 February
    for (let h = 0; h < FEB29_START; h++) out[h] = values[h]!;
    for (let h = FEB29_START; h < HOURS_IN_YEAR; h++) out[h] = values[h + DAY]!;
  }
  return out;
}

/** Scales in place so the values sum to 1. */
export function normalise(values: Float64Array): Float64Array {
  let sum = 0;
  for (let h = 0; h < values.length; h++) sum += values[h]!;
  if (sum > 0) for (let h = 0; h < values.length; h++) values[h]! /= sum;
  return values;
}

/** Small deterministic generator (mulberry32): the built-in profiles' weather is reproducible from code. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box–Muller) from a seeded generator. */
function normals(seed: number): () => number {
  const u = seeded(seed);
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Month (0–11) of each day of a 365-day year. */
const DAY_MONTH = MONTH_DAYS.flatMap((n, m) => Array<number>(n).fill(m));

/** The reference calendar year of the typical year (365 days; 1 January a Sunday). */
const TYPICAL_YEAR = 2023;

/**
 * PV: the sun's altitude at mid-hour (suncalc, refraction-corrected), clear-sky
 * irradiance on the horizontal by Meinel's air-mass model (I ∝ sin α · 0.7^(AM^0.678)),
 * times the month's clearness and a day's cloudiness that persists from day to day.
 */
function pvTypical(latitude: number, longitude: number): Float64Array {
  const out = new Float64Array(HOURS_IN_YEAR);
  const z = normals(0x5017a2);
  let cloud = 0;
  const start = Date.UTC(TYPICAL_YEAR, 0, 1) - 8 * 3600e3;
  for (let d = 0; d < 365; d++) {
    // a day's cloudiness: AR(1) over days, so overcast spells last several days
    cloud = 0.6 * cloud + 0.8 * z();
    const dayFactor = Math.min(1.25, Math.max(0.15, 1 + 0.35 * cloud));
    const clearness = PV_MONTHLY_CLEARNESS[DAY_MONTH[d]!]!;
    for (let h = 0; h < DAY; h++) {
      const at = new Date(start + (d * DAY + h + 0.5) * 3600e3);
      const altitude = (getPosition(at, latitude, longitude).altitude * Math.PI) / 180;
      if (altitude <= 0) continue;
      const sin = Math.sin(altitude);
      const airMass = 1 / Math.max(sin, 0.05);
      out[d * DAY + h] = sin * Math.pow(0.7, Math.pow(airMass, 0.678)) * clearness * dayFactor;
    }
  }
  return out;
}

/**
 * Wind: a wind speed relative to the year's mean (the month's level, a night-high daily
 * cycle of mountain ridges, synoptic spells as an hourly AR(1) on its logarithm) through a
 * turbine's power curve: nothing below cut-in (0.45 of the mean speed), the cube of the
 * speed up to rated (1.7 of the mean), full output above. Output never exceeds the
 * capacity as long as the plant's utilisation hours stay under 8,760 × the shape's
 * capacity factor (WIND_SHAPE_MAX_HOURS).
 */
function windTypical(): Float64Array {
  const out = new Float64Array(HOURS_IN_YEAR);
  const z = normals(0x3a11d);
  const cutIn3 = WIND_CUT_IN ** 3;
  const rated3 = WIND_RATED ** 3;
  let spell = 0;
  for (let d = 0; d < 365; d++) {
    const monthly = WIND_MONTHLY[DAY_MONTH[d]!]!;
    for (let h = 0; h < DAY; h++) {
      spell = 0.97 * spell + 0.243 * z(); // stationary σ ≈ 1: 0.243 ≈ √(1 − 0.97²)
      const daily = 1 + WIND_DAILY_AMPLITUDE * Math.cos((2 * Math.PI * (h - 2)) / 24);
      const speed = monthly * daily * Math.exp(WIND_SPELL_SIGMA * spell - WIND_SPELL_SIGMA ** 2 / 2);
      const v3 = speed ** 3;
      out[d * DAY + h] = v3 <= cutIn3 ? 0 : v3 >= rated3 ? 1 : (v3 - cutIn3) / (rated3 - cutIn3);
    }
  }
  return out;
}

/** Run-of-river hydro: the month's flow, smoothed from month to month, with rain events lasting days. */
function hydroTypical(): Float64Array {
  const out = new Float64Array(HOURS_IN_YEAR);
  const z = normals(0x4d20);
  let flow = 0;
  let dayOfYear = 0;
  for (let m = 0; m < 12; m++) {
    for (let d = 0; d < MONTH_DAYS[m]!; d++, dayOfYear++) {
      // linear between mid-months, so flow does not jump on the 1st
      const t = (d + 0.5) / MONTH_DAYS[m]! - 0.5;
      const next = t >= 0 ? (m + 1) % 12 : (m + 11) % 12;
      const base = HYDRO_MONTHLY[m]! + Math.abs(t) * (HYDRO_MONTHLY[next]! - HYDRO_MONTHLY[m]!);
      flow = 0.8 * flow + 0.3 * z();
      const day = base * Math.max(0.5, 1 + 0.25 * flow);
      for (let h = 0; h < DAY; h++) out[dayOfYear * DAY + h] = day;
    }
  }
  return out;
}

/** Load: the month's level, the day's two peaks (late morning, evening), lower on weekends, and a small noise. */
function loadTypical(): Float64Array {
  const out = new Float64Array(HOURS_IN_YEAR);
  const z = normals(0x10ad);
  // 1 January of the typical year is a Sunday
  for (let d = 0; d < 365; d++) {
    const weekday = d % 7; // 0 = Sunday
    const weekend = weekday === 0 || weekday === 6 ? LOAD_WEEKEND : 1;
    const monthly = LOAD_MONTHLY[DAY_MONTH[d]!]!;
    const noise = 1 + 0.03 * z();
    for (let h = 0; h < DAY; h++) out[d * DAY + h] = monthly * weekend * LOAD_DAILY[h]! * noise;
  }
  return out;
}

const typicalCache = new Map<string, Float64Array>();

/** The built-in typical-year shape of a profile (8,760 values, not normalised), made once per site. */
export function builtInTypical(
  kind: ProfileKind,
  latitude: number = DEFAULT_SITE.latitude,
  longitude: number = DEFAULT_SITE.longitude,
): Float64Array {
  const key = kind === 'pv' ? `pv:${latitude}:${longitude}` : kind;
  let shape = typicalCache.get(key);
  if (!shape) {
    shape =
      kind === 'pv'
        ? pvTypical(latitude, longitude)
        : kind === 'wind'
          ? windTypical()
          : kind === 'hydro'
            ? hydroTypical()
            : loadTypical();
    if (typicalCache.size > 16) typicalCache.clear();
    typicalCache.set(key, shape);
  }
  return shape;
}

/** The normalised shapes of one kind for 365- and 366-day years. */
export type ShapePair = { common: Float64Array; leap: Float64Array };

const pairCache = new WeakMap<object, ShapePair>();

function pairOf(values: ArrayLike<number>): ShapePair {
  return {
    common: normalise(fitToYear(values, HOURS_IN_YEAR)),
    leap: normalise(fitToYear(values, HOURS_IN_LEAP_YEAR)),
  };
}

/**
 * The shapes a scenario's balance uses: its own profile where it has one, else
 * the built-in one. Cached by the profile object, so an edit elsewhere in the
 * scenario does not re-make them.
 */
export function profileShapes(
  kind: ProfileKind,
  own: HourlyProfile | undefined,
  latitude?: number,
  longitude?: number,
): ShapePair {
  const values = own ? own.values : builtInTypical(kind, latitude, longitude);
  let pair = pairCache.get(values);
  if (!pair) {
    pair = pairOf(values);
    pairCache.set(values, pair);
  }
  return pair;
}

const largestOf = new WeakMap<Float64Array, number>();
function largest(shape: Float64Array): number {
  let max = largestOf.get(shape);
  if (max === undefined) {
    max = 0;
    for (let h = 0; h < shape.length; h++) if (shape[h]! > max) max = shape[h]!;
    largestOf.set(shape, max);
  }
  return max;
}

/**
 * The shape itself when `energyMWh` spread by it stays within `capacityMW` in every
 * hour; otherwise a copy whose hours above the capacity are cut to it and the energy
 * cut is spread over the other hours in proportion to their share (repeated until none
 * is above), so the year's total stays the annual model's. A measured or built-in shape
 * too peaky for a plant's utilisation hours would otherwise put out more than it has.
 */
export function fitUnderCapacity(shape: Float64Array, energyMWh: number, capacityMW: number): Float64Array {
  if (!(energyMWh > 0) || !(capacityMW > 0)) return shape;
  const limit = capacityMW / energyMWh; // the largest share an hour may have
  if (largest(shape) <= limit) return shape;
  if (limit * shape.length <= 1) return new Float64Array(shape.length).fill(1 / shape.length);
  const out = Float64Array.from(shape);
  for (let round = 0; round < 50; round++) {
    let excess = 0;
    let free = 0;
    for (let h = 0; h < out.length; h++) {
      if (out[h]! >= limit) {
        excess += out[h]! - limit;
        out[h] = limit;
      } else free += out[h]!;
    }
    if (excess <= 1e-15 || free <= 0) break;
    const k = 1 + excess / free;
    for (let h = 0; h < out.length; h++) if (out[h]! < limit) out[h]! *= k;
  }
  return out;
}
