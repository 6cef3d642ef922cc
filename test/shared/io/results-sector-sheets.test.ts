import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import type { ScenarioResults } from '../../../shared/engine/results';
import { PLAN_SECTORS } from '../../../shared/model/vocabulary';
import { resultsToXlsx, type ResultsWorkbookOptions } from '../../../shared/io/results-xlsx';
import { SHEET_SECTORS } from '../../../shared/io/results-sectors';
import { SHEET_INDUSTRY } from '../../../shared/io/results-industry';
import { SHEET_SINKS } from '../../../shared/io/results-sinks';
import { SHEET_METHODS } from '../../../shared/io/results-xlsx';
import { otherScenario, richScenario } from './samples';

const OPTS = { exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0' };

type Rows = unknown[][];

/** Every row of a sheet as plain values (column A first). */
function rowsOf(ws: ExcelJS.Worksheet): Rows {
  const out: Rows = [];
  ws.eachRow({ includeEmpty: true }, (r) => out.push((r.values as unknown[]).slice(1)));
  return out;
}

/** The table whose title starts with `title`: its header row (after the title, an about row and a blank row if any) and the rows to the next blank one. */
function table(rows: Rows, title: string): { head: string[]; body: Rows } {
  let i = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(title));
  expect(i, title).toBeGreaterThanOrEqual(0);
  i++;
  const blank = (r: unknown[] | undefined) => !r || !r.some((v) => v !== null && v !== undefined && v !== '');
  while (rows[i]?.[0] === '说明 About' || blank(rows[i])) i++;
  const head = rows[i]!.map(String);
  const body: Rows = [];
  for (let k = i + 1; k < rows.length && rows[k]!.some((v) => v !== null && v !== undefined && v !== ''); k++) body.push(rows[k]!);
  return { head, body };
}

const col = (head: string[], start: string) => {
  const i = head.findIndex((h) => h.startsWith(start));
  expect(i, start).toBeGreaterThanOrEqual(0);
  return i;
};

