import type { MathNode } from 'mathjs';
import { context, growth, interpAt, pairs, stepAt } from './expr-helpers';

/**
 * Compiles the numeric subset of scenario expressions to plain JS closures.
 * mathjs evaluates a compiled node in ~0.5 µs; a 2020–2060 scenario written
 * entirely in expressions evaluates ~3,000 of them per run, which alone would
 * cost more than the whole engine. Each node here maps to the exact JS
 * operation mathjs performs on plain numbers, so results are identical; any
 * node without such an equivalent returns null and the expression stays on
 * mathjs (tests compare both forms).
 */
export type NativeFn = () => number;

type Node = MathNode & { type: string };
type Any = Record<string, unknown>;

const UNARY: Record<string, (x: number) => number> = {
  abs: Math.abs,
  exp: Math.exp,
  sqrt: (x) => (x < 0 ? Number.NaN : Math.sqrt(x)), // mathjs gives a Complex: not a number either way
  log: (x) => (x < 0 ? Number.NaN : Math.log(x)),
  log10: (x) => (x < 0 ? Number.NaN : Math.log10(x)),
  floor: Math.floor,
  ceil: Math.ceil,
  // mathjs rounds half away from zero; Math.round rounds half up
  round: (x) => Math.sign(x) * Math.round(Math.abs(x)),
};

const OPERATORS: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => (a < 0 && !Number.isInteger(b) ? Number.NaN : Math.pow(a, b)),
};

function constantValue(fn: NativeFn | null, node: Node): number | undefined {
  return fn && isConstant(node) ? fn() : undefined;
}

function isConstant(node: Node): boolean {
  let constant = true;
  node.traverse((n) => {
    if (n.type === 'SymbolNode' && (n as unknown as Any).name === 'year') constant = false;
    if (n.type === 'FunctionNode') constant = false;
  });
  return constant;
}

function pairFunction(name: 'interp' | 'step', args: Node[]): NativeFn | null {
  const at = name === 'interp' ? interpAt : stepAt;
  const fns = args.map(toNative);
  if (fns.some((f) => f === null)) return null;
  const constants = args.map((a, i) => constantValue(fns[i]!, a));
  if (constants.every((c) => c !== undefined)) {
    const values = constants as number[];
    try {
      pairs(name, values);
    } catch {
      return null; // mathjs reports the error with its own message at evaluation
    }
    return () => at(values, context.year);
  }
  const live = fns as NativeFn[];
  const buffer = new Array<number>(live.length);
  return () => {
    for (let i = 0; i < live.length; i++) buffer[i] = live[i]!();
    pairs(name, buffer);
    return at(buffer, context.year);
  };
}

export function toNative(node: MathNode): NativeFn | null {
  const n = node as Node & Any;
  switch (n.type) {
    case 'ConstantNode': {
      const v = n.value;
      return typeof v === 'number' ? () => v : null;
    }
    case 'SymbolNode':
      if (n.name === 'year') return () => context.year;
      if (n.name === 'pi') return () => Math.PI;
      if (n.name === 'e') return () => Math.E;
      return null;
    case 'ParenthesisNode':
      return toNative(n.content as MathNode);
    case 'OperatorNode': {
      const args = (n.args as MathNode[]).map(toNative);
      if (args.some((a) => a === null)) return null;
      const [a, b] = args as NativeFn[];
      if (args.length === 1 && n.fn === 'unaryMinus') return () => -a!();
      if (args.length === 1 && n.fn === 'unaryPlus') return a!;
      const op = OPERATORS[n.fn as string];
      if (args.length === 2 && op) return () => op(a!(), b!());
      return null;
    }
    case 'FunctionNode': {
      const name = (n.fn as Any).name as string;
      const rawArgs = n.args as Node[];
      if (name === 'interp' || name === 'step') return pairFunction(name, rawArgs);
      const args = rawArgs.map(toNative);
      if (args.some((a) => a === null)) return null;
      const f = args as NativeFn[];
      if (name === 'growth' && (f.length === 1 || f.length === 2)) {
        return f.length === 1 ? () => growth(f[0]!()) : () => growth(f[0]!(), f[1]!());
      }
      if ((name === 'min' || name === 'max') && f.length >= 1) {
        const m = name === 'min' ? Math.min : Math.max;
        return () => m(...f.map((g) => g()));
      }
      if (name === 'pow' && f.length === 2) return () => OPERATORS.pow!(f[0]!(), f[1]!());
      const unary = UNARY[name];
      if (unary && f.length === 1) return () => unary(f[0]!());
      return null;
    }
    default:
      return null;
  }
}
