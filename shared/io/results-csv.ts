import { toCsv, type CsvCell } from './csv';
import { methodsKey } from './method-labels';
import { EXPORT_COLUMNS, REPORTED_COLUMNS, RESULT_COLUMNS, yearStatus, type ExportColumn } from './result-columns';
import type { ResultsExportItem } from './results-xlsx';

/**
 * Results as CSV (UTF-8 with BOM, CRLF; csv.ts). Two layouts:
 *
 * - `resultsToCsv(item)` — **wide, one file per scenario**, what a planner
 *   opens in Excel: one row per year, one column per number, headers as in the
 *   CLI's `--csv` (`二氧化碳排放 co2 (万tCO2)`: Chinese name, field key, unit);
 *   beside the numbers, whether the year is actual or projected, the
 *   energy-control rule, published figures where known, and the methods used.
 *   ```
 *   年份 year,数据性质 status,常住人口 population (万人),…,核算口径 methods
 *   2020,预测 projected,50,…,energyControl=nonFossilExcluded; …
 *   ```
 * - `resultsToLongCsv(items)` — **long, any number of scenarios in one file**,
 *   for pivot tables, R or Python: one row per scenario, year and field (a
 *   published figure only where one is known), with the year's status and the
 *   scenario's methods.
 *   ```
 *   情景编号 scenario_id,情景 scenario,地区 region,年份 year,字段 field,指标 indicator,单位 unit,数值 value,数据性质 status,核算口径 methods
 *   test-round,测试情景,测试市,2020,co2,二氧化碳排放,万tCO2,139.1,预测 projected,energyControl=…
 *   ```
 * The export dialog uses the wide file for one scenario and the long file for
 * several (a single file to save, and the layout comparison needs).
 */

const wideHeader = (c: Pick<ExportColumn, 'key' | 'zh' | 'unit'>) =>
  c.key === 'year' ? '年份 year' : c.unit ? `${c.zh} ${c.key} (${c.unit.zh})` : `${c.zh} ${c.key}`;
const METHODS_HEADER = '核算口径 methods';

export function resultsToCsv(item: ResultsExportItem): string {
  const methods = methodsKey(item.results.methods, item.scenario);
  const rows: CsvCell[][] = [[...EXPORT_COLUMNS.map(wideHeader), METHODS_HEADER]];
  for (const y of item.results.years) rows.push([...EXPORT_COLUMNS.map((c) => c.cell(y, item.results)), methods]);
  return toCsv(rows);
}

export const LONG_CSV_HEADER = [
  '情景编号 scenario_id', '情景 scenario', '地区 region', '年份 year', '字段 field', '指标 indicator', '单位 unit', '数值 value', '数据性质 status', METHODS_HEADER,
] as const;

export function resultsToLongCsv(items: readonly ResultsExportItem[]): string {
  const rows: CsvCell[][] = [[...LONG_CSV_HEADER]];
  const fields = RESULT_COLUMNS.filter((c) => c.key !== 'year');
  for (const { scenario, results } of items) {
    const methods = methodsKey(results.methods, scenario);
    for (const y of results.years) {
      const status = yearStatus(y);
      const row = (key: string, zh: string, unit: string, value: CsvCell) => [scenario.id, scenario.name, scenario.region.name, y.year, key, zh, unit, value, status, methods];
      for (const c of fields) rows.push(row(c.key, c.zh, c.unit.zh, c.get(y)));
      for (const c of REPORTED_COLUMNS) {
        const v = c.cell(y, results);
        if (v !== null) rows.push(row(c.key, c.zh, c.unit?.zh ?? '', v));
      }
    }
  }
  return toCsv(rows);
}

/** Wide-file header → field key (`二氧化碳排放 co2 (万tCO2)` → `co2`), for reading a file back. */
export function wideCsvKey(header: string): string | null {
  const h = header.trim();
  if (h === METHODS_HEADER) return 'methods';
  const c = EXPORT_COLUMNS.find((col) => wideHeader(col) === h);
  return c ? c.key : null;
}
