import { HOURS_IN_YEAR, PROFILE_KINDS, type ProfileKind } from '../model/hourly';
import { toCsv, type CsvCell } from './csv';

/**
 * A blank hourly-profile file to fill in and import (profile-import.ts): a
 * header naming each profile in Chinese and English with its unit, and 8,760
 * rows numbered by the hour of the year (1 = 1 January 00:00–01:00). Hours are
 * numbers, not dates, so Excel does not turn them into dates of the year it is
 * opened in. The profile cells are empty: nothing made up is ever imported.
 * Columns not measured are deleted before importing; a leap year takes 24 more rows.
 */

const NAMES: Record<ProfileKind, string> = { load: '负荷 Load', pv: '光伏 PV', wind: '风电 Wind', hydro: '水电 Hydro' };

export const PROFILE_TEMPLATE_HEADER: readonly string[] = ['时间 Hour', ...PROFILE_KINDS.map((k) => `${NAMES[k]} (MW)`)];

/** The template as CSV text (UTF-8 with BOM, as Excel on Chinese Windows reads it). */
export function profileTemplateCsv(): string {
  const rows: CsvCell[][] = [[...PROFILE_TEMPLATE_HEADER]];
  for (let h = 1; h <= HOURS_IN_YEAR; h++) rows.push([h, null, null, null, null]);
  return toCsv(rows);
}
