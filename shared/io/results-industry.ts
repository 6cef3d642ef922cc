import { FUELS, type ProcessKind, type ProductKind } from '../model/vocabulary';
import type { Product } from '../model/industry';
import { FUEL_LABELS } from './result-columns';
import { printSetup, tableHeader, tableTitle } from './results-layout';
import { sheetLine } from './results-sectors';
import type { ResultsExportItem } from './results-sheets';
import type { Worksheet } from './xlsx';

/**
 * `工业产品 Products`: for the scenarios with key products or process CO2,
 * three tables one under the other, a row per scenario, year and item: each
 * product's output, unit energy beside the benchmark and floor the scenario
 * holds for it, and energy by fuel; output by route; each process line's CO2
 * with its factor and the product that drives it.
 */

export const SHEET_INDUSTRY = '工业产品 Products';

export const PRODUCT_KIND_LABELS: Record<ProductKind, { zh: string; en: string }> = {
  clinker: { zh: '熟料', en: 'clinker' },
  cement: { zh: '水泥', en: 'cement' },
  crudeSteel: { zh: '粗钢', en: 'crude steel' },
  ceramics: { zh: '陶瓷', en: 'ceramics' },
  leadZinc: { zh: '铅锌', en: 'lead and zinc' },
  copperFoil: { zh: '铜箔', en: 'copper foil' },
  glassFibre: { zh: '玻璃纤维', en: 'glass fibre' },
  lime: { zh: '石灰', en: 'lime' },
  other: { zh: '其他', en: 'other' },
};

export const PROCESS_KIND_LABELS: Record<ProcessKind, { zh: string; en: string }> = {
  clinker: { zh: '熟料煅烧', en: 'clinker' },
  lime: { zh: '石灰煅烧', en: 'lime' },
  limestoneFlux: { zh: '石灰石熔剂', en: 'limestone flux' },
  dolomiteFlux: { zh: '白云石熔剂', en: 'dolomite flux' },
  otherCarbonate: { zh: '其他碳酸盐', en: 'other carbonates' },
};

const both = (l: { zh: string; en: string }) => `${l.zh} ${l.en}`;
const named = (x: { name: string; nameEn?: string }) => (x.nameEn ? `${x.name} ${x.nameEn}` : x.name);

const hasIndustry = (i: ResultsExportItem): boolean =>
  (i.scenario.industry?.products.length ?? 0) + (i.scenario.industry?.processEmissions.length ?? 0) > 0;

/** Whether any scenario has key products or process lines (the sheet is written only then). */
export const hasIndustrySheet = (items: readonly ResultsExportItem[]): boolean => items.some(hasIndustry);

/** The 标杆/基准 a product is read against, kgce/t (see `ResultsWorkbookOptions.productLevels`). */
export type ProductLevels = (p: Product) => { benchmark?: number | undefined; baseline?: number | undefined };
const ownLevels: ProductLevels = (p) => ({ benchmark: p.benchmarkKgcePerT, baseline: p.baselineKgcePerT });

