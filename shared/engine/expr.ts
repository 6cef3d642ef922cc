import {
  absDependencies, addDependencies, andDependencies, ceilDependencies, compileDependencies, divideDependencies, eDependencies,
  equalDependencies, expDependencies, floorDependencies, largerDependencies, largerEqDependencies, log10Dependencies,
  logDependencies, maxDependencies, minDependencies, modDependencies, multiplyDependencies, notDependencies, orDependencies,
  parseDependencies, piDependencies, powDependencies, roundDependencies, smallerDependencies, smallerEqDependencies,
  sqrtDependencies, subtractDependencies, unaryMinusDependencies, unaryPlusDependencies, unequalDependencies, create,
  type EvalFunction, type FactoryFunctionMap,
} from 'mathjs/number';
import { echo } from '../model/echo';
import { issue, IssueError, type IssueBody } from '../model/issue-codes';
import { checkNodes } from './expr-check';
import { context, growth, interp, step } from './expr-helpers';
import { checkText, checkTree, TOO_DEEP } from './expr-limits';
import { toNative } from './expr-native';

/**
 * Scenario expressions: a restricted mathjs instance (mathjs security docs,
 * "more secure eval") with LEAP-style helpers. Expressions are compiled once
 * per distinct text and cached; evaluating one is then a plain function call.
 */

// Only the parser and the functions expressions may call (expr-check.ts lists
// them and the operators), not `all`: less to load and nothing else to lock. And their
// number-only implementations (mathjs/number): expressions are plain numbers, so
// no BigNumber, Complex, Fraction or Matrix signatures are built (about 5 ms to
// create instead of 100 ms, paid by the engine worker at every start).
const math = create({
  parseDependencies, compileDependencies, addDependencies, subtractDependencies, multiplyDependencies, divideDependencies,
  powDependencies, unaryMinusDependencies, unaryPlusDependencies, modDependencies, absDependencies, expDependencies,
  logDependencies, log10Dependencies, sqrtDependencies, minDependencies, maxDependencies, roundDependencies,
  floorDependencies, ceilDependencies, largerDependencies, largerEqDependencies, smallerDependencies, smallerEqDependencies,
  equalDependencies, unequalDependencies, andDependencies, orDependencies, notDependencies, piDependencies, eDependencies,
} as FactoryFunctionMap);
// Keep the parser for ourselves before disabling it inside expressions.
const parse = math.parse;

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

/**
 * `native`: the same expression as a plain JS closure (expr-native.ts), used
 * when every node has an exact numeric equivalent; mathjs's `fn` otherwise.
 */
export type CompiledExpr = { readonly fn: EvalFunction; readonly usesYear: boolean; readonly native?: () => number };
export type CompileResult = { ok: true; compiled: CompiledExpr } | { ok: false; error: IssueBody; position?: number };

const cache = new Map<string, CompileResult>();

/** Compiles an expression once; the result (or the error with its 1-based position) is cached by text. */
export function compileExpression(text: string): CompileResult {
  const hit = cache.get(text);
  if (hit) return hit;
  const tooBig = checkText(text);
  // not cached: the cache must not hold megabytes of rejected text
  if (tooBig) return tooBig;
  let result: CompileResult;
  try {
    const node = parse(text);
    const problem = checkTree(node) ?? checkNodes(node, text);
    if (problem) result = problem;
    else {
      let usesYear = false;
      node.traverse((n) => {
        if (n.type === 'SymbolNode' && (n as unknown as { name: string }).name === 'year') usesYear = true;
        // helpers read the year from the context
        if (n.type === 'FunctionNode') usesYear = true;
      });
      const native = toNative(node) ?? undefined;
      // mathjs builds each function it resolves on first use (~170 ms for the first expression
      // in a fresh page); with a native closure it is only needed if someone asks for it.
      let fn: EvalFunction | null = native ? null : node.compile();
      result = {
        ok: true,
        compiled: {
          get fn() {
            return (fn ??= node.compile());
          },
          usesYear,
          native,
        },
      };
    }
  } catch (err) {
    // the bounds keep the parser's recursion shallow; should it overflow all the same, it is still "too deep"
    if (err instanceof RangeError && /call stack/i.test(err.message)) result = { ok: false, error: TOO_DEEP };
    else {
      const message = err instanceof Error ? err.message : String(err);
      const m = /\(char (\d+)\)/.exec(message);
      // the parser's own words ("Value expected"); it quotes the text it stopped at ('Unexpected part "…"'): only its start
      const detail = message.replace(/\s*\(char \d+\)/, '').replace(/"([^"]*)"/g, (_, q: string) => `"${echo(q)}"`);
      result = { ok: false, error: issue('expr.syntax', { detail: echo(detail, 200) }), position: m ? Number(m[1]) : undefined };
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(text, result);
  return result;
}

/**
 * Evaluates a compiled expression for each year `firstYear..firstYear+out.length-1`
 * into `out`. Throws an `IssueError` naming the year when a value is not a finite
 * number (and a helper's, or mathjs's own error, when one fails).
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
  const native = compiled.native;
  const n = compiled.usesYear ? out.length : 1;
  for (let i = 0; i < n; i++) {
    const year = firstYear + i;
    context.year = year;
    scope.year = year;
    const v: unknown = native ? native() : compiled.fn.evaluate(scope);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new IssueError(typeof v === 'number' ? issue('expr.value', { value: v, year }) : issue('expr.notNumber', { year }));
    }
    out[i] = v;
  }
  if (!compiled.usesYear) out.fill(out[0]!);
}
