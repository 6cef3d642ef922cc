import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileExpression, type CompiledExpr } from '../../../shared/engine/expr';
import { context } from '../../../shared/engine/expr-helpers';
import { MAX_EXPRESSION_CHARS, MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_NODES } from '../../../shared/engine/expr-limits';
import { validateScenario } from '../../../shared/model/validate';
import type { IssueBody } from '../../../shared/model/issue-codes';
import { makeScenario } from '../../helpers/make-scenario';
import { json } from '../build';

/**
 * Evaluations are counted through `Math.log`, which the native closures and
 * mathjs's `log` both call once per `log(…)` evaluated. The spy stops a run
 * that evaluates far too often (an argument evaluated twice at each of 28
 * levels is 2^28 calls) instead of letting it run for minutes.
 */
function countLogCalls(limit = 100_000): { calls: () => number } {
  const log = Math.log;
  let n = 0;
  vi.spyOn(Math, 'log').mockImplementation((x: number) => {
    if (++n > limit) throw new Error(`Math.log called more than ${limit} times`);
    return log(x);
  });
  return { calls: () => n };
}

afterEach(() => {
  vi.restoreAllMocks();
});

function compiled(text: string): CompiledExpr {
  const r = compileExpression(text);
  if (!r.ok) throw new Error(`did not compile: ${r.error.code}`);
  return r.compiled;
}

/** `log(log(…log(year)…))`, `n` calls deep. */
const logChain = (n: number) => `${'log('.repeat(n)}year${')'.repeat(n)}`;

function refused(text: string): { error: IssueBody; position?: number } {
  const r = compileExpression(text);
  if (r.ok) throw new Error('expected the expression to be refused');
  return r;
}

describe('each argument is evaluated once', () => {
  it('a 28-level log chain costs 28 log evaluations a year, natively and on mathjs', () => {
    const c = compiled(logChain(28));
    expect(c.native).toBeDefined();
    const spy = countLogCalls();
    context.year = 2020;
    c.native!();
    // each of the 28 calls evaluated once (an argument evaluated twice would make it 2^28 − 1):
    // 2020 → 7.61 → 2.03 → 0.708 → −0.346, whose log the native form answers NaN without
    // calling Math.log; NaN from there on. So 27 natively, and 28 on mathjs, which calls it anyway
    expect(spy.calls()).toBe(27);
    c.fn.evaluate({ year: 2020 });
    expect(spy.calls()).toBe(27 + 28);
  });

  // [expression, Math.log calls per evaluation, counted by hand: one per log(…) reached]
  const CASES: [string, number][] = [
    ['abs(log(year))', 1],
    ['exp(log(year) / 10)', 1],
    ['sqrt(log(year))', 1],
    ['log10(log(year))', 1],
    ['log(log(year))', 2],
    ['floor(log(year))', 1],
    ['ceil(log(year))', 1],
    ['round(log(year))', 1],
    ['round(log(year), 2)', 1], // mathjs only: no native two-argument round
    ['floor(log(year), 1)', 1],
    ['pow(log(year), log(year))', 2],
    ['log(year) ^ log(year)', 2],
    ['min(log(year), log(year), 9)', 2],
    ['max(log(year), 1)', 1],
    ['growth(log(year))', 1],
    ['growth(log(year), log(year))', 2],
    ['interp(2020, log(year), 2030, log(year))', 2],
    ['step(2020, log(year), 2025, 1)', 1],
    ['-log(year) * log(year) + log(year) / log(year)', 4],
    ['log(year) mod 3', 1], // mathjs only
    ['year > 2025 ? log(year) : 2 * log(year)', 1], // only the branch taken
  ];

  it.each(CASES)('%s: %i log evaluation(s), natively and on mathjs', (text, expected) => {
    const c = compiled(text);
    context.year = 2024;
    context.baseYear = 2020;
    context.baseValue = 50;
    const spy = countLogCalls();
    if (c.native) {
      c.native();
      expect(spy.calls()).toBe(expected);
    }
    const before = spy.calls();
    c.fn.evaluate({ year: 2024 });
    expect(spy.calls() - before).toBe(expected);
  });
});

describe('compilation bounds the size of an expression', () => {
  it('10,000 opening brackets: too deep, before mathjs parses them (no stack overflow)', () => {
    const text = `${'('.repeat(10_000)}1${')'.repeat(10_000)}`;
    const r = refused(text);
    expect(r.error).toEqual({ code: 'expr.tooDeep', params: { limit: MAX_EXPRESSION_DEPTH } });
    // the first bracket past the limit
    expect(r.position).toBe(MAX_EXPRESSION_DEPTH + 1);
  });

  it('a 100,000-term 1 + 1 + …: too long (no stack overflow)', () => {
    const text = Array(100_000).fill('1').join('+'); // 100,000 ones and 99,999 pluses
    expect(refused(text).error).toEqual({ code: 'expr.tooLong', params: { limit: MAX_EXPRESSION_CHARS, length: 199_999 } });
  });

  it('depth counts calls, brackets and operators; the limit itself is accepted', () => {
    expect(compileExpression(logChain(MAX_EXPRESSION_DEPTH)).ok).toBe(true);
    expect(refused(logChain(MAX_EXPRESSION_DEPTH + 1)).error.code).toBe('expr.tooDeep');
    // unary minus nests without brackets: 65 of them put the 1 at level 65
    expect(compileExpression(`${'-'.repeat(MAX_EXPRESSION_DEPTH)}1`).ok).toBe(true);
    expect(refused(`${'-'.repeat(MAX_EXPRESSION_DEPTH + 1)}1`).error.code).toBe('expr.tooDeep');
    // so do powers: 2^2^…^2 is right-nested
    expect(refused(Array(MAX_EXPRESSION_DEPTH + 2).fill('2').join('^')).error.code).toBe('expr.tooDeep');
  });

  it('a long sum is one level, but its size is bounded', () => {
    // 200 terms (999 characters): 200 names and 199 operators = 399 nodes, a single chain
    expect(compileExpression(Array(200).fill('year').join('+')).ok).toBe(true);
    expect(compileExpression(Array(200).fill('year').join('*')).ok).toBe(true);
    // 300 terms: 599 nodes
    expect(refused(Array(300).fill('1').join('+')).error).toEqual({ code: 'expr.tooLarge', params: { limit: MAX_EXPRESSION_NODES } });
  });

  it('the depth of a 24-level log(1 + …) chain is within the bounds and it validates in a scenario', () => {
    // log → add → log → add …: 24 calls and 24 additions, 48 levels
    const expr = `${'log(1 + '.repeat(24)}year${')'.repeat(24)}`;
    // log(1 + x) < x and stays positive: 2020 → 7.6 → 2.2 → 1.2 → … a positive population every year
    const input = json(makeScenario((s) => {
      s.populationWan = { expr };
    }));
    const spy = countLogCalls();
    expect(validateScenario(input).ok).toBe(true);
    // 24 log evaluations in each of the 11 years 2020–2030 (doubling at each level: 2^24 − 1 a year)
    expect(spy.calls()).toBe(24 * 11);
  });
});
