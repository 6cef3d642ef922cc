import type { PeriodChange, ScenarioResults, YearResult } from '../engine/results';
import type { EnsembleResults } from '../engine/ensemble/types';
import type { Scenario, TargetMetric } from '../model/scenario';
import { methodsKey } from './method-labels';
import { UNITS } from './result-columns';

/** The results workbook's tables other than the years: their columns, with Chinese and English headers (results-xlsx.ts writes them). */

/** `ensemble`: the uncertainty analysis, when it was computed (its sheet is written only then). */
export type ResultsExportItem = { scenario: Scenario; results: ScenarioResults; ensemble?: EnsembleResults };

/** A column of a sheet: its header (Chinese and English, written as one row), number format and width. */
export type SheetColumn = { zh: string; en: string; numFmt?: string; width?: number };

const yearRow = (r: ScenarioResults, year: number): YearResult | undefined => r.years[year - r.baseYear];

export const METRIC_LABELS: Record<TargetMetric, { zh: string; en: string }> = {
  co2IntensityReduction: { zh: '单位地区生产总值二氧化碳排放降低', en: 'Reduction of CO2 emissions per unit of GDP' },
  energyIntensityReduction: { zh: '单位地区生产总值能源消耗降低', en: 'Reduction of energy consumption per unit of GDP' },
  nonFossilShare: { zh: '非化石能源消费比重', en: 'Non-fossil share of energy consumption' },
  energyCap: { zh: '能源消费总量上限', en: 'Energy consumption cap' },
  co2Cap: { zh: '二氧化碳排放总量上限', en: 'CO2 emissions cap' },
  peakYear: { zh: '碳达峰年份', en: 'Peak year' },
  co2Budget: { zh: '碳排放预算（期内累计二氧化碳排放）', en: 'Carbon budget (cumulative CO2 over the period)' },
  sectorPeakYear: { zh: '分领域碳达峰年份', en: 'Sector peak year' },
  sectorIntensityReduction: { zh: '单位工业增加值二氧化碳排放降低', en: 'Reduction of CO2 per unit of industry value added' },
  forestCover: { zh: '森林覆盖率', en: 'Forest cover' },
  forestStock: { zh: '森林蓄积量', en: 'Forest stock volume' },
};

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 14 → 十四五, 20 → 二十五 */
export function planName(plan: number): string {
  const tens = Math.floor(plan / 10);
  const ones = plan % 10;
  return `${tens > 1 ? DIGITS[tens] : ''}${tens ? '十' : ''}${DIGITS[ones]}五`;
}

/** Summary figures of one scenario (shared with the CSV summary and the read-back). */
export type SummaryRow = {
  region: string;
  scenario: string;
  scenarioId: string;
  sheet: string;
  baseYear: number;
  peakYear: number;
  peakWithinHorizon: boolean;
  peakCo2: number;
  co2PerGdp2025: number | null;
  co2PerGdp2030: number | null;
  co2PerGdpReduction2025: number | null;
  co2PerGdpReduction2030: number | null;
  nonFossilShare2025: number | null;
  nonFossilShare2030: number | null;
  energyPerGdp2025: number | null;
  energyPerGdp2030: number | null;
  targetsMet: number;
  targetsTotal: number;
  /** within the horizon and no rebound (periods.ts, findPeak) */
  peakHolds: boolean;
  /** the year peak-year targets are judged on (periods.ts, findPeak) */
  peakReachedYear: number;
  plateauFromYear: number;
  plateauToYear: number;
  reboundYear: number | null;
  /** `energyControl=…; electricityCo2=…; …` (method-labels.ts) */
  methods: string;
};

/** A row of the summary sheet: a figure of each scenario, its unit in a column of its own. */
export type SummaryCol = SheetColumn & { key: keyof SummaryRow; unit?: string };

