import type { ScenarioResults, YearResult } from '../engine/results';
import {
  COMBUSTION_FUELS,
  FUELS,
  GENERATOR_TYPES,
  PLAN_SECTORS,
  SECTORS,
  type CombustionFuel,
  type Fuel,
  type GeneratorType,
  type PlanSector,
  type Sector,
} from '../model/scenario';
import { ENERGY_CONTROL_LABELS } from './method-labels';

/**
 * Every number of a `YearResult`, flattened to one column each
 * (`energyByFuel.coal`), with Chinese and English headers and units, in the
 * order the Excel and CSV exports use. A test checks that no field of
 * `YearResult` is left out.
 */

export type Unit = { zh: string; en: string; numFmt: string };

const U = {
  year: { zh: '年', en: 'year', numFmt: '0' },
  wanPeople: { zh: '万人', en: '10k persons', numFmt: '#,##0.00' },
  yiYuan: { zh: '亿元', en: '100m yuan', numFmt: '#,##0.00' },
  wanTce: { zh: '万tce', en: '10k tce', numFmt: '#,##0.00' },
  yiKWh: { zh: '亿千瓦时', en: '100m kWh', numFmt: '#,##0.000' },
  mw: { zh: 'MW', en: 'MW', numFmt: '#,##0.0' },
  /** 1 万千瓦 = 10 MW; two decimals keep the 0.1 MW the MW format shows */
  wanKw: { zh: '万千瓦', en: '10⁴ kW', numFmt: '#,##0.00' },
  wanTCo2: { zh: '万tCO2', en: '10k tCO2', numFmt: '#,##0.00' },
  tCo2PerWanYuan: { zh: 'tCO2/万元', en: 'tCO2 per 10k yuan', numFmt: '0.0000' },
  tCo2PerPerson: { zh: 'tCO2/人', en: 'tCO2 per person', numFmt: '0.000' },
  tcePerWanYuan: { zh: 'tce/万元', en: 'tce per 10k yuan', numFmt: '0.0000' },
  pct: { zh: '%', en: '%', numFmt: '0.00' },
  tCo2PerMWh: { zh: 'tCO2/MWh', en: 'tCO2/MWh', numFmt: '0.0000' },
  wanM3: { zh: '万立方米', en: '10k m³', numFmt: '#,##0.00' },
} as const satisfies Record<string, Unit>;
export const UNITS: Record<keyof typeof U, Unit> = U;

export type ResultColumn = {
  /** flattened field path, e.g. `energyByFuel.coal` */
  key: string;
  zh: string;
  en: string;
  unit: Unit;
  /** undefined only for a figure the scenario may lack (`optional`) */
  get: (y: YearResult) => number | undefined;
  /** a figure only some scenarios have (the forest, 工业增加值): its row is left out where no year has it */
  optional?: true;
};

export const FUEL_LABELS: Record<Fuel, { zh: string; en: string }> = {
  coal: { zh: '煤炭', en: 'coal' },
  oil: { zh: '油品', en: 'oil' },
  gas: { zh: '天然气', en: 'natural gas' },
  electricity: { zh: '电力', en: 'electricity' },
  heat: { zh: '热力', en: 'heat' },
  biomass: { zh: '生物质', en: 'biomass' },
};
export const SECTOR_LABELS: Record<Sector, { zh: string; en: string }> = {
  industry: { zh: '工业', en: 'industry' },
  services: { zh: '服务业', en: 'services' },
  transport: { zh: '交通运输', en: 'transport' },
  households: { zh: '居民生活', en: 'households' },
  agriculture: { zh: '农业', en: 'agriculture' },
};
export const GENERATOR_LABELS: Record<GeneratorType, { zh: string; en: string }> = {
  coal: { zh: '煤电', en: 'coal power' },
  gas: { zh: '气电', en: 'gas power' },
  hydro: { zh: '水电', en: 'hydro' },
  pv: { zh: '光伏', en: 'solar PV' },
  wind: { zh: '风电', en: 'wind' },
  biomass: { zh: '生物质发电', en: 'biomass power' },
};

/** The plan sectors of the 1+N carbon-peak plans, as the workbook names them. */
export const PLAN_SECTOR_LABELS: Record<PlanSector, { zh: string; en: string }> = {
  industry: { zh: '工业', en: 'industry' },
  construction: { zh: '建筑业', en: 'construction' },
  buildings: { zh: '城乡建设', en: 'buildings (urban and rural)' },
  transport: { zh: '交通运输', en: 'transport' },
  agriculture: { zh: '农林牧渔', en: 'agriculture, forestry, fishery' },
};

const col = (key: string, zh: string, en: string, unit: Unit, get: (y: YearResult) => number): ResultColumn => ({ key, zh, en, unit, get });
const optionalCol = (key: string, zh: string, en: string, unit: Unit, get: (y: YearResult) => number | undefined): ResultColumn => ({ key, zh, en, unit, get, optional: true });

