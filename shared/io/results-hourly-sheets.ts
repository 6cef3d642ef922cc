import type { HourlyResults, StressWeek } from '../engine/hourly/types';
import { capacityFromMW, type CapacityUnit } from '../model/units';
import { CAPACITY_EXPORT_UNITS } from './capacity-columns';
import { hourlyColumnsIn, measureUnit, WEEK_KIND_LABELS, WEEK_SERIES, type HourlyExportColumn } from './hourly-columns';
import { DISPATCH_ORDER, hourlySettingLines, type SettingLine } from './hourly-settings';
import type { Unit } from './result-columns';
import { cellNumber, printSetup, tableHeader, tableTitle, textWidth } from './results-layout';
import type { ResultsExportItem } from './results-sheets';
import type { Worksheet } from './xlsx';

/**
 * The hourly balance in the results workbook, for the scenarios that have one:
 * - `逐时电力平衡`: a header block (the dispatch order, the units, and per
 *   scenario whether it feeds back into the annual results, the limits, the
 *   storage in the balance and each profile's source), then a row per
 *   scenario and year with every yearly indicator (hourly-columns.ts);
 * - `典型周`: the detail year's stress weeks, hour by hour.
 * The header block sits above the table, so the table's header row is not
 * frozen (it would hold the block on screen); it is filtered and printed on every page.
 */

export const SHEET_HOURLY = '逐时电力平衡 Hourly balance';
export const SHEET_WEEKS = '典型周 Stress weeks';

type WithHourly = ResultsExportItem & { results: { hourly: HourlyResults } };
const withHourly = (items: readonly ResultsExportItem[]): WithHourly[] => items.filter((i): i is WithHourly => i.results.hourly !== undefined);

/** Whether any scenario has an hourly balance (the sheets are written only then). */
export const hasHourly = (items: readonly ResultsExportItem[]): boolean => withHourly(items).length > 0;

/** Header of a table column: `弃电率 (%) Curtailment rate`. */
export const hourlyHeader = (zh: string, en: string, unit: Unit | null): string => (unit ? `${zh} (${unit.zh}) ${en}` : `${zh} ${en}`);

const TITLE_COLUMNS = 2;

/** A header-block row: the item across the first two columns, its text across the next ones to `lastCol`, wrapped. */
function writeBlockRow(ws: Worksheet, row: number, lastCol: number, line: SettingLine, textChars: number): void {
  const r = ws.getRow(row);
  r.getCell(1).value = line.item;
  r.getCell(TITLE_COLUMNS + 1).value = line.text;
  ws.mergeCells(row, 1, row, TITLE_COLUMNS);
  ws.mergeCells(row, TITLE_COLUMNS + 1, row, lastCol);
  r.getCell(1).font = { bold: true };
  r.alignment = { wrapText: true, vertical: 'top' };
  // Excel does not fit the height of merged cells to their text; wrapping breaks lines a little short of the width
  r.height = 15 * Math.max(1, Math.ceil(textWidth(line.text) / (0.9 * textChars)), Math.ceil(textWidth(line.item) / 28));
}

const titleRow = tableTitle;

function filteredHeader(ws: Worksheet, row: number, heads: readonly string[]): void {
  tableHeader(ws, row, heads, 48);
  ws.autoFilter = { from: { row, column: 1 }, to: { row, column: heads.length } };
}

/** The first `titleColumns` columns frozen and printed on every page, and the table's header row instead of the first row. */
function printTable(ws: Worksheet, headerRow: number, titleColumns: number, pagesWide: number): void {
  printSetup(ws, titleColumns, pagesWide);
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  ws.views = [{ state: 'frozen', xSplit: titleColumns, ySplit: 0 }];
}

function unitsLine(unit: CapacityUnit): SettingLine {
  const p = CAPACITY_EXPORT_UNITS[unit].zh;
  const e = measureUnit('storageEnergy', unit).zh;
  return {
    item: '单位 Units',
    text: `电量 亿千瓦时，功率 ${p}，储能容量 ${e}，比率 %；每年为该年 8760（闰年 8784）小时的合计、最大值或小时数。Energy in 亿千瓦时 (100m kWh), power in ${p}, storage energy in ${e}; each year sums or takes the maximum over its 8,760 (8,784) hours.`,
  };
}

type YearCell = { head: string; unit: Unit | null; value: (item: WithHourly, i: number) => number | null };

function yearCells(unit: CapacityUnit): YearCell[] {
  const power = CAPACITY_EXPORT_UNITS[unit];
  // the limits each year was dispatched under, expressions evaluated (the engine's figures)
  const limit = (item: WithHourly, i: number, which: 'exportLimitMW' | 'importLimitMW') => {
    const v = item.results.hourly.years[i]![which];
    return v === null ? null : capacityFromMW(v, unit);
  };
  const indicator = (c: HourlyExportColumn): YearCell => ({ head: hourlyHeader(c.zh, c.en, c.unit), unit: c.unit, value: (item, i) => c.value(item.results.hourly.years[i]!) });
  return [
    ...hourlyColumnsIn(unit).map(indicator),
    { head: hourlyHeader('外送限额', 'Export limit', power), unit: power, value: (item, i) => limit(item, i, 'exportLimitMW') },
    { head: hourlyHeader('受电限额', 'Import limit', power), unit: power, value: (item, i) => limit(item, i, 'importLimitMW') },
  ];
}

