import fc from 'fast-check';

/**
 * What the fuzz cases are made of: an input, and the mutations of valid JSON
 * documents and of text that turn seeds into broken or hostile files.
 */

export type Table = { titleRows: number; header: string[]; rows: string[][] };
/** `build` makes the bytes when the case runs (xlsx bombs); `detail` says what it is, for a failure report. */
export type Input = { kind: string; data: string | Uint8Array; table?: Table; build?: () => Promise<Uint8Array>; detail?: string };
// ---------------------------------------------------------------------------
// Mutations of JSON documents

type Key = string | number;
const MUT_OPS = ['drop', 'duplicate', 'retype', 'huge', 'numberString', 'deep', 'empty', 'swap', 'null', 'nudge', 'nudge'] as const;
export type Mutation = { op: (typeof MUT_OPS)[number]; pick: number; other: number; value: unknown; depth: number };

function allPaths(doc: unknown): Key[][] {
  const out: Key[][] = [];
  const visit = (v: unknown, path: Key[]) => {
    out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(doc, []);
  return out;
}

function getAt(doc: unknown, path: Key[]): unknown {
  let cur = doc;
  for (const k of path) cur = (cur as Record<Key, unknown>)?.[k];
  return cur;
}

const HUGE = [1e308, -1e308, Number.MAX_SAFE_INTEGER * 1e6, 5e-324, -0, 2 ** 53 + 1, -1, 0, 1e21, 99999];

export function mutate(doc: unknown, muts: readonly Mutation[]): unknown {
  let root = JSON.parse(JSON.stringify(doc)) as unknown;
  for (const m of muts) {
    const paths = allPaths(root);
    const path = paths[m.pick % paths.length]!;
    if (path.length === 0) continue;
    const parent = getAt(root, path.slice(0, -1)) as Record<Key, unknown> | unknown[];
    const key = path[path.length - 1]!;
    const here = (parent as Record<Key, unknown>)[key];
    const set = (v: unknown) => {
      (parent as Record<Key, unknown>)[key] = v;
    };
    switch (m.op) {
      case 'drop':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<Key, unknown>)[key];
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, JSON.parse(JSON.stringify(here ?? null)));
        else {
          // the value again under another key of the document (a known field of the wrong kind, or an unknown one)
          const otherKey = String(paths[m.other % paths.length]!.at(-1) ?? 'extra');
          (parent as Record<Key, unknown>)[otherKey] = JSON.parse(JSON.stringify(here ?? null));
        }
        break;
      case 'retype':
        set(m.value);
        break;
      case 'huge':
        set(HUGE[m.other % HUGE.length]);
        break;
      case 'numberString':
        set(typeof here === 'number' ? String(here) : ['NaN', 'Infinity', '-0', '1e999', '', ' 12 '][m.other % 6]);
        break;
      case 'deep': {
        let v: unknown = here ?? 1;
        for (let i = 0; i < m.depth; i++) v = m.other % 2 ? [v] : { v };
        set(v);
        break;
      }
      case 'empty':
        set(Array.isArray(here) ? [] : here && typeof here === 'object' ? {} : '');
        break;
      case 'swap': {
        const other = paths[m.other % paths.length]!;
        set(JSON.parse(JSON.stringify(getAt(root, other) ?? null)));
        break;
      }
      case 'null':
        set(null);
        break;
      case 'nudge': {
        // a plausible edit: the document often stays valid, or becomes subtly invalid (shares ≠ 100 %)
        const numbers = paths.filter((p) => typeof getAt(root, p) === 'number' && p.length > 0);
        const target = numbers[m.pick % Math.max(1, numbers.length)];
        if (target) {
          const par = getAt(root, target.slice(0, -1)) as Record<Key, unknown>;
          const k = target[target.length - 1]!;
          par[k] = (par[k] as number) * [1.01, 0.5, 2, 0, -1, 1.0000001, 10][m.other % 7]!;
        }
        break;
      }
    }
    if (root === undefined) root = null;
  }
  return root;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(...MUT_OPS),
  pick: fc.nat(),
  other: fc.nat(),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', '碳', [], {}, null, true, -1, 1e308)),
  depth: fc.integer({ min: 1, max: 120 }),
});

type TextMutation = { op: 'truncate' | 'insert' | 'delete' | 'numberToken' | 'flip'; pos: number; text: string };
export const textMutationArb: fc.Arbitrary<TextMutation> = fc.record({
  op: fc.constantFrom('truncate', 'insert', 'delete', 'numberToken', 'flip'),
  pos: fc.nat(),
  text: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('NaN', '1e999', '-Infinity', '"', ',', '{', ']', '\\u0000', '\uFEFF', '\r\n', '"__proto__"', '[[[[[[[[[[', '0x10', '碳'),
  ),
});

export function mutateText(text: string, muts: readonly TextMutation[]): string {
  let t = text;
  for (const m of muts) {
    const pos = t.length ? m.pos % (t.length + 1) : 0;
    switch (m.op) {
      case 'truncate':
        t = t.slice(0, pos);
        break;
      case 'insert':
        t = t.slice(0, pos) + m.text + t.slice(pos);
        break;
      case 'delete':
        t = t.slice(0, pos) + t.slice(pos + 1 + (m.text.length % 7));
        break;
      case 'numberToken': {
        const re = /-?\d+(\.\d+)?(e[+-]?\d+)?/g;
        const hits = [...t.matchAll(re)];
        const hit = hits.length ? hits[m.pos % hits.length] : undefined;
        if (hit) t = t.slice(0, hit.index) + ['1e999', 'NaN', '-0', '1e-400', '99999999999999999999999', '"12"'][m.text.length % 6] + t.slice(hit.index! + hit[0].length);
        break;
      }
      case 'flip': {
        const c = t.charCodeAt(pos);
        if (!Number.isNaN(c)) t = t.slice(0, pos) + String.fromCharCode((c + 1 + m.text.length) % 0xffff) + t.slice(pos + 1);
        break;
      }
    }
  }
  return t;
}
