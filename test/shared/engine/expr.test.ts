import { describe, expect, it } from 'vitest';
import { compileExpression, evaluateYears, type CompiledExpr } from '../../../shared/engine/expr';
import { IssueError, type IssueBody } from '../../../shared/model/issue-codes';

/** Compiles (must succeed) and evaluates for 2020–2030 with base year 2020. */
function values(text: string, baseValue?: number): number[] {
  const c = compileExpression(text);
  if (!c.ok) throw new Error(`did not compile: ${c.error.code}`);
  const out = new Float64Array(11);
  evaluateYears(c.compiled, out, 2020, 2020, baseValue);
  return [...out];
}

function rejected(text: string): { error: IssueBody; position?: number } {
  const c = compileExpression(text);
  expect(c.ok, `${text} should be rejected`).toBe(false);
  if (c.ok) throw new Error('unreachable');
  return c;
}

/** What evaluating `text` for 2020 on (base year 2020) throws: the issue it names. */
function failure(text: string, years = 5): IssueBody {
  const c = compileExpression(text);
  if (!c.ok) throw new Error(`${text} did not compile`);
  try {
    evaluateYears(c.compiled, new Float64Array(years), 2020, 2020, undefined);
  } catch (err) {
    if (err instanceof IssueError) return err.issue;
    throw err;
  }
  throw new Error(`${text} evaluated`);
}

const said = (code: string, params: Record<string, unknown> = {}) => ({ code, params });

describe('compile cache', () => {
  it('returns the same compiled object for the same text', () => {
    const a = compileExpression('interp(2021, 6, 2030, 4.5) + 0 * year');
    const b = compileExpression('interp(2021, 6, 2030, 4.5) + 0 * year');
    expect(a.ok).toBe(true);
    expect(b).toBe(a);
    if (a.ok && b.ok) expect(b.compiled.fn).toBe(a.compiled.fn);
  });

  it('different text compiles separately; errors are cached too', () => {
    const a = compileExpression('year + 1');
    const b = compileExpression('year + 2');
    expect(b).not.toBe(a);
    const bad1 = compileExpression('year +');
    expect(compileExpression('year +')).toBe(bad1);
  });

  it('a cached expression still evaluates per year and per base value', () => {
    expect(values('growth(10)', 100)[1]).toBeCloseTo(110, 10);
    // same text, other base value: 50 × 1.1 = 55
    expect(values('growth(10)', 50)[1]).toBeCloseTo(55, 10);
  });

  it('knows whether the year matters', () => {
    const uses = (t: string) => (compileExpression(t) as { compiled: CompiledExpr }).compiled.usesYear;
    expect(uses('year - 2000')).toBe(true);
    expect(uses('growth(2)')).toBe(true); // helpers read the year
    expect(uses('2 * 3 + pi')).toBe(false);
  });
});

describe('helpers and arithmetic', () => {
  it('year, constants, the allowed maths functions', () => {
    expect(values('year - 2000')).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    expect(values('2 * 3')).toEqual(Array(11).fill(6));
    expect(values('max(0, 5 - (year - 2020))')).toEqual([5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0]);
    expect(values('year >= 2025 ? 1 : 0')).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(values('round(sqrt(16) + abs(-1) + pow(2, 3) + floor(1.7) + ceil(0.2) + log10(100) + exp(0) + log(e))')).toEqual(Array(11).fill(19));
  });

  it('interp: linear between pairs, held flat outside them', () => {
    // 2025: 6 + (4.5 − 6) × (2025 − 2021) / (2030 − 2021) = 6 − 1.5 × 4/9 = 5.333333
    const v = values('interp(2021, 6, 2030, 4.5)');
    expect(v[0]).toBe(6); // 2020, before the first pair
    expect(v[1]).toBe(6);
    expect(v[5]).toBeCloseTo(5.333333, 6);
    expect(v[10]).toBe(4.5);
  });

  it('step: each value from its year; the first one before', () => {
    expect(values('step(2022, 3, 2026, 8)')).toEqual([3, 3, 3, 3, 3, 3, 8, 8, 8, 8, 8]);
  });

  it('growth(rate) compounds the base value; growth(rate, base) an explicit one', () => {
    // 50 × 1.02^5 = 55.204040; 100 × 0.98² = 96.04
    expect(values('growth(2)', 50)[5]).toBeCloseTo(55.20404, 6);
    expect(values('growth(2)', 50)[0]).toBe(50);
    expect(values('growth(-2, 100)')[2]).toBeCloseTo(96.04, 10);
  });

  it('helper misuse fails at evaluation with its issue', () => {
    expect(failure('step(2030, 1, 2025, 2)', 3)).toEqual(said('expr.helperYears', { name: 'step' }));
    expect(failure('growth(3)', 3)).toEqual(said('expr.growthBase'));
  });

  it('a non-finite or non-number value names the year', () => {
    expect(failure('1 / (year - 2022)')).toEqual(said('expr.value', { value: Infinity, year: 2022 }));
    // text is refused when compiled, so a non-number never reaches a year
    expect(compileExpression('"abc"').ok).toBe(false);
    // ranges and matrices are refused when compiled, before any year is evaluated
    const m = compileExpression('1:3');
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.error).toEqual(said('expr.notAllowed', { kind: 'range' }));
    const a = compileExpression('[1, 2] * year');
    expect(a.ok).toBe(false);
  });

  it('numbers only (mathjs/number): the root of a negative is NaN, never a complex number, and is reported', () => {
    // sqrt(2021 - year) is 1, 0, then sqrt(-1): in full mathjs a Complex, here NaN
    const c = compileExpression('sqrt(2021 - year)');
    expect(c.ok).toBe(true);
    expect(failure('sqrt(2021 - year)', 3)).toEqual(said('expr.value', { value: NaN, year: 2022 }));
    // log(-1) in 2020: NaN (or log(0) = −Infinity in 2021, should NaN pass)
    expect(failure('log(year - 2021)', 3)).toEqual(said('expr.value', { value: NaN, year: 2020 }));
  });
});

