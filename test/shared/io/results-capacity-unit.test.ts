import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import { capacityUnitOfCell } from '../../../shared/io/capacity-columns';
import { resultsToLongCsv, resultsToWideCsv } from '../../../shared/io/results-csv';
import { readResultsWorkbook, resultsToXlsx, SHEET_NOTES, type ResultsExportItem } from '../../../shared/io/results-xlsx';
import { richScenario } from './samples';

/*
 * Capacity of the rich sample (samples.ts), in MW as the scenario stores it, and in 万千瓦 (1 万千瓦 = 10 MW):
 *   PV 2020: the 420 MW fleet (commissioned 2019)                 → 42 万千瓦
 *   PV 2025: 420 + the 50 MW project commissioned in 2024        → 470 MW → 47 万千瓦
 *   wind 2025: the 12.5 MW project commissioned in 2025          → 1.25 万千瓦
 *   pumped storage 2028: 300 MW commissioned in 2028             → 30 万千瓦
 *   published local capacity 2023: 1,120 MW                      → 112 万千瓦
 *   coal 2020: the 600 MW plant (its source quotes 燃煤热电装机60万千瓦) → 60 万千瓦
 */
const OPTS = { exportedAt: '2026-12-03T08:00:00.000Z', appVersion: 'test' };
const scenario = richScenario();
const item: ResultsExportItem = { scenario, results: runScenario(scenario) };
const col = (year: number) => 4 + (year - scenario.baseYear);

async function yearSheet(capacityUnit?: 'mw' | 'wanKw') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await resultsToXlsx([item], { ...OPTS, ...(capacityUnit ? { capacityUnit } : {}) })).slice().buffer);
  const ws = wb.worksheets[1]!;
  const row = (zh: string) => {
    let found: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(1).value === zh) found = r;
    });
    if (!found) throw new Error(`no row ${zh}`);
    return found;
  };
  return { wb, row };
}

describe('capacity in the unit the planner chose', () => {
  it('workbook in 万千瓦: capacity rows converted and so labelled, other rows untouched', async () => {
    const { wb, row } = await yearSheet('wanKw');
    const pv = row('光伏装机');
    expect(pv.getCell(3).value).toBe('万千瓦');
    expect(pv.getCell(col(2020)).value).toBe(42);
    expect(pv.getCell(col(2025)).value).toBe(47);
    expect(pv.getCell(col(2025)).numFmt).toBe('#,##0.00');
    expect(row('风电装机').getCell(col(2025)).value).toBe(1.25);
    expect(row('煤电装机').getCell(col(2020)).value).toBe(60);
    expect(row('抽水蓄能装机').getCell(col(2027)).value).toBe(0);
    expect(row('抽水蓄能装机').getCell(col(2028)).value).toBe(30);
    expect(row('本地发电装机（统计）').getCell(col(2023)).value).toBe(112);
    expect(row('本地发电装机（统计）').getCell(3).value).toBe('万千瓦');
    // energy stays in 万tce, unconverted
    expect(row('能源消费总量').getCell(3).value).toBe('万tce');
    const notes: string[] = [];
    wb.getWorksheet(SHEET_NOTES)!.eachRow((r) => notes.push(`${String(r.getCell(1).value)} ${String(r.getCell(2).value)}`));
    expect(notes.find((n) => n.startsWith('装机单位'))).toContain('1 万千瓦 = 10 MW');
  });

  it('workbook by default in MW, the unit the results keep', async () => {
    const { row } = await yearSheet();
    expect(row('光伏装机').getCell(3).value).toBe('MW');
    expect(row('光伏装机').getCell(col(2025)).value).toBe(470);
    expect(row('风电装机').getCell(col(2025)).value).toBe(12.5);
  });

  it('read back: a 万千瓦 workbook gives MW again and says which unit it read', async () => {
    const read = await readResultsWorkbook(await resultsToXlsx([item], { ...OPTS, capacityUnit: 'wanKw' }));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const sheet = read.scenarios[0]!;
    expect(sheet.capacityUnit).toBe('wanKw');
    // 47 万千瓦 × 10 = 470 MW; 1.25 × 10 = 12.5 MW
    expect(sheet.years[2025 - scenario.baseYear]!['capacityMW.pv']).toBe(470);
    expect(sheet.years[2025 - scenario.baseYear]!['capacityMW.wind']).toBe(12.5);
    // a row in another unit is read as written
    expect(sheet.years[0]!.energy).toBe(Number(item.results.years[0]!.energy.toPrecision(12)));
    const mw = await readResultsWorkbook(await resultsToXlsx([item], OPTS));
    expect(mw.ok && mw.scenarios[0]!.capacityUnit).toBe('mw');
  });

  it('wide CSV in 万千瓦', () => {
    const rows = Papa.parse<string[]>(resultsToWideCsv([item], { capacityUnit: 'wanKw' }).replace(/^\uFEFF/, '')).data;
    const pv = rows.find((r) => r[1] === 'capacityMW.pv')!;
    expect(pv.slice(0, 3)).toEqual(['光伏装机', 'capacityMW.pv', '万千瓦']);
    expect(pv[3 + (2020 - scenario.baseYear)]).toBe('42');
    expect(pv[3 + (2025 - scenario.baseYear)]).toBe('47');
    const mwRows = Papa.parse<string[]>(resultsToWideCsv([item]).replace(/^\uFEFF/, '')).data;
    expect(mwRows.find((r) => r[1] === 'capacityMW.pv')![3 + 5]).toBe('470');
  });

  it('long CSV in 万千瓦', () => {
    const rows = Papa.parse<string[]>(resultsToLongCsv([item], { capacityUnit: 'wanKw' }).replace(/^\uFEFF/, '')).data;
    const at = (year: number, field: string) => rows.find((r) => r[3] === String(year) && r[4] === field)!;
    expect(at(2025, 'capacityMW.wind').slice(6, 8)).toEqual(['万千瓦', '1.25']);
    expect(at(2023, 'reported.localCapacityMW').slice(6, 8)).toEqual(['万千瓦', '112']);
    expect(at(2025, 'energy')[6]).toBe('万tce');
  });

  it('names the unit of a unit cell in either language', () => {
    expect(capacityUnitOfCell('万千瓦')).toBe('wanKw');
    expect(capacityUnitOfCell(' MW ')).toBe('mw');
    expect(capacityUnitOfCell('万tce')).toBeNull();
  });
});
