import { COST_ASSET_TYPES } from '../model/cost-defaults';
import type { CostResults } from '../engine/costs/types';
import { cellNumber, printSetup, tableHeader, tableTitle } from './results-layout';
import { planName, type ResultsExportItem } from './results-sheets';
import { COST_TYPE_LABELS, comparisonsOf, GAP_TEXT } from './results-costs-data';
import type { Worksheet } from './xlsx';

/**
 * `投资与成本 Costs`: for every scenario with costs, its cost settings, then
 * five tables one under the other: investment by year and type, 资金需求 by
 * plan period, LCOE with its inputs, the present value and its components,
 * and the comparison with each scenario's reference where the workbook holds it.
 */

export const SHEET_COSTS = '投资与成本 Costs';

type WithCosts = ResultsExportItem & { results: { costs: CostResults } };
const withCosts = (items: readonly ResultsExportItem[]): WithCosts[] => items.filter((i): i is WithCosts => i.results.costs !== undefined);

/** Whether any scenario has costs (the sheet is written only then). */
export const hasCosts = (items: readonly ResultsExportItem[]): boolean => withCosts(items).length > 0;

const YI = '0.00';
const CASE_TEXT = { low: '低 low', central: '中 central', high: '高 high' } as const;
const typeHead = (t: (typeof COST_ASSET_TYPES)[number]) => `${COST_TYPE_LABELS[t].zh} ${COST_TYPE_LABELS[t].en}`;

const title = tableTitle;
const header = (ws: Worksheet, row: number, heads: readonly string[]) => tableHeader(ws, row, heads);

/** One table row: text as it is, numbers to twelve digits in the format given. */
function line(ws: Worksheet, row: number, cells: readonly (string | number | null)[], numFmt = YI): void {
  const r = ws.getRow(row);
  cells.forEach((v, i) => {
    const cell = r.getCell(i + 1);
    cell.value = typeof v === 'number' ? cellNumber(v) : v;
    if (typeof v === 'number') cell.numFmt = numFmt;
  });
}

export function writeCostSheet(ws: Worksheet, items: readonly ResultsExportItem[]): void {
  const shown = withCosts(items);
  const comparisons = comparisonsOf(shown);
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 16;
  for (let c = 3; c <= 3 + COST_ASSET_TYPES.length; c++) ws.getColumn(c).width = 13;
  let row = 1;
  title(ws, row++, '投资与成本 Investment and costs');
  line(ws, row++, ['说明 About', '实际价格（各情景价格年），单位 亿元；基准年之后各年计入；投资计入投产年，寿命期满在规划期内重置；现值按实际折现率折算到基准年，减去规划期末残值（直线法）。Real prices of each scenario’s price year, 亿元; years after the base year; investment in the commissioning year, replaced at the end of its life; present value at the base year less the salvage value at the horizon’s end.']);
  for (const [i, { scenario, results }] of shown.entries()) {
    const c = results.costs;
    const cmp = comparisons[i];
    const ref = cmp ? `参照情景 reference: ${cmp.referenceId}` : '未设参照情景 no reference';
    line(ws, row++, [`情景 Scenario：${scenario.name}`, `成本情形 ${CASE_TEXT[c.case]}；折现率 discount rate ${c.discountRatePct}%；价格年 price year ${c.priceYear}；${ref}`]);
  }
  row++;

  title(ws, row++, '分年投资 Investment by year (亿元)');
  header(ws, row++, ['情景 Scenario', '年份 Year', ...COST_ASSET_TYPES.map(typeHead), '合计 Total']);
  for (const { scenario, results } of shown) {
    for (const y of results.costs.investmentByYear) {
      line(ws, row, [scenario.name, y.year, ...COST_ASSET_TYPES.map((t) => y.byType[t]), y.total]);
      ws.getRow(row++).getCell(2).numFmt = '0';
    }
  }
  row++;

  title(ws, row++, '资金需求（按规划期）Investment by plan period (亿元)');
  header(ws, row++, ['情景 Scenario', '规划期 Plan period', ...COST_ASSET_TYPES.map(typeHead), '合计 Total', '其中：到期重置 of which end-of-life replacement']);
  for (const { scenario, results } of shown) {
    for (const p of results.costs.investmentByPeriod) {
      line(ws, row++, [scenario.name, `“${planName(p.plan)}” ${p.fromYear}–${p.toYear}`, ...COST_ASSET_TYPES.map((t) => p.byType[t]), p.total, p.replacement]);
    }
    line(ws, row++, [scenario.name, '总投资 Total', ...COST_ASSET_TYPES.map((t) => sumType(results.costs, t)), results.costs.totalInvestmentYiYuan, results.costs.investmentByPeriod.reduce((s, p) => s + p.replacement, 0)]);
  }
  row++;

  title(ws, row++, '度电成本 LCOE = (单位投资 × 资本回收系数 + 固定运维) ÷ 利用小时 + 燃料');
  header(ws, row++, ['情景 Scenario', '类型 Type', '单位投资 (元/kW)', '固定运维 (元/kW·年)', '寿命 (年)', '折现率 (%)', '利用小时 (h)', '燃料 (元/kWh)', '度电成本 LCOE (元/kWh)']);
  for (const { scenario, results } of shown) {
    const c = results.costs;
    for (const l of c.lcoe) {
      const r = row++;
      line(ws, r, [scenario.name, typeHead(l.type), l.investmentYuanPerKW, l.fixedOmYuanPerKWYear, l.lifetimeYears, c.discountRatePct, l.utilisationHours, l.fuelYuanPerKWh, l.yuanPerKWh ?? '— 无发电 no output'], '0');
      for (const k of [8, 9]) ws.getRow(r).getCell(k).numFmt = '0.000';
    }
  }
  row++;

  title(ws, row++, '现值及构成 Present value and its components (亿元)');
  header(ws, row++, ['情景 Scenario', '现值 Present value', '投资 Investment', '固定运维 Fixed O&M', '燃料 Fuel', '净购电 Net imports', '残值 Salvage']);
  for (const { scenario, results } of shown) {
    const c = results.costs;
    line(ws, row++, [scenario.name, c.presentValueYiYuan, c.components.investment, c.components.fixedOm, c.components.fuel, c.components.imports, c.components.salvage]);
  }
  line(ws, row++, ['注 Note', '构成为规划期内未折现合计；现值 = Σ各年(投资+运维+燃料+购电)÷(1+r)^(年−基准年) − 残值÷(1+r)^(末年−基准年)。Components are undiscounted sums; the present value discounts each year’s flows to the base year.']);
  row++;

  title(ws, row++, '相对参照情景 Against the reference scenario');
  header(ws, row++, ['情景 Scenario', '参照情景 Reference', '净现值差 ΔNPV (亿元)', '减排量 CO2 avoided (万tCO2)', '减排成本 Cost per tonne (元/tCO2)']);
  for (const [i, { scenario }] of shown.entries()) {
    const cmp = comparisons[i];
    if (!cmp) continue;
    if ('gap' in cmp) line(ws, row++, [scenario.name, cmp.referenceId, GAP_TEXT[cmp.gap]]);
    else {
      const c = cmp.comparison;
      line(ws, row++, [scenario.name, c.referenceId, c.npvDiffYiYuan, c.co2AvoidedWanT, c.costPerTonneYuan ?? '— 未减排 none avoided']);
    }
  }
  printSetup(ws, 2, 1);
}

function sumType(c: CostResults, t: (typeof COST_ASSET_TYPES)[number]): number {
  let s = 0;
  for (const y of c.investmentByYear) s += y.byType[t];
  return s;
}
