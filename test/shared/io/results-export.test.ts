import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import type { YearResult } from '../../../shared/engine/results';
import { flattenYearResult, REPORTED_COLUMNS, RESULT_COLUMNS } from '../../../shared/io/result-columns';
import { LONG_CSV_HEADER, resultsToCsv, resultsToLongCsv, resultsToWideCsv, SCENARIO_TITLE, WIDE_CSV_HEAD } from '../../../shared/io/results-csv';
import { HOURLY_COLUMNS } from '../../../shared/io/hourly-columns';
import { cellNumber, YEAR_SHEET_ROWS, yearSheetRowsFor } from '../../../shared/io/results-layout';
import { SHEET_SECTORS } from '../../../shared/io/results-sectors';
import { SHEET_INDUSTRY } from '../../../shared/io/results-industry';
import { SHEET_SINKS } from '../../../shared/io/results-sinks';
import { SHEET_COSTS } from '../../../shared/io/results-costs';
import {
  planName,
  readResultsWorkbook,
  resultsToXlsx,
  sheetNames,
  SHEET_METHODS,
  SHEET_NOTES,
  SHEET_PERIODS,
  SHEET_SOURCES,
  SHEET_SUMMARY,
  SHEET_TARGETS,
  type ResultsExportItem,
} from '../../../shared/io/results-xlsx';
import { makeScenario } from '../../helpers/make-scenario';
import { otherScenario, richScenario, sampleScenarios } from './samples';

const OPTS = { exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0' };

async function items(): Promise<ResultsExportItem[]> {
  const { scenarios } = await sampleScenarios();
  return scenarios.map((scenario) => ({ scenario, results: runScenario(scenario) }));
}

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function leafPaths(v: unknown, prefix = ''): string[] {
  if (typeof v === 'number') return [prefix];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => leafPaths(x, prefix ? `${prefix}.${k}` : k));
}

/** Figures keyed by the scenario's own ids (each key product, each process line): a column each cannot be fixed, the 工业产品 sheet carries them. */
const BY_ID = ['products', 'processCo2ById'];

describe('result columns', () => {
  it('cover every number of a YearResult, once (the key products and process lines on their own sheet)', () => {
    // the rich sample has products, process lines, 工业增加值 and a forest: every optional figure is there
    const y: YearResult = runScenario(richScenario()).years[5]!;
    expect(y.forest).toBeDefined();
    expect(y.industryValueAdded).toBeDefined();
    const keys = RESULT_COLUMNS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const fixed = Object.fromEntries(Object.entries(y).filter(([k]) => !BY_ID.includes(k)));
    expect([...keys].sort()).toEqual(leafPaths(fixed).sort());
    for (const [k, v] of Object.entries(flattenYearResult(y))) expect(v).toBe(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], y));
  });
  it('leave out the optional figures a scenario does not have (no forest, no 工业增加值)', () => {
    const flat = flattenYearResult(runScenario(otherScenario()).years[0]!);
    expect(Object.keys(flat).filter((k) => k.startsWith('forest.') || k === 'industryValueAdded')).toEqual([]);
    expect(RESULT_COLUMNS.filter((c) => c.optional).map((c) => c.key)).toEqual([
      'industryValueAdded', 'forest.coverPct', 'forest.stockWanM3', 'forest.gainCo2', 'forest.lossCo2', 'forest.sinkCo2',
    ]);
  });
  it('have Chinese headers with units', () => {
    expect(RESULT_COLUMNS.find((c) => c.key === 'co2')).toMatchObject({ zh: '二氧化碳排放', unit: { zh: '万tCO2' } });
  });
});