export function writeIndustrySheet(ws: Worksheet, items: readonly ResultsExportItem[], levelsOf: ProductLevels = ownLevels): void {
  const shown = items.filter(hasIndustry);
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 8;
  ws.getColumn(3).width = 22;
  for (let c = 4; c <= 16; c++) ws.getColumn(c).width = 13;
  let row = 1;
  tableTitle(ws, row++, '重点产品 Key products of industry');
  sheetLine(ws, row++, [
    '说明 About',
    '产品能耗 = 产量 × 单位产品综合能耗，按工艺路线和燃料结构拆分；单位产品综合能耗按产品能耗限额标准的口径（电力按当量值 0.1229 kgce/kWh）计，产品能耗按情景的报告口径计。基准年及有统计能耗的年份，产品能耗自工业能耗中逐燃料划出，总量不变。标杆、基准水平为情景中为该产品设定的值（未设定则空）。Product energy = output × unit energy by route and fuel; unit energy as the product standards count it (electricity at 0.1229 kgce/kWh), energy in the scenario’s convention. In the base year and years of published energy it is carved out of industry’s, fuel by fuel. Benchmark and floor: the values the scenario holds for the product.',
  ]);
  row++;
  tableHeader(
    ws,
    row++,
    [
      '情景 Scenario',
      '年份 Year',
      '产品 Product',
      '类型 Kind',
      '产量 Output (万t)',
      '单位产品综合能耗 Unit energy (kgce/t)',
      '能效标杆水平 Benchmark (kgce/t)',
      '能效基准水平 Floor (kgce/t)',
      '能源消费 Energy (万tce)',
      ...FUELS.map((f) => `${FUEL_LABELS[f].zh} ${FUEL_LABELS[f].en} (万tce)`),
    ],
    60,
  );
  for (const { scenario, results } of shown) {
    const products = scenario.industry?.products ?? [];
    for (const y of results.years) {
      for (const p of y.products) {
        const def = products.find((d) => d.id === p.id);
        sheetLine(ws, row++, [
          scenario.name,
          y.year,
          def ? named(def) : p.id,
          def ? both(PRODUCT_KIND_LABELS[def.kind]) : '',
          p.outputWanT,
          p.unitEnergyKgcePerT,
          (def && levelsOf(def).benchmark) ?? null,
          (def && levelsOf(def).baseline) ?? null,
          p.energy,
          ...FUELS.map((f) => p.energyByFuel[f]),
        ]);
      }
    }
  }
  row++;

  tableTitle(ws, row++, '分工艺产量 Output by route (万t)');
  tableHeader(ws, row++, ['情景 Scenario', '年份 Year', '产品 Product', '工艺 Route', '产量 Output (万t)']);
  for (const { scenario, results } of shown) {
    const products = scenario.industry?.products ?? [];
    for (const y of results.years) {
      for (const p of y.products) {
        const def = products.find((d) => d.id === p.id);
        for (const [routeId, output] of Object.entries(p.outputByRouteWanT)) {
          const route = def?.routes.find((r) => r.id === routeId);
          sheetLine(ws, row++, [
            scenario.name,
            y.year,
            def ? named(def) : p.id,
            route ? named(route) : routeId,
            output,
          ]);
        }
      }
    }
  }
  row++;

  tableTitle(ws, row++, '工业生产过程排放 Process CO2 of carbonates (万tCO2)');
  sheetLine(ws, row++, [
    '说明 About',
    '排放量 = 活动水平（产品产量 × 每吨产品的活动水平，或单列的活动水平路径）× 排放因子；单列于能源活动排放之外，不计入碳排放强度，达峰判断是否计入见“核算口径”表。CO2 = activity (a product’s output × t per t of product, or its own path) × factor; apart from energy CO2 and outside CO2 per GDP; whether the peak counts it is on the methods sheet.',
  ]);
  tableHeader(
    ws,
    row++,
    [
      '情景 Scenario',
      '年份 Year',
      '排放源 Source',
      '类型 Kind',
      '驱动产品 Product driving it',
      '每吨产品的活动水平 Activity per t of product (t/t)',
      '排放因子 Factor (tCO2/t)',
      '排放量 CO2 (万tCO2)',
    ],
    60,
  );
  for (const { scenario, results } of shown) {
    const lines = scenario.industry?.processEmissions ?? [];
    const products = scenario.industry?.products ?? [];
    for (const y of results.years) {
      for (const l of lines) {
        const product = l.productId ? products.find((p) => p.id === l.productId) : undefined;
        const driver = l.productId ? (product ? named(product) : l.productId) : '单列路径 own path';
        sheetLine(
          ws,
          row++,
          [
            scenario.name,
            y.year,
            named(l),
            both(PROCESS_KIND_LABELS[l.kind]),
            driver,
            l.productId ? (l.activityPerProductT ?? 1) : null,
            l.factorTCo2PerT,
            y.processCo2ById[l.id] ?? 0,
          ],
          '#,##0.00',
        );
        for (const c of [6, 7]) ws.getRow(row - 1).getCell(c).numFmt = '0.000';
      }
      if (lines.length) sheetLine(ws, row++, [scenario.name, y.year, '合计 Total', '', '', null, null, y.processCo2]);
    }
  }
  printSetup(ws, 3, 1);
}
