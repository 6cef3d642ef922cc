import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { runScenario } from '../../../shared/engine/run';
import { compareCosts } from '../../../shared/engine/costs';
import { comparisonsOf } from '../../../shared/io/results-costs-data';
import { SHEET_COSTS } from '../../../shared/io/results-costs';
import { cellNumber } from '../../../shared/io/results-layout';
import { resultsToXlsx, type ResultsExportItem } from '../../../shared/io/results-xlsx';
import type { Scenario } from '../../../shared/model/scenario';
import { openXlsx, type XlsxSheet } from './xlsx-parts';

const OPTS = { exportedAt: '2026-12-04T03:00:00.000Z', appVersion: 'test' };
const item = (scenario: Scenario): ResultsExportItem => ({ scenario, results: runScenario(scenario) });

/** The row (as cells A, B, C…) whose first two cells are `a` and `b`. */
function rowOf(sheet: XlsxSheet, a: string, b: string | number): (string | number | undefined)[] {
  for (let r = 1; r < 2000; r++) {
    if (sheet.cells.get(`A${r}`) === a && sheet.cells.get(`B${r}`) === b) return 'ABCDEFGHIJKL'.split('').map((c) => sheet.cells.get(`${c}${r}`));
  }
  throw new Error(`no row ${a} / ${b}`);
}

describe('workbook: 投资与成本 Costs', () => {
  const policy = item(presetById('qingyuan-policy')!);
  const baseline = item(presetById('qingyuan-baseline')!);

  it('investment by year and plan period, LCOE and the present value: the engine\'s figures', async () => {
    const book = await openXlsx(await resultsToXlsx([policy, baseline], OPTS));
    const sheet = book.sheets.get(SHEET_COSTS)!;
    expect(sheet).toBeDefined();
    const c = policy.results.costs!;
    const name = policy.scenario.name;
    // columns: scenario, year, coal, gas, hydro, pv, wind, biomass, pumped storage, batteries, total
    const y2023 = c.investmentByYear.find((y) => y.year === 2023)!;
    expect(rowOf(sheet, name, 2023).slice(2, 11)).toEqual([...['coal', 'gas', 'hydro', 'pv', 'wind', 'biomass', 'pumpedStorage', 'battery'].map((t) => cellNumber(y2023.byType[t as keyof typeof y2023.byType])), cellNumber(y2023.total)]);
    const p14 = c.investmentByPeriod.find((p) => p.plan === 14)!;
    expect(rowOf(sheet, name, '“十四五” 2021–2025')[10]).toBe(cellNumber(p14.total));
    expect(rowOf(sheet, name, '总投资 Total')[10]).toBe(cellNumber(c.totalInvestmentYiYuan));
    const pv = c.lcoe.find((l) => l.type === 'pv')!;
    expect(rowOf(sheet, name, '光伏 solar PV').slice(2, 9)).toEqual([2500, 40, 25, 8, cellNumber(pv.utilisationHours), 0, cellNumber(pv.yuanPerKWh!)]);
    expect(rowOf(sheet, name, cellNumber(c.presentValueYiYuan))[2]).toBe(cellNumber(c.components.investment));
  });

  it('the comparison with the reference, when the workbook holds it and prices it alike', async () => {
    const book = await openXlsx(await resultsToXlsx([policy, baseline], OPTS));
    const sheet = book.sheets.get(SHEET_COSTS)!;
    const expected = compareCosts(policy.results, baseline.results);
    expect(rowOf(sheet, policy.scenario.name, 'qingyuan-baseline').slice(2, 5)).toEqual([cellNumber(expected.npvDiffYiYuan), cellNumber(expected.co2AvoidedWanT), cellNumber(expected.costPerTonneYuan!)]);
  });

  it('says why a comparison is left out: the reference not exported, or priced otherwise', () => {
    expect(comparisonsOf([policy])).toEqual([{ referenceId: 'qingyuan-baseline', gap: 'notExported' }]);
    const dearer = item({ ...baseline.scenario, costs: { case: 'high' } });
    expect(comparisonsOf([policy, dearer])[0]).toEqual({ referenceId: 'qingyuan-baseline', gap: 'pricedOtherwise' });
    expect(comparisonsOf([baseline])).toEqual([null]);
    // cumulative CO2 over 2021–2050 against 2021–2060 would not compare
    const shorter = item({ ...baseline.scenario, endYear: 2050 });
    expect(comparisonsOf([policy, shorter])[0]).toEqual({ referenceId: 'qingyuan-baseline', gap: 'countedOtherwise' });
  });
});
