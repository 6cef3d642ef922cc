import type { EnsembleResults } from '../engine/ensemble/types';
import type { TargetStatus } from '../engine/results';
import { INPUT_SPECS, type InputRange, type UncertainInput } from '../model/uncertainty';
import type { GeneratorType } from '../model/vocabulary';
import { describeSource } from './results-sources';
import type { ResultsExportItem } from './results-sheets';

/** The uncertainty analysis's figures as the workbook's tables hold them (results-ensemble.ts writes them). */

export type WithEnsemble = ResultsExportItem & { ensemble: EnsembleResults };

/** The scenarios whose ensemble was computed: the sheet shows only those. */
export const withEnsemble = (items: readonly ResultsExportItem[]): WithEnsemble[] =>
  items.filter((i): i is WithEnsemble => i.ensemble !== undefined);

const TYPE_LABELS: Record<GeneratorType, { zh: string; en: string }> = {
  coal: { zh: '煤电', en: 'coal power' },
  gas: { zh: '气电', en: 'gas power' },
  hydro: { zh: '水电', en: 'hydro' },
  pv: { zh: '光伏', en: 'PV' },
  wind: { zh: '风电', en: 'wind' },
  biomass: { zh: '生物质发电', en: 'biomass power' },
};

const BASE_LABELS = {
  gdpGrowth: { zh: '地区生产总值增速', en: 'GDP growth', acts: { zh: '增速路径逐年加减（百分点）', en: 'added to the growth path every year (pp)' } },
  intensityDecline: { zh: '能耗强度下降率', en: 'Energy-intensity decline', acts: { zh: '下降率路径逐年加减（百分点）', en: 'added to the decline path every year (pp)' } },
  gridFactor: { zh: '电网排放因子', en: 'Grid emission factor', acts: { zh: '因子路径乘以系数', en: 'the factor path × the value' } },
  hydroYear: { zh: '丰枯水年', en: 'Wet or dry hydro year', acts: { zh: '水电出力乘以系数（各年相同）', en: 'hydro output × the value (every year alike)' } },
  commissioningDelay: { zh: '未投产项目推迟投产', en: 'Commissioning delay', acts: { zh: '未投产台账项目整体推迟（整年）', en: 'every ledger project not yet operating starts later (whole years)' } },
  industryCoalShare: { zh: '工业用能中煤炭比重', en: 'Coal share in industry', acts: { zh: '煤炭比重加减（百分点），其他品种按比例调整', en: 'added to coal’s share (pp), the other fuels rescaled' } },
  productOutput: { zh: '重点产品产量', en: 'Output of key products', acts: { zh: '各产品产量路径乘以系数，随产量计算的过程排放同步变化', en: 'every product’s output path × the value, with the process CO2 it drives' } },
  productUnitEnergy: { zh: '重点产品单位产品综合能耗', en: 'Unit energy of key products', acts: { zh: '各工艺路线单位产品综合能耗路径乘以系数', en: 'every route’s unit-energy path × the value' } },
  costs: { zh: '成本', en: 'Costs', acts: { zh: '投资、运维、燃料与购电价格均乘以系数（不影响排放结果）', en: 'every cost (investment, O&M, fuel and import prices) × the value (moves no emission figure)' } },
} as const;

/** An input in the planners' words, with what a sampled value does. */
export function inputLabel(input: UncertainInput): { zh: string; en: string; acts: { zh: string; en: string } } {
  if (input in BASE_LABELS) return BASE_LABELS[input as keyof typeof BASE_LABELS];
  const type = input.slice('utilisation'.length).toLowerCase() as GeneratorType;
  const t = TYPE_LABELS[type];
  return {
    zh: `${t.zh}利用小时数`,
    en: `Utilisation hours, ${t.en}`,
    acts: { zh: '该类机组利用小时数乘以系数', en: 'the plants’ utilisation hours × the value' },
  };
}

export const DISTRIBUTION_TEXT = { uniform: '均匀 uniform', triangular: '三角 triangular' } as const;

/** A range's unit: pp, a factor, or years. */
export const rangeUnit = (input: UncertainInput): string => ({ shift: '百分点 pp', factor: '倍 ×', years: '年 years' })[INPUT_SPECS[input].kind];

/** A range's source as one line: what kind, the title or reasoning, and the detail. */
export function rangeSource(r: InputRange): string {
  const d = describeSource(r.source);
  return [d.kind, d.title, d.issuer, d.place, d.detail].filter((x) => x).join('；');
}

/** A target of the ensemble with the engine's own status of the central run beside it. */
export type EnsembleTargetRow = { id: string; label: string; metric: TargetStatus['metric'] | null; year: number | null; target: number | null; unit: string; probability: number; met: number; centralMet: boolean | null };

export function targetRows(item: WithEnsemble): EnsembleTargetRow[] {
  return item.ensemble.targets.map((t) => {
    const s = item.results.targets.find((x) => x.id === t.id);
    return {
      id: t.id,
      label: s?.label ?? t.id,
      metric: s?.metric ?? null,
      year: s?.year ?? null,
      target: s?.target ?? null,
      unit: s?.unit ?? '',
      probability: t.probability,
      met: t.met,
      centralMet: s?.met ?? null,
    };
  });
}

/**
 * The scenario's own costs across the runs, 亿元: the present value of electricity-supply costs and the total
 * investment, P10/P50/P90 beside the central run's figure; none when the ensemble carries no costs.
 */
export function costRows(item: WithEnsemble): { label: string; p10: number; p50: number; p90: number; central: number | null }[] {
  const c = item.ensemble.costs;
  if (!c) return [];
  const central = item.results.costs;
  return [
    { label: '供电成本现值 Present value of electricity-supply costs', ...c.presentValueYiYuan, central: central?.presentValueYiYuan ?? null },
    { label: '总投资 Total investment', ...c.totalInvestmentYiYuan, central: central?.totalInvestmentYiYuan ?? null },
  ];
}

/** The peak-year distribution with each year's share and the cumulative share of the computed runs, %. */
export function peakRows(e: EnsembleResults): { year: number | null; count: number; sharePct: number; cumulativePct: number }[] {
  const computed = e.runs - e.failed;
  const pct = (n: number) => (computed > 0 ? (n / computed) * 100 : 0);
  let seen = 0;
  const rows = [...e.peakYears]
    .sort((a, b) => a.year - b.year)
    .map((p) => {
      seen += p.count;
      return { year: p.year as number | null, count: p.count, sharePct: pct(p.count), cumulativePct: pct(seen) };
    });
  rows.push({ year: null, count: e.noPeak, sharePct: pct(e.noPeak), cumulativePct: pct(seen + e.noPeak) });
  return rows;
}
