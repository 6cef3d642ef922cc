import { getAt, idPath, joinPath, parsePath } from '../../../shared/model/path';
import type { SourceRef } from '../../../shared/model/provenance';
import type { Scenario } from '../../../shared/model/scenario';

/**
 * The source of the value at `path` (an editor path, rows by position): its own
 * entry in `scenario.sources` (keyed with rows by id), else the nearest
 * enclosing one. Ledger items (projects, fleet, storage, targets) carry their
 * own `source`, which counts as the entry of the item's path.
 */
export function sourceFor(s: Scenario, path: string): SourceRef | undefined {
  const keys = parsePath(idPath(s, path));
  for (let n = keys.length; n >= 0; n--) {
    const p = joinPath(keys.slice(0, n));
    const own = s.sources[p];
    if (own) return own;
    if (n > 0 && typeof keys[n - 1] !== 'string') {
      // the item itself (not a parsed copy): callers compare sources by identity
      const item = getAt(s, p) as { source?: SourceRef } | undefined;
      if (item?.source && typeof item.source === 'object' && 'kind' in item.source) return item.source;
    }
  }
  return undefined;
}

/** The field's own entry in `scenario.sources`, if it has one. */
export const ownSource = (s: Scenario, path: string): SourceRef | undefined => s.sources[idPath(s, path)];
