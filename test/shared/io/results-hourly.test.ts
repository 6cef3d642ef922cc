import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { runScenario } from '../../../shared/engine/run';
import type { HourlyYear } from '../../../shared/engine/hourly/types';
import { HOURLY_COLUMNS, WEEK_SERIES } from '../../../shared/io/hourly-columns';
import { resultsToCsv, resultsToLongCsv } from '../../../shared/io/results-csv';
import { SHEET_HOURLY, SHEET_WEEKS } from '../../../shared/io/results-hourly-sheets';
import { cellNumber } from '../../../shared/io/results-layout';
import { resultsToXlsx, SHEET_NOTES, type ResultsExportItem } from '../../../shared/io/results-xlsx';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';
import { colName, openXlsx, type XlsxSheet } from './xlsx-parts';

const OPTS = { exportedAt: '2026-12-04T03:00:00.000Z', appVersion: 'test' };
const item = (scenario: Scenario): ResultsExportItem => ({ scenario, results: runScenario(scenario) });

/**
 * 连州 policy with everything the header block has to state: feedback on, an export limit of
 * 500 MW every year, an import limit rising from 2,000 MW (2020) to 3,000 MW (2030), a battery,
 * and the load profile imported (a flat 8,760 hours).
 */
function configured(): Scenario {
  const s = structuredClone(presetById('lianzhou-policy')!);
  s.name = '=连州 逐时校核';
  s.hourly = {
    ...s.hourly!,
    feedback: true,
    exportLimitMW: 500,
    importLimitMW: [
      { year: 2020, value: 2000 },
      { year: 2030, value: 3000 },
    ],
    batteries: [
      {
        id: 'bat-1', name: '东陂储能站', powerMW: 100, energyMWh: 200, roundTripEfficiencyPct: 85, commissioningYear: 2025, included: true,
        source: { kind: 'assumed', reason: 'test' },
      },
    ],
    profiles: { load: { values: new Array<number>(8760).fill(1), unit: 'MW', year: 2023, source: { kind: 'user', note: '连州供电局 2023 年逐时负荷' } } },
  };
  return s;
}

/** The table under the header block: its header row, then a row per scenario and year. */
function table(ws: XlsxSheet, firstHead: string) {
  const headerRow = Number([...ws.cells].find(([ref, v]) => /^A\d+$/.test(ref) && v === firstHead)![0].slice(1));
  const heads: string[] = [];
  for (let c = 1; ws.cells.has(`${colName(c)}${headerRow}`); c++) heads.push(ws.cells.get(`${colName(c)}${headerRow}`) as string);
  const rows: (string | number | undefined)[][] = [];
  for (let r = headerRow + 1; ws.cells.has(`A${r}`); r++) rows.push(heads.map((_h, c) => ws.cells.get(`${colName(c + 1)}${r}`)));
  const col = (head: string) => {
    const i = heads.indexOf(head);
    expect(i, head).toBeGreaterThanOrEqual(0);
    return i;
  };
  return { headerRow, heads, rows, col };
}

/** The header block's text for an item (column A) of a scenario's lines (the first one after `from` row). */
function blockText(ws: XlsxSheet, item: string, from = 1): string {
  const ref = [...ws.cells].find(([r, v]) => /^A\d+$/.test(r) && Number(r.slice(1)) >= from && v === item);
  expect(ref, item).toBeDefined();
  return ws.cells.get(`C${ref![0].slice(1)}`) as string;
}

