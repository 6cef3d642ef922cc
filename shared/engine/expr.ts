import { all, create, type EvalFunction, type FactoryFunctionMap, type MathNode } from 'mathjs';

/**
 * Scenario expressions: a restricted mathjs instance (mathjs security docs,
 * "more secure eval") with LEAP-style helpers. Expressions are compiled once
 * per distinct text and cached; evaluating one is then a plain function call.
 */

const math = create(all as FactoryFunctionMap);
// Keep the parser for ourselves before disabling it inside expressions.
const parse = math.parse;

/** The year being evaluated and what `growth` compounds from. Set by `evaluateYears`. */
const context = { year: 0, baseYear: 0, baseValue: Number.NaN as number };

function pairs(name: string, args: number[]): void {
  if (args.length < 2 || args.length % 2 !== 0) {
    throw new Error(`${name}() needs year, value pairs: ${name}(year1, value1, year2, value2, …)`);
  }
  for (let i = 2; i < args.length; i += 2) {
    if (args[i]! <= args[i - 2]!) throw new Error(`${name}() years must increase`);
  }
}

/** Linear interpolation between (year, value) pairs, held flat outside them. */
function interp(...args: number[]): number {
  pairs('interp', args);
  const y = context.year;
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
function step(...args: number[]): number {
  pairs('step', args);
  let v = args[1]!;
  for (let i = 0; i < args.length; i += 2) if (context.year >= args[i]!) v = args[i + 1]!;
  return v;
}

/** Compound growth of `rate` % a year from the base year: base·(1+rate/100)^(year−baseYear). */
function growth(rate: number, base?: number): number {
  const b = base ?? context.baseValue;
  if (!Number.isFinite(b)) {
    throw new Error('growth(rate) needs a base value: set baseValue or write growth(rate, base)');
  }
  return b * Math.pow(1 + rate / 100, context.year - context.baseYear);
}

math.import({ interp, step, growth }, { override: true });

// Disable the dangerous functions last: `import` itself is one of them.
const disabled = (name: string) => () => {
  throw new Error(`function ${name} is not available in scenario expressions`);
};
math.import(
  {
    import: disabled('import'),
    createUnit: disabled('createUnit'),
    evaluate: disabled('evaluate'),
    parse: disabled('parse'),
    simplify: disabled('simplify'),
    derivative: disabled('derivative'),
    compile: disabled('compile'),
    resolve: disabled('resolve'),
    reviver: disabled('reviver'),
  },
  { override: true },
);


const ALLOWED_SYMBOLS = new Set(['year', 'pi', 'e']);
const ALLOWED_FUNCTIONS = new Set([
  'interp', 'step', 'growth', 'min', 'max', 'abs', 'exp', 'log', 'log10', 'sqrt',
  'pow', 'round', 'floor', 'ceil',
]);

export type CompiledExpr = { readonly fn: EvalFunction; readonly usesYear: boolean };
export type CompileResult = { ok: true; compiled: CompiledExpr } | { ok: false; error: string; position?: number };

const cache = new Map<string, CompileResult>();

function positionOf(text: string, token: string): number | undefined {
  const i = text.search(new RegExp(`\\b${token.replace(/[^\w]/g, '')}\\b`));
  return i >= 0 ? i + 1 : undefined;
}

function check(node: MathNode, text: string): CompileResult | null {
  let problem: CompileResult | null = null;
  node.traverse((n, _path, parent) => {
    if (problem) return;
    if (n.type === 'SymbolNode') {
      const name = (n as unknown as { name: string }).name;
      const isCallee = parent?.type === 'FunctionNode' && (parent as unknown as { fn: MathNode }).fn === n;
      if (isCallee ? !ALLOWED_FUNCTIONS.has(name) : !ALLOWED_SYMBOLS.has(name)) {
        const what = isCallee ? `unknown function '${name}'` : `unknown variable '${name}' (only 'year' is defined)`;
        problem = { ok: false, error: what, position: positionOf(text, name) };
      }
    } else if (
      n.type === 'AssignmentNode' || n.type === 'FunctionAssignmentNode' || n.type === 'BlockNode' ||
      n.type === 'AccessorNode' || n.type === 'ObjectNode' || n.type === 'IndexNode'
    ) {
      problem = { ok: false, error: `${n.type.replace('Node', '').toLowerCase()} is not allowed in expressions` };
    }
  });
  return problem;
}

/** Compiles an expression once; the result (or the error with its 1-based position) is cached by text. */
export function compileExpression(text: string): CompileResult {
  const hit = cache.get(text);
  if (hit) return hit;
  let result: CompileResult;
  try {
    const node = parse(text);
    const problem = check(node, text);
    if (problem) result = problem;
    else {
      let usesYear = false;
      node.traverse((n) => {
        if (n.type === 'SymbolNode' && (n as unknown as { name: string }).name === 'year') usesYear = true;
        // helpers read the year from the context
        if (n.type === 'FunctionNode') usesYear = true;
      });
      result = { ok: true, compiled: { fn: node.compile(), usesYear } };
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const m = /\(char (\d+)\)/.exec(message);
    result = {
      ok: false,
      error: message.replace(/\s*\(char \d+\)/, ''),
      position: m ? Number(m[1]) : undefined,
    };
  }
  if (cache.size > 5000) cache.clear();
  cache.set(text, result);
  return result;
}

/**
 * Evaluates a compiled expression for each year `firstYear..firstYear+out.length-1`
 * into `out`. Throws with the year when a value is not a finite number.
 */
export function evaluateYears(
  compiled: CompiledExpr,
  out: Float64Array,
  firstYear: number,
  baseYear: number,
  baseValue: number | undefined,
): void {
  context.baseYear = baseYear;
  context.baseValue = baseValue ?? Number.NaN;
  const scope = { year: firstYear };
  const n = compiled.usesYear ? out.length : 1;
  for (let i = 0; i < n; i++) {
    const year = firstYear + i;
    context.year = year;
    scope.year = year;
    const v: unknown = compiled.fn.evaluate(scope);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`gives ${typeof v === 'number' ? String(v) : 'a non-number'} in ${year}`);
    }
    out[i] = v;
  }
  if (!compiled.usesYear) out.fill(out[0]!);
}
