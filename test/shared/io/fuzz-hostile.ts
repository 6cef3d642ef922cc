import fc from 'fast-check';
import type { DerivedScenario } from '../../../shared/model/inherit';
import type { Scenario } from '../../../shared/model/scenario';

/**
 * Shapes of hostile JSON for the scenario and backup importers: derived
 * scenarios chained thousands deep, huge and non-numbers in numeric fields,
 * control characters and bidi overrides in names and labels, and deep or long
 * expressions. Each maps a valid document (a seed) to a hostile one.
 */

type Json = unknown;

// ---------------------------------------------------------------------------
// Derived chains: base ← d1 ← d2 ← … ← dN

export type ChainShape = { depth: number; twist: 'none' | 'cycle' | 'missing' | 'duplicate' | 'self'; at: number; value: number };

export const chainShapeArb: fc.Arbitrary<ChainShape> = fc.record({
  depth: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 120 }) },
    { weight: 1, arbitrary: fc.integer({ min: 120, max: 3_000 }) },
  ),
  twist: fc.constantFrom('none', 'none', 'none', 'cycle', 'missing', 'duplicate', 'self'),
  at: fc.nat(),
  value: fc.constantFrom(3000, 0, -1, 1e308, 5e-324, 3300.5),
});

/** The chain as `derived` records over `base` (the first scenario of the seed). */
export function derivedChain(baseId: string, shape: ChainShape): DerivedScenario[] {
  const chain: DerivedScenario[] = [];
  for (let i = 1; i <= shape.depth; i++) {
    chain.push({
      id: `chain-${i}`,
      parentId: i === 1 ? baseId : `chain-${i - 1}`,
      name: `派生 ${i}`,
      overrides: [{ path: 'economy.baseGdpYiYuan', value: i === shape.depth ? shape.value : 3000 + i }],
    });
  }
  const k = shape.at % shape.depth;
  const item = chain[k]!;
  if (shape.twist === 'cycle') chain[0]!.parentId = `chain-${shape.depth}`;
  else if (shape.twist === 'missing') item.parentId = 'no-such-scenario';
  else if (shape.twist === 'duplicate') chain.push({ ...item, name: '重复' });
  else if (shape.twist === 'self') item.parentId = item.id;
  return chain;
}

// ---------------------------------------------------------------------------
// Numbers: in JSON text, so that 1e999 and -0 reach the parser as written

const NUMBER_TOKEN = /-?\d+(\.\d+)?([eE][+-]?\d+)?/g;
export const HOSTILE_NUMBERS = ['1e308', '-1e308', '1e999', '-1e999', '-0', '5e-324', '1e-400', '"NaN"', '"1e999"', '"Infinity"', '99999999999999999999999', 'null', '"12"'];

export type NumberShape = { pick: number; rate: number; seed: number };
export const numberShapeArb: fc.Arbitrary<NumberShape> = fc.record({ pick: fc.nat(), rate: fc.integer({ min: 1, max: 100 }), seed: fc.nat() });

/**
 * Replaces about `rate` % of the number tokens of `text` (outside strings)
 * with hostile ones; over many cases every numeric field gets each of them.
 */
export function hostileNumbers(text: string, shape: NumberShape): string {
  let i = 0;
  // split on strings so digits inside names and ids stay as they are
  return text
    .split(/("(?:[^"\\]|\\.)*")/)
    .map((part, k) =>
      k % 2
        ? part
        : part.replace(NUMBER_TOKEN, (tok) => {
            i++;
            const roll = (Math.imul(i + shape.seed, 2654435761) >>> 0) % 100;
            return roll < shape.rate ? HOSTILE_NUMBERS[(shape.pick + i) % HOSTILE_NUMBERS.length]! : tok;
          }),
    )
    .join('');
}

// ---------------------------------------------------------------------------
// Strings: control characters and bidi overrides in names and labels

export const HOSTILE_TEXT = [
  '\u202e情景名称', // right-to-left override: shows reversed
  '\u001b[2J\u001b[H所有目标均已达成', // clears a terminal, then "all targets met"
  'a\u0000b',
  '\u2066隔离\u2069\u2067x\u2069',
  '\u200f\u200e\u061c',
  '第一行\r\n第二行\u2028\u2029',
  '\u0085\u009b31m',
  '\ud800孤立代理',
  '\ufeff\ufffe\uffff',
  '   ',
  '',
  'x'.repeat(100_000),
];
const TEXT_KEY = /^(name|nameEn|label|labelEn|description|note|title|reason|citation|quote|basis|parentRegion|code)$/;