describe('results workbook: the hourly balance', () => {
  const preset = item(presetById('lianzhou-policy')!);
  const hourlyYears = preset.results.hourly!.years;

  it('has a row per year with the engine’s yearly indicators, power in 万千瓦 and energy in 亿千瓦时', async () => {
    const book = await openXlsx(await resultsToXlsx([preset], { ...OPTS, capacityUnit: 'wanKw' }));
    const ws = book.sheets.get(SHEET_HOURLY)!;
    const t = table(ws, '情景 Scenario');
    expect(t.heads.slice(0, 2)).toEqual(['情景 Scenario', '年份 Year']);
    // every indicator of HourlyYear, the curtailment total, the two limits
    expect(t.heads).toHaveLength(2 + HOURLY_COLUMNS.length + 2);
    expect(t.heads).toEqual(expect.arrayContaining([
      '弃电率 (%) Curtailment rate', '弃电量 (亿千瓦时) Curtailment', '最大受电功率 (万千瓦) Peak import', '最大外送功率 (万千瓦) Peak export',
      '外送小时数 (小时) Hours of net export', '缺电小时数 (小时) Hours with unserved load', '就地消纳率 (%) Local self-consumption of renewables',
      '本地自给率 (%) Self-sufficiency', '储能等效循环次数 (次) Storage full cycles', '储能损耗电量 (亿千瓦时) Storage losses', '储能容量（本地平衡） (万千瓦时) Storage energy in the local balance',
    ]));
    // 2020–2060: 41 rows
    expect(t.rows).toHaveLength(41);
    const at = (head: string, k: number) => t.rows[k]![t.col(head)];
    hourlyYears.forEach((y, k) => {
      expect(t.rows[k]![1]).toBe(y.year);
      expect(at('弃电率 (%) Curtailment rate', k)).toBe(cellNumber(y.curtailmentPct));
      expect(at('外送小时数 (小时) Hours of net export', k)).toBe(y.netExportHours);
      expect(at('缺电量 (亿千瓦时) Unserved energy', k)).toBe(cellNumber(y.unservedYiKWh));
      expect(at('弃光电量 (亿千瓦时) Curtailment: PV', k)).toBe(cellNumber(y.curtailedYiKWh.pv));
      // 1 万千瓦 = 10 MW
      expect(at('最大受电功率 (万千瓦) Peak import', k)).toBeCloseTo(y.peakImportMW / 10, 9);
      expect(at('最大外送功率 (万千瓦) Peak export', k)).toBeCloseTo(y.peakExportMW / 10, 9);
      // the total is the sum of the four types
      const total = y.curtailedYiKWh.pv + y.curtailedYiKWh.wind + y.curtailedYiKWh.hydro + y.curtailedYiKWh.biomass;
      expect(at('弃电量 (亿千瓦时) Curtailment', k)).toBeCloseTo(total, 12);
      // no limit: blank
      expect(at('外送限额 (万千瓦) Export limit', k)).toBeUndefined();
    });
    // 2020 is a leap year
    expect(at('小时数 (小时) Hours', 0)).toBe(8784);
  });

  it('gives the limits each year was dispatched under, an expression evaluated by the engine', async () => {
    const s = structuredClone(presetById('lianzhou-policy')!);
    s.hourly = { ...s.hourly!, exportLimitMW: { expr: 'interp(2020, 100, 2030, 200)' } };
    const book = await openXlsx(await resultsToXlsx([item(s)], { ...OPTS, capacityUnit: 'wanKw' }));
    const t = table(book.sheets.get(SHEET_HOURLY)!, '情景 Scenario');
    // 2025: 100 + (200 − 100) × 5/10 = 150 MW = 15 万千瓦; from 2030 on 200 MW = 20 万千瓦; imports unlimited: blank
    expect(t.rows[5]![t.col('外送限额 (万千瓦) Export limit')]).toBeCloseTo(15, 9);
    expect(t.rows[40]![t.col('外送限额 (万千瓦) Export limit')]).toBeCloseTo(20, 9);
    expect(t.rows[5]![t.col('受电限额 (万千瓦) Import limit')]).toBeUndefined();
  });

  it('in MW when the export is in MW, every indicator equal to the engine’s', async () => {
    const book = await openXlsx(await resultsToXlsx([preset], { ...OPTS, capacityUnit: 'mw' }));
    const t = table(book.sheets.get(SHEET_HOURLY)!, '情景 Scenario');
    for (const c of HOURLY_COLUMNS) {
      const head = t.heads.find((h) => h.startsWith(`${c.zh} (`))!;
      expect(head, c.key).toBeDefined();
      if (c.measure === 'power') expect(head).toContain('(MW)');
      if (c.measure === 'storageEnergy') expect(head).toContain('(MWh)');
      hourlyYears.forEach((y: HourlyYear, k) => expect(t.rows[k]![t.col(head)], `${c.key} ${y.year}`).toBe(cellNumber(c.get(y))));
    }
  });

  it('states the dispatch order, feedback, limits, storage and each profile’s source above the table', async () => {
    const own = item(configured());
    const book = await openXlsx(await resultsToXlsx([own], { ...OPTS, capacityUnit: 'wanKw' }));
    const ws = book.sheets.get(SHEET_HOURLY)!;
    expect(blockText(ws, '调度顺序 Dispatch order')).toMatch(/^① 光伏、风电、径流式水电.*储能充电.*外送限额.*弃电.*受电限额.*缺电/);
    expect(blockText(ws, '反馈年度结果 Feedback')).toMatch(/^开 on/);
    // 500 MW = 50 万千瓦 every year; the import limit changes, so the table gives it by year: 200–300 万千瓦
    expect(blockText(ws, '外送限额 Export limit')).toBe('50 万千瓦');
    expect(blockText(ws, '受电限额 Import limit')).toBe('逐年见下表 by year, see the table (200–300 万千瓦)');
    // the battery: 100 MW = 10 万千瓦, 200 MWh = 20 万千瓦时; 潭岭 is a grid asset, outside the balance
    expect(blockText(ws, '储能（参与本地平衡） Storage in the balance')).toBe('东陂储能站（电化学储能 battery）10 万千瓦，20 万千瓦时，往返效率 85%，2025年起');
    expect(blockText(ws, '储能（不参与本地平衡） Storage outside the balance')).toMatch(/^潭岭（天湖）抽水蓄能电站（一期）（抽水蓄能，120 万千瓦）：电网资产/);
    expect(blockText(ws, '负荷曲线 Load profile')).toBe('导入 imported（用户输入 user input，8760 小时，单位 MW，2023年实测）：连州供电局 2023 年逐时负荷');
    expect(blockText(ws, '光伏出力曲线 PV profile')).toMatch(/^内置 built-in（假设 assumption）：内置光伏曲线：按站址逐时太阳位置（suncalc）/);
    expect(blockText(ws, '光伏站址 PV site')).toBe('北纬 24.78°，东经 112.38°');
    const t = table(ws, '情景 Scenario');
    const year = (y: number) => t.rows.find((r) => r[1] === y)!;
    // import limit 2025: 2,000 + (3,000 − 2,000) × 5 / 10 = 2,500 MW = 250 万千瓦; export 50 万千瓦
    expect(year(2025)[t.col('受电限额 (万千瓦) Import limit')]).toBe(250);
    expect(year(2040)[t.col('受电限额 (万千瓦) Import limit')]).toBe(300);
    expect(year(2025)[t.col('外送限额 (万千瓦) Export limit')]).toBe(50);
    // the battery is in the balance from 2025: 10 万千瓦, 20 万千瓦时 (plus no pumped storage)
    expect(year(2024)[t.col('储能功率（本地平衡） (万千瓦) Storage power in the local balance')]).toBe(0);
    expect(year(2025)[t.col('储能功率（本地平衡） (万千瓦) Storage power in the local balance')]).toBe(10);
    expect(year(2025)[t.col('储能容量（本地平衡） (万千瓦时) Storage energy in the local balance')]).toBe(20);
    // the scenario's name is text, never a formula
    expect(year(2025)[0]).toBe('=连州 逐时校核');
    expect(ws.xml).not.toContain('<f>');
  });

  it('gives the detail year’s two stress weeks hour by hour, 168 hours each', async () => {
    const book = await openXlsx(await resultsToXlsx([preset], { ...OPTS, capacityUnit: 'wanKw' }));
    const ws = book.sheets.get(SHEET_WEEKS)!;
    const t = table(ws, '情景 Scenario');
    expect(t.heads).toEqual(['情景 Scenario', '典型周 Week', '时刻 Hour (北京时间 CST)', ...WEEK_SERIES.map((s) => `${s.zh} (万千瓦) ${s.en}`)]);
    const detail = preset.results.hourly!.detail!;
    expect(detail.year).toBe(2030);
    expect(t.rows).toHaveLength(2 * 168);
    detail.stressWeeks.forEach((w, n) => {
      const rows = t.rows.slice(n * 168, (n + 1) * 168);
      expect(rows.every((r) => r[1] === (w.kind === 'deficit' ? '保供压力周 Deficit week' : '消纳压力周 Surplus week'))).toBe(true);
      // a date cell, in days: 2020-01-01 is 43,831; ten years later, three of them leap (2020, 2024, 2028),
      // 2030-01-01 is 43,831 + 3,653 = 47,484; each hour is 1/24
      expect(rows[0]![2]).toBeCloseTo(47484 + w.startHour / 24, 9);
      rows.forEach((r, h) => WEEK_SERIES.forEach((s) => expect(r[t.col(`${s.zh} (万千瓦) ${s.en}`)]).toBeCloseTo(w.series[s.key][h]! / 10, 9)));
    });
    expect(blockText(ws, '保供压力周 Deficit week')).toMatch(/^2030-\d\d-\d\d 00:00 至 2030-\d\d-\d\d 00:00，合计 \d+\.\d{4} 亿千瓦时。受电量与缺电量之和最大的一周/);
  });

  it('has no hourly sheets when no scenario has an hourly balance', async () => {
    const plain = item(makeScenario());
    expect(plain.results.hourly).toBeUndefined();
    const book = await openXlsx(await resultsToXlsx([plain], OPTS));
    expect(book.sheets.has(SHEET_HOURLY)).toBe(false);
    expect(book.sheets.has(SHEET_WEEKS)).toBe(false);
    expect([...book.sheets.get(SHEET_NOTES)!.cells.values()].join(' ')).not.toContain('逐时');
    // beside one with it, only that one appears
    const both = await openXlsx(await resultsToXlsx([plain, preset], OPTS));
    const t = table(both.sheets.get(SHEET_HOURLY)!, '情景 Scenario');
    expect(new Set(t.rows.map((r) => r[0]))).toEqual(new Set([preset.scenario.name]));
  });
});