const U = UNITS;
export const SUMMARY_COLUMNS: SummaryCol[] = [
  { key: 'region', zh: '地区', en: 'Region' },
  { key: 'scenario', zh: '情景', en: 'Scenario' },
  { key: 'scenarioId', zh: '情景编号', en: 'Scenario id' },
  { key: 'sheet', zh: '工作表', en: 'Sheet' },
  { key: 'baseYear', zh: '基准年', en: 'Base year', numFmt: '0' },
  { key: 'peakYear', zh: '二氧化碳排放最高年份', en: 'Year of highest CO2', numFmt: '0' },
  { key: 'peakWithinHorizon', zh: '规划期内达峰', en: 'Peaks within horizon' },
  { key: 'peakCo2', zh: '峰值二氧化碳排放', en: 'Peak CO2', unit: U.wanTCo2.zh, numFmt: U.wanTCo2.numFmt },
  { key: 'peakHolds', zh: '达峰成立（无反弹）', en: 'Peak holds (no rebound)' },
  { key: 'peakReachedYear', zh: '达峰年（达峰目标判定年）', en: 'Peak reached (year targets are judged on)', numFmt: '0' },
  { key: 'plateauFromYear', zh: '峰值平台期起', en: 'Plateau from', numFmt: '0' },
  { key: 'plateauToYear', zh: '峰值平台期止', en: 'Plateau to', numFmt: '0' },
  { key: 'reboundYear', zh: '反弹年份', en: 'Rebound year', numFmt: '0' },
  { key: 'co2PerGdp2025', zh: '2025年单位地区生产总值二氧化碳排放', en: 'CO2 per GDP 2025', unit: U.tCo2PerWanYuan.zh, numFmt: U.tCo2PerWanYuan.numFmt },
  { key: 'co2PerGdp2030', zh: '2030年单位地区生产总值二氧化碳排放', en: 'CO2 per GDP 2030', unit: U.tCo2PerWanYuan.zh, numFmt: U.tCo2PerWanYuan.numFmt },
  { key: 'co2PerGdpReduction2025', zh: '2025年单位地区生产总值二氧化碳排放较基准年降低', en: 'CO2-intensity reduction vs base year, 2025', unit: U.pct.zh, numFmt: U.pct.numFmt },
  { key: 'co2PerGdpReduction2030', zh: '2030年单位地区生产总值二氧化碳排放较基准年降低', en: 'CO2-intensity reduction vs base year, 2030', unit: U.pct.zh, numFmt: U.pct.numFmt },
  { key: 'nonFossilShare2025', zh: '2025年非化石能源消费比重', en: 'Non-fossil share 2025', unit: U.pct.zh, numFmt: U.pct.numFmt },
  { key: 'nonFossilShare2030', zh: '2030年非化石能源消费比重', en: 'Non-fossil share 2030', unit: U.pct.zh, numFmt: U.pct.numFmt },
  { key: 'energyPerGdp2025', zh: '2025年单位地区生产总值能源消耗', en: 'Energy per GDP 2025', unit: U.tcePerWanYuan.zh, numFmt: U.tcePerWanYuan.numFmt },
  { key: 'energyPerGdp2030', zh: '2030年单位地区生产总值能源消耗', en: 'Energy per GDP 2030', unit: U.tcePerWanYuan.zh, numFmt: U.tcePerWanYuan.numFmt },
  { key: 'targetsMet', zh: '达标目标数', en: 'Targets met', unit: '项', numFmt: '0' },
  { key: 'targetsTotal', zh: '目标总数', en: 'Targets', unit: '项', numFmt: '0' },
  { key: 'methods', zh: '核算口径', en: 'Methods' },
];

