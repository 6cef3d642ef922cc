import { describe, expect, it } from 'vitest';
import {
  gridPathSeries,
  matchGridFactorScope,
  publishedGridFactorPath,
  referencePathId,
  scopeDataPoints,
  type GridFactorEntry,
} from '../../../shared/model/grid-factor-path';
import { GRID_FACTOR_ENTRIES } from '../../../seeds/reference/grid-factors';

const src = { year: 2024, secondary: true };
const pub = (id: string, value: number): GridFactorEntry => ({ id, value, basis: 'published', source: src });

/** A small library of its own, so the arithmetic below does not move when the real one grows. */
const LIB: GridFactorEntry[] = [
  pub('gd-grid-2021', 0.5),
  pub('gd-grid-2022', 0.4),
  pub('mee-grid-southern-2021', 0.45),
  pub('mee-grid-southern-2022', 0.42),
  pub('mee-grid-southern-2023', 0.41),
  pub('mee-grid-national-2021', 0.6),
  // not a data-year entry of any scope: ignored
  pub('mee-grid-national-excl-market-2021', 0.9),
  { id: 'gd-grid-factor-path', points: [{ year: 2020, value: 0.5 }, { year: 2023, value: 0.45 }, { year: 2030, value: 0.3 }, { year: 2060, value: 0.05 }], basis: 'assumed', source: src },
  { id: 'grid-factor-lag-convention', value: 2, basis: 'assumed', source: { year: 2024, secondary: false } },
];

describe('scopeDataPoints', () => {
  it('takes the published factors by data year and fills a year published elsewhere from the assumed path', () => {
    // the southern table goes to data year 2023, Guangdong's to 2022: 2023 comes from the path's 2023 point, 0.45, assumed
    expect(scopeDataPoints(LIB, 'provincial').map((p) => [p.year, p.value, p.kind, p.refId])).toEqual([
      [2021, 0.5, 'published', 'gd-grid-2021'],
      [2022, 0.4, 'published', 'gd-grid-2022'],
      [2023, 0.45, 'assumed', 'gd-grid-factor-path'],
    ]);
    // the national scope has no path: its one published year stands alone (the excl-market entry is another series)
    expect(scopeDataPoints(LIB, 'national').map((p) => [p.year, p.value])).toEqual([[2021, 0.6]]);
  });
});

describe('publishedGridFactorPath', () => {
  const current = [
    { year: 2020, value: 0.7 },
    { year: 2022, value: 0.7 },
    { year: 2030, value: 0.33 },
    { year: 2050, value: 0.1 },
  ];

  it('places the data years, holds the first in the base year and keeps the scenario’s own points after the last', () => {
    const p = publishedGridFactorPath(LIB, 'regionalGrid', { baseYear: 2020, current })!;
    // 2020 holds the 2021 factor 0.45; 2021–2023 published; the scenario's 2030 and 2050 points follow (2020 and 2022 are replaced)
    expect(gridPathSeries(p)).toEqual([
      { year: 2020, value: 0.45 },
      { year: 2021, value: 0.45 },
      { year: 2022, value: 0.42 },
      { year: 2023, value: 0.41 },
      { year: 2030, value: 0.33 },
      { year: 2050, value: 0.1 },
    ]);
    expect(p.points.map((q) => q.kind)).toEqual(['held', 'published', 'published', 'published', 'projection', 'projection']);
    expect([p.lastDataYear, p.lastAccountingYear, p.projection]).toEqual([2023, 2023, 'scenario']);
  });

  it('with the lag, uses data year Y − 2 for accounting year Y', () => {
    const p = publishedGridFactorPath(LIB, 'provincial', { baseYear: 2020, current, lag: true })!;
    // 2021 data → 2023, 2022 → 2024, 2023 (assumed) → 2025; 2020 holds 0.5; the scenario's points after 2025: 2030, 2050
    expect(gridPathSeries(p)).toEqual([
      { year: 2020, value: 0.5 },
      { year: 2023, value: 0.5 },
      { year: 2024, value: 0.4 },
      { year: 2025, value: 0.45 },
      { year: 2030, value: 0.33 },
      { year: 2050, value: 0.1 },
    ]);
    expect([p.lagYears, p.lastDataYear, p.lastAccountingYear]).toEqual([2, 2023, 2025]);
  });

  it('follows the assumed path when asked, or when the scenario has no points after the data years', () => {
    const asked = publishedGridFactorPath(LIB, 'provincial', { baseYear: 2020, current, projection: 'referencePath' })!;
    // path points after 2023: 2030 0.3 and 2060 0.05
    expect(gridPathSeries(asked).slice(4)).toEqual([{ year: 2030, value: 0.3 }, { year: 2060, value: 0.05 }]);
    expect([asked.projection, asked.pathRefId]).toEqual(['referencePath', 'gd-grid-factor-path']);
    const expr = publishedGridFactorPath(LIB, 'provincial', { baseYear: 2020, current: { expr: '0.5 - 0.01 * (year - 2020)' } })!;
    expect(expr.projection).toBe('referencePath');
  });

  it('a number keeps its value from the year after the data; a scope without a path holds its last factor', () => {
    const n = publishedGridFactorPath(LIB, 'national', { baseYear: 2020, current: 0.55 })!;
    // 2020 held 0.6, 2021 0.6, then the scenario's 0.55 from 2022
    expect(gridPathSeries(n)).toEqual([{ year: 2020, value: 0.6 }, { year: 2021, value: 0.6 }, { year: 2022, value: 0.55 }]);
    const held = publishedGridFactorPath(LIB, 'national', { baseYear: 2021, current: { expr: 'year' } })!;
    // base year 2021 = the first data year: no held point; no path: nothing after
    expect([gridPathSeries(held), held.projection]).toEqual([[{ year: 2021, value: 0.6 }], 'held']);
    expect(referencePathId(LIB, 'national')).toBeNull();
    expect(referencePathId(LIB, 'provincial')).toBe('gd-grid-factor-path');
  });

  it('is null for a scope the library has no factor for', () => {
    expect(publishedGridFactorPath(LIB.slice(0, 2), 'national', { baseYear: 2020, current: 0.5 })).toBeNull();
  });
});

