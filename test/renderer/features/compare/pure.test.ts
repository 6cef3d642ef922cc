import { describe, expect, it } from 'vitest';
import { decomposeCo2 } from '../../../../shared/engine/lmdi';
import { runScenario } from '../../../../shared/engine/run';
import {
  formatCompareQuery,
  makeReference,
  parseCompareQuery,
  reportHref,
  toggleId,
} from '../../../../renderer/features/compare/compare-query';
import { stackParts, waterfallSteps } from '../../../../renderer/features/compare/lmdi-waterfall';
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
    expect(reportHref({ ids: ['a,b', 'c'], years: null, lmdiYear: null })).toBe('#/report?ids=a%2Cb,c');
    // the report shows the years and the decomposition year chosen here
    expect(reportHref({ ids: ['a', 'b'], years: [2025, 2040], lmdiYear: 2035 })).toBe('#/report?ids=a,b&years=2025,2040&lmdiYear=2035');
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
