import {
  applyOverrides,
  deriveFrom,
  formatOverridePath,
  parseOverridePath,
  resetOverride,
  valueAt,
  type PathSegment,
} from './inherit';
import { idPath, isWithin, parsePath, type KEYED_COLLECTIONS } from './path';
import type { Scenario } from './scenario';

/**
 * Edits of a derived scenario against its parent (reset a field, restore a
 * removed item) and the status of each field (inherited, overridden, added).
 * Editor paths address list items by index (`electricity.projects[3].capacityMW`);
 * the overrides and `sources` address them by id (`electricity.projects[id=pv-a].capacityMW`).
 */

/** inherited: the parent's value shows through; overridden: this scenario's own; added: an item the parent does not have */
export type InheritStatus = 'inherited' | 'overridden' | 'added';

const SOURCES = 'sources';

/**
 * The override path of an editor path in `s`: list indices of the id-keyed
 * lists become `[id=…]`; an index into any other list (a point of a series)
 * stops the path there, since such lists are overridden whole.
 */
export function overridePathOf(s: Scenario, editorPath: string): string {
  const segs: PathSegment[] = [];
  for (const k of parsePath(idPath(s, editorPath))) {
    if (typeof k === 'number') break;
    segs.push(typeof k === 'string' ? { key: k } : { id: k.id });
  }
  return formatOverridePath(segs);
}

/** `sources["k"]` → k (a source entry of the scenario), else null. */
function sourceKeyOf(path: string): string | null {
  try {
    const segs = parseOverridePath(path);
    const [a, b] = segs;
    return segs.length === 2 && a && 'key' in a && a.key === SOURCES && b && 'key' in b ? b.key : null;
  } catch {
    return null;
  }
}

type Index = { count: number; at: Set<string>; below: Set<string>; sources: Set<string> };

function buildIndex(parent: Scenario, s: Scenario): Index {
  const overrides = deriveFrom(parent, s).overrides;
  const at = new Set<string>();
  const below = new Set<string>();
  const sources = new Set<string>();
  for (const o of overrides) {
    const key = sourceKeyOf(o.path);
    if (key !== null) {
      sources.add(key);
      continue;
    }
    at.add(o.path);
    const segs = parseOverridePath(o.path);
    for (let i = 1; i < segs.length; i++) below.add(formatOverridePath(segs.slice(0, i)));
  }
  return { count: at.size, at, below, sources };
}

export type InheritLookup = {
  /** the field's status in `s` (cheap: the diff against the parent is computed once per version of the scenario) */
  status(s: Scenario, editorPath: string): InheritStatus;
  /** how many values `s` changes against the parent (source entries not counted) */
  count(s: Scenario): number;
};

/** Status lookups against one parent, cached per scenario version. */
export function createInheritLookup(parent: Scenario): InheritLookup {
  const cache = new WeakMap<Scenario, Index>();
  const indexOf = (s: Scenario) => {
    let idx = cache.get(s);
    if (!idx) {
      idx = buildIndex(parent, s);
      cache.set(s, idx);
    }
    return idx;
  };
  return {
    count: (s) => indexOf(s).count,
    status(s, editorPath) {
      const idx = indexOf(s);
      const path = overridePathOf(s, editorPath);
      if (!path) return idx.count ? 'overridden' : 'inherited';
      const segs = parseOverridePath(path);
      for (let i = 1; i <= segs.length; i++) {
        const prefix = i === segs.length ? path : formatOverridePath(segs.slice(0, i));
        if (!idx.at.has(prefix)) continue;
        const last = segs[i - 1]!;
        return 'id' in last && valueAt(parent, prefix) === undefined ? 'added' : 'overridden';
      }
      return idx.below.has(path) || idx.sources.has(idPath(s, editorPath)) ? 'overridden' : 'inherited';
    },
  };
}

/**
 * `s` with the field at `editorPath` (and everything inside it) back at the
 * parent's value, and its source entries (`sources["<path>…"]`) back at the
 * parent's too, so the field's provenance is the parent's again.
 */
export function resetToParent(parent: Scenario, s: Scenario, editorPath: string): Scenario {
  const child = resetOverride(deriveFrom(parent, s), overridePathOf(s, editorPath));
  const field = idPath(s, editorPath);
  const overrides = child.overrides.filter((o) => {
    const key = sourceKeyOf(o.path);
    return key === null || !isWithin(key, field);
  });
  return applyOverrides(parent, { ...child, overrides });
}

export type KeyedCollection = (typeof KEYED_COLLECTIONS)[number];
/** What the editor needs of an item of an id-keyed list to name it. */
export type ListItem = { id: string; name?: string; label?: string };

const itemsAt = (s: Scenario, collection: KeyedCollection) => (valueAt(s, collection) as ListItem[] | undefined) ?? [];

/** The parent's items of an id-keyed list that `s` no longer has (this scenario removed them), in the parent's order. */
export function removedFromParent(parent: Scenario, s: Scenario, collection: KeyedCollection): ListItem[] {
  const own = new Set(itemsAt(s, collection).map((i) => i.id));
  return itemsAt(parent, collection).filter((i) => !own.has(i.id));
}

/**
 * `s` with the parent's item `id` of `collection` back where the parent has
 * it: the removal is dropped from the changes, so the item is inherited again.
 */
export function restoreFromParent(parent: Scenario, s: Scenario, collection: KeyedCollection, id: string): Scenario {
  const path = formatOverridePath([...collection.split('.').map((key) => ({ key })), { id }]);
  return applyOverrides(parent, resetOverride(deriveFrom(parent, s), path));
}
