import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { methodsKey } from '../../../shared/io/method-labels';
import { HOURLY_COLUMNS } from '../../../shared/io/hourly-columns';
import { EXPORT_COLUMNS, RESULT_COLUMNS } from '../../../shared/io/result-columns';
import { LONG_CSV_HEADER, resultsToCsv, resultsToLongCsv } from '../../../shared/io/results-csv';
import { methodRows } from '../../../shared/io/results-methods';
import { readResultsWorkbook, resultsToXlsx, SHEET_METHODS, SHEET_SUMMARY, SHEET_TARGETS } from '../../../shared/io/results-xlsx';

const OPTS = { exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0' };
const assumed = { kind: 'assumed', reason: 'test', reasonZh: '测试' } as const;

/**
 * 连州 policy under chosen methods, with published statistics for 2021:
 * GDP 170 亿元 (replaces the projection: an actual year), 全社会用电量 12 亿kWh
 * and local generation 30 亿kWh (set beside the engine's: a cross-check).
 */
function scenario(accounting: Partial<Scenario['accounting']> = {}): Scenario {
  const s = structuredClone(presetById('lianzhou-policy')!);
  s.accounting = { ...s.accounting, energyControl: 'nonFossilExcluded', renewableAttribution: 'provincialPool', electricityCo2: 'locationBased', ...accounting };
  s.history = {
    gdpYiYuan: { '2021': { value: 170, source: assumed } },
    electricityUseYiKWh: { '2021': { value: 12, source: assumed } },
    localGenerationYiKWh: { '2021': { value: 30, source: assumed } },
  };
  return s;
}
const item = (s: Scenario) => ({ scenario: s, results: runScenario(s) });

describe('result columns', () => {
  it('carry the accounting figures, each once, with units', () => {
    const keys = RESULT_COLUMNS.map((c) => c.key);
    for (const k of ['nonFossilEnergy', 'renewableElectricityConsumed', 'feedstockEnergy', 'greenPower', 'storageLossCharged', 'co2BySource.storageLosses']) {
      expect(keys).toContain(k);
    }
    expect(RESULT_COLUMNS.find((c) => c.key === 'co2BySource.storageLosses')).toMatchObject({ zh: '抽发损耗电量排放', unit: { zh: '万tCO2' } });
    expect(RESULT_COLUMNS.find((c) => c.key === 'renewableElectricityConsumed')).toMatchObject({ zh: '可再生能源电力消费量', unit: { zh: '亿千瓦时' } });
    const all = EXPORT_COLUMNS.map((c) => c.key);
    expect(new Set(all).size).toBe(all.length);
    // the rule sits right after the figure it governs
    expect(all.indexOf('energyControlRule')).toBe(all.indexOf('energyAssessed') + 1);
  });
});

describe('results → csv', () => {
  it('wide: marks actual years, names the rule and the methods, sets published figures beside the engine', () => {
    const it0 = item(scenario());
    const csv = resultsToCsv(it0);
    const [, ...rows] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    // a row per indicator (its field key in the second column), 2020 in the fourth column, 2021 in the fifth
    const row = (key: string) => rows.find((r) => r[1] === key)!;
    expect(row('status')[0]).toBe('数据性质');
    const at = (year: 2020 | 2021) => (key: string) => row(key)[year - 2020 + 3]!;
    const y2020 = at(2020);
    const y2021 = at(2021);
    // 2021's GDP is the published 170 亿元, its energy still the projection's
    expect(Number(y2021('gdp'))).toBe(170);
    expect(y2021('status')).toBe('实际GDP 预测能耗 actual GDP, projected energy');
    expect(y2020('status')).toBe('预测 projected');
    expect(y2021('energyControlRule')).toBe('nonFossilExcluded 发改环资〔2024〕113号');
    // published figures where known, blank elsewhere; the difference is the engine's figure less the published one
    expect(Number(y2021('reported.electricityUse'))).toBe(12);
    const demand = Number(y2021('electricityDemand'));
    expect(Number(y2021('electricityUseDiff'))).toBeCloseTo(demand - 12, 9);
    expect(Number(y2021('localGenerationDiff'))).toBeCloseTo(Number(y2021('localGeneration')) - 30, 9);
    expect(y2020('reported.electricityUse')).toBe('');
    expect(y2021('reported.localCapacityMW')).toBe('');
    expect(row('methods')[3]).toBe(
      'energyControl=nonFossilExcluded; renewableAttribution=provincialPool; electricityCo2=locationBased; ' +
        `gridFactorScope=${it0.scenario.accounting.gridFactorScope}; pumpedStorage=${it0.scenario.electricity.pumpedStorage[0]!.attribution}; peakTolerancePct=2; peakScope=energy`,
    );
  });

  it('long: a published figure only where known; status and methods on every row', () => {
    const it0 = item(scenario({ electricityCo2: 'marketBased' }));
    const csv = resultsToLongCsv([it0]);
    const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual([...LONG_CSV_HEADER]);
    // every result field the year has (the forest and 工业增加值 only in a scenario with them) and hourly
    // indicator (the preset has the hourly balance on) every year, plus the 2021 electricity use and local
    // generation and their two differences
    const fields = it0.results.years.reduce((n, y) => n + RESULT_COLUMNS.filter((c) => c.key !== 'year' && c.get(y) !== undefined).length, 0);
    expect(rows).toHaveLength(fields + it0.results.years.length * HOURLY_COLUMNS.length + 4);
    const reported = rows.filter((r) => r[4]!.startsWith('reported.'));
    expect(reported.map((r) => [r[3], r[4], r[7]])).toEqual([
      ['2021', 'reported.electricityUse', '12'],
      ['2021', 'reported.localGeneration', '30'],
    ]);
    for (const r of rows) expect(r[9]).toContain('electricityCo2=marketBased');
    expect(rows.find((r) => r[3] === '2021' && r[4] === 'gdp')![8]).toBe('实际GDP 预测能耗 actual GDP, projected energy');
  });
});

describe('results → xlsx', () => {
  it('lists each scenario’s methods with their sources, and the peak test in the summary', async () => {
    const a = item(scenario());
    const other = scenario({ energyControl: 'renewableIncreaseExcluded', electricityCo2: 'netImports', renewableAttribution: 'localBalance' });
    other.name = '连州 1258号口径';
    const b = item(other);
    const bytes = await resultsToXlsx([a, b], OPTS);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const sheet = wb.getWorksheet(SHEET_METHODS)!;
    const rows: string[][] = [];
    sheet.eachRow((r, n) => {
      if (n > 1) rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    const of = (name: string, id: string) => rows.find((r) => r[0] === name && r[2] === id);
    expect(of(a.scenario.name, 'nonFossilExcluded')![5]).toContain('发改环资〔2024〕113号');
    expect(of(a.scenario.name, 'locationBased')![3]).toContain('全部用电量 × 电力平均二氧化碳排放因子');
    expect(of(b.scenario.name, 'renewableIncreaseExcluded')![5]).toContain('发改运行〔2022〕1258号');
    // method A is this tool's, not a rule the inventory guideline imposes
    expect(of(b.scenario.name, 'netImports')![5]).toContain('本工具方法');
    expect(of(a.scenario.name, 'peakTolerancePct=2')).toBeDefined();
    // the peak is judged on energy CO2 unless the scenario says otherwise, and the sheet says so
    expect(of(a.scenario.name, 'peakScope=energy')![3]).toContain('能源活动二氧化碳排放');
    expect(rows.filter((r) => r[0] === a.scenario.name)).toHaveLength(methodRows(a.scenario, a.results).length);

    const summary = wb.getWorksheet(SHEET_SUMMARY)!;
    // a figure per row (its Chinese name in column A), the first scenario in column D
    const labels = (summary.getColumn(1).values as unknown[]).map(String);
    const cell = (zh: string) => summary.getRow(labels.indexOf(zh)).getCell(4).value;
    expect(cell('核算口径')).toBe(methodsKey(a.results.methods, a.scenario));
    expect(cell('峰值平台期起')).toBe(a.results.peak.plateau.fromYear);
    expect(cell('达峰年（达峰目标判定年）')).toBe(a.results.peak.reachedYear);
    expect(cell('达峰成立（无反弹）')).toBe(a.results.peak.holds ? '是 yes' : '否 no');

    // the target table words the metrics as the documents do; 预期性 is "anticipatory"
    const targets = wb.getWorksheet(SHEET_TARGETS)!;
    const metrics: string[] = [];
    targets.eachRow((r, n) => n > 1 && metrics.push(`${r.getCell(3).value} ${r.getCell(4).value}`));
    expect(metrics.some((m) => m.startsWith('单位地区生产总值二氧化碳排放降低'))).toBe(true);
    expect(metrics.some((m) => m.startsWith('单位地区生产总值能源消耗降低'))).toBe(true);
    expect(metrics.join('\n')).not.toMatch(/indicative/);

    // the year sheets still read back to the results' numbers, the text columns left aside
    const back = await readResultsWorkbook(bytes);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.scenarios[0]!.years[1]!.gdp).toBe(170);
  });
});
