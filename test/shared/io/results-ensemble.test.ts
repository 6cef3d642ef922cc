import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { runEnsemble } from '../../../shared/engine/ensemble';
import { runScenario } from '../../../shared/engine/run';
import { SHEET_ENSEMBLE } from '../../../shared/io/results-ensemble';
import { cellNumber } from '../../../shared/io/results-layout';
import { resultsToXlsx, SHEET_NOTES, type ResultsExportItem } from '../../../shared/io/results-xlsx';
import { defaultRange } from '../../../shared/model/uncertainty';
import { colName, openXlsx, type XlsxSheet } from './xlsx-parts';

const OPTS = { exportedAt: '2026-12-04T03:00:00.000Z', appVersion: 'test' };

/** The row whose first cell is `first` (the first such row), as its cells A, B, C, … */
function rowOf(ws: XlsxSheet, first: string | number, from = 1): { index: number; cells: (string | number | undefined)[] } {
  for (let r = from; r < 2000; r++) {
    if (ws.cells.get(`A${r}`) === first) return { index: r, cells: Array.from({ length: 14 }, (_, c) => ws.cells.get(`${colName(c + 1)}${r}`)) };
  }
  throw new Error(`no row starting ${String(first)}`);
}

describe('the workbook’s 不确定性分析 sheet', () => {
  const s = presetById('shaoguan-policy')!;
  const ensemble = runEnsemble(s, { runs: 400, seed: 3 });
  const withIt: ResultsExportItem = { scenario: s, results: runScenario(s), ensemble };
  const other = presetById('lianzhou-policy')!;
  const without: ResultsExportItem = { scenario: other, results: runScenario(other) };

  it('is written only when an ensemble was computed', async () => {
    const book = await openXlsx(await resultsToXlsx([without], OPTS));
    expect(book.sheets.has(SHEET_ENSEMBLE)).toBe(false);
  });

  it('states runs and seed, each range with its source, and the engine’s figures', async () => {
    const book = await openXlsx(await resultsToXlsx([withIt, without], OPTS));
    const ws = book.sheets.get(SHEET_ENSEMBLE)!;
    expect(ws).toBeDefined();
    expect(String(rowOf(ws, '抽样 Sampling').cells[1])).toContain('拉丁超立方抽样 400 次，随机种子 3');
    // the scenario without an ensemble has no block
    expect([...ws.cells.values()].some((v) => typeof v === 'string' && v.includes(other.name))).toBe(false);

    const gdp = rowOf(ws, '地区生产总值增速 GDP growth').cells;
    expect(gdp.slice(2, 7)).toEqual(['百分点 pp', -1, 0, 1, '均匀 uniform']);
    const reason = defaultRange('gdpGrowth').source;
    expect(String(gdp[7])).toContain(reason.kind === 'assumed' ? reason.reasonZh! : '');
    expect(String(rowOf(ws, '丰枯水年 Wet or dry hydro year').cells[6])).toBe('三角 triangular');
    // 韶关 has key products: their output and unit energy are sampled, named as planners say them (× 0.85–1.15, × 0.95–1.05)
    expect(rowOf(ws, '重点产品产量 Output of key products').cells.slice(2, 7)).toEqual(['倍 ×', 0.85, 1, 1.15, '均匀 uniform']);
    expect(rowOf(ws, '重点产品单位产品综合能耗 Unit energy of key products').cells.slice(2, 7)).toEqual(['倍 ×', 0.95, 1, 1.05, '均匀 uniform']);

    const peakTarget = s.targets.find((t) => t.metric === 'peakYear')!;
    const p = ensemble.targets.find((t) => t.id === peakTarget.id)!;
    const row = rowOf(ws, peakTarget.label).cells;
    expect(row[4]).toBe(cellNumber(p.probability * 100));
    expect(row[5]).toBe(p.met);

    // 2030 in the bands: year, then CO2 P10/P50/P90 first
    const bandHead = rowOf(ws, '年份 Year');
    const y2030 = rowOf(ws, 2030, bandHead.index).cells;
    const i = ensemble.bands.co2.years.indexOf(2030);
    expect(y2030.slice(1, 4)).toEqual([ensemble.bands.co2.p10[i]!, ensemble.bands.co2.p50[i]!, ensemble.bands.co2.p90[i]!].map(cellNumber));

    // the scenario's own costs across the runs, 亿元, the central run's figure beside them
    const pv = rowOf(ws, '供电成本现值 Present value of electricity-supply costs').cells;
    const c = ensemble.costs!.presentValueYiYuan;
    expect(pv.slice(1, 5)).toEqual([c.p10, c.p50, c.p90, withIt.results.costs!.presentValueYiYuan].map(cellNumber));
    const inv = rowOf(ws, '总投资 Total investment').cells;
    expect(inv[2]).toBe(cellNumber(ensemble.costs!.totalInvestmentYiYuan.p50));

    // the peak-year table ends with the runs whose peak does not hold, cumulative 100 %
    const none = rowOf(ws, '未达峰或反弹 no peak that holds').cells;
    expect(none[1]).toBe(ensemble.noPeak);
    expect(none[3]).toBeCloseTo(100, 9);

    // tornado: the widest bar first, as the engine orders them
    const first = ensemble.tornado[0]!;
    const tornadoHead = rowOf(ws, '输入 Input', rowOf(ws, '达峰年份 Peak year').index);
    const bar = ws.cells.get(`B${tornadoHead.index + 1}`);
    expect(bar).toBe(cellNumber(first.atLow));

    expect(String(rowOf(book.sheets.get(SHEET_NOTES)!, '不确定性分析 Uncertainty').cells[1])).toContain(SHEET_ENSEMBLE);
  });
});
