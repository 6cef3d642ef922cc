import { describe, expect, it } from 'vitest';
import { parseHash, routeHash, type Route } from '../../../renderer/navigation/route';
import { isTextEditing, undoKeyOf } from '../../../renderer/app/useUndoShortcuts';
import { collectDataSources } from '../../../renderer/app/data-sources';
import { testScenario } from '../db/fixtures';

describe('hash routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'library' }],
    ['#/', { name: 'library' }],
    ['#/library', { name: 'library' }],
    ['#/nowhere', { name: 'library' }],
    ['#/scenario/u-abc', { name: 'scenario', id: 'u-abc' }],
    ['#/scenario/', { name: 'library' }],
    ['#/scenario/%E6%B8%85', { name: 'scenario', id: '清' }],
    ['#/scenario/%E0%A4%A', { name: 'scenario', id: '%E0%A4%A' }],
    // the scenario's results and roll-up tabs; any other view is its inputs
    ['#/scenario/u-abc?view=results', { name: 'scenario', id: 'u-abc', view: 'results' }],
    ['#/scenario/u-abc?view=rollup', { name: 'scenario', id: 'u-abc', view: 'rollup' }],
    ['#/scenario/u-abc?view=edit', { name: 'scenario', id: 'u-abc' }],
    ['#/scenario/u-abc?view=charts', { name: 'scenario', id: 'u-abc' }],
    ['#/compare', { name: 'compare', query: '' }],
    ['#/compare?ids=a,b', { name: 'compare', query: 'ids=a,b' }],
    ['#/report/qingyuan-policy', { name: 'report', id: 'qingyuan-policy' }],
    ['#/report/qingyuan-policy?lang=en', { name: 'report', id: 'qingyuan-policy', lang: 'en' }],
    ['#/report/qingyuan-policy?lang=fr', { name: 'report', id: 'qingyuan-policy' }],
    // the baseline of the contributions: an id, none (`-`, not an id), or the report's own choice
    ['#/report/qingyuan-policy?baseline=qingyuan-baseline', { name: 'report', id: 'qingyuan-policy', baseline: 'qingyuan-baseline' }],
    ['#/report/p?lang=en&baseline=-', { name: 'report', id: 'p', lang: 'en', baseline: null }],
    ['#/report/p?baseline=u-%E6%B8%85', { name: 'report', id: 'p', baseline: 'u-清' }],
    ['#/report/p?baseline=', { name: 'report', id: 'p' }],
    ['#/report?ids=a,b,c', { name: 'compareReport', ids: ['a', 'b', 'c'] }],
    ['#/report?ids=qingyuan-baseline,,u-%E6%B8%85&lang=zh', { name: 'compareReport', ids: ['qingyuan-baseline', 'u-清'], lang: 'zh' }],
    ['#/report?lang=en&ids=a', { name: 'compareReport', ids: ['a'], lang: 'en' }],
    // the compare page's table years (sorted, junk dropped) and decomposition year
    ['#/report?ids=a,b&years=2035,2025,x&lmdiYear=2030', { name: 'compareReport', ids: ['a', 'b'], years: [2025, 2035], lmdiYear: 2030 }],
    ['#/report?ids=a,b&years=&lmdiYear=abc', { name: 'compareReport', ids: ['a', 'b'], years: [] }],
    ['#/report', { name: 'library' }],
    ['#/report?ids=', { name: 'library' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('round-trips', () => {
    const routes: Route[] = [
      { name: 'library' },
      { name: 'scenario', id: 'a b/c' },
      { name: 'scenario', id: 'a b/c', view: 'results' },
      { name: 'scenario', id: 'a b/c', view: 'rollup' },
      { name: 'compare', query: 'ids=x' },
      { name: 'report', id: 'r' },
      { name: 'report', id: 'r', lang: 'en' },
      { name: 'report', id: 'r', baseline: 'b c' },
      { name: 'report', id: 'r', lang: 'zh', baseline: null },
      { name: 'compareReport', ids: ['a', 'b c', 'x,y'] },
      { name: 'compareReport', ids: ['a'], lang: 'zh' },
      { name: 'compareReport', ids: ['a', 'b'], lang: 'en', years: [2025, 2040], lmdiYear: 2035 },
    ];
    for (const r of routes) expect(parseHash(routeHash(r))).toEqual(r);
  });
});

describe('undo shortcuts', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
    undoKeyOf({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

  it('maps Ctrl/Cmd+Z, Ctrl+Y and Shift+Cmd+Z', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('Z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('x', { ctrlKey: true })).toBeNull();
  });

  it('leaves text fields to the browser but not sliders or buttons', () => {
    const input = (type: string) => Object.assign(document.createElement('input'), { type });
    expect(isTextEditing(input('text'))).toBe(true);
    expect(isTextEditing(input('number'))).toBe(true);
    expect(isTextEditing(document.createElement('textarea'))).toBe(true);
    expect(isTextEditing(input('range'))).toBe(false);
    expect(isTextEditing(input('checkbox'))).toBe(false);
    expect(isTextEditing(document.createElement('button'))).toBe(false);
    expect(isTextEditing(null)).toBe(false);
  });
});

describe('collectDataSources', () => {
  const ref = (refId: string, citation: string) => ({ kind: 'reference', refId, citation, year: 2006 }) as const;
  const doc = { kind: 'document', file: '000_plan.txt', line: 3 } as const;
  const a = testScenario('a', { sources: { populationWan: ref('ipcc-coal', 'IPCC 2006'), 'economy.baseGdpYiYuan': doc } });
  const b = testScenario('b', { sources: { populationWan: ref('ipcc-gas', 'IPCC gas factors') } });
  b.targets[0]!.source = { kind: 'reference', refId: 'gb', citation: 'GB/T 2589-2020' };

  it('lists each publication and document once, by its publisher when known', () => {
    const ipcc = { publisher: 'IPCC', document: '2006 Guidelines', year: 2006 };
    const lookup = (id: string) => (id.startsWith('ipcc') ? ipcc : undefined);
    expect(collectDataSources([a, b], lookup)).toEqual({
      references: ['GB/T 2589-2020', 'IPCC · 2006 Guidelines (2006)'],
      documents: ['000_plan.txt'],
    });
  });

  it('falls back to the citation and its year', () => {
    expect(collectDataSources([a]).references).toEqual(['IPCC 2006']);
    expect(collectDataSources([b]).references).toEqual(['GB/T 2589-2020', 'IPCC gas factors (2006)']);
  });
});
