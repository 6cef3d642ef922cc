import type { Series, YearPoint } from './series';
import type { GridFactorScope } from './vocabulary';

/**
 * The 电力平均二氧化碳排放因子 series a grid-factor scope stands for, built
 * from the MEE/NBS factors published by data year (the reference library's
 * entries, passed in: shared/ reads no seed data) and continued beyond the
 * last data year by a projection that is always an assumption.
 */

/** What this module reads of a reference entry. */
export type GridFactorEntry = {
  id: string;
  value?: number;
  points?: readonly YearPoint[];
  basis: 'published' | 'derived' | 'assumed';
  source: { year: number; secondary: boolean };
};

export type PublishedGridScope = Exclude<GridFactorScope, 'custom'>;
export const PUBLISHED_GRID_SCOPES: readonly PublishedGridScope[] = ['provincial', 'regionalGrid', 'national'];

/**
 * The entries of each scope: one per data year (the id ends in the year), and
 * for Guangdong the assumed path that fills a data year not yet found and may
 * carry the series on. Matching ids by pattern picks up a new data year as
 * soon as the library records it.
 */
const SCOPE_ENTRIES: Record<PublishedGridScope, { data: RegExp; path?: string }> = {
  provincial: { data: /^gd-grid-(\d{4})$/, path: 'gd-grid-factor-path' },
  regionalGrid: { data: /^mee-grid-southern-(\d{4})$/ },
  national: { data: /^mee-grid-national-(\d{4})$/ },
};

/** The entry whose value is the publication lag this tool offers (its convention, not a rule). */
export const GRID_LAG_ENTRY = 'grid-factor-lag-convention';

/**
 * One point of the built series and where it comes from:
 * - `published`: the factor of data year `dataYear`, entry `refId` (`secondary` as the entry says);
 * - `assumed`: a data year the library has no published factor for, from the scope's assumed path `refId`;
 * - `held`: the base year, before the first data year, holding the first factor;
 * - `projection`: after the last data year, from the scenario's own series or the assumed path `refId`.
 */
export type GridFactorPoint = YearPoint & {
  kind: 'published' | 'assumed' | 'held' | 'projection';
  dataYear?: number;
  refId?: string;
  secondary?: boolean;
};

/** Where the series goes after the last data year. */
export type GridProjection = 'scenario' | 'referencePath';

export type GridFactorPath = {
  scope: PublishedGridScope;
  lagYears: number;
  points: GridFactorPoint[];
  /** the last data year of the series and the accounting year it is used for (data year + lag) */
  lastDataYear: number;
  lastAccountingYear: number;
  /** what carries the series on: the scenario's points, the assumed path, or nothing (the last value held flat) */
  projection: GridProjection | 'held';
  /** the assumed path's entry, when the projection follows it */
  pathRefId?: string;
};

export type GridPathOptions = {
  baseYear: number;
  /** the scenario's current series, whose points after the last data year are kept under the `scenario` projection */
  current: Series;
  /** use the factor of data year Y − lag for accounting year Y (the lag entry's value) */
  lag?: boolean;
  projection?: GridProjection;
};

const dataYearOf = (id: string, re: RegExp): number | null => {
  const m = re.exec(id);
  return m ? Number(m[1]) : null;
};

/** The publication lag the library records, in years (0 when the entry is missing). */
export function gridLagYears(entries: readonly GridFactorEntry[]): number {
  return entries.find((e) => e.id === GRID_LAG_ENTRY)?.value ?? 0;
}

/** The entry of the assumed path the library has to carry a scope's series on, or null. */
export function referencePathId(entries: readonly GridFactorEntry[], scope: PublishedGridScope): string | null {
  const id = SCOPE_ENTRIES[scope].path;
  return id !== undefined && entries.some((e) => e.id === id && e.points?.length) ? id : null;
}

/**
 * The factors of a scope by data year: the published ones, then any data year
 * published for another scope but not this one, filled from the scope's
 * assumed path (the announcements cover every scope at once, so such a year is
 * a gap in what was found, not in what exists).
 */
