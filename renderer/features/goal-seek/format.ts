import type { TFunction } from 'i18next';
import type { GoalLever } from '../../../shared/engine/goal-seek/types';
import { numberFormat } from '../../components/fields/number-format';

/** How a lever's value is shown: the planner's unit (capacity by the unit setting) and digits enough for the answer's precision; `small` for a bracket's width. */
export type LeverFormat = { format: (v: number) => string; unit: string; small?: (v: number) => string };

type Capacity = { label: string; format(mw: number): string };

export function leverFormat(lever: GoalLever, locale: string, capacity: Capacity, t: TFunction<'goalSeek'>): LeverFormat {
  const digits = (d: number) => numberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
  // a bracket's width: two significant digits (a width of 0.0008 %/年 would read as 0.00)
  const small = (v: number) => numberFormat(locale, { maximumSignificantDigits: 2 }).format(v);
  if ('projectCapacity' in lever) return { format: (v) => capacity.format(v), unit: capacity.label };
  if ('routeShare' in lever) return { format: (v) => digits(2).format(v), unit: t('units.pct'), small };
  switch (lever.lever) {
    case 'pvBuildout':
    case 'windBuildout':
      return { format: (v) => capacity.format(v), unit: t('units.capacityPerYear', { unit: capacity.label }) };
    case 'gdpGrowth':
    case 'intensityDecline':
      return { format: (v) => digits(2).format(v), unit: t('units.pctPerYear'), small };
    case 'gridFactor':
      return { format: (v) => digits(4).format(v), unit: t('units.tCo2PerMWh'), small };
    case 'coalShare':
      return { format: (v) => digits(2).format(v), unit: t('units.pct'), small };
  }
}

/** A goal metric's value with its unit: % to two decimals, intensities to four, totals to one, a year as a year. */
export function metricText(v: number, unit: string, locale: string): string {
  if (unit === '年') return String(Math.round(v));
  const d = unit === '%' ? 2 : unit.includes('/') ? 4 : 1;
  const text = numberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
  return unit === '%' ? `${text} %` : `${text} ${unit}`;
}

/**
 * A distance from the goal or a tolerance: two significant digits, so 0.07 万tCO2 does not read as
 * 0.1; a difference of shares is in percentage points (`points`, the words of the UI language).
 */
export function smallText(v: number, unit: string, locale: string, points: string): string {
  const text = numberFormat(locale, { maximumSignificantDigits: 2 }).format(v);
  return unit === '%' ? `${text} ${points}` : unit === '年' ? text : `${text} ${unit}`;
}
