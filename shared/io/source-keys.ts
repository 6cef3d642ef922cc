import { echo } from '../model/echo';
import { issueAt } from '../model/issue-codes';
import { createChainResolver, formatOverridePath, InheritanceError, parseOverridePath, type DerivedScenario, type ScenarioLookup } from '../model/inherit';
import { idPathOf } from '../model/path';
import type { Scenario } from '../model/scenario';
import { isPlainObject } from './text';
import type { IoWarning } from './problems';

/**
 * Source keys by item id. Until format 2, `scenario.sources` addressed the
 * fields of ledger rows (projects, fleet, pumped storage, targets) by their
 * position (`electricity.projects[2].capacityMW`), so adding, removing or
 * reordering rows, here or in a parent scenario, could attach a source to the
 * wrong row. These functions rewrite such keys to the row's id
 * (`electricity.projects[id=pv-a].capacityMW`), reading the row at that position
 * in the scenario as it stands; a key whose position holds no row is dropped
 * with a warning naming it. They work on loose JSON: anything not understood is
 * left for validation to report.
 */

type Obj = Record<string, unknown>;

/** Only keys with a position in them can need a rewrite (most keys have none). */
const mayHavePosition = (key: string) => /\[\d+\]/.test(key);

/**
 * The id form of `key` in `scenario`; null (and a warning) when its position holds no row.
 * A row without an id keeps the key as it is: validation names the row.
 */
function rekey(key: string, scenario: unknown, where: string, warnings: IoWarning[]): string | null {
  if (!mayHavePosition(key)) return key;
  const r = idPathOf(scenario, key);
  if ('path' in r) return r.path;
  const { list, index, length } = r.missing;
  if (index < length) return key;
  warnings.push(issueAt(where, 'sources.dropped', { key: echo(key), list, length, index }));
  return null;
}

/** `sources` of `scenario` (loose) with positional keys rewritten; the same object when none needed it. */
function rekeySources(sources: unknown, scenario: unknown, where: string, warnings: IoWarning[]): unknown {
  if (!isPlainObject(sources) || !Object.keys(sources).some(mayHavePosition)) return sources;
  const out: [string, unknown][] = [];
  for (const [key, ref] of Object.entries(sources)) {
    const k = rekey(key, scenario, `${where}[${JSON.stringify(key)}]`, warnings);
    if (k !== null) out.push([k, ref]);
  }
  // fromEntries defines own keys: a key named __proto__ stays a key
  return Object.fromEntries(out);
}

/** One scenario (loose JSON) with its source keys by item id; the same object when none needed it. */
export function scenarioSourceKeysById(scenario: unknown, path: string, warnings: IoWarning[]): unknown {
  if (!isPlainObject(scenario)) return scenario;
  const sources = rekeySources(scenario.sources, scenario, `${path}.sources`, warnings);
  return sources === scenario.sources ? scenario : { ...scenario, sources };
}

/** `sources["k"]` or `sources` → the key (or '' for the whole map); null for any other override path. */
function sourcesTarget(path: unknown): string | null {
  if (typeof path !== 'string') return null;
  try {
    const segs = parseOverridePath(path);
    const [head, key] = segs;
    if (!head || !('key' in head) || head.key !== 'sources') return null;
    if (segs.length === 1) return '';
    return segs.length === 2 && key && 'key' in key ? key.key : null;
  } catch {
    return null;
  }
}

/** Whether a derived scenario (loose JSON) has source overrides that may name rows by position. */
export const hasPositionalSource = (d: unknown): boolean =>
  isPlainObject(d) &&
  Array.isArray(d.overrides) &&
  d.overrides.some((o) => {
    const key = isPlainObject(o) ? sourcesTarget(o.path) : null;
    return key !== null && (key === '' || mayHavePosition(key));
  });

/** A derived scenario's rows: as it resolves (its parent chain with its own changes) and as its parent resolves. */
export type DerivedRows = { resolved: unknown; parent: unknown };

