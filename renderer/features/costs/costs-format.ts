import { numberLocale } from '../../i18n';

/**
 * Money and cost figures as planners write them: 亿元 with two decimals (a county's
 * yearly sums are often below one 亿元), 万元 whole, 元/kWh with three (度电成本 0.312),
 * 元/kW and 元/吨 as whole yuan. The engine's figures are shown as they come.
 */
export type CostFormat = {
  yi(v: number, opts?: { signed?: boolean }): string;
  wan(v: number): string;
  perKWh(v: number): string;
  yuan(v: number, opts?: { signed?: boolean }): string;
  /** any other figure (hours, years, %) with `decimals` */
  plain(v: number, decimals?: number): string;
};

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: string, decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${signed ? 1 : 0}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: signed ? 'exceptZero' : 'auto' });
    cache.set(key, f);
  }
  return f;
}

/** Rounding that would show '-0.0' shows '0.0'. */
const fmt = (lang: string, v: number, d: number, signed = false) => nf(lang, d, signed).format(Math.abs(v) < 0.5 * 10 ** -d ? 0 : v);

export function costFormat(lang: string): CostFormat {
  return {
    yi: (v, o) => fmt(lang, v, 2, o?.signed),
    wan: (v) => fmt(lang, v, 0),
    perKWh: (v) => fmt(lang, v, 3),
    yuan: (v, o) => fmt(lang, v, 0, o?.signed),
    plain: (v, d = 0) => fmt(lang, v, d),
  };
}