/** Each plan sector's CO2 (fuels burnt in it, its share of electricity's CO2, process CO2), what its peak is judged on, and its energy use. */
const SECTOR_PARTS = [
  { part: 'direct', zh: '直接排放', en: 'direct CO2', unit: U.wanTCo2 },
  { part: 'electricity', zh: '电力排放', en: 'CO2 of electricity used', unit: U.wanTCo2 },
  { part: 'energy', zh: '能源活动排放', en: 'energy CO2', unit: U.wanTCo2 },
  { part: 'process', zh: '工业生产过程排放', en: 'process CO2', unit: U.wanTCo2 },
  { part: 'judged', zh: '达峰判断口径排放', en: 'CO2 its peak is judged on', unit: U.wanTCo2 },
  { part: 'energyUse', zh: '能源消费', en: 'energy use', unit: U.wanTce },
] as const;

const sectorColumns = (s: PlanSector): ResultColumn[] =>
  SECTOR_PARTS.map(({ part, zh, en, unit }) =>
    col(`sectorCo2.${s}.${part}`, `${PLAN_SECTOR_LABELS[s].zh}领域${zh}`, `Sector ${PLAN_SECTOR_LABELS[s].en}: ${en}`, unit, (y) => y.sectorCo2[s][part]),
  );

export const YEAR_COLUMN: ResultColumn = col('year', '年份', 'Year', U.year, (y) => y.year);

