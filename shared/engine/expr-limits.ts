import type { MathNode } from 'mathjs';
import { echo } from '../model/echo';
import { issue, type IssueBody } from '../model/issue-codes';

/**
 * Bounds on the size of an expression. Planners write expressions of a few
 * dozen characters (the longest real ones, an `interp` through every year of
 * 2020–2060, are about 500) nested a few levels deep. The bounds are several
 * times that, and small enough that any accepted expression costs at most a
 * few hundred node evaluations a year (well under a millisecond, even on
 * mathjs), and that mathjs's recursive-descent parser (about 4 kB of stack
 * per bracket: some 250 brackets fit in V8's default stack) never comes near
 * the call-stack limit, in Node, a worker or a page.
 */
export const MAX_EXPRESSION_CHARS = 1000;
/**
 * Levels of brackets, calls and operators below the top (`log(1 + year)` has two); a chain
 * `a + b + c` (or `a * b / c`) is one level.
 */
export const MAX_EXPRESSION_DEPTH = 64;
/** Numbers, names, operators and calls. */
export const MAX_EXPRESSION_NODES = 500;

export type LimitProblem = { ok: false; error: IssueBody; position?: number };

/** Also the problem of a parser that overflowed the stack all the same. */
export const TOO_DEEP = issue('expr.tooDeep', { limit: MAX_EXPRESSION_DEPTH });

// A decimal literal as mathjs reads it, not part of a name (`x1e999`) or of another number.
const NUMBER = /(?<![\w.])(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;

/**
 * What can be told from the text alone, before mathjs parses it: its parser
 * recurses once per bracket, so deep brackets must never reach it.
 */
export function checkText(text: string): LimitProblem | null {
  let depth = 0;
  // the brackets that fit in the length allowed: a text too long and too deep is named by its depth
  for (let i = 0; i < Math.min(text.length, MAX_EXPRESSION_CHARS + 1); i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') {
      if (++depth > MAX_EXPRESSION_DEPTH) return { ok: false, error: TOO_DEEP, position: i + 1 };
    } else if (c === ')' || c === ']' || c === '}') depth--; // unbalanced brackets: the parser names them
  }
  if (text.length > MAX_EXPRESSION_CHARS) {
    return { ok: false, error: issue('expr.tooLong', { limit: MAX_EXPRESSION_CHARS, length: text.length }) };
  }
  // 1e999 would be Infinity: named here, with its position, not as a value in some year
  for (const m of text.matchAll(NUMBER)) {
    if (!Number.isFinite(Number(m[0]))) {
      return { ok: false, error: issue('expr.numberTooLarge', { number: echo(m[0]) }), position: m.index + 1 };
    }
  }
  return null;
}

type Node = MathNode & { type: string; fn?: unknown; args?: MathNode[] };

const CHAIN: Record<string, string> = { add: '+', subtract: '+', multiply: '*', divide: '*' };

/** The left operand continues its parent's chain: `a + b + c` is add(add(a, b), c). */
function continuesChain(child: Node, parent: Node): boolean {
  if (child.type !== 'OperatorNode' || parent.type !== 'OperatorNode') return false;
  if (child.args?.length !== 2 || parent.args?.length !== 2 || parent.args[0] !== child) return false;
  const c = CHAIN[child.fn as string];
  return c !== undefined && c === CHAIN[parent.fn as string];
}

/** Depth and size of a parsed expression, walked without recursion and abandoned at the first bound passed. */
export function checkTree(root: MathNode): LimitProblem | null {
  const stack: [Node, number][] = [[root as Node, 0]];
  let nodes = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_EXPRESSION_DEPTH) return { ok: false, error: TOO_DEEP };
    if (++nodes > MAX_EXPRESSION_NODES) {
      return { ok: false, error: issue('expr.tooLarge', { limit: MAX_EXPRESSION_NODES }) };
    }
    node.forEach((child) => {
      const c = child as Node;
      stack.push([c, continuesChain(c, node) ? depth : depth + 1]);
    });
  }
  return null;
}
