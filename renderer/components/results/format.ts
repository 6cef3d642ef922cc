import { numberLocale } from '../../i18n';
import { capacityFromMW, type CapacityUnit } from '../../../shared/model/units';
import { capacityUnitFor } from '../../features/settings/capacity-unit';

/** Display units of results and targets (the engine's unit strings map onto these). */
export const UNIT_IDS = ['wanTCo2', 'tCo2PerWanYuan', 'wanTce', 'tcePerWanYuan', 'pct', 'pp', 'yiKWh', 'yiYuan', 'mw', 'wanKw', 'year', 'wanRen', 'tCo2PerCapita', 'tCo2PerMWh', 'wanT', 'kgcePerT', 'wanM3'] as const;
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
  // 0.01 万千瓦 = 0.1 MW: a county's small hydro and rooftop PV stay visible
  wanKw: 2,
  year: 0,
  wanRen: 1,
  tCo2PerCapita: 2,
  // the published 电力平均二氧化碳排放因子 have four decimals (0.5366)
  tCo2PerMWh: 4,
  // 产量 as the statistics publish it (万吨, one decimal)
  wanT: 1,
  // 单位产品综合能耗 as the standards write their limits (GB 16780: 104.5 kgce/t of clinker… one decimal)
  kgcePerT: 1,
  // 森林蓄积量: the documents write whole 万立方米 (9,652万立方米); one decimal keeps a county's yearly growth visible
  wanM3: 1,
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
  万千瓦: 'wanKw',
  年: 'year',
  万人: 'wanRen',
  'tCO2/人': 'tCo2PerCapita',
  'tCO2/MWh': 'tCo2PerMWh',
  万t: 'wanT',
  'kgce/t': 'kgcePerT',
  '万m³': 'wanM3',
};

/** The unit of an engine unit string (`RESULT_UNITS`, `TargetStatus.unit`). */
export function unitOf(text: string): UnitId {
  const id = BY_TEXT[text];
  if (!id) throw new Error(`no display unit for '${text}'`);
  return id;
}

const cache = new Map<string, Intl.NumberFormat>();
/** Units written without trailing zeros, as the documents write them ('10 万千瓦', '2.5 万千瓦'). */
const TRIMMED: ReadonlySet<UnitId> = new Set(['wanKw']);

function nf(locale: string, decimals: number, signed: boolean, trimmed = false): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${signed ? 1 : 0}|${trimmed ? 1 : 0}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: trimmed ? 0 : decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(key, f);
  }
  return f;
}

export type NumberFormatter = {
  readonly lang: string;
  /** the unit capacities ('mw' values) are shown in */
  readonly capacity: CapacityUnit;
  /**
   * The unit a value of `unit` is shown in: 'mw' becomes 'wanKw' when capacity is shown in 万千瓦.
   * Charts draw `shown(v, unit)` on an axis of `shownUnit(unit)`.
   */
  shownUnit(unit: UnitId): UnitId;
  /** a value of `unit` in the unit it is shown in (capacity converted from MW, the rest as is) */
  shown(value: number, unit: UnitId): number;
  /** the number alone, in the unit's decimals ('1,234.5'); an 'mw' value in the capacity unit */
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
 * Capacities (unit 'mw', stored in MW) are shown in `capacity`: by default the
 * unit the settings give for `lang` (万千瓦 in Chinese, MW in English).
 */
export function makeFormatter(lang: string, unitLabel: (unit: UnitId) => string, capacity: CapacityUnit = capacityUnitFor(lang)): NumberFormatter {
  const locale = numberLocale(lang);
  const shownUnit = (unit: UnitId): UnitId => (unit === 'mw' && capacity === 'wanKw' ? 'wanKw' : unit);
  const shown = (value: number, unit: UnitId) => (unit === 'mw' ? capacityFromMW(value, capacity) : value);
  const num = (value: number, unit: UnitId, opts?: { signed?: boolean }) => {
    const u = shownUnit(unit);
    const d = UNIT_DECIMALS[u];
    const x = shown(value, unit);
    const v = Math.abs(x) < 0.5 * 10 ** -d ? 0 : x;
    return nf(locale, d, opts?.signed ?? false, TRIMMED.has(u)).format(v);
  };
  const withUnit = (value: number, unit: UnitId, opts?: { signed?: boolean }) => {
    const n = num(value, unit, opts);
    const u = unitLabel(shownUnit(unit));
    if (!u) return n;
    return unit === 'pct' ? `${n}${u}` : `${n} ${u}`;
  };
  const axisFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return { lang, capacity, shownUnit, shown, num, withUnit, unit: (u) => unitLabel(shownUnit(u)), axis: (v) => axisFormat.format(v) };
}