/**
 * A derived scenario (loose JSON) with its source overrides by row id. A
 * value it gives a key was shown against its own row at that position, so
 * its position is read in `rows.resolved`; a removal hides the parent's entry,
 * so its position is read in `rows.parent`. When the parent is not to be
 * found (`rows` null) such overrides cannot be placed and are dropped with a warning.
 */
export function derivedSourceKeysById(derived: unknown, rows: DerivedRows | null, path: string, warnings: IoWarning[]): unknown {
  if (!hasPositionalSource(derived)) return derived;
  const d = derived as Obj & { overrides: unknown[] };
  const overrides: unknown[] = [];
  d.overrides.forEach((o, j) => {
    const key = isPlainObject(o) ? sourcesTarget(o.path) : null;
    const where = `${path}.overrides[${j}]`;
    if (key === null || !(key === '' || mayHavePosition(key))) overrides.push(o);
    else if (rows === null) {
      warnings.push(issueAt(where, 'sources.droppedNoParent', { key: echo(key || 'sources') }));
    } else {
      const change = o as Obj;
      const removal = !('value' in change);
      if (key === '') overrides.push(removal ? o : { ...change, value: rekeySources(change.value, rows.resolved, `${where}.value`, warnings) });
      else {
        const k = rekey(key, removal ? rows.parent : rows.resolved, where, warnings);
        if (k !== null) overrides.push(k === key ? o : { ...change, path: formatOverridePath([{ key: 'sources' }, { key: k }]) });
      }
    }
  });
  return { ...d, overrides };
}

export type LooseLibrary = { scenarios: unknown[]; derived: unknown[] };

/**
 * Every scenario and derived scenario of a file or backup with source keys by
 * item id. Derived scenarios are resolved through their parents (in the
 * library first, then `parents`) to find the rows their positions meant;
 * `paths` name the two lists in warnings.
 */
export function librarySourceKeysById(
  lib: LooseLibrary,
  paths: { scenarios: string; derived: string },
  warnings: IoWarning[],
  parents?: ScenarioLookup,
): LooseLibrary {
  const scenarios = lib.scenarios.map((s, i) => scenarioSourceKeysById(s, `${paths.scenarios}[${i}]`, warnings));
  if (!lib.derived.some(hasPositionalSource)) return { scenarios, derived: lib.derived };
  const own = new Map<string, unknown>();
  for (const x of [...lib.scenarios, ...lib.derived]) if (isPlainObject(x) && typeof x.id === 'string') own.set(x.id, x);
  const resolve = createChainResolver((id) => (own.get(id) as Scenario | DerivedScenario | undefined) ?? parents?.(id));
  // null: the chain ends at a scenario nobody has; undefined: it cannot be resolved otherwise
  // (a cycle, a malformed change), which validation reports, so the entry is left as it is
  const rowsOf = (d: Obj): DerivedRows | null | undefined => {
    try {
      return { resolved: resolve(d.id as string).scenario, parent: resolve(d.parentId as string).scenario };
    } catch (err) {
      return err instanceof InheritanceError && err.kind === 'missing' ? null : undefined;
    }
  };
  const derived = lib.derived.map((d, i) => {
    if (!hasPositionalSource(d) || typeof (d as Obj).id !== 'string') return d;
    const rows = rowsOf(d as Obj);
    return rows === undefined ? d : derivedSourceKeysById(d, rows, `${paths.derived}[${i}]`, warnings);
  });
  return { scenarios, derived };
}

/** Format 1 → 2: source keys by item id. */
export function migrateFileV1toV2(doc: Obj, warnings: IoWarning[]): Obj {
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const lib = librarySourceKeysById({ scenarios: list(doc.scenarios), derived: list(doc.derived) }, { scenarios: 'scenarios', derived: 'derived' }, warnings);
  const out: Obj = { ...doc, formatVersion: 2 };
  if (Array.isArray(doc.scenarios)) out.scenarios = lib.scenarios;
  if (Array.isArray(doc.derived)) out.derived = lib.derived;
  return out;
}