export const RESULT_COLUMNS: readonly ResultColumn[] = [
  YEAR_COLUMN,
  col('population', '常住人口', 'Resident population', U.wanPeople, (y) => y.population),
  col('gdp', '地区生产总值 (基准年不变价)', 'GDP (constant base-year prices)', U.yiYuan, (y) => y.gdp),
  optionalCol('industryValueAdded', '工业增加值 (基准年不变价)', 'Industry value added (constant base-year prices)', U.yiYuan, (y) => y.industryValueAdded),
  col('energy', '能源消费总量', 'Total energy consumption', U.wanTce, (y) => y.energy),
  col('energyAssessed', '考核口径能源消费量', 'Energy consumption as assessed', U.wanTce, (y) => y.energyAssessed),
  col('nonFossilEnergy', '非化石能源消费量', 'Non-fossil energy consumption', U.wanTce, (y) => y.nonFossilEnergy),
  col('feedstockEnergy', '原料用能消费量', 'Energy used as feedstock', U.wanTce, (y) => y.feedstockEnergy),
  ...FUELS.map((f) => col(`energyByFuel.${f}`, `${FUEL_LABELS[f].zh}消费量`, `Energy: ${FUEL_LABELS[f].en}`, U.wanTce, (y) => y.energyByFuel[f])),
  ...SECTORS.map((s) => col(`energyBySector.${s}`, `${SECTOR_LABELS[s].zh}能源消费`, `Energy: ${SECTOR_LABELS[s].en}`, U.wanTce, (y) => y.energyBySector[s])),
  col('electricityDemand', '全社会用电量', 'Electricity consumption', U.yiKWh, (y) => y.electricityDemand),
  ...GENERATOR_TYPES.map((t) => col(`generationByType.${t}`, `${GENERATOR_LABELS[t].zh}发电量`, `Generation: ${GENERATOR_LABELS[t].en}`, U.yiKWh, (y) => y.generationByType[t])),
  col('localGeneration', '本地发电量', 'Local generation', U.yiKWh, (y) => y.localGeneration),
  col('renewableElectricityConsumed', '可再生能源电力消费量', 'Renewable electricity consumed', U.yiKWh, (y) => y.renewableElectricityConsumed),
  col('greenPower', '本地用户持有的绿电绿证电量', 'Green power and 绿证 held by local users', U.yiKWh, (y) => y.greenPower),
  col('storageLoss', '抽水蓄能抽发损耗电量', 'Pumped-storage losses', U.yiKWh, (y) => y.storageLoss),
  col('storageLossCharged', '计入本地区的抽发损耗电量', 'Pumped-storage losses charged to the region', U.yiKWh, (y) => y.storageLossCharged),
  col('netImports', '净调入电量', 'Net electricity imports', U.yiKWh, (y) => y.netImports),
  ...GENERATOR_TYPES.map((t) => col(`capacityMW.${t}`, `${GENERATOR_LABELS[t].zh}装机`, `Capacity: ${GENERATOR_LABELS[t].en}`, U.mw, (y) => y.capacityMW[t])),
  col('pumpedStorageMW', '抽水蓄能装机', 'Capacity: pumped storage', U.mw, (y) => y.pumpedStorageMW),
  col('co2', '二氧化碳排放', 'CO2 emissions', U.wanTCo2, (y) => y.co2),
  ...COMBUSTION_FUELS.map((f: CombustionFuel) =>
    col(`co2BySource.${f}`, `${FUEL_LABELS[f].zh}直接排放`, `CO2: ${FUEL_LABELS[f].en} at point of use`, U.wanTCo2, (y) => y.co2BySource[f]),
  ),
  col('co2BySource.localPower', '本地火电排放', 'CO2: local thermal power', U.wanTCo2, (y) => y.co2BySource.localPower),
  col('co2BySource.importedElectricity', '电网电力间接排放', 'CO2: electricity from the grid', U.wanTCo2, (y) => y.co2BySource.importedElectricity),
  col('co2BySource.storageLosses', '抽发损耗电量排放', 'CO2: pumped-storage losses', U.wanTCo2, (y) => y.co2BySource.storageLosses),
  col('gridFactor', '电力平均二氧化碳排放因子', 'Grid electricity CO2 factor', U.tCo2PerMWh, (y) => y.gridFactor),
  col('co2BySource.wasteIncineration', '垃圾焚烧化石碳排放', 'CO2: fossil carbon of waste incineration', U.wanTCo2, (y) => y.co2BySource.wasteIncineration),
  col('processCo2', '工业生产过程排放', 'Process CO2 (industrial processes)', U.wanTCo2, (y) => y.processCo2),
  col('co2WithProcess', '能源活动和工业生产过程排放', 'CO2: energy and industrial processes', U.wanTCo2, (y) => y.co2WithProcess),
  col('co2Judged', '达峰判断口径排放', 'CO2 the peak is judged on', U.wanTCo2, (y) => y.co2Judged),
  ...PLAN_SECTORS.flatMap(sectorColumns),
  col('co2Unallocated.storageLosses', '未分领域：抽发损耗电量排放', 'Not in a sector: pumped-storage losses', U.wanTCo2, (y) => y.co2Unallocated.storageLosses),
  col('co2Unallocated.wasteIncineration', '未分领域：垃圾焚烧排放', 'Not in a sector: waste incineration', U.wanTCo2, (y) => y.co2Unallocated.wasteIncineration),
  col('co2Unallocated.electricity', '未分领域：无终端用电分摊的电力排放', 'Not in a sector: electricity CO2 without final use to carry it', U.wanTCo2, (y) => y.co2Unallocated.electricity),
  optionalCol('forest.coverPct', '森林覆盖率', 'Forest cover', U.pct, (y) => y.forest?.coverPct),
  optionalCol('forest.stockWanM3', '森林蓄积量', 'Forest stock volume', U.wanM3, (y) => y.forest?.stockWanM3),
  optionalCol('forest.gainCo2', '森林生长碳吸收', 'Forest: CO2 taken up by growth', U.wanTCo2, (y) => y.forest?.gainCo2),
  optionalCol('forest.lossCo2', '森林消耗碳排放', 'Forest: CO2 of harvest and losses', U.wanTCo2, (y) => y.forest?.lossCo2),
  optionalCol('forest.sinkCo2', '森林碳汇（净吸收）', 'Forest sink (net removal)', U.wanTCo2, (y) => y.forest?.sinkCo2),
  col('netCo2', '净排放（能源活动和工业生产过程排放扣除森林碳汇）', 'Net CO2 (energy and process CO2 less the forest sink)', U.wanTCo2, (y) => y.netCo2),
  col('co2PerGdp', '单位地区生产总值二氧化碳排放', 'CO2 per GDP', U.tCo2PerWanYuan, (y) => y.co2PerGdp),
  col('co2PerCapita', '人均二氧化碳排放', 'CO2 per capita', U.tCo2PerPerson, (y) => y.co2PerCapita),
  col('energyPerGdp', '单位地区生产总值能源消耗', 'Energy per GDP', U.tcePerWanYuan, (y) => y.energyPerGdp),
  col('energyPerGdpAssessed', '考核口径单位地区生产总值能源消耗', 'Energy per GDP as assessed', U.tcePerWanYuan, (y) => y.energyPerGdpAssessed),
  col('nonFossilShare', '非化石能源消费比重', 'Non-fossil share of energy', U.pct, (y) => y.nonFossilShare),
  col('co2VsBasePct', '二氧化碳排放较基准年变化', 'CO2 vs base year', U.pct, (y) => y.co2VsBasePct),
  col('co2PerGdpVsBasePct', '单位地区生产总值二氧化碳排放较基准年变化', 'CO2 per GDP vs base year', U.pct, (y) => y.co2PerGdpVsBasePct),
  col('energyPerGdpVsBasePct', '单位地区生产总值能源消耗较基准年变化', 'Energy per GDP vs base year', U.pct, (y) => y.energyPerGdpVsBasePct),
];

