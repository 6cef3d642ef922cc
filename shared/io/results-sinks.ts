import type { ForestYear } from '../engine/results';
import { printSetup, tableHeader, tableTitle } from './results-layout';
import { sheetLine } from './results-sectors';
import type { ResultsExportItem } from './results-sheets';
import type { Worksheet } from './xlsx';

/**
 * `碳汇 Sinks`: for the scenarios with a forest, its factors (gain-loss on
 * stock volume, IPCC 2006 Vol. 4 Ch. 4), then a row per scenario and year:
 * cover, stock, the CO2 taken up and lost, the net sink, and the net
 * emissions (energy and process CO2 less the sink), beside, never inside,
 * the peak and intensity figures.
 */

export const SHEET_SINKS = '碳汇 Sinks';

const withForest = (items: readonly ResultsExportItem[]) =>
  items.filter((i) => i.scenario.sinks?.forest !== undefined && i.results.years.some((y) => y.forest));

/** Whether any scenario has a forest (the sheet is written only then). */
export const hasSinks = (items: readonly ResultsExportItem[]): boolean => withForest(items).length > 0;

const FOREST_COLUMNS: { head: string; get: (f: ForestYear) => number; numFmt: string }[] = [
  { head: '森林覆盖率 Forest cover (%)', get: (f) => f.coverPct, numFmt: '0.00' },
  { head: '森林蓄积量 Stock (万立方米, year end)', get: (f) => f.stockWanM3, numFmt: '#,##0.00' },
  { head: '生长吸收 Taken up by growth (万tCO2)', get: (f) => f.gainCo2, numFmt: '#,##0.00' },
  { head: '消耗排放 Lost to harvest and disturbance (万tCO2)', get: (f) => f.lossCo2, numFmt: '#,##0.00' },
  { head: '森林碳汇（净吸收）Net sink (万tCO2)', get: (f) => f.sinkCo2, numFmt: '#,##0.00' },
];

export function writeSinkSheet(ws: Worksheet, items: readonly ResultsExportItem[]): void {
  const shown = withForest(items);
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 10;
  for (let c = 3; c <= 12; c++) ws.getColumn(c).width = 14;
  let row = 1;
  tableTitle(ws, row++, '森林碳汇 Forest carbon sink');
  sheetLine(ws, row++, [
    '说明 About',
    '蓄积量变化法（IPCC 2006 第4卷第4章，增量-消耗法）：蓄积量按生长率增长、按消耗率减少；碳量 = 蓄积量 × 基本木材密度 × 生物量扩展因子 × (1 + 根茎比) × 含碳率 × 44/12。净排放 = 能源活动和工业生产过程排放 − 森林碳汇，与达峰和强度指标并列报告，不计入其中。Gain-loss on stock volume (IPCC 2006 Vol. 4 Ch. 4): CO2 = m³ × wood density × BEF × (1 + root-shoot ratio) × carbon fraction × 44/12. Net CO2 = energy and process CO2 less the net sink, reported beside the peak and intensity figures, never inside them.',
  ]);
  row++;
  tableHeader(
    ws,
    row++,
    [
      '情景 Scenario',
      '基准年蓄积量 Base stock (万立方米)',
      '基本木材密度 Wood density (t/m³)',
      '生物量扩展因子 BEF',
      '根茎比 Root-shoot ratio',
      '含碳率 Carbon fraction',
    ],
    48,
  );
  for (const { scenario } of shown) {
    const f = scenario.sinks!.forest!;
    sheetLine(
      ws,
      row++,
      [
        scenario.name,
        f.baseStockWanM3,
        f.woodDensityTPerM3,
        f.biomassExpansionFactor,
        f.rootShootRatio,
        f.carbonFraction,
      ],
      '0.000',
      [],
    );
    ws.getRow(row - 1).getCell(2).numFmt = '#,##0.00';
  }
  row++;

  tableTitle(ws, row++, '逐年森林碳汇与净排放 Forest and net CO2 year by year');
  tableHeader(
    ws,
    row++,
    [
      '情景 Scenario',
      '年份 Year',
      ...FOREST_COLUMNS.map((c) => c.head),
      '能源活动和工业生产过程排放 Energy and process CO2 (万tCO2)',
      '净排放 Net CO2 (万tCO2)',
    ],
    60,
  );
  for (const { scenario, results } of shown) {
    for (const y of results.years) {
      if (!y.forest) continue;
      const f = y.forest;
      sheetLine(ws, row, [
        scenario.name,
        y.year,
        ...FOREST_COLUMNS.map((c) => c.get(f)),
        y.co2WithProcess,
        y.netCo2,
      ]);
      FOREST_COLUMNS.forEach((c, i) => (ws.getRow(row).getCell(3 + i).numFmt = c.numFmt));
      row++;
    }
  }
  printSetup(ws, 2, 1);
}
