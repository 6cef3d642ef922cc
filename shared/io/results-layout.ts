import type { ScenarioResults } from '../engine/results';
import type { CapacityUnit } from '../model/units';
import { exportColumnsIn } from './capacity-columns';
import { EXPORT_COLUMNS, exportRowsFor, type ExportColumn } from './result-columns';
import type { SheetColumn } from './results-sheets';
import type { Worksheet } from './xlsx';

/**
 * How the results workbook's sheets are laid out and printed, as the tables of
 * a statistical yearbook: one header row, indicators down the side with their
 * units in a column of their own, years across; frozen headers; A4 landscape,
 * fitted to a set number of pages across, the header row and the indicator columns repeated
 * on every printed page.
 */

/**
 * A figure as stored in a cell: twelve significant digits, which keeps every
 * digit the engine's inputs carry and drops binary noise
 * (69.32030000000002 → 69.3203) that Excel would show in the formula bar.
 */
export function cellNumber(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(12)) : v;
}

const cellValue = (v: number | string | null): number | string | null => (typeof v === 'number' ? cellNumber(v) : v);

export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! > 0x2e80 ? 2 : 1;
  return w;
}

const HEADER_FILL = 'FFDDEBF7';

/** Bold, shaded header row with a rule under it. */
function styleHeader(ws: Worksheet, row: number): void {
  const r = ws.getRow(row);
  r.font = { bold: true };
  r.alignment = { vertical: 'middle', wrapText: true };
  r.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF999999' } } };
  });
}

/**
 * A4 landscape, fitted to `pagesWide` pages across (as many down as needed),
 * the first row and the first `titleColumns` columns printed on every page,
 * the sheet's name in the page header and page numbers in the footer.
 */
export function printSetup(ws: Worksheet, titleColumns: number, pagesWide = 1): void {
  const lastTitle = String.fromCharCode(64 + titleColumns);
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: pagesWide,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: '1:1',
    ...(titleColumns ? { printTitlesColumn: `A:${lastTitle}` } : {}),
  };
  ws.headerFooter = { oddHeader: '&C&A', oddFooter: '&C&P / &N' };
}

/** A table with one bilingual header row (`情景 Scenario`), frozen with its first `freezeColumns` columns. */
export function writeHeader(ws: Worksheet, cols: readonly SheetColumn[], freezeColumns = 1): void {
  const head = ws.getRow(1);
  cols.forEach((c, i) => {
    head.getCell(i + 1).value = `${c.zh} ${c.en}`;
    const column = ws.getColumn(i + 1);
    column.width = c.width ?? Math.min(40, Math.max(10, Math.ceil(Math.max(textWidth(c.zh), textWidth(c.en) * 0.9)) + 2));
    if (c.numFmt) column.numFmt = c.numFmt;
  });
  styleHeader(ws, 1);
  head.height = 32;
  ws.views = [{ state: 'frozen', xSplit: freezeColumns, ySplit: 1 }];
  printSetup(ws, freezeColumns);
}

/** Header cells of the year sheets' first three columns. */
export const YEAR_SHEET_HEAD = ['指标', 'Indicator', '单位 Unit'] as const;
/** The indicator rows of a year sheet: every export column but the year, which heads the columns. */
export const YEAR_SHEET_ROWS: readonly ExportColumn[] = EXPORT_COLUMNS.filter((c) => c.key !== 'year');
/** The indicator rows with capacity in `unit` (capacity-columns.ts). */
export const yearSheetRowsIn = (unit: CapacityUnit): ExportColumn[] => exportColumnsIn(YEAR_SHEET_ROWS, unit);
/** The indicator rows of one scenario's sheet: the optional ones (the forest, 工业增加值) only where it has them. */
export const yearSheetRowsFor = (results: ScenarioResults, unit: CapacityUnit = 'mw'): ExportColumn[] => exportRowsFor(yearSheetRowsIn(unit), results);
/** Column of a year sheet holding the base year's figures. */
export const FIRST_YEAR_COLUMN = YEAR_SHEET_HEAD.length + 1;

/**
 * One scenario: an indicator per row (Chinese name, English name, unit), a
 * year per column; each row's figures in its unit's number format; text rows
 * (actual or projected, the energy-control rule) as text. Capacity in `capacityUnit`.
 */
export function writeYearSheet(ws: Worksheet, results: ScenarioResults, capacityUnit: CapacityUnit = 'mw'): void {
  const rows = yearSheetRowsFor(results, capacityUnit);
  const head = ws.getRow(1);
  YEAR_SHEET_HEAD.forEach((h, i) => (head.getCell(i + 1).value = h));
  results.years.forEach((y, k) => (head.getCell(FIRST_YEAR_COLUMN + k).value = y.year));
  styleHeader(ws, 1);
  head.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getColumn(1).width = Math.max(...rows.map((c) => textWidth(c.zh))) + 2;
  ws.getColumn(2).width = 26;
  ws.getColumn(3).width = 10;
  results.years.forEach((_y, k) => (ws.getColumn(FIRST_YEAR_COLUMN + k).width = 10));
  rows.forEach((c, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = c.zh;
    row.getCell(2).value = c.en;
    row.getCell(3).value = c.unit?.zh ?? '';
    results.years.forEach((y, k) => {
      const cell = row.getCell(FIRST_YEAR_COLUMN + k);
      cell.value = cellValue(c.cell(y, results));
      if (c.unit) cell.numFmt = c.unit.numFmt;
    });
    if (!c.unit) row.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.views = [{ state: 'frozen', xSplit: FIRST_YEAR_COLUMN - 1, ySplit: 1 }];
  printSetup(ws, FIRST_YEAR_COLUMN - 1, yearPagesWide(results.years.length));
}

/**
 * Pages across for a year sheet: all of 2020–2060 on one A4 page would print
 * at a third of the size, so the years are spread over as many pages as keep
 * at most YEARS_PER_PAGE on each (the indicator columns repeated on every
 * page), which prints at about three quarters of the size.
 */
export const YEARS_PER_PAGE = 14;
export const yearPagesWide = (years: number): number => Math.max(1, Math.ceil(years / YEARS_PER_PAGE));

const TABLE_HEADER_FILL = 'FFDDEBF7';

/** A table's title in column A of `row`, bold. */
export function tableTitle(ws: Worksheet, row: number, text: string): void {
  const cell = ws.getRow(row).getCell(1);
  cell.value = text;
  cell.font = { bold: true, size: 12 };
}

/** A table's header row: bold, centred, wrapped, shaded and ruled below. */
export function tableHeader(ws: Worksheet, row: number, heads: readonly string[], height = 36): void {
  const r = ws.getRow(row);
  heads.forEach((h, i) => (r.getCell(i + 1).value = h));
  r.font = { bold: true };
  r.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  r.height = height;
  r.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TABLE_HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF999999' } } };
  });
}
