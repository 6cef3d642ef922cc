/**
 * The comparison's state as it sits in the URL (`#/compare?ids=a,b&years=2025,2030&b=b&lmdiYear=2030`),
 * so a comparison survives a reload and can be linked to from elsewhere (the report links back with the same ids).
 */
export type CompareQuery = {
  /** scenarios compared, in order; the first is the reference (A) the others are measured against */
  ids: string[];
  /** years of the key-figure table; null = the default years */
  years: number[] | null;
  /** scenario B of the LMDI decomposition (A is always the first); null = the second scenario */
  lmdiB: string | null;
  /** year of the LMDI decomposition; null = the default year */
  lmdiYear: number | null;
};

export const MIN_SCENARIOS = 2;
export const MAX_SCENARIOS = 4;

/** The raw (still percent-encoded) values of `key` in a query string. */
function rawParam(query: string, key: string): string | null {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const k = eq < 0 ? pair : pair.slice(0, eq);
    if (k === key) return eq < 0 ? '' : pair.slice(eq + 1);
  }
  return null;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Comma-separated list; each element is percent-encoded on its own, so ids may contain commas. */
function listParam(query: string, key: string): string[] {
  const raw = rawParam(query, key);
  if (!raw) return [];
  return raw.split(',').map(decode).filter(Boolean);
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2200;

export function parseCompareQuery(query: string): CompareQuery {
  const ids = [...new Set(listParam(query, 'ids'))].slice(0, MAX_SCENARIOS);
  const yearList = rawParam(query, 'years');
  const years =
    yearList === null ? null : [...new Set(listParam(query, 'years').map(Number).filter(isYear))].sort((a, b) => a - b);
  const b = rawParam(query, 'b');
  const lmdiYear = Number(rawParam(query, 'lmdiYear') ?? Number.NaN);
  return { ids, years, lmdiB: b ? decode(b) : null, lmdiYear: isYear(lmdiYear) ? lmdiYear : null };
}

/** The query string for `q` (without '?'); parameters left at their default are omitted. */
export function formatCompareQuery(q: CompareQuery): string {
  const parts: string[] = [];
  if (q.ids.length) parts.push(`ids=${q.ids.map(encodeURIComponent).join(',')}`);
  if (q.years) parts.push(`years=${q.years.join(',')}`);
  if (q.lmdiB) parts.push(`b=${encodeURIComponent(q.lmdiB)}`);
  if (q.lmdiYear !== null) parts.push(`lmdiYear=${q.lmdiYear}`);
  return parts.join('&');
}

/**
 * The link to the printable report of the same comparison (the report feature
 * owns that route): the same scenarios, table years and decomposition year, so
 * the paper shows what the screen shows.
 */
export function reportHref(q: Pick<CompareQuery, 'ids' | 'years' | 'lmdiYear'>): string {
  const years = q.years ? `&years=${q.years.join(',')}` : '';
  const lmdiYear = q.lmdiYear !== null ? `&lmdiYear=${q.lmdiYear}` : '';
  return `#/report?ids=${q.ids.map(encodeURIComponent).join(',')}${years}${lmdiYear}`;
}

/** Adds `id` at the end, or removes it; never more than `MAX_SCENARIOS`. */
export function toggleId(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((x) => x !== id);
  return ids.length >= MAX_SCENARIOS ? [...ids] : [...ids, id];
}

/** Moves `id` to the front: it becomes the reference (A). */
export function makeReference(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [id, ...ids.filter((x) => x !== id)] : [...ids];
}