type Headed = { key: string; zh: string; en: string; unit: Unit | null };
/** `二氧化碳排放 (万tCO2)` */
export const headerZh = (c: Headed): string => (c.key === 'year' || !c.unit ? c.zh : `${c.zh} (${c.unit.zh})`);
/** `CO2 emissions (10k tCO2)` */
export const headerEn = (c: Headed): string => (c.key === 'year' || !c.unit ? c.en : `${c.en} (${c.unit.en})`);

/** All numbers of a year by flattened key (`energyByFuel.coal`); an optional figure the year lacks is left out. */
export function flattenYearResult(y: YearResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of RESULT_COLUMNS) {
    const v = c.get(y);
    if (v !== undefined) out[c.key] = v;
  }
  return out;
}

/**
 * A column of the per-year export tables: every result column, and beside
 * them what is not a number of the year's results: whether the year's GDP and
 * energy are published statistics, the energy-control rule the assessed
 * energy follows, and the published figures set beside the engine's
 * (blank where none is known).
 */
export type ExportColumn = {
  key: string;
  zh: string;
  en: string;
  unit: Unit | null;
  cell: (y: YearResult, r: ScenarioResults) => number | string | null;
  /** a figure only some scenarios have: its row is written only for those (`exportRowsFor`) */
  optional?: true;
};

const YEAR_STATUS: Record<'both' | 'gdp' | 'energy' | 'none', string> = {
  both: '实际 actual',
  gdp: '实际GDP 预测能耗 actual GDP, projected energy',
  energy: '预测GDP 实际能耗 projected GDP, actual energy',
  none: '预测 projected',
};

/** `实际 actual` where the year's GDP and energy are published statistics, `预测 projected` where both are the engine's. */
export function yearStatus(y: YearResult): string {
  return YEAR_STATUS[y.actual.gdp && y.actual.energy ? 'both' : y.actual.gdp ? 'gdp' : y.actual.energy ? 'energy' : 'none'];
}

const ruleCell = (r: ScenarioResults): string => {
  const label = ENERGY_CONTROL_LABELS[r.methods.energyControl];
  return `${r.methods.energyControl} ${label.source?.zh ?? label.zh}`;
};

const text = (key: string, zh: string, en: string, cell: ExportColumn['cell']): ExportColumn => ({ key, zh, en, unit: null, cell });
const num = (c: ResultColumn): ExportColumn => ({ key: c.key, zh: c.zh, en: c.en, unit: c.unit, cell: (y) => c.get(y) ?? null, ...(c.optional ? { optional: true } : {}) });
const reported = (key: string, zh: string, en: string, unit: Unit, get: (y: YearResult) => number | null): ExportColumn => ({ key, zh, en, unit, cell: get });
const diff = (a: number, b: number | undefined) => (b === undefined ? null : a - b);

export const STATUS_COLUMN = text('status', '数据性质', 'Actual or projected', (y) => yearStatus(y));
export const RULE_COLUMN = text('energyControlRule', '考核口径规则', 'Energy-control rule', (_y, r) => ruleCell(r));

export const REPORTED_COLUMNS: readonly ExportColumn[] = [
  reported('reported.electricityUse', '全社会用电量（统计）', 'Electricity consumption (published)', U.yiKWh, (y) => y.reported.electricityUse ?? null),
  reported('electricityUseDiff', '用电量差值（测算−统计）', 'Electricity consumption: engine − published', U.yiKWh, (y) => diff(y.electricityDemand, y.reported.electricityUse)),
  reported('reported.localCapacityMW', '本地发电装机（统计）', 'Local capacity (published)', U.mw, (y) => y.reported.localCapacityMW ?? null),
  reported('reported.localGeneration', '本地发电量（统计）', 'Local generation (published)', U.yiKWh, (y) => y.reported.localGeneration ?? null),
  reported('localGenerationDiff', '本地发电量差值（测算−统计）', 'Local generation: engine − published', U.yiKWh, (y) => diff(y.localGeneration, y.reported.localGeneration)),
];

/** The per-year table of the exports: year, its status, every result (the rule after the assessed energy), the published figures. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  num(YEAR_COLUMN),
  STATUS_COLUMN,
  ...RESULT_COLUMNS.slice(1).flatMap((c) => (c.key === 'energyAssessed' ? [num(c), RULE_COLUMN] : [num(c)])),
  ...REPORTED_COLUMNS,
];

/** The export rows a scenario's results have: every column but the optional ones no year of it fills (a scenario without a forest has no forest rows). */
export function exportRowsFor<C extends ExportColumn>(cols: readonly C[], r: ScenarioResults): C[] {
  return cols.filter((c) => !c.optional || r.years.some((y) => c.cell(y, r) !== null));
}