describe('workbook: sectors, key products, process CO2 and the forest', () => {
  const rich = richScenario();
  const other = otherScenario();
  let r: ScenarioResults;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    r = runScenario(rich);
    wb = new ExcelJS.Workbook();
    const items = [rich, other].map((scenario) => ({ scenario, results: scenario === rich ? r : runScenario(scenario) }));
    await wb.xlsx.load((await resultsToXlsx(items, OPTS)).slice().buffer);
  });

  it('分领域排放: the sectors and the lines no sector takes add up to energy CO2 in every row', () => {
    const { head, body } = table(rowsOf(wb.getWorksheet(SHEET_SECTORS)!), '分领域二氧化碳排放');
    expect(head.slice(0, 2)).toEqual(['情景 Scenario', '年份 Year']);
    // each scenario's every year: 2020–2035 for the rich sample, 2020–2030 for the other
    expect(body).toHaveLength(r.years.length + runScenario(other).years.length);
    const total = col(head, '能源活动排放 Energy CO2');
    const parts = head.flatMap((h, i) => (/：能源活动 energy$/.test(h) || h.startsWith('未分领域') ? [i] : []));
    expect(parts).toHaveLength(PLAN_SECTORS.length + 3);
    for (const row of body) {
      const sum = parts.reduce((s, i) => s + (row[i] as number), 0);
      expect(sum).toBeCloseTo(row[total] as number, 6);
    }
    // the rich sample's waste plant burns fossil carbon: that CO2 is in no sector, on its own column
    const y2025 = body.find((row) => row[0] === rich.name && row[1] === 2025)!;
    expect(y2025[col(head, '未分领域：垃圾焚烧')]).toBeCloseTo(r.years[5]!.co2Unallocated.wasteIncineration, 6);
    expect(r.years[5]!.co2Unallocated.wasteIncineration).toBeGreaterThan(0);
    // process CO2 is industry's own column, and energy + process is the scope its peak is judged on
    expect(y2025[col(head, '工业：生产过程')]).toBeCloseTo(r.years[5]!.processCo2, 6);
    expect(y2025[col(head, '达峰判断口径排放')]).toBeCloseTo((y2025[total] as number) + (y2025[col(head, '工业生产过程排放')] as number), 6);
  });

  it('分领域排放: the peaks of the region and of each sector, each with the scope it was judged on', () => {
    const { head, body } = table(rowsOf(wb.getWorksheet(SHEET_SECTORS)!), '分领域达峰');
    const richRows = body.filter((row) => row[0] === rich.name);
    // the region, then the five sectors
    expect(richRows.map((row) => String(row[1]).split(' ')[0])).toEqual(['全地区', '工业', '建筑业', '城乡建设', '交通运输', '农林牧渔']);
    const region = richRows[0]!;
    expect(region[col(head, '判断口径')]).toBe('能源活动和工业生产过程排放 energy and process CO2');
    expect(region[col(head, '峰值年份')]).toBe(r.peak.year);
    const industry = richRows[1]!;
    expect(industry[col(head, '峰值年份')]).toBe(r.sectorPeaks.industry!.year);
    expect(industry[col(head, '峰值 Peak')]).toBeCloseTo(r.sectorPeaks.industry!.co2, 6);
    // the other sample judges on energy CO2 (no peakScope: the default)
    const otherRegion = body.find((row) => row[0] === other.name)!;
    expect(otherRegion[col(head, '判断口径')]).toBe('能源活动排放 energy CO2');
  });

  it('工业产品: output × unit energy by hand, route outputs, benchmark and floor beside', () => {
    const rows = rowsOf(wb.getWorksheet(SHEET_INDUSTRY)!);
    const products = table(rows, '重点产品');
    const clinker2020 = products.body.find((row) => row[1] === 2020 && String(row[2]).startsWith('熟料'))!;
    expect(clinker2020[col(products.head, '产量')]).toBe(500);
    expect(clinker2020[col(products.head, '单位产品综合能耗')]).toBe(110);
    expect(clinker2020[col(products.head, '能效标杆水平')]).toBe(100);
    expect(clinker2020[col(products.head, '能效基准水平')]).toBe(117);
    // 500 万t × 110 kgce/t ÷ 1000 = 55 万tce at calorific value: coal 90 % = 49.5, electricity 10 % = 5.5,
    // which the rich sample reports by coal substitution at 302.5 gce/kWh: 5.5 × 302.5 / 122.9 = 13.537429 万tce
    expect(clinker2020[col(products.head, '煤炭')]).toBeCloseTo(49.5, 9);
    expect(clinker2020[col(products.head, '电力')]).toBeCloseTo((5.5 * 302.5) / 122.9, 6);
    expect(clinker2020[col(products.head, '能源消费')]).toBeCloseTo(49.5 + (5.5 * 302.5) / 122.9, 6);

    // crude steel 40 万t in 2020: blast furnace 80 % = 32, electric arc 20 % = 8
    const routes = table(rows, '分工艺产量');
    const steel2020 = routes.body.filter((row) => row[1] === 2020 && row[2] === '粗钢');
    expect(steel2020.map((row) => [row[3], row[4]])).toEqual([['高炉-转炉', 32], ['电炉 EAF', 8]]);
    // nothing of the other sample, which has no products
    expect(products.body.some((row) => row[0] === other.name)).toBe(false);
  });

  it('工业产品: process CO2 line by line, by hand, and the total', () => {
    const { head, body } = table(rowsOf(wb.getWorksheet(SHEET_INDUSTRY)!), '工业生产过程排放');
    const y2020 = body.filter((row) => row[0] === rich.name && row[1] === 2020);
    const co2 = col(head, '排放量');
    // clinker 500 万t × 0.538 = 269; flux 40 万t steel × 0.1 t/t × 0.44 = 1.76; lime 10 万t × 0.75 = 7.5; total 278.26
    expect(y2020.map((row) => String(row[2]))).toEqual(['熟料煅烧', '石灰石熔剂 Limestone flux', '石灰', '合计 Total']);
    expect(y2020.map((row) => row[co2] as number)).toEqual([269, 1.76, 7.5, 278.26].map((v) => expect.closeTo(v, 9)));
    expect(y2020[1]![col(head, '驱动产品')]).toBe('粗钢');
    expect(y2020[2]![col(head, '驱动产品')]).toBe('单列路径 own path');
  });

  it('碳汇: gain and loss on the stock by hand, and net CO2: energy and process CO2 less the sink', () => {
    const rows = rowsOf(wb.getWorksheet(SHEET_SINKS)!);
    const factors = table(rows, '森林碳汇');
    expect(factors.body.map((row) => row[0])).toEqual([rich.name]);
    const { head, body } = table(rows, '逐年');
    const y2020 = body[0]!;
    expect(y2020[1]).toBe(2020);
    // tCO2/m³ = 0.45 × 1.6 × (1 + 0.24) × 0.5 × 44/12 = 1.6368; 2020 on the base stock 210.5 万m³:
    // growth 5 % = 10.525 万m³ → 17.22732 万tCO2, loss 2.5 % = 5.2625 万m³ → 8.61366, net sink 8.61366
    expect(y2020[col(head, '生长吸收')]).toBeCloseTo(17.22732, 9);
    expect(y2020[col(head, '消耗排放')]).toBeCloseTo(8.61366, 9);
    expect(y2020[col(head, '森林碳汇')]).toBeCloseTo(8.61366, 9);
    expect(y2020[col(head, '森林蓄积量')]).toBe(210.5);
    // net CO2 = energy and process CO2 (every emission counted) less the sink, whatever the peak is judged on
    expect(y2020[col(head, '能源活动和工业生产过程排放')]).toBeCloseTo(r.years[0]!.co2 + r.years[0]!.processCo2, 6);
    expect(y2020[col(head, '净排放')]).toBeCloseTo(r.years[0]!.co2 + r.years[0]!.processCo2 - 8.61366, 6);
  });

  it('the methods sheet names the scope the peak is judged on', () => {
    const rows = rowsOf(wb.getWorksheet(SHEET_METHODS)!);
    expect(rows.find((row) => row[0] === rich.name && row[2] === 'peakScope=energyAndProcess')![3]).toContain('碳排放强度仍按能源活动排放计');
    expect(rows.find((row) => row[0] === other.name && row[2] === 'peakScope=energy')).toBeDefined();
  });

  it('工业产品: a product without its own levels gets those the caller reads from the library', async () => {
    const bare = richScenario();
    for (const p of bare.industry!.products) {
      delete p.benchmarkKgcePerT;
      delete p.baselineKgcePerT;
    }
    const read = async (options: ResultsWorkbookOptions) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await resultsToXlsx([{ scenario: bare, results: runScenario(bare) }], options)).slice().buffer);
      const t = table(rowsOf(book.getWorksheet(SHEET_INDUSTRY)!), '重点产品');
      const clinker = t.body.find((row) => row[1] === 2020 && String(row[2]).startsWith('熟料'))!;
      return [clinker[col(t.head, '能效标杆水平')], clinker[col(t.head, '能效基准水平')]];
    };
    // none stated and none passed: the cells stay empty
    expect(await read(OPTS)).toEqual([undefined, undefined]);
    // the app passes its kind's library levels (clinker 100 / 117 kgce/t)
    const levels = (p: { kind: string }) => (p.kind === 'clinker' ? { benchmark: 100, baseline: 117 } : {});
    expect(await read({ ...OPTS, productLevels: levels })).toEqual([100, 117]);
  });

  it('a workbook without products or forests has the sector sheet alone', async () => {
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load((await resultsToXlsx([{ scenario: other, results: runScenario(other) }], OPTS)).slice().buffer);
    const names = plain.worksheets.map((w) => w.name);
    expect(names).toContain(SHEET_SECTORS);
    expect(names).not.toContain(SHEET_INDUSTRY);
    expect(names).not.toContain(SHEET_SINKS);
  });
});
