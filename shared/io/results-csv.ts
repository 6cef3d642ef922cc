import { toCsv, type CsvCell } from './csv';
import { RESULT_COLUMNS, type ResultColumn } from './result-columns';
import type { ResultsExportItem } from './results-xlsx';

/**
 * Results as CSV (UTF-8 with BOM, CRLF; csv.ts). Two layouts:
 *
 * - `resultsToCsv(item)` — **wide, one file per scenario**, what a planner
 *   opens in Excel: one row per year, one column per number, headers as in the
 *   CLI's `--csv` (`二氧化碳排放 co2 (万tCO2)`: Chinese name, field key, unit).
 *   ```
 *   年份 year,常住人口 population (万人),…,二氧化碳排放 co2 (万tCO2),…
 *   2020,50,…,139.1,…
 *   ```
 * - `resultsToLongCsv(items)` — **long, any number of scenarios in one file**,
 *   for pivot tables, R or Python: one row per scenario, year and field.
 *   ```
 *   情景编号 scenario_id,情景 scenario,地区 region,年份 year,字段 field,指标 indicator,单位 unit,数值 value
 *   test-round,测试情景,测试市,2020,co2,二氧化碳排放,万tCO2,139.1
 *   ```
 * The export dialog uses the wide file for one scenario and the long file for
 * several (a single file to save, and the layout comparison needs).
 */

const wideHeader = (c: ResultColumn) => (c.key === 'year' ? '年份 year' : `${c.zh} ${c.key} (${c.unit.zh})`);

export function resultsToCsv(item: ResultsExportItem): string {
  const rows: CsvCell[][] = [RESULT_COLUMNS.map(wideHeader)];
  for (const y of item.results.years) rows.push(RESULT_COLUMNS.map((c) => c.get(y)));
  return toCsv(rows);
}

export const LONG_CSV_HEADER = ['情景编号 scenario_id', '情景 scenario', '地区 region', '年份 year', '字段 field', '指标 indicator', '单位 unit', '数值 value'] as const;

export function resultsToLongCsv(items: readonly ResultsExportItem[]): string {
  const rows: CsvCell[][] = [[...LONG_CSV_HEADER]];
  const fields = RESULT_COLUMNS.filter((c) => c.key !== 'year');
  for (const { scenario, results } of items) {
    for (const y of results.years) {
      for (const c of fields) rows.push([scenario.id, scenario.name, scenario.region.name, y.year, c.key, c.zh, c.unit.zh, c.get(y)]);
    }
  }
  return toCsv(rows);
}

/** Wide-file header → field key (`二氧化碳排放 co2 (万tCO2)` → `co2`), for reading a file back. */
export function wideCsvKey(header: string): string | null {
  const c = RESULT_COLUMNS.find((col) => wideHeader(col) === header.trim());
  return c ? c.key : null;
}