export function summaryRow(item: ResultsExportItem, sheet: string): SummaryRow {
  const { scenario: s, results: r } = item;
  const at = (year: number, f: (y: YearResult) => number) => {
    const y = yearRow(r, year);
    return y ? f(y) : null;
  };
  return {
    region: s.region.name,
    scenario: s.name,
    scenarioId: s.id,
    sheet,
    baseYear: r.baseYear,
    peakYear: r.peak.year,
    peakWithinHorizon: r.peak.withinHorizon,
    peakCo2: r.peak.co2,
    co2PerGdp2025: at(2025, (y) => y.co2PerGdp),
    co2PerGdp2030: at(2030, (y) => y.co2PerGdp),
    co2PerGdpReduction2025: at(2025, (y) => -y.co2PerGdpVsBasePct),
    co2PerGdpReduction2030: at(2030, (y) => -y.co2PerGdpVsBasePct),
    nonFossilShare2025: at(2025, (y) => y.nonFossilShare),
    nonFossilShare2030: at(2030, (y) => y.nonFossilShare),
    energyPerGdp2025: at(2025, (y) => y.energyPerGdp),
    energyPerGdp2030: at(2030, (y) => y.energyPerGdp),
    targetsMet: r.targets.filter((t) => t.met === true).length,
    targetsTotal: r.targets.length,
    peakHolds: r.peak.holds,
    peakReachedYear: r.peak.reachedYear,
    plateauFromYear: r.peak.plateau.fromYear,
    plateauToYear: r.peak.plateau.toYear,
    reboundYear: r.peak.rebound?.year ?? null,
    methods: methodsKey(r.methods, s),
  };
}

export const PERIOD_COLUMNS: (SheetColumn & { get: (s: Scenario, p: PeriodChange) => string | number })[] = [
  { zh: '情景', en: 'Scenario', width: 26, get: (s) => s.name },
  { zh: '规划期', en: 'Plan period', width: 10, get: (_s, p) => planName(p.plan) },
  { zh: '起始年', en: 'From', numFmt: '0', get: (_s, p) => p.fromYear },
  { zh: '终止年', en: 'To', numFmt: '0', get: (_s, p) => p.toYear },
  { zh: '单位地区生产总值二氧化碳排放变化 (%)', en: 'CO2 per GDP change (%)', numFmt: '0.00', get: (_s, p) => p.co2PerGdpChangePct },
  { zh: '单位地区生产总值能源消耗变化 (%)', en: 'Energy per GDP change (%)', numFmt: '0.00', get: (_s, p) => p.energyPerGdpChangePct },
  { zh: '考核口径单位地区生产总值能源消耗变化 (%)', en: 'Energy per GDP change as assessed (%)', numFmt: '0.00', get: (_s, p) => p.energyPerGdpAssessedChangePct },
  { zh: '二氧化碳排放变化 (%)', en: 'CO2 change (%)', numFmt: '0.00', get: (_s, p) => p.co2ChangePct },
  { zh: '地区生产总值年均增速 (%)', en: 'GDP average growth (%/yr)', numFmt: '0.00', get: (_s, p) => p.gdpAvgGrowthPct },
];

export const METHOD_COLUMNS: SheetColumn[] = [
  { zh: '情景', en: 'Scenario', width: 26 },
  { zh: '核算事项', en: 'Accounting for', width: 24 },
  { zh: '方法编号', en: 'Method id', width: 22 },
  { zh: '方法', en: 'Method (Chinese)', width: 50 },
  { zh: '方法（英文）', en: 'Method', width: 50 },
  { zh: '依据', en: 'Source', width: 36 },
];

export const TARGET_COLUMNS: SheetColumn[] = [
  { zh: '情景', en: 'Scenario', width: 26 },
  { zh: '目标', en: 'Target', width: 30 },
  { zh: '指标', en: 'Metric', width: 22 },
  { zh: '性质', en: 'Kind', width: 10 },
  { zh: '起始年', en: 'From', numFmt: '0' },
  { zh: '目标年', en: 'Year', numFmt: '0' },
  { zh: '目标值', en: 'Target value', numFmt: '#,##0.00' },
  { zh: '情景值', en: 'Scenario value', numFmt: '#,##0.00' },
  { zh: '余量', en: 'Margin', numFmt: '#,##0.00' },
  { zh: '单位', en: 'Unit', width: 8 },
  { zh: '是否达标', en: 'Met', width: 10 },
];
