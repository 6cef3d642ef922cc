import { compareCosts } from '../engine/costs/compare';
import type { CostAssetType, CostComparison } from '../engine/costs/types';
import { resolveCosts } from '../model/cost-defaults';
import type { ResultsExportItem } from './results-sheets';
import { GENERATOR_LABELS } from './result-columns';

/** The asset types as the workbook and the report name them. */
export const COST_TYPE_LABELS: Record<CostAssetType, { zh: string; en: string }> = {
  ...GENERATOR_LABELS,
  pumpedStorage: { zh: '抽水蓄能', en: 'pumped storage' },
  battery: { zh: '电化学储能', en: 'batteries' },
};

/** Why a scenario's reference comparison is not in the workbook. */
export type ComparisonGap = 'notExported' | 'pricedOtherwise' | 'countedOtherwise';

export type ItemComparison =
  | { referenceId: string; comparison: CostComparison }
  | { referenceId: string; gap: ComparisonGap };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Each exported scenario's comparison with its reference scenario, where it
 * names one: computed from the exported results when the reference is among
 * them and was priced and counted the same way (otherwise the difference
 * would mix prices or methods with plans, and the gap is said instead).
 */
export function comparisonsOf(items: readonly ResultsExportItem[]): (ItemComparison | null)[] {
  const byId = new Map(items.map((i) => [i.scenario.id, i]));
  return items.map((item) => {
    const referenceId = item.scenario.costs?.referenceScenarioId;
    if (referenceId === undefined) return null;
    const ref = byId.get(referenceId);
    return ref ? comparisonAgainst(item, ref) : { referenceId, gap: 'notExported' };
  });
}

/** One scenario against another as computed (the reference's id is the other's), or why the two do not compare. */
export function comparisonAgainst(item: ResultsExportItem, ref: ResultsExportItem): ItemComparison {
  const referenceId = ref.scenario.id;
  if (!ref.results.costs || !item.results.costs) return { referenceId, gap: 'notExported' };
  const { referenceScenarioId: _a, ...own } = item.scenario.costs ?? {};
  const { referenceScenarioId: _b, ...theirs } = ref.scenario.costs ?? {};
  if (!same(resolveCosts(own), resolveCosts(theirs))) return { referenceId, gap: 'pricedOtherwise' };
  const sameYears = ref.results.baseYear === item.results.baseYear && ref.results.endYear === item.results.endYear;
  if (!same(item.scenario.accounting, ref.scenario.accounting) || !sameYears) return { referenceId, gap: 'countedOtherwise' };
  return { referenceId, comparison: compareCosts(item.results, ref.results) };
}

export const GAP_TEXT: Record<ComparisonGap, string> = {
  notExported: '参照情景未随本工作簿导出。The reference scenario is not in this workbook.',
  pricedOtherwise: '参照情景的成本设置不同，差值会混入价格差异，故不列出；请在软件中比较。The reference is priced otherwise; compare in the app, which prices it as this scenario.',
  countedOtherwise: '参照情景的核算口径或规划期（基准年、展望年）不同，故不列出。The reference uses other accounting methods or another horizon.',
};
