import type { CapacityUnit } from '../model/units';

/** How the project-ledger import (ledger-import.ts) reads a capacity's unit, in a header or a cell. */

/** Lower case, NFKC (full-width → ASCII), no spaces, `*`, `:` or line breaks. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s*:：_-]+/g, '');
}

/** A unit found in a file: its name as the preview shows it, and its factor to MW. */
export type LedgerUnit = { label: string; toMW: number };

/** Capacity units → MW (1 万千瓦 = 10^4 kW = 10 MW). */
const CAPACITY_UNITS: [RegExp, number, string][] = [
  [/^(万千瓦|万kw|万kwp|10mw)$/, 10, '万千瓦'],
  [/^(mw|mwp|兆瓦|mwac|mwdc)$/, 1, 'MW'],
  [/^(kw|kwp|千瓦)$/, 0.001, 'kW'],
  [/^(gw|gwp|吉瓦|百万千瓦)$/, 1000, 'GW'],
];
export const CAPACITY_UNIT_TAIL = /(万千瓦|万kwp?|mwp?|兆瓦|kwp?|千瓦|gwp?|吉瓦|百万千瓦)$/;

export function capacityUnit(text: string): LedgerUnit | null {
  const t = normalizeText(text);
  for (const [re, toMW, label] of CAPACITY_UNITS) if (re.test(t)) return { label, toMW };
  return null;
}

/** The unit a capacity column without one in its header is read in: the unit the planner works in. */
export const SETTING_UNITS: Record<CapacityUnit, LedgerUnit> = { mw: { label: 'MW', toMW: 1 }, wanKw: { label: '万千瓦', toMW: 10 } };