describe('sheet names', () => {
  it('follow Excel rules: ≤ 31 characters, none of []:*?/\\, unique ignoring case, not the fixed sheets', () => {
    const names = sheetNames(['a/b:c*d?e[f]g\\h', 'A/B:C*D?E[F]G\\H', "'quoted'", '', '汇总 Summary', 'history', '很'.repeat(40), '很'.repeat(40)]);
    expect(names).toEqual([
      'a b c d e f g h', 'A B C D E F G H (2)', 'quoted', 'Scenario', '汇总 Summary (2)', 'history (2)', '很'.repeat(31), `${'很'.repeat(27)} (2)`,
    ]);
    for (const n of names) {
      expect(Array.from(n).length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
  });
  it('planName', () => {
    expect([planName(14), planName(15), planName(16), planName(20), planName(21)]).toEqual(['十四五', '十五五', '十六五', '二十五', '二十一五']);
  });
});

describe('results → xlsx', () => {
  it('reads back the same numbers for every scenario (to 1e-9 relative)', async () => {
    const list = await items();
    const bytes = await resultsToXlsx(list, OPTS);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const back = await readResultsWorkbook(bytes);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.scenarios).toHaveLength(list.length);
    list.forEach((item, i) => {
      const sheet = back.scenarios[i]!;
      expect(sheet.scenarioId).toBe(item.scenario.id);
      expect(sheet.scenarioName).toBe(item.scenario.name);
      expect(sheet.years).toHaveLength(item.results.years.length);
      item.results.years.forEach((y, k) => {
        const want = flattenYearResult(y);
        const got = sheet.years[k]!;
        expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
        for (const key of Object.keys(want)) {
          if (!close(got[key]!, want[key]!)) throw new Error(`${item.scenario.id} ${y.year} ${key}: ${got[key]} ≠ ${want[key]}`);
        }
      });
      const s = back.summary[i]!;
      expect(s.peakYear).toBe(item.results.peak.year);
      expect(close(s.peakCo2 as number, item.results.peak.co2)).toBe(true);
      expect(s.targetsTotal).toBe(item.results.targets.length);
    });
  }, 30_000); // a workbook of every sample scenario: room on a shared machine

  it('lays the workbook out for Excel users', async () => {
    const rich = richScenario();
    const list = [rich, otherScenario()].map((scenario) => ({ scenario, results: runScenario(scenario) }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await resultsToXlsx(list, OPTS)).slice().buffer);
    const names = wb.worksheets.map((w) => w.name);
    const [, otherSheet] = sheetNames(list.map((i) => i.scenario.name));
    // sectors for every run; products and sinks because the rich sample has them
    expect(names).toEqual([
      SHEET_SUMMARY, rich.name.replace(/"/g, '"').slice(0, 31).trim(), otherSheet, SHEET_SECTORS, SHEET_INDUSTRY, SHEET_SINKS,
      SHEET_COSTS, SHEET_TARGETS, SHEET_PERIODS, SHEET_METHODS, SHEET_SOURCES, SHEET_NOTES,
    ]);
    expect(otherSheet).toBe('江门 台山 低碳 情景 一个很长很长很长很长很长很长的名字用于');
    expect(Array.from(otherSheet!).length).toBe(31);

    const ws = wb.getWorksheet(names[1]!)!;
    // one header row: 指标 | Indicator | 单位 Unit | 2020 … 2035 (the rich sample ends in 2035)
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['指标', 'Indicator', '单位 Unit', ...Array.from({ length: 16 }, (_, k) => 2020 + k)]);
    const co2Row = YEAR_SHEET_ROWS.findIndex((c) => c.key === 'co2') + 2;
    expect([ws.getRow(co2Row).getCell(1).value, ws.getRow(co2Row).getCell(2).value, ws.getRow(co2Row).getCell(3).value]).toEqual(['二氧化碳排放', 'CO2 emissions', '万tCO2']);
    expect(ws.getRow(co2Row).getCell(4).value).toBe(cellNumber(runScenario(rich).years[0]!.co2));
    expect(ws.getRow(co2Row).getCell(4).numFmt).toBe('#,##0.00');
    expect(ws.getRow(2).getCell(4).value).toBe('预测 projected');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 2, fitToHeight: 0, printTitlesRow: '1:1', printTitlesColumn: 'A:C' });
    expect(ws.rowCount).toBe(1 + YEAR_SHEET_ROWS.length);

    const summary = wb.getWorksheet(SHEET_SUMMARY)!;
    const summaryRowOf = (zh: string) => summary.getRow(2 + ['地区', '情景', '情景编号', '工作表', '基准年', '二氧化碳排放最高年份'].indexOf(zh));
    expect(summary.getRow(1).getCell(4).value).toMatchObject({ text: rich.name, hyperlink: `#'${names[1]}'!A1` });
    expect(summaryRowOf('地区').getCell(4).value).toBe('佛山市南海区');
    expect(summaryRowOf('二氧化碳排放最高年份').getCell(4).value).toBe(runScenario(rich).peak.year);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });

    const sources = wb.getWorksheet(SHEET_SOURCES)!;
    expect((sources.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['情景 Scenario', '位置 Where']);

    const targets = wb.getWorksheet(SHEET_TARGETS)!;
    expect(targets.rowCount).toBe(1 + rich.targets.length);
    expect(targets.getRow(2).values).toEqual(expect.arrayContaining([rich.name, '“十四五”碳排放强度下降', 2020, 2025, 20.5, '%']));
    const late = targets.getRow(1 + rich.targets.length);
    expect(late.getCell(11).value).toBe('— n/a');
    expect(late.getCell(8).value).toBeNull();

    const periods = wb.getWorksheet(SHEET_PERIODS)!;
    expect(periods.getRow(2).getCell(2).value).toBe('十四五');
    expect(wb.getWorksheet(SHEET_NOTES)!.getRow(2).getCell(2).value).toBe(OPTS.exportedAt);
    expect(wb.created.toISOString()).toBe(OPTS.exportedAt);
  });

  it('reading something else reports a problem', async () => {
    expect(await readResultsWorkbook(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const other = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await readResultsWorkbook(other)).toMatchObject({ ok: false, problems: [{ code: 'results.noSummary' }] });
  });
});

