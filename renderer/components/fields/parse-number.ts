import { numberFormat } from './number-format';

/**
 * Locale-aware number parsing for typed input. Planners paste figures from
 * Chinese documents and spreadsheets, so besides "1234.5" we accept grouped
 * "1,234.5", full-width digits and punctuation ("１２３４．５", "－3"), the
 * ideographic full stop as a decimal point and the Unicode minus sign.
 * Ambiguous grouping ("1,5") is rejected rather than read as 15.
 */
export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'empty' | 'nan' };

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** Normalises full-width and typographic characters to ASCII, then drops spaces. */
export function normalizeNumberText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014\uFE63]/g, '-')
    .replace(/[\u3002\uFF61]/g, '.')
    .replace(/[\u3001]/g, ',')
    .replace(/[\s\u00A0\u2009\u202F']/g, '');
}

export function parseNumber(text: string): ParsedNumber {
  const s = normalizeNumberText(text);
  if (s === '') return { ok: false, reason: 'empty' };
  let plain: string;
  if (PLAIN.test(s)) plain = s;
  else if (GROUPED.test(s)) plain = s.replace(/,/g, '');
  else return { ok: false, reason: 'nan' };
  const value = Number(plain);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'nan' };
}

/** How a stored number is shown in an input: grouped, no float noise, and parseable by `parseNumber`. */
export function formatForInput(value: number | undefined, locale: string, grouping = true, maxFractionDigits = 6): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return numberFormat(locale, { maximumFractionDigits: maxFractionDigits, useGrouping: grouping }).format(value);
}
