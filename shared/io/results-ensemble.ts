import { BAND_METRICS, type BandMetric } from '../engine/ensemble/types';
import { cellNumber, printSetup, tableHeader, tableTitle } from './results-layout';
import type { ResultsExportItem } from './results-sheets';
import {
  DISTRIBUTION_TEXT,
  inputLabel,
  costRows,
  peakRows,
  rangeSource,
  rangeUnit,
  targetRows,
  withEnsemble,
  type WithEnsemble,
} from './results-ensemble-data';
import type { Worksheet } from './xlsx';

/**
 * `不确定性分析 Uncertainty`: for every scenario whose uncertainty analysis was
 * computed, the run count and seed, the ranges sampled with their sources,
 * then the probability of meeting each target, the P10/P50/P90 bands by year,
 * the peak-year distribution and the tornado of the 2030 CO2, one table under
 * the other.
 */

export const SHEET_ENSEMBLE = '不确定性分析 Uncertainty';

/** Whether any scenario has an ensemble (the sheet is written only then). */
export const hasEnsemble = (items: readonly ResultsExportItem[]): boolean => withEnsemble(items).length > 0;


const BAND_LABELS: Record<BandMetric, { head: string; numFmt: string }> = {
  co2: { head: '二氧化碳排放 CO2 (万tCO2)', numFmt: '#,##0.0' },
  co2PerGdp: { head: '单位GDP二氧化碳 CO2 per GDP (tCO2/万元)', numFmt: '0.0000' },
  energyPerGdpAssessed: { head: '能耗强度（考核口径）Energy per GDP, assessed (tce/万元)', numFmt: '0.0000' },
  nonFossilShare: { head: '非化石能源消费比重 Non-fossil share (%)', numFmt: '0.00' },
};

const title = tableTitle;
const header = (ws: Worksheet, row: number, heads: readonly string[]) => tableHeader(ws, row, heads);

/** One row: text as it is, numbers to twelve digits, each in its format (or the last one given). */
function line(ws: Worksheet, row: number, cells: readonly (string | number | null)[], numFmts: readonly string[] = []): void {
  const r = ws.getRow(row);
  cells.forEach((v, i) => {
    const cell = r.getCell(i + 1);
    cell.value = typeof v === 'number' ? (Number.isFinite(v) ? cellNumber(v) : '—') : v;
    const fmt = numFmts[i] ?? numFmts[numFmts.length - 1];
    if (typeof v === 'number' && fmt) cell.numFmt = fmt;
  });
}

