import type { PeriodChange, ScenarioResults, YearResult } from '../engine/results';
import type { Scenario, TargetMetric } from '../model/scenario';
import { echo } from '../model/echo';
import { issueAt, placed } from '../model/issue-codes';
import { FILE_PATH, internalProblem, type IoProblem } from './problems';
import { EXPORT_COLUMNS, headerEn, headerZh, RESULT_COLUMNS, UNITS, type ExportColumn, type ResultColumn, type Unit } from './result-columns';
import { methodsKey } from './method-labels';
import { methodRows } from './results-methods';
import { loadWorkbook, looksLikeZip, MAX_XLSX_BYTES, newWorkbook, plainCell, WorkbookError, writeWorkbook, type Worksheet } from './xlsx';

/**
 * Results to Excel. Sheets:
 * - `汇总 Summary`: one row per scenario (region, scenario, peak, CO2 per GDP,
 *   non-fossil share and energy intensity in 2025 and 2030, CO2-intensity
 *   reduction against the base year, targets met), each scenario linked to its
 *   sheet;
 * - one sheet per scenario, named after it: one row per year, a column for
 *   every number of the year's results, whether the year is actual or
 *   projected, and published figures beside the engine's (result-columns.ts);
 * - `目标 Targets`: every target of every scenario against the results;
 * - `规划期 Periods`: changes over each five-year plan period;
 * - `核算口径 Methods`: the accounting methods each scenario's figures use, with their sources;
 * - `说明 Notes`: export time, app version, how to read the sheets.
 * Every table has a Chinese header row (with units) and an English header row
 * below it, both frozen. Numbers are stored at full precision as numbers;
 * formats only round what is shown.
 */

export type ResultsExportItem = { scenario: Scenario; results: ScenarioResults };

export type ResultsWorkbookOptions = {
  /** ISO 8601, written to the notes sheet and the workbook properties */
  exportedAt: string;
  appVersion: string;
};

export const SHEET_SUMMARY = '汇总 Summary';
export const SHEET_TARGETS = '目标 Targets';
export const SHEET_PERIODS = '规划期 Periods';
export const SHEET_METHODS = '核算口径 Methods';
export const SHEET_NOTES = '说明 Notes';
const FIXED_SHEETS = [SHEET_SUMMARY, SHEET_TARGETS, SHEET_PERIODS, SHEET_METHODS, SHEET_NOTES];

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

type SheetColumn = { zh: string; en: string; numFmt?: string; width?: number };

function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! > 0x2e80 ? 2 : 1;
  return w;
}

/** Two header rows (Chinese, English), frozen with the first column; widths from the headers. */
function writeHeader(ws: Worksheet, cols: readonly SheetColumn[], freezeColumns = 1): void {
  const zh = ws.getRow(1);
  const en = ws.getRow(2);
  cols.forEach((c, i) => {
    zh.getCell(i + 1).value = c.zh;
    en.getCell(i + 1).value = c.en;
    const column = ws.getColumn(i + 1);
    column.width = c.width ?? Math.min(40, Math.max(10, Math.ceil(Math.max(textWidth(c.zh), textWidth(c.en) * 0.9)) + 2));
    if (c.numFmt) column.numFmt = c.numFmt;
  });
  zh.font = { bold: true };
  en.font = { italic: true, color: { argb: 'FF666666' } };
  for (const row of [zh, en]) {
    row.alignment = { vertical: 'middle', wrapText: true };
    row.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: row === zh ? 'FFDDEBF7' : 'FFF2F2F2' } };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF999999' } } };
    });
  }
  zh.height = 32;
  ws.views = [{ state: 'frozen', xSplit: freezeColumns, ySplit: 2 }];
}

const yearRow = (r: ScenarioResults, year: number): YearResult | undefined => r.years[year - r.baseYear];

