import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAt } from '../../../../shared/model/path';
import type { Series } from '../../../../shared/model/series';
import { valueInYear } from '../../../components/fields/series-convert';
import { useExpressionValues } from '../../../engine/expression-values';
import { sameItems, useEditor, useScenario, useYears } from '../EditorContext';
import { addsUpTo100, rebalance, setShares, sumOf } from '../../../../shared/model/ops-shares';

export type ShareGroup = {
  /** what a cell shows: the pending value, else the base-year value */
  value: (path: string) => number;
  /** the value is a series (the cell shows its base-year value; an edit makes it a constant) */
  isSeries: (path: string) => boolean;
  sum: number;
  /** edits held back because the group does not add up to 100 % yet */
  pending: boolean;
  set: (path: string, v: number) => Promise<string[]>;
  rebalance: () => Promise<string[]>;
  discard: () => void;
};

/**
 * Shares that must add up to 100 % cannot be applied one cell at a time (every
 * intermediate state is invalid). Edits are held as a draft, with the sum shown,
 * until the group adds up again; then all of them are applied as one change.
 */
export function useShareGroup(groupPath: string, paths: readonly string[]): ShareGroup {
  const { t } = useTranslation('editor');
  // this group's series only: an edit elsewhere does not re-render the row
  const values = useScenario((s) => paths.map((p) => getAt(s, p) as Series), sameItems);
  const { baseYear, endYear } = useYears();
  useExpressionValues(); // shares written as expressions show once the worker has sent their values
  const { change, get } = useEditor();
  const [draft, setDraft] = useState<Record<string, number>>({});
  const [last, setLast] = useState<string | null>(null);
  const series = (p: string) => values[paths.indexOf(p)] ?? (getAt(get(), p) as Series);
  const stored = (p: string) => valueInYear(series(p), baseYear, baseYear, endYear) ?? 0;
  const value = (p: string) => draft[p] ?? stored(p);
  const sum = sumOf(paths.map(value));

  const apply = async (values: Record<string, number>): Promise<string[]> => {
    const refused = await change((s) => setShares(s, values), groupPath);
    if (refused.length === 0) {
      setDraft({});
      setLast(null);
    }
    return refused;
  };

  return {
    value,
    isSeries: (p) => typeof series(p) !== 'number',
    sum,
    pending: Object.keys(draft).length > 0,
    set: (p, v) => {
      if (v < 0 || v > 100) return Promise.resolve([t('fields.shareRange')]);
      const next = { ...draft, [p]: v };
      setLast(p);
      setDraft(next);
      if (addsUpTo100(sumOf(paths.map((q) => next[q] ?? stored(q))))) return apply(next);
      return Promise.resolve([]);
    },
    rebalance: () => {
      const fixed = last ?? paths[0]!;
      const all = Object.fromEntries(paths.map((p) => [p, value(p)]));
      return apply(rebalance(all, fixed));
    },
    discard: () => {
      setDraft({});
      setLast(null);
    },
  };
}
