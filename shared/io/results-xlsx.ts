import { echo } from '../model/echo';
import { issueAt, placed } from '../model/issue-codes';
import type { CapacityUnit } from '../model/units';
import { CAPACITY_EXPORT_UNITS, capacityCellToMW, capacityUnitOfCell } from './capacity-columns';
import { FILE_PATH, internalProblem, type IoProblem } from './problems';
import { RESULT_COLUMNS, UNITS, type ResultColumn, type Unit } from './result-columns';
import { cellNumber, FIRST_YEAR_COLUMN, printSetup, writeHeader, writeYearSheet, YEAR_SHEET_HEAD } from './results-layout';
import { methodRows } from './results-methods';
import {
  METHOD_COLUMNS,
  METRIC_LABELS,
  PERIOD_COLUMNS,
  SUMMARY_COLUMNS,
  summaryRow,
  TARGET_COLUMNS,
  type ResultsExportItem,
  type SummaryRow,
} from './results-sheets';
import { hasHourly, SHEET_HOURLY, SHEET_WEEKS, writeHourlySheet, writeWeekSheet } from './results-hourly-sheets';
import { hasCosts, SHEET_COSTS, writeCostSheet } from './results-costs';
import { hasEnsemble, SHEET_ENSEMBLE, writeEnsembleSheet } from './results-ensemble';
import { SHEET_SECTORS, writeSectorSheet } from './results-sectors';
import { hasIndustrySheet, SHEET_INDUSTRY, writeIndustrySheet, type ProductLevels } from './results-industry';
import { hasSinks, SHEET_SINKS, writeSinkSheet } from './results-sinks';
import { SOURCE_COLUMNS, sourceRows } from './results-sources';
import { loadWorkbook, looksLikeZip, MAX_XLSX_BYTES, newWorkbook, plainCell, WorkbookError, writeWorkbook, type Worksheet } from './xlsx';

export { planName, summaryRow, type SummaryRow } from './results-sheets';

/**
 * Results to Excel, laid out as the tables of a statistical yearbook
 * (results-layout.ts: one header row, units in a column, frozen headers, A4
 * landscape fitted to the width with the headers repeated on every page).
 * Sheets:
 * - `汇总 Summary`: the scenarios side by side, a figure per row (peak, its
 *   plateau and the year peak targets are judged on, CO2 and energy per GDP and
 *   the non-fossil share in 2025 and 2030, targets met, methods), each
 *   scenario's name linked to its sheet;
 * - one sheet per scenario, named after it: an indicator per row with its
 *   unit, a year per column, whether each year is actual or projected, and
 *   published figures beside the engine's (result-columns.ts);
 * - `分领域排放 Sectors`: CO2 by plan sector (工业, 建筑业, 城乡建设, 交通运输,
 *   农林牧渔) with the lines no sector takes, and the peak of the region and of
 *   each sector with the scope it was judged on (results-sectors.ts);
 * - `工业产品 Products`, when a scenario has key products or process lines:
 *   output, unit energy against the benchmark, energy by fuel and route, and
 *   process CO2 line by line (results-industry.ts);
 * - `碳汇 Sinks`, when a scenario has a forest: its factors, stock, sink and the
 *   net emissions beside the peak's CO2 (results-sinks.ts);
 * - `逐时电力平衡 Hourly balance` and `典型周 Stress weeks`, when a scenario
 *   has an hourly balance: its yearly indicators and settings, and the detail
 *   year's stress weeks hour by hour (results-hourly-sheets.ts);
 * - `投资与成本 Costs`: investment by year and plan period, LCOE, present
 *   value and the reference comparison (results-costs.ts);
 * - `不确定性分析 Uncertainty`, for the scenarios whose uncertainty analysis was
 *   computed (`ResultsExportItem.ensemble`): runs, seed, ranges with sources,
 *   probabilities, bands, peak years and tornado (results-ensemble.ts);
 * - `目标 Targets`: every target of every scenario against the results;
 * - `规划期 Periods`: changes over each five-year plan period;
 * - `核算口径 Methods`: the accounting methods each scenario's figures use, with their sources;
 * - `来源 Sources`: every source each scenario cites, documents by title, issuer and line;
 * - `说明 Notes`: export time, app version, how to read the sheets.
 * Figures are stored as numbers to twelve significant digits (no binary
 * noise); cell formats round what is shown. Capacity is in the unit asked for
 * (万千瓦 or MW), named in each row's unit cell and on the notes sheet.
 */

export type { ResultsExportItem } from './results-sheets';