/** The yearly indicators of every scenario with an hourly balance. */
export function writeHourlySheet(ws: Worksheet, items: readonly ResultsExportItem[], unit: CapacityUnit): void {
  const hourly = withHourly(items);
  const cells = yearCells(unit);
  const lastCol = TITLE_COLUMNS + cells.length;
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 8;
  for (let c = TITLE_COLUMNS + 1; c <= lastCol; c++) ws.getColumn(c).width = 12;
  // the block's text spans ten columns, about a screen's width, rather than the whole table
  const textCols = Math.min(10, cells.length);
  const blockRow = (r: number, line: SettingLine) => writeBlockRow(ws, r, TITLE_COLUMNS + textCols, line, 12 * textCols);
  let row = 1;
  titleRow(ws, row++, '逐时电力平衡 Hourly power balance of the local grid');
  blockRow(row++, { item: '调度顺序 Dispatch order', text: DISPATCH_ORDER });
  blockRow(row++, unitsLine(unit));
  for (const item of hourly) {
    titleRow(ws, row++, `情景 Scenario：${item.scenario.name}`);
    for (const line of hourlySettingLines(item.scenario, item.results.hourly, unit)) blockRow(row++, line);
  }
  row++;
  const headerRow = row;
  filteredHeader(ws, row++, ['情景 Scenario', '年份 Year', ...cells.map((c) => c.head)]);
  for (const item of hourly) {
    item.results.hourly.years.forEach((y, i) => {
      const r = ws.getRow(row++);
      r.getCell(1).value = item.scenario.name;
      r.getCell(2).value = y.year;
      r.getCell(2).numFmt = '0';
      cells.forEach((c, k) => {
        const v = c.value(item, i);
        const cell = r.getCell(TITLE_COLUMNS + 1 + k);
        cell.value = v === null ? null : cellNumber(v);
        if (c.unit) cell.numFmt = c.unit.numFmt;
      });
    });
  }
  printTable(ws, headerRow, TITLE_COLUMNS, Math.max(1, Math.ceil(cells.length / 14)));
}

/** 2030-01-01 00:00 China Standard Time plus `hour`, as a date cell shows it (wall-clock time, no zone). */
const hourTime = (year: number, hour: number) => new Date(Date.UTC(year, 0, 1) + hour * 3_600_000);
const stamp = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

function weekLine(w: StressWeek, year: number): SettingLine {
  const label = WEEK_KIND_LABELS[w.kind];
  const from = hourTime(year, w.startHour);
  const to = hourTime(year, w.startHour + 168);
  return { item: `${label.zh} ${label.en}`, text: `${stamp(from)} 至 ${stamp(to)}，合计 ${(w.totalMWh / 1e5).toFixed(4)} 亿千瓦时。${label.rule}` };
}

/** Each scenario's stress weeks of its detail year, an hour per row. */
export function writeWeekSheet(ws: Worksheet, items: readonly ResultsExportItem[], unit: CapacityUnit): void {
  const shown = withHourly(items).filter((i) => i.results.hourly.detail);
  const power = CAPACITY_EXPORT_UNITS[unit];
  const heads = ['情景 Scenario', '典型周 Week', '时刻 Hour (北京时间 CST)', ...WEEK_SERIES.map((s) => hourlyHeader(s.zh, s.en, power))];
  const lastCol = heads.length;
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 14;
  ws.getColumn(3).width = 17;
  for (let c = 4; c <= lastCol; c++) ws.getColumn(c).width = 11;
  const blockRow = (r: number, line: SettingLine) => writeBlockRow(ws, r, lastCol, line, 17 + 11 * WEEK_SERIES.length);
  let row = 1;
  titleRow(ws, row++, '典型周逐时电力平衡 Stress weeks, hour by hour');
  blockRow(row++, { item: '说明 About', text: `每小时的功率（${power.zh}，即该小时的电量）；时刻为该小时的起点。Power in each hour (${power.zh}, the hour’s energy); the time is the hour’s start.` });
  for (const item of shown) {
    const d = item.results.hourly.detail!;
    titleRow(ws, row++, `情景 Scenario：${item.scenario.name}，${d.year}年`);
    for (const w of d.stressWeeks) blockRow(row++, weekLine(w, d.year));
  }
  row++;
  const headerRow = row;
  filteredHeader(ws, row++, heads);
  for (const item of shown) {
    const d = item.results.hourly.detail!;
    for (const w of d.stressWeeks) {
      const label = WEEK_KIND_LABELS[w.kind];
      for (let h = 0; h < w.series.load.length; h++) {
        const r = ws.getRow(row++);
        r.getCell(1).value = item.scenario.name;
        r.getCell(2).value = `${label.zh} ${label.en}`;
        const time = r.getCell(3);
        time.value = hourTime(d.year, w.startHour + h);
        time.numFmt = 'yyyy-mm-dd hh:mm';
        WEEK_SERIES.forEach((s, k) => {
          const cell = r.getCell(4 + k);
          cell.value = cellNumber(capacityFromMW(w.series[s.key][h]!, unit));
          cell.numFmt = power.numFmt;
        });
      }
    }
  }
  printTable(ws, headerRow, 3, 1);
}