describe('results CSV: the hourly balance', () => {
  const preset = item(presetById('lianzhou-policy')!);
  const years = preset.results.hourly!.years;

  it('wide: a row per indicator (`hourly.<engine name>`) with its unit', () => {
    const [, ...rows] = Papa.parse<string[]>(resultsToCsv(preset, { capacityUnit: 'wanKw' }).slice(1), { skipEmptyLines: true }).data;
    const row = (key: string) => rows.find((r) => r[1] === key)!;
    expect(row('hourly.curtailmentPct').slice(0, 3)).toEqual(['弃电率', 'hourly.curtailmentPct', '%']);
    expect(row('hourly.peakImportMW').slice(0, 3)).toEqual(['最大受电功率', 'hourly.peakImportMW', '万千瓦']);
    expect(row('hourly.unservedYiKWh')[2]).toBe('亿千瓦时');
    years.forEach((y, k) => {
      expect(Number(row('hourly.curtailmentPct')[3 + k])).toBe(cellNumber(y.curtailmentPct));
      expect(Number(row('hourly.peakImportMW')[3 + k])).toBeCloseTo(y.peakImportMW / 10, 9);
    });
    // the methods stay last
    expect(rows[rows.length - 1]![1]).toBe('methods');
  });

  it('long: every indicator every year', () => {
    const [, ...rows] = Papa.parse<string[]>(resultsToLongCsv([preset]).slice(1), { skipEmptyLines: true }).data;
    const hourly = rows.filter((r) => r[4]!.startsWith('hourly.'));
    expect(hourly).toHaveLength(years.length * HOURLY_COLUMNS.length);
    const peak2030 = hourly.find((r) => r[3] === '2030' && r[4] === 'hourly.peakExportMW')!;
    expect(peak2030.slice(5, 7)).toEqual(['最大外送功率', 'MW']);
    expect(Number(peak2030[7])).toBe(cellNumber(years[10]!.peakExportMW));
  });
});
