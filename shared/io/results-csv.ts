import type { CapacityUnit } from '../model/units';
import { reportedColumnsIn, resultColumnsInUnit } from './capacity-columns';
import { toCsv, type CsvCell } from './csv';
import { methodsKey } from './method-labels';
import { hourlyColumnsIn } from './hourly-columns';
import { yearStatus } from './result-columns';
import { cellNumber, yearSheetRowsFor } from './results-layout';
import type { ResultsExportItem } from './results-sheets';

/**
 * Results as CSV (UTF-8 with BOM, CRLF; csv.ts). Two layouts:
 *
 * - `resultsToCsv(item)` — **wide, one file per scenario**, laid out as the
 *   workbook's scenario sheet and a statistical table: an indicator per row
 *   (Chinese name, field key, unit), a year per column (the forest and
 *   工业增加值 only where the scenario has them); rows for whether each
 *   year is actual or projected, the energy-control rule and the published
 *   figures, the hourly balance's yearly indicators where the scenario has one
 *   (`hourly.curtailmentPct`, hourly-columns.ts), and a last row naming the methods used.
 *   ```
 *   指标 indicator,字段 field,单位 unit,2020,2021,…
 *   数据性质,status,,预测 projected,预测 projected,…
 *   常住人口,population,万人,50,50.2,…
 *   …
 *   核算口径,methods,,energyControl=nonFossilExcluded; …
 *   ```
 * - `resultsToLongCsv(items)` — **long, any number of scenarios in one file**,
 *   for pivot tables, R or Python: one row per scenario, year and field (a
 *   published figure only where one is known, the forest and 工业增加值 only
 *   where the scenario has them; the hourly balance's indicators
 *   where the scenario has one), with the year's status and the
 *   scenario's methods.
 *   ```
 *   情景编号 scenario_id,情景 scenario,地区 region,年份 year,字段 field,指标 indicator,单位 unit,数值 value,数据性质 status,核算口径 methods
 *   test-round,测试情景,测试市,2020,co2,二氧化碳排放,万tCO2,139.1,预测 projected,energyControl=…
 *   ```
 * `resultsToWideCsv(items)` stacks the wide tables of several scenarios.
 * Figures are written to twelve significant digits (results-layout.ts), as in the workbook;
 * capacity in the unit asked for (`capacityUnit`: 万千瓦 or MW, default MW), named in the unit column.
 */

export type ResultsCsvOptions = { capacityUnit?: CapacityUnit };

export const WIDE_CSV_HEAD = ['指标 indicator', '字段 field', '单位 unit'] as const;
const METHODS_KEY = 'methods';
/** Fields of the hourly balance (`hourly.curtailmentPct`): the engine's `results.hourly.years[i].curtailmentPct`. */
export const HOURLY_PREFIX = 'hourly.';
export const SCENARIO_TITLE = '情景 scenario';
const num = (v: CsvCell): CsvCell => (typeof v === 'number' ? cellNumber(v) : v);

function wideRows({ scenario, results }: ResultsExportItem, options: ResultsCsvOptions): CsvCell[][] {
  const rows: CsvCell[][] = [[...WIDE_CSV_HEAD, ...results.years.map((y) => y.year)]];
  for (const c of yearSheetRowsFor(results, options.capacityUnit ?? 'mw')) rows.push([c.zh, c.key, c.unit?.zh ?? '', ...results.years.map((y) => num(c.cell(y, results)))]);
  const hourly = results.hourly;
  if (hourly) for (const c of hourlyColumnsIn(options.capacityUnit ?? 'mw')) rows.push([c.zh, `${HOURLY_PREFIX}${c.key}`, c.unit.zh, ...hourly.years.map((y) => num(c.value(y)))]);
  rows.push(['核算口径', METHODS_KEY, '', methodsKey(results.methods, scenario)]);
  return rows;
}

export function resultsToCsv(item: ResultsExportItem, options: ResultsCsvOptions = {}): string {
  return toCsv(wideRows(item, options));
}

/**
 * Several scenarios in the wide layout: one table per scenario, one under the
 * other, each after a row naming the scenario and its region and followed by
 * an empty row.
 */
export function resultsToWideCsv(items: readonly ResultsExportItem[], options: ResultsCsvOptions = {}): string {
  if (items.length === 1) return resultsToCsv(items[0]!, options);
  return toCsv(items.flatMap((item) => [[SCENARIO_TITLE, item.scenario.name, item.scenario.region.name], ...wideRows(item, options), []]));
}

export const LONG_CSV_HEADER = [
  '情景编号 scenario_id', '情景 scenario', '地区 region', '年份 year', '字段 field', '指标 indicator', '单位 unit', '数值 value', '数据性质 status', '核算口径 methods',
] as const;

export function resultsToLongCsv(items: readonly ResultsExportItem[], options: ResultsCsvOptions = {}): string {
  const rows: CsvCell[][] = [[...LONG_CSV_HEADER]];
  const unit = options.capacityUnit ?? 'mw';
  const fields = resultColumnsInUnit(unit).filter((c) => c.key !== 'year');
  const reported = reportedColumnsIn(unit);
  const hourlyColumns = hourlyColumnsIn(unit);
  for (const { scenario, results } of items) {
    const methods = methodsKey(results.methods, scenario);
    for (const y of results.years) {
      const status = yearStatus(y);
      const row = (key: string, zh: string, unit: string, value: CsvCell) => [scenario.id, scenario.name, scenario.region.name, y.year, key, zh, unit, num(value), status, methods];
      for (const c of fields) {
        const v = c.get(y);
        if (v !== undefined) rows.push(row(c.key, c.zh, c.unit.zh, v));
      }
      for (const c of reported) {
        const v = c.cell(y, results);
        if (v !== null) rows.push(row(c.key, c.zh, c.unit?.zh ?? '', v));
      }
      const h = results.hourly?.years.find((x) => x.year === y.year);
      if (h) for (const c of hourlyColumns) rows.push(row(`${HOURLY_PREFIX}${c.key}`, c.zh, c.unit.zh, c.value(h)));
    }
  }
  return toCsv(rows);
}
