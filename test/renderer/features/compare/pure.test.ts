import { describe, expect, it } from 'vitest';
import { decomposeCo2 } from '../../../../shared/engine/lmdi';
import { runScenario } from '../../../../shared/engine/run';
import {
  defaultTableYears,
  formatCompareQuery,
  lmdiYearFor,
  makeReference,
  parseCompareQuery,
  reportHref,
  toggleId,
} from '../../../../renderer/features/compare/compare-query';
import {
  againstReference,
  commonYears,
  keyFigures,
  peakFigures,
} from '../../../../renderer/features/compare/key-figures';
import { stackParts, waterfallSteps } from '../../../../renderer/features/compare/lmdi-waterfall';
import { cellVerdict, targetMatrix } from '../../../../renderer/features/compare/target-matrix';
import { presetScenario } from '../results/preset';

describe('compare query', () => {
  it('reads ids, years, B and the LMDI year, and writes them back', () => {
    const q = parseCompareQuery(
      'ids=qingyuan-baseline,qingyuan-policy&years=2035,2025,x&b=qingyuan-policy&lmdiYear=2035',
    );
    expect(q).toEqual({
      ids: ['qingyuan-baseline', 'qingyuan-policy'],
      years: [2025, 2035],
      lmdiB: 'qingyuan-policy',
      lmdiYear: 2035,
    });
    expect(formatCompareQuery(q)).toBe(
      'ids=qingyuan-baseline,qingyuan-policy&years=2025,2035&b=qingyuan-policy&lmdiYear=2035',
    );
  });

  it('keeps ids with commas and odd characters intact, drops duplicates and keeps at most four', () => {
    const ids = ['a,b', 'ü 1', 'c', 'd', 'e'];
    const q = parseCompareQuery(formatCompareQuery({ ids, years: null, lmdiB: null, lmdiYear: null }));
    expect(q.ids).toEqual(ids.slice(0, 4));
    expect(parseCompareQuery('ids=a,a,b').ids).toEqual(['a', 'b']);
    expect(reportHref(['a,b', 'c'])).toBe('#/report?ids=a%2Cb,c');
  });

  it('tells default years (absent) from no years (empty), and ignores junk', () => {
    expect(parseCompareQuery('ids=a,b').years).toBeNull();
    expect(parseCompareQuery('ids=a,b&years=').years).toEqual([]);
    expect(parseCompareQuery('lmdiYear=abc').lmdiYear).toBeNull();
    expect(parseCompareQuery('').ids).toEqual([]);
  });

  it('adds at the end up to four, removes, and moves the reference to the front', () => {
    expect(toggleId(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggleId(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(toggleId(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(makeReference(['a', 'b', 'c'], 'c')).toEqual(['c', 'a', 'b']);
  });

  it('clips the default table years to the horizon', () => {
    expect(defaultTableYears(2020, 2060)).toEqual([2025, 2030, 2035, 2060]);
    expect(defaultTableYears(2020, 2035)).toEqual([2025, 2030, 2035]);
    expect(defaultTableYears(2020, 2024)).toEqual([2024]);
    expect(lmdiYearFor(2040, [2020, 2030, 2040])).toBe(2040);
    expect(lmdiYearFor(2070, [2020, 2030, 2040])).toBe(2030);
    expect(lmdiYearFor(null, [2020, 2021])).toBe(2021);
    expect(lmdiYearFor(null, [])).toBeNull();
  });
});

describe('key figures', () => {
  it('measures every scenario against the first, in units and in %', () => {
    expect(againstReference([200, 150, null, 200])).toEqual([
      { value: 200, diff: null, diffPct: null },
      { value: 150, diff: -50, diffPct: -25 },
      { value: null, diff: null, diffPct: null },
      { value: 200, diff: 0, diffPct: 0 },
    ]);
    expect(againstReference([0, 5])[1]).toEqual({ value: 5, diff: 5, diffPct: null });
    expect(againstReference([2030, 2027], false)[1]).toEqual({ value: 2027, diff: -3, diffPct: null });
  });

  it('reads the engine results of the presets', () => {
    const a = runScenario(presetScenario('qingyuan-baseline'));
    const b = runScenario(presetScenario('qingyuan-policy'));
    const [fa, fb] = keyFigures([a, b], 'co2', 2030);
    expect(fa!.value).toBe(a.years[10]!.co2);
    expect(fb!.diff).toBeCloseTo(b.years[10]!.co2 - a.years[10]!.co2, 9);
    expect(keyFigures([a, b], 'co2', 2070)[1]).toEqual({ value: null, diff: null, diffPct: null });
    expect(peakFigures([a, b]).co2[1]!.diff).toBeCloseTo(b.peak.co2 - a.peak.co2, 9);
    expect(commonYears([a, b])).toHaveLength(41);
  });
});

describe('target matrix', () => {
  it('groups the targets of each scenario by metric and period', () => {
    const runs = ['qingyuan-policy', 'shaoguan-policy'].map((id) => runScenario(presetScenario(id)));
    const rows = targetMatrix(runs);
    const total = runs.reduce((n, r) => n + r.targets.length, 0);
    expect(rows.reduce((n, row) => n + row.cells.flat().length, 0)).toBe(total);
    const peak2030 = rows.find((r) => r.key === 'peakYear-2030')!;
    expect(peak2030.cells.map((c) => c.length)).toEqual([1, 1]);
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort((x, y) => x - y));
    expect(cellVerdict([])).toBe('none');
  });
});

describe('LMDI waterfall', () => {
  it('lifts each visible bar on an invisible base, split at zero', () => {
    expect(stackParts({ start: 10, end: 4 })).toEqual({ base: 4, above: 6, below: 0 });
    expect(stackParts({ start: -2, end: -9 })).toEqual({ base: -2, above: 0, below: -7 });
    expect(stackParts({ start: 3, end: -5 })).toEqual({ base: 0, above: 3, below: -5 });
    expect(stackParts({ start: 0, end: -5 })).toEqual({ base: 0, above: 0, below: -5 });
  });

  it('walks the running sum from zero to the total over the drivers that move it', () => {
    const a = runScenario(presetScenario('qingyuan-baseline'));
    const b = runScenario(presetScenario('qingyuan-policy'));
    const lmdi = decomposeCo2(a.years[10]!, b.years[10]!);
    const steps = waterfallSteps(lmdi, (k) => k);
    const drivers = steps.slice(0, -1);
    expect(drivers[0]!.start).toBe(0);
    drivers.slice(1).forEach((s, i) => expect(s.start).toBe(drivers[i]!.end));
    expect(drivers.at(-1)!.end).toBeCloseTo(lmdi.total, 9);
    expect(steps.at(-1)).toMatchObject({ key: 'total', start: 0, end: lmdi.total, kind: 'total' });
    for (const s of drivers) expect(s.kind).toBe(s.end > s.start ? 'up' : 'down');
  });
});
