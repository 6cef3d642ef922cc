import { issueAt } from '../model/issue-codes';
import { formatPath } from '../model/validate-core';
import type { Scenario } from '../model/scenario';
import type { IoProblem } from './problems';
import { isPlainObject, jsonType } from './text';

/**
 * A library file's sources, each written once. Scenarios of one region share
 * most of their sources (a preset and everything made from it: 58 of a
 * preset's 64 entries are alike), and each is several hundred bytes of
 * bilingual citation, so without sharing a library of 1,000 scenarios is half
 * sources. A library file (format 4) lists each distinct source once under
 * `citations`, and a scenario's `sources` entry may then be a place in that
 * list instead of the source itself:
 *
 * ```json
 * { "scenarios": [{ "id": "a", "sources": { "baseYear": 0 } }, { "id": "b", "sources": { "baseYear": 0 } }],
 *   "citations": [{ "kind": "assumed", "reason": "…", "reasonZh": "…" }] }
 * ```
 *
 * Only whole scenarios share: the changes of a derived scenario are written
 * as they are.
 */

export type SharedCitations = {
  /** each scenario with its `sources` entries as places in `citationsJson` (other fields are the scenario's own) */
  scenarios: Record<string, unknown>[];
  /** the distinct sources, each as its JSON text, in order of first use */
  citationsJson: string[];
};

/**
 * Each distinct source (equal JSON text) once. The text is the key, so a
 * source is turned into JSON once, and that text is what the file holds.
 */
export function shareCitations(scenarios: readonly Scenario[]): SharedCitations {
  const places = new Map<string, number>();
  const citationsJson: string[] = [];
  const out = scenarios.map((s): Record<string, unknown> => {
    // a scenario written as it is given: one without sources (a caller's mistake, or a test's corrupt file) keeps what it has
    if (!isPlainObject(s.sources)) return s;
    const refs: Record<string, number> = {};
    for (const [key, source] of Object.entries(s.sources)) {
      const json = JSON.stringify(source);
      let at = places.get(json);
      if (at === undefined) {
        at = citationsJson.length;
        places.set(json, at);
        citationsJson.push(json);
      }
      refs[key] = at;
    }
    return { ...s, sources: refs };
  });
  return { scenarios: out, citationsJson };
}

/**
 * A file's `scenarios` with every place in `citations` replaced by the source
 * there, or the problems: a `citations` that is not a list, a place that is
 * not in it. Files without `citations` come back as they are. Scenarios that
 * share a source share the object; the scenario check builds each scenario's
 * own copy. Pure: the input is not changed.
 */
export function expandCitations(scenarios: readonly unknown[], citations: unknown): { ok: true; scenarios: unknown[] } | { ok: false; problems: IoProblem[] } {
  if (citations === undefined) return { ok: true, scenarios: [...scenarios] };
  if (!Array.isArray(citations)) return { ok: false, problems: [issueAt('citations', 'file.notList', { got: jsonType(citations) })] };
  const problems: IoProblem[] = [];
  const out = scenarios.map((s, i) => {
    if (!isPlainObject(s) || !isPlainObject(s.sources)) return s;
    let expanded: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(s.sources)) {
      if (typeof value !== 'number') continue;
      expanded ??= { ...s.sources };
      if (Number.isInteger(value) && value >= 0 && value < citations.length) expanded[key] = citations[value];
      else problems.push(issueAt(formatPath(['scenarios', i, 'sources', key]), 'file.citationMissing', { place: value, count: citations.length }));
    }
    return expanded ? { ...s, sources: expanded } : s;
  });
  return problems.length ? { ok: false, problems } : { ok: true, scenarios: out };
}
