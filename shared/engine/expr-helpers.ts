/**
 * LEAP-style helpers shared by the mathjs instance (expr.ts) and the native
 * closures (expr-native.ts), so both forms compute the same numbers.
 */

import { issue, IssueError } from '../model/issue-codes';

/** The year being evaluated and what `growth` compounds from. Set by `evaluateYears`. */
export const context = { year: 0, baseYear: 0, baseValue: Number.NaN as number };

export function pairs(name: string, args: number[]): void {
  if (args.length < 2 || args.length % 2 !== 0) {
    throw new IssueError(issue('expr.helperPairs', { name }));
  }
  for (let i = 2; i < args.length; i += 2) {
    if (args[i]! <= args[i - 2]!) throw new IssueError(issue('expr.helperYears', { name }));
  }
}

/** Linear interpolation between (year, value) pairs, held flat outside them. */
export function interp(...args: number[]): number {
  pairs('interp', args);
  return interpAt(args, context.year);
}

export function interpAt(args: readonly number[], y: number): number {
  if (y <= args[0]!) return args[1]!;
  for (let i = 2; i < args.length; i += 2) {
    const y1 = args[i]!;
    // exactly the given value at a given year (the formula below can miss it by an ulp: 3.7 → 0 gives −4e-16)
    if (y === y1) return args[i + 1]!;
    if (y < y1) {
      const y0 = args[i - 2]!;
      const v0 = args[i - 1]!;
      return v0 + ((args[i + 1]! - v0) * (y - y0)) / (y1 - y0);
    }
  }
  return args[args.length - 1]!;
}

/** Value `v_i` from `year_i` until the next year given; the first value before it. */
export function step(...args: number[]): number {
  pairs('step', args);
  return stepAt(args, context.year);
}

export function stepAt(args: readonly number[], y: number): number {
  let v = args[1]!;
  for (let i = 0; i < args.length; i += 2) if (y >= args[i]!) v = args[i + 1]!;
  return v;
}

/** Compound growth of `rate` % a year from the base year: base·(1+rate/100)^(year−baseYear). */
export function growth(rate: number, base?: number): number {
  const b = base ?? context.baseValue;
  if (!Number.isFinite(b)) {
    throw new IssueError(issue('expr.growthBase'));
  }
  return b * Math.pow(1 + rate / 100, context.year - context.baseYear);
}

