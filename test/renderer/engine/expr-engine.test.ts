import { describe, expect, it } from 'vitest';
import { resolveYears } from '../../../renderer/components/fields/series-convert';
import { loadExprEngine, loadedExprEngine } from '../../../renderer/engine/expr-engine';

describe('expression engine on the main thread (loaded after the first paint)', () => {
  it('resolves numbers and point lists without it, expressions only once it has loaded', async () => {
    expect(loadedExprEngine()).toBeNull();
    // 2020–2022: a constant, and a point list 1 → 3 (linear: 1, 2, 3)
    expect([...resolveYears(5, 2020, 2022)!]).toEqual([5, 5, 5]);
    expect([...resolveYears([{ year: 2020, value: 1 }, { year: 2022, value: 3 }], 2020, 2022)!]).toEqual([1, 2, 3]);
    const expr = { expr: 'interp(2020, 1, 2022, 3)' };
    // unknown while loading, and not remembered as unknown
    expect(resolveYears(expr, 2020, 2022)).toBeNull();
    await loadExprEngine();
    expect(loadedExprEngine()).not.toBeNull();
    expect([...resolveYears(expr, 2020, 2022)!]).toEqual([1, 2, 3]);
  });
});