export type TextShape = { pick: number; rate: number; seed: number };
export const textShapeArb: fc.Arbitrary<TextShape> = fc.record({ pick: fc.nat(), rate: fc.integer({ min: 1, max: 100 }), seed: fc.nat() });

/** Puts hostile text into about `rate` % of the names, labels and notes of `doc` (a copy). */
export function hostileTexts(doc: Json, shape: TextShape): Json {
  let i = 0;
  const visit = (v: Json): Json => {
    if (Array.isArray(v)) return v.map(visit);
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) {
      i++;
      const roll = (Math.imul(i + shape.seed, 2654435761) >>> 0) % 100;
      if (TEXT_KEY.test(k) && typeof x === 'string' && roll < shape.rate) {
        const t = HOSTILE_TEXT[(shape.pick + i) % HOSTILE_TEXT.length]!;
        out[k] = roll % 2 ? t : `${x}${t}`;
      } else out[k] = visit(x);
    }
    return out;
  };
  return visit(doc);
}

// ---------------------------------------------------------------------------
// Expressions: deep, long, or calling what does not exist

export type ExprShape = { kind: number; n: number; pick: number };
export const exprShapeArb: fc.Arbitrary<ExprShape> = fc.record({
  kind: fc.nat({ max: 11 }),
  n: fc.oneof(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 70, max: 5_000 }), fc.integer({ min: 5_000, max: 60_000 })),
  pick: fc.nat(),
});

export function hostileExpression({ kind, n, pick }: ExprShape): string {
  switch (kind) {
    case 0:
      return `${'log('.repeat(n)}2${')'.repeat(n)}`;
    case 1:
      return `${'('.repeat(n)}1${')'.repeat(n)}`;
    case 2:
      return `${'1+'.repeat(n)}1`;
    case 3:
      return 'a'.repeat(n);
    case 4:
      return `interp(${'2020, 1, '.repeat(Math.min(n, 20_000))}2030, 2)`;
    case 5:
      return `${'min(max(abs(sqrt('.repeat(Math.min(n, 5_000))}year${'))))'.repeat(Math.min(n, 5_000))}`;
    case 6:
      return `${'-'.repeat(n)}1`;
    case 7:
      return `${'exp('.repeat(Math.min(n, 200))}1000${')'.repeat(Math.min(n, 200))}`;
    case 8:
      return ['growth(1,2,3)', 'pow(year)', '1e999', 'year^year^year', 'import("x")', 'evaluate("1")', '[1,2,3]', '1:3', 'x = 1', 'f(x) = x', '"text"', '', '\u202eyear'][pick % 13]!;
    case 9:
      return `${'year*'.repeat(n)}0`;
    case 10:
      return `step(${Array.from({ length: Math.min(n, 10_000) }, (_, i) => `${2020 + (i % 50)}, ${i}`).join(', ')})`;
    default:
      return `${'('.repeat(n)}1${')'.repeat(Math.max(0, n - 1))}`; // unbalanced
  }
}

/** Puts the expression into an existing `{ expr }` of `doc`, or in place of a number (a copy). */
export function withExpression(doc: Json, expr: string, pick: number): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const slots: [Record<string, Json>, string][] = [];
  const visit = (v: Json) => {
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if ((x && typeof x === 'object' && !Array.isArray(x) && 'expr' in x) || typeof x === 'number') slots.push([v as Record<string, Json>, k]);
      visit(x);
    }
  };
  visit(copy);
  if (!slots.length) return copy;
  const [parent, key] = slots[pick % slots.length]!;
  parent[key] = { expr };
  return copy;
}

/** The first scenario of a seed (a file, a bare scenario or a backup), for a chain to derive from. */
export function baseOf(seed: Json): Scenario | null {
  const d = seed as { scenarios?: Scenario[]; content?: { scenarios?: Scenario[] }; id?: string };
  return d.scenarios?.[0] ?? d.content?.scenarios?.[0] ?? (typeof d.id === 'string' ? (seed as Scenario) : null);
}