describe('matchGridFactorScope', () => {
  it('names the scope and lag a series follows up to its last data year, whatever comes after', () => {
    const regional = [{ year: 2020, value: 0.45 }, { year: 2021, value: 0.45 }, { year: 2022, value: 0.42 }, { year: 2023, value: 0.41 }, { year: 2040, value: 0.2 }];
    expect(matchGridFactorScope(LIB, regional, 2020)).toEqual({ scope: 'regionalGrid', lagYears: 0 });
    const lagged = [{ year: 2020, value: 0.5 }, { year: 2023, value: 0.5 }, { year: 2024, value: 0.4 }, { year: 2025, value: 0.45 }, { year: 2030, value: 0.3 }];
    expect(matchGridFactorScope(LIB, lagged, 2020)).toEqual({ scope: 'provincial', lagYears: 2 });
  });

  it('is null for a series edited by hand, a number or an expression', () => {
    // 2022 typed as 0.43 instead of the published 0.42
    const edited = [{ year: 2020, value: 0.45 }, { year: 2021, value: 0.45 }, { year: 2022, value: 0.43 }, { year: 2023, value: 0.41 }];
    expect(matchGridFactorScope(LIB, edited, 2020)).toBeNull();
    expect(matchGridFactorScope(LIB, 0.45, 2020)).toBeNull();
    expect(matchGridFactorScope(LIB, { expr: '0.45' }, 2020)).toBeNull();
  });
});

describe('the reference library', () => {
  it('builds the Guangdong provincial series the presets use: 2021 0.4715 and 2022 0.4403 published (secondary), 2023 0.4600 assumed', () => {
    const p = publishedGridFactorPath(GRID_FACTOR_ENTRIES, 'provincial', { baseYear: 2020, current: 0.4 })!;
    expect(p.points.filter((q) => q.kind !== 'projection').map((q) => [q.year, q.value, q.kind, q.refId, q.secondary])).toEqual([
      [2020, 0.4715, 'held', 'gd-grid-2021', true],
      [2021, 0.4715, 'published', 'gd-grid-2021', true],
      [2022, 0.4403, 'published', 'gd-grid-2022', true],
      // 0.4403 × 0.4042 / 0.3869 = 0.4600, the Southern grid's 2023 rise (gd-grid-factor-path)
      [2023, 0.46, 'assumed', 'gd-grid-factor-path', undefined],
    ]);
  });

  it('has the national and Southern grid series of data years 2021–2023 as published', () => {
    const values = (scope: 'national' | 'regionalGrid') => scopeDataPoints(GRID_FACTOR_ENTRIES, scope).map((q) => [q.year, q.value]);
    expect(values('national')).toEqual([[2021, 0.5568], [2022, 0.5366], [2023, 0.5306]]);
    expect(values('regionalGrid')).toEqual([[2021, 0.4326], [2022, 0.3869], [2023, 0.4042]]);
  });

  it('the presets’ grid factor matches the provincial scope by data year', () => {
    const preset = GRID_FACTOR_ENTRIES.find((e) => e.id === 'gd-grid-factor-path')!.points!;
    expect(matchGridFactorScope(GRID_FACTOR_ENTRIES, preset.map((p) => ({ ...p })), 2020)).toEqual({ scope: 'provincial', lagYears: 0 });
  });
});
