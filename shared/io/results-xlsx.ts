import { echo } from '../model/echo';
import { issueAt, placed } from '../model/issue-codes';
import { FILE_PATH, internalProblem, type IoProblem } from './problems';
import { EXPORT_COLUMNS, RESULT_COLUMNS, headerEn, headerZh, type ResultColumn, type Unit } from './result-columns';
import { methodRows } from './results-methods';
import {
  columnOf,
  METHOD_COLUMNS,
  METRIC_LABELS,
  PERIOD_COLUMNS,
  SUMMARY_COLUMNS,
  summaryRow,
  TARGET_COLUMNS,
  type ResultsExportItem,
  type SheetColumn,
  type SummaryRow,
} from './results-sheets';
import { loadWorkbook, looksLikeZip, MAX_XLSX_BYTES, newWorkbook, plainCell, WorkbookError, writeWorkbook, type Worksheet } from './xlsx';

export { planName, summaryRow, type SummaryRow } from './results-sheets';

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

export type { ResultsExportItem } from './results-sheets';

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