export type ResultsWorkbookOptions = {
  /** ISO 8601, written to the notes sheet and the workbook properties */
  exportedAt: string;
  appVersion: string;
  /** the unit capacity is shown in (the app passes the planner's setting); default MW, the unit results are kept in */
  capacityUnit?: CapacityUnit;
  /**
   * the 标杆/基准 a product's unit energy is read against, kgce/t: the app passes its kind's in the
   * reference library where the product states none (shared/ does not read the library); default, the product's own
   */
  productLevels?: ProductLevels;
};

export const SHEET_SUMMARY = '汇总 Summary';
export const SHEET_TARGETS = '目标 Targets';
export const SHEET_PERIODS = '规划期 Periods';
export const SHEET_METHODS = '核算口径 Methods';
export const SHEET_SOURCES = '来源 Sources';
export const SHEET_NOTES = '说明 Notes';
const FIXED_SHEETS = [SHEET_SUMMARY, SHEET_SECTORS, SHEET_INDUSTRY, SHEET_SINKS, SHEET_HOURLY, SHEET_WEEKS, SHEET_COSTS, SHEET_ENSEMBLE, SHEET_TARGETS, SHEET_PERIODS, SHEET_METHODS, SHEET_SOURCES, SHEET_NOTES];

const MAX_SHEET_NAME = 31;

/**
 * Excel's rules for sheet names: 1–31 characters, none of `[ ] : * ? / \`, no
 * apostrophe at either end, unique ignoring case, and not `History`.
 */