function scenarioBlock(ws: Worksheet, start: number, item: WithEnsemble): number {
  const { scenario, ensemble: e } = item;
  let row = start;
  title(ws, row++, `${scenario.name}：不确定性分析 Uncertainty analysis`);
  line(ws, row++, [
    '抽样 Sampling',
    `拉丁超立方抽样 ${e.runs} 次，随机种子 ${e.seed}（同一种子、同一次数结果完全相同）；计算失败 ${e.failed} 次（不计入概率与分位数）。Latin hypercube, ${e.runs} runs, seed ${e.seed} (the same seed and runs give the same results); ${e.failed} failed runs (left out of the probabilities and percentiles).`,
  ]);
  line(ws, row++, [
    '口径 Scope',
    `区间作用于基准年及已公布统计年份之后的各年；${e.hourly === 'annual' ? '按年度模型计算（逐时电力平衡不逐次重算）' : '逐时电力平衡不逐次重算：各次均采用中值情景的弃电量与储能损耗'}。The ranges act on the years after the base year and published statistics; ${e.hourly === 'annual' ? 'the annual model (the hourly balance is not rerun per run)' : 'the hourly balance is not rerun per run: the central run’s curtailment and storage losses apply to every run'}.`,
  ]);
  row++;

  header(ws, row++, ['输入 Input', '作用方式 How it acts', '单位 Unit', '低值 Low', '中值 Central', '高值 High', '分布 Distribution', '来源或理由 Source or reasoning']);
  for (const { input, range } of e.inputs) {
    const l = inputLabel(input);
    line(ws, row++, [`${l.zh} ${l.en}`, `${l.acts.zh}；${l.acts.en}`, rangeUnit(input), range.low, range.central, range.high, DISTRIBUTION_TEXT[range.distribution], rangeSource(range)], ['', '', '', '0.00###']);
  }
  row++;

  title(ws, row++, '达标概率 Probability of meeting each target');
  header(ws, row++, ['目标 Target', '年份 Year', '目标值 Target value', '单位 Unit', '达标概率 Probability (%)', '达标次数 Runs meeting it', '中值情景 Central run']);
  for (const t of targetRows(item)) {
    const central = t.centralMet === null ? '—' : t.centralMet ? '达标 met' : '未达标 missed';
    line(ws, row++, [t.label, t.year, t.target, t.unit, t.probability * 100, t.met, central], ['', '0', '0.00##', '', '0.0', '0']);
  }
  row++;

  title(ws, row++, '分位数 P10 / P50 / P90 by year');
  header(ws, row++, ['年份 Year', ...BAND_METRICS.flatMap((m) => ['P10', 'P50', 'P90'].map((q) => `${BAND_LABELS[m].head} ${q}`))]);
  const years = e.bands.co2.years;
  years.forEach((year, i) => {
    const cells = BAND_METRICS.flatMap((m) => [e.bands[m].p10[i]!, e.bands[m].p50[i]!, e.bands[m].p90[i]!]);
    line(ws, row++, [year, ...cells], ['0', ...BAND_METRICS.flatMap((m) => [BAND_LABELS[m].numFmt, BAND_LABELS[m].numFmt, BAND_LABELS[m].numFmt])]);
  });
  row++;

  const costs = costRows(item);
  if (costs.length) {
    title(ws, row++, '供电成本 Electricity-supply costs across the runs (亿元)；未与参照情景比较（参照情景不参与抽样）No NPV against the reference scenario (it is not sampled)');
    header(ws, row++, ['指标 Figure', 'P10', 'P50', 'P90', '中值情景 Central run']);
    for (const c of costs) line(ws, row++, [c.label, c.p10, c.p50, c.p90, c.central], ['', '#,##0.0']);
    row++;
  }

  title(ws, row++, '峰值年份分布 Peak-year distribution (the year a peak that holds is reached)');
  header(ws, row++, ['达峰年份 Peak year', '次数 Runs', '占比 Share (%)', '累计 Cumulative (%)']);
  for (const p of peakRows(e)) {
    line(ws, row++, [p.year ?? '未达峰或反弹 no peak that holds', p.count, p.sharePct, p.cumulativePct], ['0', '0', '0.0']);
  }
  row++;

  title(ws, row++, `龙卷风图 Tornado: ${e.tornadoYear} 年二氧化碳排放 CO2 in ${e.tornadoYear} (万tCO2)，中值 central ${Number.isFinite(e.tornadoCentral) ? e.tornadoCentral.toFixed(1) : '—'}`);
  header(ws, row++, ['输入 Input', '取低值 At low', '取高值 At high', '变幅 Swing', '其他输入取中值 Others at their central value']);
  for (const b of e.tornado) {
    const l = inputLabel(b.input as Parameters<typeof inputLabel>[0]);
    line(ws, row++, [`${l.zh} ${l.en}`, b.atLow, b.atHigh, Math.abs(b.atHigh - b.atLow)], ['', '#,##0.0']);
  }
  if (e.failedRuns.length) {
    row++;
    title(ws, row++, '计算失败的抽样 Runs that could not be computed (the first ones)');
    header(ws, row++, ['抽样序号 Run', '抽样值 Sampled values']);
    for (const f of e.failedRuns) line(ws, row++, [f.run, Object.entries(f.values).map(([k, v]) => `${k} = ${v}`).join('; ')], ['0']);
  }
  return row + 1;
}

export function writeEnsembleSheet(ws: Worksheet, items: readonly ResultsExportItem[]): void {
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 30;
  for (let c = 3; c <= 1 + 3 * BAND_METRICS.length; c++) ws.getColumn(c).width = 14;
  let row = 1;
  for (const item of withEnsemble(items)) row = scenarioBlock(ws, row, item);
  printSetup(ws, 1, 1);
}
