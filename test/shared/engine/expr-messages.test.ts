import { describe, expect, it } from 'vitest';
import { compileExpression, evaluateYears } from '../../../shared/engine/expr';
import { FUNCTION_ARITY } from '../../../shared/engine/expr-check';
import { IssueError, type IssueBody } from '../../../shared/model/issue-codes';

const said = (code: string, params: Record<string, unknown> = {}) => ({ code, params });

function refused(text: string): { error: IssueBody; position?: number } {
  const c = compileExpression(text);
  if (c.ok) throw new Error(`${text} should be refused`);
  return { error: c.error, position: c.position };
}

/** `n` arguments, each a different function of the year. */
const args = (n: number) => Array.from({ length: n }, (_, i) => `year - ${2000 + i}`).join(', ');

describe('every allowed function checks its number of arguments when compiled', () => {
  it('pow(year): in the app\'s words, not typed-function internals', () => {
    expect(refused('pow(year)')).toEqual({ error: said('expr.arity', { name: 'pow', count: 2, got: 1 }), position: 1 });
    expect(refused('2 * sqrt()')).toEqual({ error: said('expr.arity', { name: 'sqrt', count: 1, got: 0 }), position: 5 });
  });

  it('growth(1, 2, 3) is refused, not evaluated without its third argument', () => {
    expect(refused('growth(1, 2, 3)')).toEqual({ error: said('expr.arityRange', { name: 'growth', min: 1, max: 2, got: 3 }), position: 1 });
  });

  it('pair helpers need an even number of arguments, at least two', () => {
    expect(refused('interp(2021, 6, 2030)').error).toEqual(said('expr.pairs', { name: 'interp', count: 3 }));
    expect(refused('step(2021)').error).toEqual(said('expr.pairs', { name: 'step', count: 1 }));
    expect(refused('min()').error).toEqual(said('expr.arityAtLeast', { name: 'min', count: 1, got: 0 }));
  });

  // for each function: a count it accepts and one it refuses
  const counts: Record<string, [ok: number, bad: number]> = {
    interp: [4, 5], step: [2, 0], growth: [2, 3], min: [3, 0], max: [1, 0], abs: [1, 2], exp: [1, 2], sqrt: [1, 0],
    log10: [1, 2], log: [2, 3], pow: [2, 3], round: [2, 3], floor: [2, 3], ceil: [1, 3],
  };

  it('the table covers every allowed function', () => {
    expect(Object.keys(counts).sort()).toEqual(Object.keys(FUNCTION_ARITY).sort());
  });

  it.each(Object.entries(counts))('%s', (name, [ok, bad]) => {
    // pair helpers need increasing years: 2020, 2030, … in the year positions
    const good = name === 'interp' || name === 'step'
      ? Array.from({ length: ok }, (_, i) => (i % 2 === 0 ? 2020 + 5 * i : i)).join(', ')
      : args(ok);
    expect(compileExpression(`${name}(${good})`).ok).toBe(true);
    const { code, params } = refused(`${name}(${args(bad)})`).error;
    expect(code).toMatch(/^expr\.(arity|arityRange|arityAtLeast|pairs)$/);
    expect(params).toMatchObject({ name });
    expect(code === 'expr.pairs' ? (params as { count: number }).count : (params as { got: number }).got).toBe(bad);
  });

  it('no argument count reaches mathjs at evaluation time', () => {
    // each of these used to compile and fail (or pass silently) in some year
    for (const text of ['abs()', 'round(1, 2, 3)', 'log(1, 2, 3)', 'max()', 'pow(1)', 'floor(1, 2, 3)']) {
      expect(refused(text).error.code).toMatch(/^expr\.arity/);
    }
  });
});

describe('non-finite numbers', () => {
  it('1e999 is refused when compiled, with its position', () => {
    expect(refused('1e999')).toEqual({ error: said('expr.numberTooLarge', { number: '1e999' }), position: 1 });
    expect(refused('year * 2.5E+400 - 1')).toEqual({ error: said('expr.numberTooLarge', { number: '2.5E+400' }), position: 8 });
    // the largest double is finite and accepted
    expect(compileExpression('1.7976931348623157e308 + 0 * year').ok).toBe(true);
  });

  it('a value that overflows in some year says it must be finite', () => {
    // 1e300 × 1e10 = 1e310 > 1.8e308: Infinity in every year
    const c = compileExpression('1e300 * 1e10 + 0 * year');
    if (!c.ok) throw new Error(c.error.code);
    let thrown: unknown;
    try {
      evaluateYears(c.compiled, new Float64Array(2), 2020, 2020, undefined);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(IssueError);
    expect((thrown as IssueError).issue).toEqual(said('expr.value', { value: Infinity, year: 2020 }));
  });
});

describe('other misuse, named in the app\'s words', () => {
  it('operators mathjs/number does not define', () => {
    expect(refused('year!').error).toEqual(said('expr.operator', { op: '!' }));
    expect(refused("year'").error).toEqual(said('expr.operator', { op: "'" }));
    expect(refused('year & 1').error).toEqual(said('expr.operator', { op: '&' }));
  });

  it('text, null and undefined are not values', () => {
    expect(refused('sqrt("a")').error).toEqual(said('expr.text', { text: 'a' }));
    expect(refused('null + year').error).toEqual(said('expr.constant', { value: 'null' }));
  });
});

describe('issues stay short whatever the input', () => {
  it('a 32,000-character name: too long, not "Invalid regular expression"', () => {
    const r = refused('a'.repeat(32_000));
    expect(r.error).toEqual(said('expr.tooLong', { limit: 1000, length: 32_000 }));
  });

  it('a long unknown name is quoted by its start', () => {
    const name = 'x'.repeat(900);
    const r = refused(`year + ${name}`);
    // 59 characters of the name and an ellipsis
    expect(r.error).toEqual(said('expr.unknownVariable', { name: `${'x'.repeat(59)}…` }));
    expect(r.position).toBe(8);
    expect(refused(`${name}(1)`).error).toEqual(said('expr.unknownFunction', { name: `${'x'.repeat(59)}…` }));
  });

  it('a name with regular-expression characters is found, not compiled into a pattern', () => {
    // `$` is a name character in mathjs; the position search used to build a RegExp from the name
    expect(refused('year + a$b').position).toBe(8);
  });

  it('text the parser quotes is cut too', () => {
    // two numbers side by side: mathjs quotes the second, here 250 digits (1.1e249, finite)
    expect(refused(`1 ${'1'.repeat(250)}`)).toEqual({ error: said('expr.syntax', { detail: `Unexpected part "${'1'.repeat(59)}…"` }), position: 3 });
  });
});
