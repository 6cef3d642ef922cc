import { useEffect, useState } from 'react';
import { useRepo } from '../db/RepoContext';
import { formatCompareQuery } from '../features/compare/compare-query';
import { routeHash } from '../navigation/route';
import { compareIdsFrom } from './compare-from';

/**
 * The address of 情景对比 opened from scenario `id` (with what it is measured
 * against, `compareIdsFrom`); the plain page without one. `parentId`: the open
 * document's parent, so the link follows it.
 */
export function useCompareHref(id: string | null, parentId?: string | null): string {
  const repo = useRepo();
  const [ids, setIds] = useState<{ of: string; ids: string[] } | null>(null);
  useEffect(() => {
    if (id === null) return;
    let live = true;
    void repo
      .get(id)
      .then((rec) => live && setIds({ of: id, ids: compareIdsFrom({ id, ...(rec?.parentId !== undefined ? { parentId: rec.parentId } : {}), ...(rec?.presetId ? { presetId: rec.presetId } : {}) }) }))
      .catch(() => live && setIds({ of: id, ids: [id] }));
    return () => {
      live = false;
    };
    // the parent is read again when it changes (a derived scenario made standalone)
  }, [repo, id, parentId]);
  if (id === null) return routeHash({ name: 'compare', query: '' });
  // until the record is read: the scenario alone
  const chosen = ids?.of === id ? ids.ids : [id];
  return routeHash({ name: 'compare', query: formatCompareQuery({ ids: chosen, years: null, lmdiB: null, lmdiYear: null }) });
}
