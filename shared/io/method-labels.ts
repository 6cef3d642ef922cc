import type { MethodsUsed } from '../engine/results';
import type { Scenario } from '../model/scenario';
import { policySource } from '../model/source-documents';
import type { ElectricityCo2Method, EnergyControlRule, GridFactorScope, RenewableAttribution, StorageAttribution } from '../model/vocabulary';

/**
 * The accounting methods as files name them (Excel, CSV and the CLI carry
 * their own bilingual headers; the app words them from its locales). Each
 * names the document it follows, or says it is this tool's method.
 */

export type MethodLabel = { zh: string; en: string; source: { zh: string; en: string } | null };

const TOOL = { zh: '本工具方法，非文件规定', en: "this tool's method, not a rule of the documents" };

export const ENERGY_CONTROL_LABELS: Record<EnergyControlRule, MethodLabel> = {
  nonFossilExcluded: {
    zh: '非化石能源消费量不纳入能源消费总量和强度',
    en: 'Non-fossil energy consumption left out of the energy total and intensity',
    source: policySource('nonFossilExcluded'),
  },
  renewableIncreaseExcluded: {
    zh: '可再生能源电力消费量较2020年的增量不纳入能源消费总量（能耗强度仍计入）',
    en: 'Increase of renewable electricity consumption over 2020 deducted from the energy total (still in the intensity)',
    source: policySource('renewableIncreaseExcluded'),
  },
  none: { zh: '不扣除非化石能源：全部能源消费量（原料用能除外）', en: 'None: the full energy total (less feedstock)', source: null },
  legacyNewRenewables: {
    zh: '旧版口径：基准年后投运的可再生能源本地发电量不纳入',
    en: 'Legacy: local generation of renewables commissioned after the base year left out',
    source: TOOL,
  },
};

export const ATTRIBUTION_LABELS: Record<RenewableAttribution, MethodLabel> = {
  provincialPool: {
    zh: '按消费归属（省级电网统一）：用电量 × 电网非化石能源比重 + 本地用户持有的绿电、绿证',
    en: "Provincial pool: electricity use × the grid's non-fossil share, plus green power and 绿证 held by local users",
    source: policySource('nonFossilExcluded', { zh: '按消费量核算', en: 'counted by consumption' }),
  },
  localBalance: {
    zh: '本地电力平衡：本地发电先供本地使用，净调入电量按电网比重',
    en: "Physical local balance: local generation serves local use first; net imports bring the grid's share",
    source: TOOL,
  },
};

export const ELECTRICITY_CO2_LABELS: Record<ElectricityCo2Method, MethodLabel> = {
  netImports: {
    zh: 'A 直接排放（含本地火电）+ 净调入电量 × 电力平均二氧化碳排放因子，净调出电量抵扣',
    en: 'A: direct emissions incl. local power plants + net imports × grid factor, exports credited',
    source: TOOL,
  },
  netImportsNoExportCredit: {
    zh: 'B 同 A，净调出电量不抵扣',
    en: 'B: as A, exports not credited',
    source: TOOL,
  },
  locationBased: {
    zh: 'C 基于位置：终端直接燃烧 + 全部用电量 × 电力平均二氧化碳排放因子',
    en: 'C: location-based: direct combustion at the point of use + electricity use × grid factor',
    source: null,
  },
  marketBased: {
    zh: 'D 基于市场：同 C，扣除本地用户持有的绿电、绿证',
    en: 'D: market-based: as C, less green power and 绿证 held by local users',
    source: null,
  },
};

const FACTOR_SOURCE = { zh: '生态环境部、国家统计局电力二氧化碳排放因子公告（按数据年份）', en: 'MEE/NBS electricity CO2 factor announcements, by data year' };

export const GRID_SCOPE_LABELS: Record<GridFactorScope, MethodLabel> = {
  provincial: { zh: '省级电力平均二氧化碳排放因子', en: 'Provincial average grid factor', source: FACTOR_SOURCE },
  regionalGrid: { zh: '区域电网电力平均二氧化碳排放因子', en: 'Regional grid average factor', source: FACTOR_SOURCE },
  national: { zh: '全国电力平均二氧化碳排放因子', en: 'National average grid factor', source: FACTOR_SOURCE },
  custom: { zh: '自定义', en: 'Custom', source: null },
};

export const STORAGE_LABELS: Record<StorageAttribution, MethodLabel> = {
  gridAsset: { zh: '电网资产：抽发损耗电量不计入所在地区', en: 'Grid asset: losses not charged to the host region', source: null },
  host: { zh: '计入所在地区：抽发损耗电量计入能源消费和二氧化碳排放', en: 'Charged to the host region, in energy and CO2', source: null },
  legacyCo2Only: { zh: '旧版口径：抽发损耗电量仅计入二氧化碳排放', en: 'Legacy: losses in CO2 only', source: TOOL },
};

/** `中文 English (source)` for a cell or a terminal line. */
export function methodText(label: MethodLabel): string {
  return label.source ? `${label.zh} ${label.en} (${label.source.zh})` : `${label.zh} ${label.en}`;
}

/** The pumped-storage attributions of a scenario's plants, each once, in their order. */
export function storageAttributions(s: Scenario): StorageAttribution[] {
  return [...new Set(s.electricity.pumpedStorage.map((p) => p.attribution))];
}

/**
 * One line naming every method, with ids a script can match:
 * `energyControl=nonFossilExcluded; renewableAttribution=provincialPool; electricityCo2=netImports; gridFactorScope=provincial; peakTolerancePct=2; peakScope=energy`.
 */
export function methodsKey(m: MethodsUsed, s: Scenario): string {
  const storage = storageAttributions(s);
  return [
    `energyControl=${m.energyControl}`,
    `renewableAttribution=${m.renewableAttribution}`,
    `electricityCo2=${m.electricityCo2}`,
    `gridFactorScope=${s.accounting.gridFactorScope}`,
    ...(storage.length ? [`pumpedStorage=${storage.join('+')}`] : []),
    `peakTolerancePct=${m.peakTolerancePct}`,
    `peakScope=${m.peakScope}`,
  ].join('; ');
}