const METRIC_LABELS: Record<TargetMetric, { zh: string; en: string }> = {
  co2IntensityReduction: { zh: '单位地区生产总值二氧化碳排放降低', en: 'Reduction of CO2 emissions per unit of GDP' },
  energyIntensityReduction: { zh: '单位地区生产总值能源消耗降低', en: 'Reduction of energy consumption per unit of GDP' },
  nonFossilShare: { zh: '非化石能源消费比重', en: 'Non-fossil share of energy consumption' },
  energyCap: { zh: '能源消费总量上限', en: 'Energy consumption cap' },
  co2Cap: { zh: '二氧化碳排放总量上限', en: 'CO2 emissions cap' },
  peakYear: { zh: '碳达峰年份', en: 'Peak year' },
  co2Budget: { zh: '碳排放预算（期内累计二氧化碳排放）', en: 'Carbon budget (cumulative CO2 over the period)' },
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

type SummaryCol = SheetColumn & { key: keyof SummaryRow };

const SUMMARY_COLUMNS: SummaryCol[] = [
  { key: 'region', zh: '地区', en: 'Region', width: 16 },
  { key: 'scenario', zh: '情景', en: 'Scenario', width: 26 },
  { key: 'scenarioId', zh: '情景编号', en: 'Scenario id', width: 18 },
  { key: 'sheet', zh: '工作表', en: 'Sheet', width: 18 },
  { key: 'baseYear', zh: '基准年', en: 'Base year', numFmt: '0' },
  { key: 'peakYear', zh: '达峰年份', en: 'Peak year', numFmt: '0' },
  { key: 'peakWithinHorizon', zh: '规划期内达峰', en: 'Peaks within horizon' },
  { key: 'peakCo2', zh: '峰值二氧化碳排放 (万tCO2)', en: 'Peak CO2 (10k tCO2)', numFmt: UNITS.wanTCo2.numFmt },
  { key: 'co2PerGdp2025', zh: '2025年单位GDP二氧化碳排放 (tCO2/万元)', en: 'CO2 per GDP 2025 (tCO2 per 10k yuan)', numFmt: UNITS.tCo2PerWanYuan.numFmt },
  { key: 'co2PerGdp2030', zh: '2030年单位GDP二氧化碳排放 (tCO2/万元)', en: 'CO2 per GDP 2030 (tCO2 per 10k yuan)', numFmt: UNITS.tCo2PerWanYuan.numFmt },
  { key: 'co2PerGdpReduction2025', zh: '2025年单位GDP二氧化碳排放较基准年下降 (%)', en: 'CO2-intensity reduction vs base year, 2025 (%)', numFmt: UNITS.pct.numFmt },
  { key: 'co2PerGdpReduction2030', zh: '2030年单位GDP二氧化碳排放较基准年下降 (%)', en: 'CO2-intensity reduction vs base year, 2030 (%)', numFmt: UNITS.pct.numFmt },
  { key: 'nonFossilShare2025', zh: '2025年非化石能源消费比重 (%)', en: 'Non-fossil share 2025 (%)', numFmt: UNITS.pct.numFmt },
  { key: 'nonFossilShare2030', zh: '2030年非化石能源消费比重 (%)', en: 'Non-fossil share 2030 (%)', numFmt: UNITS.pct.numFmt },
  { key: 'energyPerGdp2025', zh: '2025年单位GDP能耗 (tce/万元)', en: 'Energy per GDP 2025 (tce per 10k yuan)', numFmt: UNITS.tcePerWanYuan.numFmt },
  { key: 'energyPerGdp2030', zh: '2030年单位GDP能耗 (tce/万元)', en: 'Energy per GDP 2030 (tce per 10k yuan)', numFmt: UNITS.tcePerWanYuan.numFmt },
  { key: 'targetsMet', zh: '达标目标数', en: 'Targets met', numFmt: '0' },
  { key: 'targetsTotal', zh: '目标总数', en: 'Targets', numFmt: '0' },
  { key: 'peakHolds', zh: '达峰成立（无反弹）', en: 'Peak holds (no rebound)' },
  { key: 'peakReachedYear', zh: '达峰年（达峰目标判定年）', en: 'Peak reached (year targets are judged on)', numFmt: '0' },
  { key: 'plateauFromYear', zh: '峰值平台期起', en: 'Plateau from', numFmt: '0' },
  { key: 'plateauToYear', zh: '峰值平台期止', en: 'Plateau to', numFmt: '0' },
  { key: 'reboundYear', zh: '反弹年份', en: 'Rebound year', numFmt: '0' },
  { key: 'methods', zh: '核算口径', en: 'Methods', width: 60 },
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

const columnOf = (c: ExportColumn): SheetColumn => ({ zh: headerZh(c), en: headerEn(c), ...(c.unit ? { numFmt: c.unit.numFmt } : { width: 14 }) });

const PERIOD_COLUMNS: (SheetColumn & { get: (s: Scenario, p: PeriodChange) => string | number })[] = [
  { zh: '情景', en: 'Scenario', width: 26, get: (s) => s.name },
  { zh: '规划期', en: 'Plan period', width: 10, get: (_s, p) => planName(p.plan) },
  { zh: '起始年', en: 'From', numFmt: '0', get: (_s, p) => p.fromYear },
  { zh: '终止年', en: 'To', numFmt: '0', get: (_s, p) => p.toYear },
  { zh: '单位GDP二氧化碳排放变化 (%)', en: 'CO2 per GDP change (%)', numFmt: '0.00', get: (_s, p) => p.co2PerGdpChangePct },
  { zh: '单位GDP能耗变化 (%)', en: 'Energy per GDP change (%)', numFmt: '0.00', get: (_s, p) => p.energyPerGdpChangePct },
  { zh: '考核口径单位GDP能耗变化 (%)', en: 'Energy per GDP change as assessed (%)', numFmt: '0.00', get: (_s, p) => p.energyPerGdpAssessedChangePct },
  { zh: '二氧化碳排放变化 (%)', en: 'CO2 change (%)', numFmt: '0.00', get: (_s, p) => p.co2ChangePct },
  { zh: 'GDP年均增速 (%)', en: 'GDP average growth (%/yr)', numFmt: '0.00', get: (_s, p) => p.gdpAvgGrowthPct },
];

const METHOD_COLUMNS: SheetColumn[] = [
  { zh: '情景', en: 'Scenario', width: 26 },
  { zh: '核算事项', en: 'Accounting for', width: 24 },
  { zh: '方法编号', en: 'Method id', width: 22 },
  { zh: '方法', en: 'Method (Chinese)', width: 50 },
  { zh: '方法（英文）', en: 'Method', width: 50 },
  { zh: '依据', en: 'Source', width: 36 },
];

const TARGET_COLUMNS: SheetColumn[] = [
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

  const summary = wb.addWorksheet(SHEET_SUMMARY);
  writeHeader(summary, SUMMARY_COLUMNS, 2);
  items.forEach((item, i) => {
    const row = summaryRow(item, names[i]!);
    const xl = summary.getRow(i + 3);
    SUMMARY_COLUMNS.forEach((c, j) => {
      const v = row[c.key];
      const cell = xl.getCell(j + 1);
      if (c.key === 'peakWithinHorizon' || c.key === 'peakHolds') cell.value = v ? '是 yes' : '否 no';
      else if (c.key === 'scenario') {
        cell.value = { text: String(v), hyperlink: `#${quoteSheet(names[i]!)}!A1` };
        cell.font = { color: { argb: 'FF0563C1' }, underline: true };
      } else cell.value = v as string | number | null;
    });
  });

  items.forEach((item, i) => {
    const ws = wb.addWorksheet(names[i]!);
    writeHeader(ws, EXPORT_COLUMNS.map(columnOf));
    item.results.years.forEach((y, k) => {
      ws.getRow(k + 3).values = EXPORT_COLUMNS.map((c) => c.cell(y, item.results));
    });
  });

  const targets = wb.addWorksheet(SHEET_TARGETS);
  writeHeader(targets, TARGET_COLUMNS, 2);
  let row = 3;
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
        t.target,
        t.actual,
        t.margin,
        t.unit,
        t.met === null ? '— n/a' : t.met ? '达标 met' : '未达标 missed',
      ];
    }
  }

  const periods = wb.addWorksheet(SHEET_PERIODS);
  writeHeader(periods, PERIOD_COLUMNS, 2);
  row = 3;
  for (const { scenario, results } of items) {
    for (const p of results.periods) periods.getRow(row++).values = PERIOD_COLUMNS.map((c) => c.get(scenario, p));
  }

  const methods = wb.addWorksheet(SHEET_METHODS);
  writeHeader(methods, METHOD_COLUMNS, 2);
  row = 3;
  for (const item of items) {
    for (const m of methodRows(item.scenario, item.results)) {
      methods.getRow(row).values = [item.scenario.name, `${m.what.zh} ${m.what.en}`, m.id, m.zh, m.en, m.source];
      methods.getRow(row++).alignment = { wrapText: true, vertical: 'top' };
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
    ['表头 Headers', '第1行为中文表头（含单位），第2行为英文表头。Row 1: Chinese headers with units; row 2: English headers.'],
    ['精度 Precision', '数值以完整精度保存，单元格格式仅影响显示。Numbers are stored at full precision; cell formats only round what is shown.'],
    ['口径 Conventions', '能源以各情景的报告口径（当量值/等价值）计；GDP 为基准年不变价。Energy in each scenario’s reporting convention; GDP at constant base-year prices.'],
    ['核算口径 Methods', `各情景采用的核算方法及依据见“${SHEET_METHODS}”表；考核口径能源消费量按其中的能耗双控规则计。The methods each scenario uses, with their sources, are in “${SHEET_METHODS}”; energy as assessed follows its energy-control rule.`],
    ['数据性质 Status', '“实际”为已发布的统计数据（覆盖该年的测算），“预测”为测算值；“统计”列为已发布数据，与测算值并列核对。“Actual” years use published statistics; “published” columns set published figures beside the engine’s.'],
  ];
  lines.forEach(([a, b], i) => {
    notes.getRow(i + 1).values = [a, b];
    notes.getRow(i + 1).getCell(1).font = { bold: true };
    notes.getRow(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  return writeWorkbook(wb);
}

// ---------------------------------------------------------------------------
// Reading back (round-trip tests; re-opening an exported workbook)

export type ReadSheet = {
  sheet: string;
  scenarioId: string | null;
  scenarioName: string | null;
  /** one entry per year row: flattened key (`energyByFuel.coal`) → number */
  years: Record<string, number>[];
};

export type ReadResultsWorkbook =
  | { ok: true; summary: Partial<Record<keyof SummaryRow, string | number | boolean | null>>[]; scenarios: ReadSheet[] }
  | { ok: false; problems: IoProblem[] };

const byHeader = new Map<string, ResultColumn>();
for (const c of RESULT_COLUMNS) {
  byHeader.set(headerZh(c), c);
  byHeader.set(headerEn(c), c);
}

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
    const summary: Partial<Record<keyof SummaryRow, string | number | boolean | null>>[] = [];
    summarySheet.eachRow((r, n) => {
      if (n <= 2) return;
      const entry: Partial<Record<keyof SummaryRow, string | number | boolean | null>> = {};
      SUMMARY_COLUMNS.forEach((c, j) => {
        const v = plainCell(r.getCell(j + 1).value);
        entry[c.key] = v instanceof Date ? v.toISOString() : v;
      });
      summary.push(entry);
    });
    const problems: IoProblem[] = [];
    const scenarios: ReadSheet[] = [];
    for (const [i, s] of summary.entries()) {
      const name = typeof s.sheet === 'string' ? s.sheet : '';
      const ws = name ? wb.getWorksheet(name) : undefined;
      if (!ws) {
        problems.push(issueAt(`${SHEET_SUMMARY}!D${i + 3}`, 'results.sheetMissing', { sheet: echo(name) }));
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
  const cols = new Map<number, ResultColumn>();
  for (const headerRow of [1, 2]) {
    ws.getRow(headerRow).eachCell((cell, col) => {
      const c = byHeader.get(String(plainCell(cell.value) ?? '').trim());
      if (c && !cols.has(col)) cols.set(col, c);
    });
  }
  const years: Record<string, number>[] = [];
  ws.eachRow((r, n) => {
    if (n <= 2) return;
    const entry: Record<string, number> = {};
    for (const [col, c] of cols) {
      const v = plainCell(r.getCell(col).value);
      if (typeof v === 'number') entry[c.key] = v;
      else problems.push(issueAt(`${ws.name}!R${n}C${col}`, 'results.notNumber', { column: c.key, got: echo(JSON.stringify(v) ?? String(v)) }));
    }
    years.push(entry);
  });
  return {
    sheet: ws.name,
    scenarioId: typeof s.scenarioId === 'string' ? s.scenarioId : null,
    scenarioName: typeof s.scenario === 'string' ? s.scenario : null,
    years,
  };
}

export type { Unit };