describe('results → csv', () => {
  it('wide: BOM, CRLF, an indicator per row and a year per column, numbers to twelve digits', async () => {
    for (const item of await items()) {
      const csv = resultsToCsv(item);
      expect(csv.startsWith('\uFEFF指标 indicator,字段 field,单位 unit,2020,')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
      const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const [header, ...rows] = parsed.data;
      expect(header).toEqual([...WIDE_CSV_HEAD, ...item.results.years.map((y) => String(y.year))]);
      // every export column but the year, the hourly balance's indicators when there is one, then the methods
      const hourly = item.results.hourly ? HOURLY_COLUMNS.map((c) => `hourly.${c.key}`) : [];
      expect(rows.map((r) => r[1])).toEqual([...yearSheetRowsFor(item.results).map((c) => c.key), ...hourly, 'methods']);
      item.results.years.forEach((y, k) => {
        const want = flattenYearResult(y);
        for (const row of rows) if (row[1]! in want) expect(Number(row[3 + k])).toBe(cellNumber(want[row[1]!]!));
      });
    }
  });

  it('wide rows carry Chinese name, key and unit; several scenarios stack, each under its name', () => {
    const a = makeScenario();
    const b = makeScenario((s) => (s.name = '第二情景'));
    const csv = resultsToCsv({ scenario: a, results: runScenario(a) });
    expect(csv.split('\r\n')).toContain(csv.split('\r\n').find((l) => l.startsWith('二氧化碳排放,co2,万tCO2,')));
    const both = resultsToWideCsv([a, b].map((scenario) => ({ scenario, results: runScenario(scenario) })));
    const lines = both.slice(1).split('\r\n');
    const titles = lines.filter((l) => l.startsWith(`${SCENARIO_TITLE},`));
    expect(titles.map((l) => l.split(',')[1])).toEqual([a.name, '第二情景']);
    // title, header, the indicator rows, methods, an empty line: per scenario
    // the round scenario has no forest and no 工业增加值: those six rows are left out
    expect(yearSheetRowsFor(runScenario(a))).toHaveLength(YEAR_SHEET_ROWS.length - 6);
    expect(lines.indexOf(titles[1]!)).toBe(1 + 1 + yearSheetRowsFor(runScenario(a)).length + 1 + 1);
  });

  it('long: every scenario, year and field in one file', async () => {
    const list = await items();
    const csv = resultsToLongCsv(list);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...LONG_CSV_HEADER]);
    // every figure of every year the scenario has (no forest rows for a scenario without a forest)
    const figures = list.reduce((n, i) => n + i.results.years.reduce((m, y) => m + Object.keys(flattenYearResult(y)).length - 1, 0), 0);
    const published = list.reduce((n, i) => n + i.results.years.reduce((m, y) => m + REPORTED_COLUMNS.filter((c) => c.cell(y, i.results) !== null).length, 0), 0);
    // and each hourly indicator in every year of a scenario with an hourly balance
    const hourly = list.reduce((n, i) => n + (i.results.hourly?.years.length ?? 0) * HOURLY_COLUMNS.length, 0);
    expect(rows).toHaveLength(figures + published + hourly);
    const rich = list.find((i) => i.scenario.id === 'rich-sample')!;
    const co2 = rows.find((r) => r[0] === 'rich-sample' && r[3] === '2030' && r[4] === 'co2')!;
    expect(co2.slice(1, 3)).toEqual([rich.scenario.name, '佛山市南海区']);
    expect(Number(co2[7])).toBe(cellNumber(rich.results.years[10]!.co2));
  });

  it('quotes commas, quotes and line breaks, and defuses formula-like text', () => {
    const s = makeScenario((x) => {
      x.name = '=HYPERLINK("http://x","点我"), 情景';
      x.region.name = '+地区\n第二行';
    });
    const csv = resultsToLongCsv([{ scenario: s, results: runScenario(s) }]);
    const row = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data[1]!;
    expect(row[1]).toBe(`'=HYPERLINK("http://x","点我"), 情景`);
    expect(row[2]).toBe("'+地区\n第二行");
    expect(row[7]).toBe('50'); // numbers are never prefixed, negative ones included
    const negative = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.find((r) => r[4] === 'netImports');
    expect(negative).toBeDefined();
  });
});