export function sheetNames(names: readonly string[], reserved: readonly string[] = FIXED_SHEETS): string[] {
  const taken = new Set([...reserved, 'history'].map((n) => n.toLowerCase()));
  return names.map((raw) => {
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in sheet names either
    let base = raw.replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
    if (!base) base = 'Scenario';
    const cut = (s: string, max: number) => Array.from(s).slice(0, max).join('').replace(/'+$/, '').trim();
    let name = cut(base, MAX_SHEET_NAME);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

const yesNo = (v: boolean) => (v ? '是 yes' : '否 no');

/** The scenarios side by side: a figure per row, its unit, a scenario per column. */
function writeSummary(ws: Worksheet, items: readonly ResultsExportItem[], names: readonly string[]): void {
  const head = ws.getRow(1);
  YEAR_SHEET_HEAD.forEach((h, i) => (head.getCell(i + 1).value = h));
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 36;
  ws.getColumn(3).width = 10;
  const rows = items.map((item, i) => summaryRow(item, names[i]!));
  rows.forEach((row, i) => {
    const cell = head.getCell(FIRST_YEAR_COLUMN + i);
    cell.value = { text: row.scenario, hyperlink: `#${quoteSheet(names[i]!)}!A1` };
    ws.getColumn(FIRST_YEAR_COLUMN + i).width = 22;
  });
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', wrapText: true };
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF999999' } } };
  });
  SUMMARY_COLUMNS.forEach((c, r) => {
    const xl = ws.getRow(r + 2);
    xl.getCell(1).value = c.zh;
    xl.getCell(2).value = c.en;
    xl.getCell(3).value = c.unit ?? '';
    rows.forEach((row, i) => {
      const v = row[c.key];
      const cell = xl.getCell(FIRST_YEAR_COLUMN + i);
      cell.value = typeof v === 'boolean' ? yesNo(v) : typeof v === 'number' ? cellNumber(v) : v;
      if (c.numFmt) cell.numFmt = c.numFmt;
      cell.alignment = { wrapText: true, vertical: 'top', ...(typeof v === 'number' ? {} : { horizontal: 'left' }) };
    });
  });
  ws.views = [{ state: 'frozen', xSplit: FIRST_YEAR_COLUMN - 1, ySplit: 1 }];
  printSetup(ws, FIRST_YEAR_COLUMN - 1);
}

function capacityNote(unit: CapacityUnit): string {
  const u = CAPACITY_EXPORT_UNITS[unit];
  return unit === 'wanKw'
    ? `装机容量以${u.zh}计（1 万千瓦 = 10 MW）。Capacity in ${u.zh} (${u.en}; 1 万千瓦 = 10 MW).`
    : `装机容量以 MW 计（10 MW = 1 万千瓦）。Capacity in MW (10 MW = 1 万千瓦).`;
}

/** Builds the workbook; resolves to the .xlsx bytes. */
export async function resultsToXlsx(items: readonly ResultsExportItem[], options: ResultsWorkbookOptions): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = 'Carbon Peak Planner 碳达峰情景规划器';
  const when = new Date(options.exportedAt);
  if (!Number.isNaN(when.getTime())) {
    wb.created = when;
    wb.modified = when;
  }
  const names = sheetNames(items.map((i) => i.scenario.name));

  writeSummary(wb.addWorksheet(SHEET_SUMMARY), items, names);
  const capacityUnit = options.capacityUnit ?? 'mw';
  items.forEach((item, i) => writeYearSheet(wb.addWorksheet(names[i]!), item.results, capacityUnit));
  writeSectorSheet(wb.addWorksheet(SHEET_SECTORS), items);
  const industry = hasIndustrySheet(items);
  if (industry) writeIndustrySheet(wb.addWorksheet(SHEET_INDUSTRY), items, options.productLevels);
  const sinks = hasSinks(items);
  if (sinks) writeSinkSheet(wb.addWorksheet(SHEET_SINKS), items);
  const hourly = hasHourly(items);
  const weeks = items.some((i) => i.results.hourly?.detail);
  if (hourly) writeHourlySheet(wb.addWorksheet(SHEET_HOURLY), items, capacityUnit);
  if (weeks) writeWeekSheet(wb.addWorksheet(SHEET_WEEKS), items, capacityUnit);
  const costs = hasCosts(items);
  if (costs) writeCostSheet(wb.addWorksheet(SHEET_COSTS), items);
  const ensemble = hasEnsemble(items);
  if (ensemble) writeEnsembleSheet(wb.addWorksheet(SHEET_ENSEMBLE), items);

  const targets = wb.addWorksheet(SHEET_TARGETS);
  writeHeader(targets, TARGET_COLUMNS, 2);
  let row = 2;
  for (const { scenario, results } of items) {
    for (const t of results.targets) {
      const metric = METRIC_LABELS[t.metric];
      targets.getRow(row++).values = [
        scenario.name,
        t.label,
        `${metric.zh} ${metric.en}`,
        t.binding ? '约束性 binding' : '预期性 anticipatory',
        t.fromYear ?? null,
        t.year,
        cellNumber(t.target),
        t.actual === null ? null : cellNumber(t.actual),
        t.margin === null ? null : cellNumber(t.margin),
        t.unit,
        t.met === null ? '— n/a' : t.met ? '达标 met' : '未达标 missed',
      ];
    }
  }

  const periods = wb.addWorksheet(SHEET_PERIODS);
  writeHeader(periods, PERIOD_COLUMNS, 2);
  row = 2;
  for (const { scenario, results } of items) {
    for (const p of results.periods) {
      periods.getRow(row++).values = PERIOD_COLUMNS.map((c) => {
        const v = c.get(scenario, p);
        return typeof v === 'number' ? cellNumber(v) : v;
      });
    }
  }

  const methods = wb.addWorksheet(SHEET_METHODS);
  writeHeader(methods, METHOD_COLUMNS, 2);
  row = 2;
  for (const item of items) {
    for (const m of methodRows(item.scenario, item.results)) {
      methods.getRow(row).values = [item.scenario.name, `${m.what.zh} ${m.what.en}`, m.id, m.zh, m.en, m.source];
      methods.getRow(row++).alignment = { wrapText: true, vertical: 'top' };
    }
  }

  const sources = wb.addWorksheet(SHEET_SOURCES);
  writeHeader(sources, SOURCE_COLUMNS, 2);
  row = 2;
  for (const item of items) {
    for (const s of sourceRows(item.scenario)) {
      sources.getRow(row).values = SOURCE_COLUMNS.map((c) => s[c.key]);
      sources.getRow(row++).alignment = { wrapText: true, vertical: 'top' };
    }
  }

  const notes = wb.addWorksheet(SHEET_NOTES);
  notes.getColumn(1).width = 22;
  notes.getColumn(2).width = 90;
  const lines: [string, string][] = [
    ['碳达峰情景规划器', 'Carbon Peak Planner — scenario results'],
    ['导出时间 Exported', options.exportedAt],
    ['软件版本 App version', options.appVersion],
    ['情景 Scenarios', items.map((i) => `${i.scenario.name} (${i.scenario.id})`).join('; ')],
    ['表式 Layout', '各情景表按指标分行、按年份分列，单位单列；汇总表按情景分列。Scenario sheets: an indicator per row, a year per column, units in their own column; the summary: a scenario per column.'],
    ['装机单位 Capacity unit', capacityNote(capacityUnit)],
    ['精度 Precision', '数值保存至12位有效数字，单元格格式仅影响显示。Figures are stored to twelve significant digits; cell formats only round what is shown.'],
    ['口径 Conventions', '能源以各情景的报告口径（当量值/等价值）计；地区生产总值为基准年不变价。Energy in each scenario’s reporting convention; GDP at constant base-year prices.'],
    ['核算口径 Methods', `各情景采用的核算方法及依据见“${SHEET_METHODS}”表；考核口径能源消费量按其中的能耗双控规则计。The methods each scenario uses, with their sources, are in “${SHEET_METHODS}”; energy as assessed follows its energy-control rule.`],
    ['来源 Sources', `各情景引用的文件（标题、编制单位、行号）、参考资料和假设见“${SHEET_SOURCES}”表。The documents (title, issuer, line), references and assumptions each scenario cites are in “${SHEET_SOURCES}”.`],
    ['分领域排放 Sectors', `各领域（工业、建筑业、城乡建设、交通运输、农林牧渔）二氧化碳排放（电力排放按终端用电量分摊）、未分领域的排放及各领域达峰年份见“${SHEET_SECTORS}”表；达峰判断口径（能源活动，或能源活动和工业生产过程）见“${SHEET_METHODS}”表，碳排放强度均按能源活动排放计。CO2 by plan sector (electricity’s CO2 shared by final electricity use), the lines no sector takes and each sector’s peak are in “${SHEET_SECTORS}”; the peak’s scope is on “${SHEET_METHODS}”; CO2 per GDP always counts energy CO2.`],
    ...(industry
      ? [['工业产品 Products', `重点产品的产量、单位产品综合能耗（与能效标杆、基准水平并列）、分燃料能耗、分工艺产量及工业生产过程排放见“${SHEET_INDUSTRY}”表。Output, unit energy beside the benchmark and floor, energy by fuel and route, and process CO2 are in “${SHEET_INDUSTRY}”.`] as [string, string]]
      : []),
    ...(sinks
      ? [['碳汇 Sinks', `森林覆盖率、蓄积量、森林碳汇及净排放（与达峰、强度指标并列，不计入其中）见“${SHEET_SINKS}”表。Forest cover, stock, the sink and net emissions (beside, never inside, the peak and intensity figures) are in “${SHEET_SINKS}”.`] as [string, string]]
      : []),
    ...(hourly
      ? [['逐时电力平衡 Hourly balance', `开启逐时电力平衡的情景，其逐年弃电、受电外送、储能和缺电指标及调度设置见“${SHEET_HOURLY}”表${weeks ? `，典型周逐时数据见“${SHEET_WEEKS}”表` : ''}。The yearly indicators and settings of the hourly balance are in “${SHEET_HOURLY}”${weeks ? `, the stress weeks hour by hour in “${SHEET_WEEKS}”` : ''}.`] as [string, string]]
      : []),
    ...(costs
      ? [['投资与成本 Costs', `各情景的分年投资、分规划期资金需求、度电成本、现值及相对参照情景的减排成本见“${SHEET_COSTS}”表。Investment by year and plan period, LCOE, present value and the cost per tonne against the reference are in “${SHEET_COSTS}”.`] as [string, string]]
      : []),
    ...(ensemble
      ? [['不确定性分析 Uncertainty', `已计算不确定性分析的情景，其抽样次数、随机种子、各输入区间及来源、达标概率、P10/P50/P90 分位数、峰值年份分布和龙卷风图见“${SHEET_ENSEMBLE}”表。Runs, seed, the ranges with their sources, the probability of meeting each target, P10/P50/P90 bands, the peak-year distribution and the tornado are in “${SHEET_ENSEMBLE}”.`] as [string, string]]
      : []),
    ['数据性质 Status', '“实际”为已发布的统计数据（覆盖该年的测算），“预测”为测算值；“统计”行为已发布数据，与测算值并列核对。“Actual” years use published statistics; “published” rows set published figures beside the engine’s.'],
  ];
  lines.forEach(([a, b], i) => {
    notes.getRow(i + 1).values = [a, b];
    notes.getRow(i + 1).getCell(1).font = { bold: true };
    notes.getRow(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  notes.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return writeWorkbook(wb);
}

// ---------------------------------------------------------------------------
// Reading back (round-trip tests; re-opening an exported workbook)

export type ReadSheet = {
  sheet: string;
  scenarioId: string | null;
  scenarioName: string | null;
  /** one entry per year column: flattened key (`energyByFuel.coal`) → number, capacity back in MW */
  years: Record<string, number>[];
  /** the unit the sheet shows capacity in, read from the unit cells (null: no capacity row) */
  capacityUnit: CapacityUnit | null;
};

type SummaryEntry = Partial<Record<keyof SummaryRow, string | number | boolean | null>>;

export type ReadResultsWorkbook =
  | { ok: true; summary: SummaryEntry[]; scenarios: ReadSheet[] }
  | { ok: false; problems: IoProblem[] };

const byLabel = new Map<string, ResultColumn>(RESULT_COLUMNS.map((c) => [c.zh, c]));
const summaryByLabel = new Map(SUMMARY_COLUMNS.map((c) => [c.zh, c]));
const fromYesNo = (v: unknown) => (v === yesNo(true) ? true : v === yesNo(false) ? false : v);

/** Reads the numbers of a workbook written by `resultsToXlsx`. Never throws. */
export async function readResultsWorkbook(bytes: Uint8Array): Promise<ReadResultsWorkbook> {
  const refused = (p: IoProblem): ReadResultsWorkbook => ({ ok: false, problems: [p] });
  if (bytes.length > MAX_XLSX_BYTES) return refused(issueAt(FILE_PATH, 'file.tooLarge', { size: bytes.length, limit: MAX_XLSX_BYTES }));
  if (!looksLikeZip(bytes)) return refused(issueAt(FILE_PATH, 'workbook.notXlsx'));
  try {
    const wb = await loadWorkbook(bytes);
    const summarySheet = wb.getWorksheet(SHEET_SUMMARY);
    if (!summarySheet) {
      return refused(issueAt(FILE_PATH, 'results.noSummary', { sheet: SHEET_SUMMARY }));
    }
    const summary: SummaryEntry[] = [];
    summarySheet.eachRow((r, n) => {
      if (n === 1) return;
      const c = summaryByLabel.get(String(plainCell(r.getCell(1).value) ?? '').trim());
      if (!c) return;
      for (let col = FIRST_YEAR_COLUMN; col <= summarySheet.columnCount; col++) {
        const entry = (summary[col - FIRST_YEAR_COLUMN] ??= {});
        const v = plainCell(r.getCell(col).value);
        entry[c.key] = v instanceof Date ? v.toISOString() : (fromYesNo(v) as string | number | boolean | null);
      }
    });
    const problems: IoProblem[] = [];
    const scenarios: ReadSheet[] = [];
    for (const [i, s] of summary.entries()) {
      const name = typeof s.sheet === 'string' ? s.sheet : '';
      const ws = name ? wb.getWorksheet(name) : undefined;
      if (!ws) {
        problems.push(issueAt(`${SHEET_SUMMARY}!R${SUMMARY_COLUMNS.findIndex((c) => c.key === 'sheet') + 2}C${FIRST_YEAR_COLUMN + i}`, 'results.sheetMissing', { sheet: echo(name) }));
        continue;
      }
      scenarios.push(readYearSheet(ws, s, problems));
    }
    return problems.length ? { ok: false, problems } : { ok: true, summary, scenarios };
  } catch (err) {
    if (err instanceof WorkbookError) return refused(placed(err.refusal, FILE_PATH));
    return { ok: false, problems: [internalProblem(err)] };
  }
}

function readYearSheet(ws: Worksheet, s: Partial<Record<keyof SummaryRow, unknown>>, problems: IoProblem[]): ReadSheet {
  const head = ws.getRow(1);
  const yearCols: number[] = [];
  for (let col = FIRST_YEAR_COLUMN; col <= ws.columnCount; col++) if (typeof plainCell(head.getCell(col).value) === 'number') yearCols.push(col);
  const years: Record<string, number>[] = yearCols.map((col) => ({ year: plainCell(head.getCell(col).value) as number }));
  let capacityUnit: CapacityUnit | null = null;
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const c = byLabel.get(String(plainCell(r.getCell(1).value) ?? '').trim());
    if (!c || c.key === 'year') return;
    // a capacity row says its unit (万千瓦 or MW) in the unit column; the figures go back to MW
    const unit = c.unit === UNITS.mw ? capacityUnitOfCell(String(plainCell(r.getCell(3).value) ?? '')) : null;
    if (unit) capacityUnit = unit;
    yearCols.forEach((col, k) => {
      const v = plainCell(r.getCell(col).value);
      if (typeof v === 'number') years[k]![c.key] = unit ? capacityCellToMW(v, unit) : v;
      else problems.push(issueAt(`${ws.name}!R${n}C${col}`, 'results.notNumber', { column: c.key, got: echo(JSON.stringify(v) ?? String(v)) }));
    });
  });
  return {
    sheet: ws.name,
    scenarioId: typeof s.scenarioId === 'string' ? s.scenarioId : null,
    scenarioName: typeof s.scenario === 'string' ? s.scenario : null,
    years,
    capacityUnit,
  };
}

export type { Unit };
