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
 * Distinct sources by content, each under a number. A source is turned into
 * JSON only when it is new: a thousand scenarios cite hundreds of thousands of
 * sources, and hashing each one's text would take longer than writing them.
 * Sources are flat, so they are found by a cheap fingerprint (kind and length
 * of their text) and compared field by field; a source with nested values is
 * found by its JSON text.
 */
export class SourceIndex {
  private readonly byText = new Map<string, number>();
  private readonly byPrint = new Map<string, { source: Record<string, unknown>; place: number }[]>();

  /** The number `source` is listed under, if it is. */
  find(source: unknown): number | undefined {
    const print = fingerprint(source);
    if (print === null) return this.byText.get(JSON.stringify(source));
    for (const seen of this.byPrint.get(print) ?? []) if (sameFlatObject(seen.source, source as Record<string, unknown>)) return seen.place;
    return undefined;
  }

  /** Lists `source` under `place` (a source already listed keeps its first number). */
  add(source: unknown, place: number): void {
    const print = fingerprint(source);
    if (print === null) {
      const json = JSON.stringify(source);
      if (!this.byText.has(json)) this.byText.set(json, place);
      return;
    }
    const bucket = this.byPrint.get(print) ?? [];
    if (bucket.some((seen) => sameFlatObject(seen.source, source as Record<string, unknown>))) return;
    bucket.push({ source: source as Record<string, unknown>, place });
    this.byPrint.set(print, bucket);
  }

  /** Forgets the sources listed under `places`. */
  remove(places: ReadonlySet<number>): void {
    for (const [json, place] of this.byText) if (places.has(place)) this.byText.delete(json);
    for (const [print, bucket] of this.byPrint) {
      const kept = bucket.filter((seen) => !places.has(seen.place));
      if (kept.length) this.byPrint.set(print, kept);
      else this.byPrint.delete(print);
    }
  }
}

/** A flat source's kind and text length; null for a value that is not a flat object. */
function fingerprint(source: unknown): string | null {
  if (!isObject(source)) return null;
  let size = 0;
  for (const k in source) {
    const v = source[k];
    if (typeof v === 'string') size += v.length + 1;
    else if (typeof v === 'object' && v !== null) return null;
    else size += 2;
  }
  return `${String(source.kind)}\u0000${size}`;
}

/**
 * A scenario with each source that `matches`, in its `sources` map and in any
 * field `source` (a ledger row's, a target's, a published figure's), replaced
 * by `replace(source)`; the `sources` map keeps its place among the fields.
 * Parts without sources are the input's own objects, not copies.
 */
export function mapScenarioSources(scenario: unknown, matches: (field: unknown) => boolean, replace: (field: unknown) => unknown): unknown {
  if (!isObject(scenario)) return scenario;
  if (!('sources' in scenario)) return mapSourceFields(scenario, matches, replace, []);
  const { sources } = scenario;
  const rest = mapSourceFields({ ...scenario, sources: null }, matches, replace, []) as Record<string, unknown>;
  let own: Record<string, unknown> | undefined;
  if (isObject(sources)) {
    for (const key in sources) {
      const v = sources[key];
      if (!matches(v)) continue;
      const mapped = replace(v);
      if (mapped !== v) (own ??= { ...sources })[key] = mapped;
    }
  }
  return { ...rest, sources: own ?? sources };
}

/**
 * Each distinct source (equal JSON text) once, in order of first use (see
 * `SourceIndex` for how sources are found).
 */
export function shareCitations(scenarios: readonly unknown[]): SharedCitations {
  const index = new SourceIndex();
  const citationsJson: string[] = [];
  const placeOf = (source: unknown): number => {
    let place = index.find(source);
    if (place === undefined) {
      place = citationsJson.length;
      citationsJson.push(JSON.stringify(source));
      index.add(source, place);
    }
    return place;
  };
  // a scenario without sources (a caller's mistake, or a test's corrupt file) is written as it is given
  const out = scenarios.map((s) => (isObject(s) && isObject(s.sources) ? mapScenarioSources(s, isObject, placeOf) : s));
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
