import type { MathNode } from 'mathjs';
import { echo } from '../model/echo';
import { issue, type IssueBody } from '../model/issue-codes';

/**
 * What a parsed expression may contain: the names, functions (each with its
 * number of arguments), operators and constants of scenario expressions.
 * Checked when an expression is compiled, so a misuse is reported before any
 * year is evaluated and never in mathjs's own words.
 */

const ALLOWED_SYMBOLS = new Set(['year', 'pi', 'e']);

type Arity = { min: number; max: number; pairs?: true };
const one: Arity = { min: 1, max: 1 };
const oneOrTwo: Arity = { min: 1, max: 2 };
const many: Arity = { min: 1, max: Number.POSITIVE_INFINITY };
const pairs: Arity = { min: 2, max: Number.POSITIVE_INFINITY, pairs: true };

/** The functions expressions may call, with the argument counts mathjs (or the helper) accepts. */
export const FUNCTION_ARITY: Readonly<Record<string, Arity>> = {
  interp: pairs,
  step: pairs,
  growth: oneOrTwo, // growth(rate) or growth(rate, base)
  min: many,
  max: many,
  abs: one,
  exp: one,
  sqrt: one,
  log10: one,
  log: oneOrTwo, // log(x) or log(x, base)
  pow: { min: 2, max: 2 },
  round: oneOrTwo, // round(x) or round(x, digits)
  floor: oneOrTwo,
  ceil: oneOrTwo,
};

/** The operators of the functions the mathjs instance holds (expr.ts); the others are not defined there. */
const ALLOWED_OPERATORS = new Set([
  'add', 'subtract', 'multiply', 'divide', 'pow', 'mod', 'unaryMinus', 'unaryPlus',
  'larger', 'largerEq', 'smaller', 'smallerEq', 'equal', 'unequal', 'and', 'or', 'not',
]);

export type CheckProblem = { ok: false; error: IssueBody; position?: number };

function arityError(name: string, given: number): IssueBody | null {
  const a = FUNCTION_ARITY[name]!;
  if (a.pairs) {
    if (given >= 2 && given % 2 === 0) return null;
    return issue('expr.pairs', { name, count: given });
  }
  if (given >= a.min && given <= a.max) return null;
  if (a.max === Number.POSITIVE_INFINITY) return issue('expr.arityAtLeast', { name, count: a.min, got: given });
  if (a.min === a.max) return issue('expr.arity', { name, count: a.min, got: given });
  return issue('expr.arityRange', { name, min: a.min, max: a.max, got: given });
}

/** The 1-based position of `word` standing alone in `text` (not inside a longer name). */
export function positionOf(text: string, word: string): number | undefined {
  const isWord = (c: string | undefined) => c !== undefined && /[\w$]/.test(c);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWord(text[i - 1]) && !isWord(text[i + word.length])) return i + 1;
  }
  return undefined;
}

type Node = MathNode & { type: string; name?: string; fn?: unknown; op?: string; args?: MathNode[]; value?: unknown };

function problemOf(n: Node, parent: Node | null, text: string): CheckProblem | null {
  switch (n.type) {
    case 'SymbolNode': {
      const name = n.name!;
      if (parent?.type === 'FunctionNode' && parent.fn === n) {
        if (!Object.hasOwn(FUNCTION_ARITY, name)) {
          return { ok: false, error: issue('expr.unknownFunction', { name: echo(name) }), position: positionOf(text, name) };
        }
        const error = arityError(name, parent.args!.length);
        return error ? { ok: false, error, position: positionOf(text, name) } : null;
      }
      if (ALLOWED_SYMBOLS.has(name)) return null;
      return {
        ok: false,
        error: issue('expr.unknownVariable', { name: echo(name) }),
        position: positionOf(text, name),
      };
    }
    case 'OperatorNode':
      return ALLOWED_OPERATORS.has(n.fn as string)
        ? null
        : { ok: false, error: issue('expr.operator', { op: echo(String(n.op)) }) };
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v === 'number') {
        return Number.isFinite(v) ? null : { ok: false, error: issue('expr.aNumberTooLarge') };
      }
      if (typeof v === 'boolean') return null;
      if (typeof v === 'string') return { ok: false, error: issue('expr.text', { text: echo(v) }) };
      return { ok: false, error: issue('expr.constant', { value: echo(String(v)) }) };
    }
    // a series value is one number per year: ranges and matrices have no meaning here
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
    case 'BlockNode':
    case 'AccessorNode':
    case 'ObjectNode':
    case 'IndexNode':
    case 'RangeNode':
    case 'ArrayNode':
      return { ok: false, error: issue('expr.notAllowed', { kind: n.type.replace('Node', '').toLowerCase() }) };
    default:
      return null;
  }
}

/** The first thing in a parsed expression that scenario expressions do not allow, or null. */
export function checkNodes(node: MathNode, text: string): CheckProblem | null {
  let problem: CheckProblem | null = null;
  node.traverse((n, _path, parent) => {
    problem ??= problemOf(n as Node, parent as Node | null, text);
  });
  return problem;
}
