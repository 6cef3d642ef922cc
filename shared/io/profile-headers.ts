import type { ProfileKind, ProfileUnit } from '../model/hourly';

/**
 * How the hourly-profile import (profile-import.ts) reads a header row: which
 * profile a column holds, in which unit, and which column is the time column.
 * Headers are Chinese or English, matched loosely (full-width characters,
 * case, spaces, `*` and `_` ignored); the unit is in brackets (`负荷(MW)`,
 * `光伏出力 [kW]`, `wind (p.u.)`), after a slash (`负荷/MW`) or at the end
 * (`load_mw`, `光伏%`).
 */

/** Lower case, NFKC (full-width → ASCII), no spaces, `*`, `:`, `_`, `-` or line breaks. */
export const normalizeHeader = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s*:：_-]+/g, '');

const KIND_NAMES: Record<ProfileKind, readonly string[]> = {
  load: ['负荷', '用电负荷', '全社会负荷', '全社会用电负荷', '供电负荷', '网供负荷', '统调负荷', '用电', 'load', 'demand', 'electricityload', 'electricitydemand', 'powerdemand'],
  pv: ['光伏', '光伏发电', '太阳能', '太阳能发电', '分布式光伏', 'pv', 'solar', 'solarpv', 'photovoltaic', 'photovoltaics'],
  wind: ['风电', '风力发电', '风力', '风能', 'wind', 'windfarm'],
  hydro: ['水电', '水力发电', '小水电', '水电站', 'hydro', 'hydropower', 'hydroelectric', 'hydroelectricity'],
};

/** Words that say a column is output or a curve, not what it is of: `光伏出力` is `光伏`, `wind power` is `wind`. */
const TRAILING_WORDS = ['出力', '发电量', '发电', '功率', '曲线', '电量', '实测', 'output', 'generation', 'power', 'profile', 'measured'];

const TIME_NAMES = ['时间', '时刻', '小时', '日期', '日期时间', '时段', '序号', '时序', 'hour', 'hours', 'time', 'datetime', 'date', 'timestamp', 'hourofyear', 'h'];

const KIND_INDEX = new Map<string, ProfileKind>();
for (const [kind, names] of Object.entries(KIND_NAMES) as [ProfileKind, readonly string[]][]) {
  for (const n of names) KIND_INDEX.set(normalizeHeader(n), kind);
}
const TIME_INDEX = new Set(TIME_NAMES.map(normalizeHeader));

/** A unit a header may name: the stored unit and the factor the values are multiplied by to be in it. */
export type ReadUnit = { unit: ProfileUnit; factor: number };

/**
 * Units by what a header writes. 万千瓦 and GW are kept as MW (×10, ×1000), 万千瓦时 as MWh:
 * the stored units are the few a profile may state, and only the shape is used.
 */
const UNITS: [RegExp, ReadUnit][] = [
  [/^(mw|兆瓦)$/, { unit: 'MW', factor: 1 }],
  [/^(kw|千瓦)$/, { unit: 'kW', factor: 1 }],
  [/^(万千瓦|万kw|10mw)$/, { unit: 'MW', factor: 10 }],
  [/^(gw|吉瓦|百万千瓦)$/, { unit: 'MW', factor: 1000 }],
  [/^(mwh|兆瓦时)$/, { unit: 'MWh', factor: 1 }],
  [/^(kwh|千瓦时|度)$/, { unit: 'kWh', factor: 1 }],
  [/^(万千瓦时|万kwh)$/, { unit: 'MWh', factor: 10 }],
  [/^(p\.?u\.?|标幺值?|标么值?|perunit)$/, { unit: 'pu', factor: 1 }],
  [/^(%|百分比|百分数|pct|percent)$/, { unit: 'pct', factor: 1 }],
];
/** A unit written straight after the name, without brackets (`负荷MW`, `load_kw`, `光伏%`); longest first. */
const UNIT_TAIL = /(万千瓦时|万kwh|万千瓦|万kw|兆瓦时|千瓦时|兆瓦|千瓦|吉瓦|mwh|kwh|mw|kw|gw|p\.?u\.?|%)$/;

export function readUnit(text: string): ReadUnit | null {
  const t = normalizeHeader(text);
  for (const [re, u] of UNITS) if (re.test(t)) return u;
  return null;
}

function kindOf(base: string): ProfileKind | null {
  let b = base;
  for (;;) {
    const kind = KIND_INDEX.get(b);
    if (kind) return kind;
    const word = TRAILING_WORDS.find((w) => b.length > w.length && b.endsWith(w));
    if (!word) return null;
    b = b.slice(0, -word.length);
  }
}

/** `负荷(MW)` → base `负荷`, unit `MW`; `load_mw` → `load`, `mw`; `负荷` → `负荷`, no unit. */
export function splitProfileHeader(header: string): { base: string; unit: string | null } {
  const h = header.normalize('NFKC').trim();
  const bracket = /[([{【<]([^)\]}】>]*)[)\]}】>]/.exec(h);
  if (bracket) {
    const base = normalizeHeader(h.slice(0, bracket.index) + h.slice(bracket.index + bracket[0].length));
    return { base, unit: normalizeHeader(bracket[1]!) || null };
  }
  const slash = /^(.*?)[/／]\s*([^/／]+)$/.exec(h);
  if (slash && normalizeHeader(slash[1]!)) return { base: normalizeHeader(slash[1]!), unit: normalizeHeader(slash[2]!) };
  const n = normalizeHeader(h);
  if (!kindOfEither(n) && !isTime(n)) {
    const tail = UNIT_TAIL.exec(n);
    if (tail && tail.index > 0 && kindOfEither(n.slice(0, tail.index))) return { base: n.slice(0, tail.index), unit: tail[1]! };
  }
  return { base: n, unit: null };
}

export type HeaderCell =
  | { role: 'time' }
  | { role: 'profile'; kind: ProfileKind; unitText: string | null; unit: ReadUnit | null }
  | { role: 'unknown' };

/** A name in both languages, `负荷 Load` or `光伏/PV`: its Chinese and English parts, when it is that. */
function bilingual(base: string): [string, string] | null {
  const m = /^([\u3400-\u9fff]+)[/|]?([a-z][a-z.]*)$/.exec(base);
  return m ? [m[1]!, m[2]!] : null;
}

const isTime = (base: string) => TIME_INDEX.has(base) || (bilingual(base)?.every((p) => TIME_INDEX.has(p)) ?? false);

function kindOfEither(base: string): ProfileKind | null {
  const kind = kindOf(base);
  if (kind) return kind;
  const parts = bilingual(base);
  if (!parts) return null;
  const [zh, en] = parts.map(kindOf);
  return zh && zh === en ? zh : null;
}

/** What one header cell names. */
export function readHeaderCell(header: string): HeaderCell {
  const { base, unit } = splitProfileHeader(header);
  if (isTime(base)) return { role: 'time' };
  const kind = kindOfEither(base);
  if (!kind) return { role: 'unknown' };
  return { role: 'profile', kind, unitText: unit, unit: unit === null ? null : readUnit(unit) };
}