describe('errors name what is wrong and where', () => {
  it('syntax errors carry the 1-based position', () => {
    expect(rejected('1 +')).toMatchObject({ error: said('expr.syntax', { detail: 'Unexpected end of expression' }), position: 4 });
    expect(rejected('2 * (year - 2020')).toMatchObject({
      error: said('expr.syntax', { detail: expect.stringMatching(/Parenthesis \) expected/) }),
      position: 17,
    });
    expect(rejected('interp(2021, 6,, 2030)')).toMatchObject({ position: 16 });
  });

  it('unknown variables and functions are named, with their position', () => {
    expect(rejected('x + 1')).toEqual({ ok: false, error: said('expr.unknownVariable', { name: 'x' }), position: 1 });
    expect(rejected('year + gdp')).toMatchObject({ error: said('expr.unknownVariable', { name: 'gdp' }), position: 8 });
    expect(rejected('sin(year)')).toMatchObject({ error: said('expr.unknownFunction', { name: 'sin' }), position: 1 });
    expect(rejected('5 cm')).toMatchObject({ error: said('expr.unknownVariable', { name: 'cm' }) });
  });
});

describe('security: the expression language is closed', () => {
  const dangerous = ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'compile', 'resolve', 'reviver'];

  it.each(dangerous)('%s(…) cannot be called', (fn) => {
    for (const text of [`${fn}("1")`, `${fn}("x^2", "x")`, `2 * ${fn}("year")`, `max(1, ${fn}("1"))`]) {
      expect(rejected(text).error).toEqual(said('expr.unknownFunction', { name: fn }));
    }
  });

  it.each(dangerous)('%s cannot be reached indirectly', (fn) => {
    for (const text of [fn, `(${fn})("1")`, `f = ${fn}`, `${fn}.call(1)`, `[${fn}][1]("1")`]) rejected(text);
  });

  it('rejects assignment, function definition, blocks, objects, property and index access', () => {
    const notAllowed = (kind: string) => said('expr.notAllowed', { kind });
    expect(rejected('a = 1').error).toEqual(notAllowed('assignment'));
    expect(rejected('year = 2030').error).toEqual(notAllowed('assignment'));
    expect(rejected('f(x) = x ^ 2').error).toEqual(notAllowed('functionassignment'));
    expect(rejected('1; 2').error).toEqual(notAllowed('block'));
    expect(rejected('{a: 1}').error).toEqual(notAllowed('object'));
    for (const text of ['{a: 1}.a', '[1, 2][1]', 'year.constructor', 'year["constructor"]']) {
      expect(rejected(text).error.code).toBe('expr.notAllowed');
    }
  });

  it('rejects other mathjs functions (only the listed helpers exist)', () => {
    for (const fn of ['matrix', 'unit', 'config', 'typed', 'chain', 'format', 'print', 'help', 'map', 'forEach', 'eval']) {
      expect(rejected(`${fn}(1)`).error).toEqual(said('expr.unknownFunction', { name: fn }));
    }
  });
});

describe('interp hits its points exactly', () => {
  it('interp(2021, 3.7, 2030, 0) is exactly 0 in 2030 (not −4.4e-16)', () => {
    // the straight formula 3.7 + (0 − 3.7) × 9 / 9 rounds to −4.440892e-16
    expect(3.7 + ((0 - 3.7) * 9) / 9).toBeLessThan(0);
    expect(values('interp(2021, 3.7, 2030, 0)')[10]).toBe(0);
    expect(values('interp(2020, 0.01, 2025, 0.99, 2030, 0.5)')[5]).toBe(0.99);
  });
});