export function scopeDataPoints(entries: readonly GridFactorEntry[], scope: PublishedGridScope): GridFactorPoint[] {
  const { data, path } = SCOPE_ENTRIES[scope];
  const published = entries
    .flatMap((e): GridFactorPoint[] => {
      const y = dataYearOf(e.id, data);
      return y !== null && e.value !== undefined && e.basis === 'published'
        ? [{ year: y, value: e.value, kind: 'published', dataYear: y, refId: e.id, secondary: e.source.secondary }]
        : [];
    })
    .sort((a, b) => a.year - b.year);
  if (!published.length) return [];
  const latestAny = Math.max(
    ...entries.flatMap((e) => PUBLISHED_GRID_SCOPES.map((s) => (e.basis === 'published' ? dataYearOf(e.id, SCOPE_ENTRIES[s].data) : null)).filter((y): y is number => y !== null)),
  );
  const pathEntry = path ? entries.find((e) => e.id === path) : undefined;
  const filled: GridFactorPoint[] = [];
  for (let y = published[published.length - 1]!.year + 1; y <= latestAny; y++) {
    const p = pathEntry?.points?.find((q) => q.year === y);
    if (!p) break;
    filled.push({ year: y, value: p.value, kind: 'assumed', dataYear: y, refId: pathEntry!.id });
  }
  return [...published, ...filled];
}

/** The scenario's own projection after `after`: its points beyond that year, or a number held from the next year; null for an expression or none. */
function ownProjection(current: Series, after: number): YearPoint[] | null {
  if (typeof current === 'number') return [{ year: after + 1, value: current }];
  if (!Array.isArray(current)) return null;
  const later = current.filter((p) => p.year > after);
  return later.length ? later.map((p) => ({ year: p.year, value: p.value })) : null;
}

/**
 * The series of `scope`: the data years' factors (placed at data year + lag
 * when the lag is chosen), the base year holding the first of them, then the
 * projection. The scenario's own projection is kept where it has one; an
 * expression, or a series with nothing after the data years, takes the
 * scope's assumed path, or else holds the last factor. Null when the library
 * has no factor for the scope.
 */
export function publishedGridFactorPath(entries: readonly GridFactorEntry[], scope: PublishedGridScope, opts: GridPathOptions): GridFactorPath | null {
  const data = scopeDataPoints(entries, scope);
  if (!data.length) return null;
  const lagYears = opts.lag ? gridLagYears(entries) : 0;
  const placed = data.map((p) => ({ ...p, year: p.year + lagYears }));
  const first = placed[0]!;
  const last = placed[placed.length - 1]!;
  const held: GridFactorPoint[] = opts.baseYear < first.year ? [{ year: opts.baseYear, value: first.value, kind: 'held', dataYear: first.dataYear, refId: first.refId, secondary: first.secondary }] : [];
  const base = { scope, lagYears, lastDataYear: last.dataYear!, lastAccountingYear: last.year };
  const pathId = SCOPE_ENTRIES[scope].path;
  const referencePath = (): GridFactorPoint[] | null => {
    const pts = pathId ? entries.find((e) => e.id === pathId)?.points?.filter((p) => p.year > last.year) : undefined;
    return pts?.length ? pts.map((p) => ({ year: p.year, value: p.value, kind: 'projection', refId: pathId })) : null;
  };
  const own = (opts.projection ?? 'scenario') === 'scenario' ? ownProjection(opts.current, last.year) : null;
  if (own) return { ...base, points: [...held, ...placed, ...own.map((p): GridFactorPoint => ({ ...p, kind: 'projection' }))], projection: 'scenario' };
  const path = referencePath();
  if (path) return { ...base, points: [...held, ...placed, ...path], projection: 'referencePath', pathRefId: pathId };
  return { ...base, points: [...held, ...placed], projection: 'held' };
}

/** The plain series of a built path, as the scenario stores it. */
export const gridPathSeries = (p: GridFactorPath): YearPoint[] => p.points.map((q) => ({ year: q.year, value: q.value }));

const SLACK = 1e-9;

/**
 * The published scope (and lag) the series follows up to its last data year,
 * or null: a number or an expression, or points that differ from every scope's
 * published factors (edited by hand, or a custom series).
 */
export function matchGridFactorScope(
  entries: readonly GridFactorEntry[],
  series: Series,
  baseYear: number,
): { scope: PublishedGridScope; lagYears: number } | null {
  if (!Array.isArray(series)) return null;
  const lags = [false, ...(gridLagYears(entries) > 0 ? [true] : [])];
  for (const scope of PUBLISHED_GRID_SCOPES) {
    for (const lag of lags) {
      const built = publishedGridFactorPath(entries, scope, { baseYear, current: series, lag });
      if (!built) continue;
      const want = built.points.filter((p) => p.kind !== 'projection');
      const have = series.filter((p) => p.year <= built.lastAccountingYear);
      if (want.length === have.length && want.every((p, i) => p.year === have[i]!.year && Math.abs(p.value - have[i]!.value) <= SLACK)) {
        return { scope, lagYears: built.lagYears };
      }
    }
  }
  return null;
}
