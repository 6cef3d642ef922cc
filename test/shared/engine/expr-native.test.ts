import { describe, expect, it } from 'vitest';
import { compileExpression, evaluateYears, type CompiledExpr } from '../../../shared/engine/expr';

/** The native closures must give the very numbers mathjs gives (or fail in the same years). */
function both(text: string, baseValue?: number): { native: Float64Array | string; mathjs: Float64Array | string; hasNative: boolean } {
  const r = compileExpression(text);
  if (!r.ok) throw new Error(r.error.code);
  const run = (c: CompiledExpr) => {
    const out = new Float64Array(41);
    try {
      evaluateYears(c, out, 2020, 2020, baseValue);
      return out;
    } catch (e) {
      return (e as Error).message;
    }
  };
  return { native: run(r.compiled), mathjs: run({ fn: r.compiled.fn, usesYear: r.compiled.usesYear }), hasNative: !!r.compiled.native };
}

const SAME = [
  'interp(2020, 5, 2030, 3.7, 2060, 0)',
  'interp(2020, -1.5, 2025, 2)',
  'step(2020, 1, 2026, 2, 2031, 3)',
  'growth(4.5, 100)',
  'growth(-2)',
  '2 + 3 * year / 7 - (year - 2020) ^ 2 / 1000',
  '-interp(2020, 5, 2040, 1) + max(1, 2, year - 2030)',
  'min(year - 2025, 3) * pi + e',
  'abs(2030 - year) + sqrt(year) + log(year) + log10(year) + exp(-1)',
  'round(year / 4 - 0.5) + floor(year / 3) + ceil(year / 7) + pow(1.01, year - 2020)',
  'round(-2.5) + year * 0',
  'interp(2020, 1, 2030, year / 1000)',
  '5 * growth(1.2) / interp(2020, 2, 2060, 4)',
];

describe('native expression closures', () => {
  it.each(SAME)('%s: identical to mathjs in every year, and runs natively', (text) => {
    const r = both(text, 50);
    expect(r.hasNative).toBe(true);
    expect(r.native).toEqual(r.mathjs);
  });

  it('fails in the same way (a non-finite year) as mathjs', () => {
    // sqrt of a negative number: mathjs gives a complex number, native NaN; both are refused for 2020
    const r = both('sqrt(2025 - year - 10)');
    expect(typeof r.native).toBe('string');
    expect(typeof r.mathjs).toBe('string');
    expect(r.native).toMatch(/2020/);
    expect(r.mathjs).toMatch(/2020/);
    const g = both('growth(3)');
    expect(g.native).toMatch(/^expr\.growthBase/);
    expect(g.mathjs).toMatch(/^expr\.growthBase/);
  });

  it('leaves what it cannot map exactly to mathjs', () => {
    // modulo and two-argument round have no plain-JS twin here
    expect(both('year mod 4').hasNative).toBe(false);
    expect(both('round(year / 3, 2)').hasNative).toBe(false);
    // a malformed pair list is left to mathjs, which fails with the helper's issue
    const bad = both('interp(2030, 1, 2020, 2)');
    expect(bad.hasNative).toBe(false);
    expect(bad.mathjs).toMatch(/^expr\.helperYears/);
  });
});
