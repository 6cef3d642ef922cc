import type { HourlyResults, HourlyYear } from '../../../shared/engine/hourly/types';
import { numberLocale } from '../../i18n';
import type { NumberFormatter } from './format';

/**
 * The yearly indicators of the hourly balance as the report and the compare
 * view show them: which field of the engine's `HourlyYear` each row is, and
 * in what unit. Nothing here computes a figure.
 */

/** Display units: power in the capacity setting's unit, energy in 亿千瓦时, hours, full cycles, %. */
export type HourlyUnit = 'pct' | 'yiKWh' | 'mw' | 'mwh' | 'hours' | 'cycles';

export const HOURLY_INDICATORS = [
  'curtailmentPct',
  'curtailmentPctPv',
  'curtailmentPctWind',
  'curtailedYiKWh',
  'peakImportMW',
  'peakExportMW',
  'netExportHours',
  'unservedHours',
  'unservedYiKWh',
  'selfConsumptionPct',
  'selfSufficiencyPct',
  'storagePowerMW',
  'storageEnergyMWh',
  'storageDischargeYiKWh',
  'storageCycles',
  'storageLossYiKWh',
] as const;
export type HourlyIndicator = (typeof HOURLY_INDICATORS)[number];

export const HOURLY_UNIT: Record<HourlyIndicator, HourlyUnit> = {
  curtailmentPct: 'pct',
  curtailmentPctPv: 'pct',
  curtailmentPctWind: 'pct',
  curtailedYiKWh: 'yiKWh',
  peakImportMW: 'mw',
  peakExportMW: 'mw',
  netExportHours: 'hours',
  unservedHours: 'hours',
  unservedYiKWh: 'yiKWh',
  selfConsumptionPct: 'pct',
  selfSufficiencyPct: 'pct',
  storagePowerMW: 'mw',
  storageEnergyMWh: 'mwh',
  storageDischargeYiKWh: 'yiKWh',
  storageCycles: 'cycles',
  storageLossYiKWh: 'yiKWh',
};

/** The engine's value of an indicator in a year. */
export function hourlyValue(y: HourlyYear, k: HourlyIndicator): number {
  switch (k) {
    case 'curtailmentPctPv':
      return y.curtailmentPctByType.pv;
    case 'curtailmentPctWind':
      return y.curtailmentPctByType.wind;
    case 'curtailedYiKWh':
      return y.curtailedTotalYiKWh;
    default:
      return y[k];
  }
}

/** The year's indicators, or undefined outside the balance's years. */
export function hourlyYear(h: HourlyResults, year: number): HourlyYear | undefined {
  return h.years.find((y) => y.year === year);
}

/** Storage rows only where the balance holds storage in some year. */
export const STORAGE_INDICATORS: ReadonlySet<HourlyIndicator> = new Set([
  'storagePowerMW',
  'storageEnergyMWh',
  'storageDischargeYiKWh',
  'storageCycles',
  'storageLossYiKWh',
]);
export const hasStorage = (h: HourlyResults) => h.years.some((y) => y.storageEnergyMWh > 0);
export const hasUnserved = (h: HourlyResults) => h.years.some((y) => y.unservedHours > 0);
export const hasType = (h: HourlyResults, type: 'pv' | 'wind') => h.years.some((y) => y.renewableYiKWh[type] > 0);

/**
 * Decimals: curtailment and unserved energy of a county are often a few 百万千瓦时, which one
 * decimal of 亿千瓦时 would show as 0.0 beside a rate that is not zero; hours are whole.
 */
const DECIMALS: Record<Exclude<HourlyUnit, 'mw' | 'mwh'>, number> = { pct: 1, yiKWh: 2, hours: 0, cycles: 1 };
const formats = new Map<string, Intl.NumberFormat>();

/** A value of `unit` as text, without the unit; power and storage energy in the capacity unit (万千瓦, 万千瓦时 or MW, MWh). */
export function hourlyNumber(value: number, unit: HourlyUnit, fmt: NumberFormatter): string {
  // MWh converts to 万千瓦时 as MW to 万千瓦 (both by 10), in the same decimals
  if (unit === 'mw' || unit === 'mwh') return fmt.num(value, 'mw');
  const d = DECIMALS[unit];
  const key = `${fmt.lang}|${d}`;
  let f = formats.get(key);
  if (!f)
    formats.set(
      key,
      (f = new Intl.NumberFormat(numberLocale(fmt.lang), { minimumFractionDigits: d, maximumFractionDigits: d })),
    );
  return f.format(Math.abs(value) < 0.5 * 10 ** -d ? 0 : value);
}

/** The unit's key in a namespace's `hourly.units` (mw and mwh follow the capacity setting). */
export function hourlyUnitKey(
  unit: HourlyUnit,
  fmt: NumberFormatter,
): 'pct' | 'yiKWh' | 'mw' | 'wanKw' | 'mwh' | 'wanKwh' | 'hours' | 'cycles' {
  const wan = fmt.capacity === 'wanKw';
  if (unit === 'mw') return wan ? 'wanKw' : 'mw';
  if (unit === 'mwh') return wan ? 'wanKwh' : 'mwh';
  return unit;
}

/** What build-out plans are compared on: curtailment and the peak power the grid carries; unserved load where any plan has some. */
export function compareIndicators(runs: readonly HourlyResults[]): HourlyIndicator[] {
  const base: HourlyIndicator[] = ['curtailmentPct', 'curtailedYiKWh', 'peakImportMW', 'peakExportMW'];
  return runs.some(hasUnserved) ? [...base, 'unservedHours', 'unservedYiKWh'] : base;
}

/** Whether an indicator is zero in every year of every run (a chart of it would be a line on the axis). */
export const zeroEverywhere = (runs: readonly HourlyResults[], k: HourlyIndicator) =>
  runs.every((h) => h.years.every((y) => hourlyValue(y, k) === 0));
