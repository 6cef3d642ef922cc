import { issueAt } from '../model/issue-codes';
import { formatPath } from '../model/validate-core';
import type { IoProblem } from './problems';
import { isPlainObject, jsonType } from './text';

/**
 * A library file's sources, each written once. Scenarios of one region share
 * most of their sources (a preset and everything made from it), and each is
 * several hundred bytes of bilingual citation, so without sharing a library
 * of 1,000 preset-based scenarios is three-quarters sources: 92 MB against 23.
 * A library file (format 4) lists each distinct source once under
 * `citations`; in a scenario, an entry of `sources` and any field `source`
 * (a ledger row's, a target's, a published figure's) may then be a place in
 * that list instead of the source itself:
 *
 * ```json
 * { "scenarios": [{ "id": "a", "sources": { "baseYear": 0 }, "targets": [{ "id": "t1", …, "source": 1 }] }],
 *   "citations": [{ "kind": "assumed", "reason": "…", "reasonZh": "…" }, { "kind": "reference", … }] }
 * ```
 *
 * Every `source` field of the scenario schema is a source, never a number, so
 * a number there can mean nothing else. Only whole scenarios share: the
 * changes of a derived scenario are written as they are.
 */

export type SharedCitations = {
  /** each scenario with its sources as places in `citationsJson` (other fields are the scenario's own) */
  scenarios: unknown[];
  /** the distinct sources, each as its JSON text, in order of first use */
  citationsJson: string[];
};

const isObject = (v: unknown): v is Record<string, unknown> => isPlainObject(v);

/** Same fields in the same order with the same values: the two give the same JSON text. */
function sameFlatObject(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k !== other[i] || a[k] !== b[k]) return false;
  }
  return true;
}

/**
 * `value` with each field `source` that `matches` replaced by `replace(field)`,
 * copied only where something changed (the rest is the input's own objects).
 * `path` is kept up to date for `replace`, from the caller's prefix. Recursion
 * is bounded: the file's nesting depth was checked before (or the value is a
 * scenario being written, a few levels deep).
 */
function mapSourceFields(value: unknown, matches: (field: unknown) => boolean, replace: (field: unknown) => unknown, path: PropertyKey[]): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v !== 'object' || v === null) continue;
      path.push(i);
      const mapped = mapSourceFields(v, matches, replace, path);
      path.pop();
      if (mapped !== v) (out ??= [...value])[i] = mapped;
    }
    return out ?? value;
  }
  if (!isObject(value)) return value;
  let out: Record<string, unknown> | undefined;
  for (const key in value) {
    const v = value[key];
    const field = key === 'source' && matches(v);
    if (!field && (typeof v !== 'object' || v === null)) continue;
    path.push(key);
    const mapped = field ? replace(v) : mapSourceFields(v, matches, replace, path);
    path.pop();
    if (mapped !== v) (out ??= { ...value })[key] = mapped;
  }
  return out ?? value;
}

/**
 * Each distinct source (equal JSON text) once, in order of first use. A
 * source is turned into JSON only when it is new: a thousand scenarios cite
 * hundreds of thousands of sources, and hashing each one's text would take
 * longer than writing the file. Sources are flat, so they are found by a cheap
 * fingerprint (kind and length of their text) and compared field by field.
 * Parts of a scenario without sources are the input's own objects, not copies.
 */
export function shareCitations(scenarios: readonly unknown[]): SharedCitations {
  const byText = new Map<string, number>();
  const byPrint = new Map<string, { source: Record<string, unknown>; place: number }[]>();
  const citationsJson: string[] = [];
  const placeOfText = (json: string): number => {
    let at = byText.get(json);
    if (at === undefined) {
      at = citationsJson.length;
      byText.set(json, at);
      citationsJson.push(json);
    }
    return at;
  };
  const placeOf = (source: unknown): number => {
    if (!isObject(source)) return placeOfText(JSON.stringify(source));
    let size = 0;
    for (const k in source) {
      const v = source[k];
      if (typeof v === 'string') size += v.length + 1;
      else if (typeof v === 'object' && v !== null) return placeOfText(JSON.stringify(source));
      else size += 2;
    }
    const print = `${String(source.kind)}\u0000${size}`;
    const bucket = byPrint.get(print) ?? [];
    for (const seen of bucket) if (sameFlatObject(seen.source, source)) return seen.place;
    const place = placeOfText(JSON.stringify(source));
    bucket.push({ source, place });
    byPrint.set(print, bucket);
    return place;
  };
  const out = scenarios.map((s) => {
    // a scenario without sources (a caller's mistake, or a test's corrupt file) is written as it is given
    if (!isObject(s) || !isObject(s.sources)) return s;
    const refs: Record<string, number> = {};
    for (const key in s.sources) refs[key] = placeOf(s.sources[key]);
    // the scenario's own `sources` map, in its place among the fields
    return { ...(mapSourceFields({ ...s, sources: null }, isObject, placeOf, []) as Record<string, unknown>), sources: refs };
  });
  return { scenarios: out, citationsJson };
}

/**
 * A file's `scenarios` with every place in `citations` replaced by the source
 * there, or the problems: a `citations` that is not a list, a place that is
 * not in it. Files without `citations` come back as they are. Scenarios that
 * share a source share the object; the scenario check builds each scenario's
 * own copy. Pure: the input is not changed. The file's nesting depth has been
 * checked, so the walk's recursion is bounded.
 */
export function expandCitations(scenarios: readonly unknown[], citations: unknown): { ok: true; scenarios: unknown[] } | { ok: false; problems: IoProblem[] } {
  if (citations === undefined) return { ok: true, scenarios: [...scenarios] };
  if (!Array.isArray(citations)) return { ok: false, problems: [issueAt('citations', 'file.notList', { got: jsonType(citations) })] };
  const problems: IoProblem[] = [];
  const path: PropertyKey[] = [];
  const cited = (place: number): unknown => {
    if (Number.isInteger(place) && place >= 0 && place < citations.length) return citations[place];
    problems.push(issueAt(formatPath(path), 'file.citationMissing', { place, count: citations.length }));
    return place;
  };
  const isPlace = (field: unknown) => typeof field === 'number';
  const expand = (value: unknown) => mapSourceFields(value, isPlace, (place) => cited(place as number), path);
  const out = scenarios.map((s, i) => {
    if (!isObject(s)) return s;
    path.push('scenarios', i);
    let read: unknown;
    if (!('sources' in s)) read = expand(s);
    else {
      const { sources } = s;
      // the scenario's own `sources` map stays in its place among the fields
      const rest = expand({ ...s, sources: null }) as Record<string, unknown>;
      let own: Record<string, unknown> | undefined;
      if (isObject(sources)) {
        path.push('sources');
        for (const key in sources) {
          const v = sources[key];
          if (typeof v !== 'number') continue;
          path.push(key);
          (own ??= { ...sources })[key] = cited(v);
          path.pop();
        }
      }
      read = { ...rest, sources: own ?? sources };
    }
    path.length = 0;
    return read;
  });
  return problems.length ? { ok: false, problems } : { ok: true, scenarios: out };
}
