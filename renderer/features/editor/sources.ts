import { getAt, joinPath, parsePath, setAt } from '../../../shared/model/path';
import type { SourceRef } from '../../../shared/model/provenance';
import type { Scenario } from '../../../shared/model/scenario';

/**
 * The source of the value at `path`: its own entry in `scenario.sources`, else
 * the nearest enclosing one. Ledger items (projects, fleet, storage, targets)
 * carry their own `source`, which counts as the entry of the item's path.
 */
export function sourceFor(s: Scenario, path: string): SourceRef | undefined {
  const keys = parsePath(path);
  for (let n = keys.length; n >= 0; n--) {
    const p = joinPath(keys.slice(0, n));
    const own = s.sources[p];
    if (own) return own;
    if (n > 0 && typeof keys[n - 1] === 'number') {
      // the item itself (not a parsed copy): callers compare sources by identity
      const item = getAt(s, p) as { source?: SourceRef } | undefined;
      if (item?.source && typeof item.source === 'object' && 'kind' in item.source) return item.source;
    }
  }
  return undefined;
}

type Item = { id: string };
const indexRe = (listPath: string) => new RegExp(`^${listPath.replace(/[.[\]]/g, '\\$&')}\\[(\\d+)\\](.*)$`);

/**
 * Keeps per-field source entries of a list (`electricity.projects[3].capacityMW`)
 * attached to the same item after items were added, removed or reordered:
 * entries follow their item's id, and entries of removed items are dropped.
 */
export function remapItemSources(prev: Scenario, next: Scenario, listPath: string): Scenario {
  const before = (getAt(prev, listPath) as Item[] | undefined) ?? [];
  const after = (getAt(next, listPath) as Item[] | undefined) ?? [];
  const newIndex = new Map(after.map((item, i) => [item.id, i]));
  const re = indexRe(listPath);
  let changed = false;
  const sources: Scenario['sources'] = {};
  for (const [k, ref] of Object.entries(next.sources)) {
    const m = re.exec(k);
    if (!m) {
      sources[k] = ref;
      continue;
    }
    const id = before[Number(m[1])]?.id;
    const j = id === undefined ? undefined : newIndex.get(id);
    if (j === undefined) {
      changed = true;
      continue;
    }
    const moved = `${listPath}[${j}]${m[2]}`;
    if (moved !== k) changed = true;
    sources[moved] = ref;
  }
  return changed ? { ...next, sources } : next;
}

/** The scenario with the list at `listPath` replaced by `items`, each item keeping its own sources. */
export function withList(prev: Scenario, listPath: string, items: readonly Item[]): Scenario {
  return remapItemSources(prev, setAt(prev, listPath, items), listPath);
}
