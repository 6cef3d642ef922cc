import { numberLocale } from '../../i18n';

/** Display units of results and targets (the engine's unit strings map onto these). */
export const UNIT_IDS = ['wanTCo2', 'tCo2PerWanYuan', 'wanTce', 'tcePerWanYuan', 'pct', 'pp', 'yiKWh', 'yiYuan', 'mw', 'year', 'wanRen', 'tCo2PerCapita', 'tCo2PerMWh'] as const;
export type UnitId = (typeof UNIT_IDS)[number];

/** Decimals shown per unit: enough to see a year-on-year change, no more than the inputs justify. */
export const UNIT_DECIMALS: Record<UnitId, number> = {
  wanTCo2: 1,
  tCo2PerWanYuan: 3,
  wanTce: 1,
  tcePerWanYuan: 3,
  pct: 1,
  pp: 1,
  yiKWh: 1,
  yiYuan: 1,
  mw: 0,
  year: 0,
  wanRen: 1,
  tCo2PerCapita: 2,
  // the published 电力平均二氧化碳排放因子 have four decimals (0.5366)
  tCo2PerMWh: 4,
};

const BY_TEXT: Record<string, UnitId> = {
  万tCO2: 'wanTCo2',
  'tCO2/万元': 'tCo2PerWanYuan',
  万tce: 'wanTce',
  'tce/万元': 'tcePerWanYuan',
  '%': 'pct',
  亿kWh: 'yiKWh',
  亿元: 'yiYuan',
  MW: 'mw',
  年: 'year',
  万人: 'wanRen',
  'tCO2/人': 'tCo2PerCapita',
  'tCO2/MWh': 'tCo2PerMWh',
};

/** The unit of an engine unit string (`RESULT_UNITS`, `TargetStatus.unit`). */
export function unitOf(text: string): UnitId {
  const id = BY_TEXT[text];
  if (!id) throw new Error(`no display unit for '${text}'`);
  return id;
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${signed ? 1 : 0}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(key, f);
  }
  return f;
}

export type NumberFormatter = {
  readonly lang: string;
  /** the number alone, in the unit's decimals ('1,234.5') */
  num(value: number, unit: UnitId, opts?: { signed?: boolean }): string;
  /** number and unit ('1,234.5 万tCO2', '23.4%') */
  withUnit(value: number, unit: UnitId, opts?: { signed?: boolean }): string;
  /** the unit's label in the UI language */
  unit(unit: UnitId): string;
  /** tick labels of a value axis: as many decimals as the tick needs, at most 3 */
  axis(value: number): string;
};

/**
 * Formats numbers for `lang` (Intl, grouped by locale). Rounding that would
 * show '-0.0' shows '0.0'. `unitLabel` gives the translated unit text.
 */
export function makeFormatter(lang: string, unitLabel: (unit: UnitId) => string): NumberFormatter {
  const locale = numberLocale(lang);
  const num = (value: number, unit: UnitId, opts?: { signed?: boolean }) => {
    const d = UNIT_DECIMALS[unit];
    const v = Math.abs(value) < 0.5 * 10 ** -d ? 0 : value;
    return nf(locale, d, opts?.signed ?? false).format(v);
  };
  const withUnit = (value: number, unit: UnitId, opts?: { signed?: boolean }) => {
    const n = num(value, unit, opts);
    const u = unitLabel(unit);
    if (!u) return n;
    return unit === 'pct' ? `${n}${u}` : `${n} ${u}`;
  };
  const axisFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return { lang, num, withUnit, unit: unitLabel, axis: (v) => axisFormat.format(v) };
}
