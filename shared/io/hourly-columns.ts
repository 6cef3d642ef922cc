import { CURTAILED_TYPES, type CurtailedType, type HourlyYear, type StressWeek } from '../engine/hourly/types';
import { capacityFromMW, type CapacityUnit } from '../model/units';
import { CAPACITY_EXPORT_UNITS } from './capacity-columns';
import { UNITS, type Unit } from './result-columns';

/**
 * The hourly balance's figures as export columns: each yearly indicator of
 * `HourlyYear` under its engine name (`curtailmentPct`, `curtailedYiKWh.pv`)
 * with the words planners use and a unit, and the series of a stress week.
 * Energy in 亿千瓦时 (as the statistical tables write it), power in the
 * capacity unit of the export (万千瓦 or MW), storage energy in 万千瓦时 or MWh to match.
 */

/** What a column measures; the unit follows from it and the capacity unit. */
type Measure = 'energy' | 'power' | 'storageEnergy' | 'pct' | 'hours' | 'cycles';

const ENERGY: Unit = { zh: '亿千瓦时', en: '100m kWh', numFmt: '#,##0.0000' };
const HOURS: Unit = { zh: '小时', en: 'h', numFmt: '#,##0' };
const CYCLES: Unit = { zh: '次', en: 'cycles', numFmt: '#,##0.0' };
const STORAGE_ENERGY: Record<CapacityUnit, Unit> = {
  mw: { zh: 'MWh', en: 'MWh', numFmt: '#,##0.0' },
  /** 1 万千瓦时 = 10⁴ kWh = 10 MWh */
  wanKw: { zh: '万千瓦时', en: '10⁴ kWh', numFmt: '#,##0.00' },
};

export function measureUnit(m: Measure, capacityUnit: CapacityUnit): Unit {
  switch (m) {
    case 'energy':
      return ENERGY;
    case 'power':
      return CAPACITY_EXPORT_UNITS[capacityUnit];
    case 'storageEnergy':
      return STORAGE_ENERGY[capacityUnit];
    case 'pct':
      return UNITS.pct;
    case 'hours':
      return HOURS;
    case 'cycles':
      return CYCLES;
  }
}

/** A figure in its measure's unit: power and storage energy are kept in MW and MWh. */
export function inUnit(m: Measure, v: number, capacityUnit: CapacityUnit): number {
  return m === 'power' || m === 'storageEnergy' ? capacityFromMW(v, capacityUnit) : v;
}

export type HourlyColumn = {
  /** the engine's field (`curtailmentPct`), flattened for records (`curtailedYiKWh.pv`) */
  key: string;
  zh: string;
  en: string;
  measure: Measure;
  get: (y: HourlyYear) => number;
};

export const CURTAILED_LABELS: Record<CurtailedType, { zh: string; en: string; cut: string; rate: string }> = {
  pv: { zh: '光伏', en: 'PV', cut: '弃光电量', rate: '弃光率' },
  wind: { zh: '风电', en: 'wind', cut: '弃风电量', rate: '弃风率' },
  hydro: { zh: '水电', en: 'hydro', cut: '弃水电量', rate: '弃水率' },
  biomass: { zh: '生物质', en: 'biomass', cut: '生物质发电弃电量', rate: '生物质发电弃电率' },
};

const col = (key: string, zh: string, en: string, measure: Measure, get: (y: HourlyYear) => number): HourlyColumn => ({ key, zh, en, measure, get });

/** Curtailment of all types together: the sum of the engine's per-type figures. */
export const totalCurtailedYiKWh = (y: HourlyYear): number => y.curtailedTotalYiKWh;

/** Every yearly indicator but the year, in the order of the sheet. */
export const HOURLY_COLUMNS: readonly HourlyColumn[] = [
  col('hours', '小时数', 'Hours', 'hours', (y) => y.hours),
  col('loadYiKWh', '用电量（逐时合计）', 'Load (sum of the hours)', 'energy', (y) => y.loadYiKWh),
  col('peakLoadMW', '最大负荷', 'Peak load', 'power', (y) => y.peakLoadMW),
  ...CURTAILED_TYPES.map((k) =>
    col(`renewableYiKWh.${k}`, `${CURTAILED_LABELS[k].zh}发电量（弃电前）`, `Output before curtailment: ${CURTAILED_LABELS[k].en}`, 'energy', (y) => y.renewableYiKWh[k]),
  ),
  col('curtailedTotalYiKWh', '弃电量', 'Curtailment', 'energy', totalCurtailedYiKWh),
  ...CURTAILED_TYPES.map((k) => col(`curtailedYiKWh.${k}`, CURTAILED_LABELS[k].cut, `Curtailment: ${CURTAILED_LABELS[k].en}`, 'energy', (y) => y.curtailedYiKWh[k])),
  col('curtailmentPct', '弃电率', 'Curtailment rate', 'pct', (y) => y.curtailmentPct),
  ...CURTAILED_TYPES.map((k) =>
    col(`curtailmentPctByType.${k}`, CURTAILED_LABELS[k].rate, `Curtailment rate: ${CURTAILED_LABELS[k].en}`, 'pct', (y) => y.curtailmentPctByType[k]),
  ),
  col('selfConsumptionPct', '就地消纳率', 'Local self-consumption of renewables', 'pct', (y) => y.selfConsumptionPct),
  col('selfSufficiencyPct', '本地自给率', 'Self-sufficiency', 'pct', (y) => y.selfSufficiencyPct),
  col('importYiKWh', '受电量', 'Imports', 'energy', (y) => y.importYiKWh),
  col('exportYiKWh', '外送电量', 'Exports', 'energy', (y) => y.exportYiKWh),
  col('peakImportMW', '最大受电功率', 'Peak import', 'power', (y) => y.peakImportMW),
  col('peakExportMW', '最大外送功率', 'Peak export', 'power', (y) => y.peakExportMW),
  col('netExportHours', '外送小时数', 'Hours of net export', 'hours', (y) => y.netExportHours),
  col('storagePowerMW', '储能功率（本地平衡）', 'Storage power in the local balance', 'power', (y) => y.storagePowerMW),
  col('storageEnergyMWh', '储能容量（本地平衡）', 'Storage energy in the local balance', 'storageEnergy', (y) => y.storageEnergyMWh),
  col('storageChargeYiKWh', '储能充电量', 'Storage charging', 'energy', (y) => y.storageChargeYiKWh),
  col('storageDischargeYiKWh', '储能放电量', 'Storage discharge', 'energy', (y) => y.storageDischargeYiKWh),
  col('storageLossYiKWh', '储能损耗电量', 'Storage losses', 'energy', (y) => y.storageLossYiKWh),
  col('storageCycles', '储能等效循环次数', 'Storage full cycles', 'cycles', (y) => y.storageCycles),
  col('hydroDispatchedYiKWh', '水库水电调节电量', 'Reservoir hydro dispatched against deficits', 'energy', (y) => y.hydroDispatchedYiKWh),
  col('thermalExtraYiKWh', '火电顶峰增发电量', 'Thermal run above schedule', 'energy', (y) => y.thermalExtraYiKWh),
  col('thermalBackedDownYiKWh', '火电压减电量', 'Thermal backed down', 'energy', (y) => y.thermalBackedDownYiKWh),
  col('unservedHours', '缺电小时数', 'Hours with unserved load', 'hours', (y) => y.unservedHours),
  col('unservedYiKWh', '缺电量', 'Unserved energy', 'energy', (y) => y.unservedYiKWh),
];

/** A column with its unit for `capacityUnit`, and the figure in that unit. */
export type HourlyExportColumn = { key: string; zh: string; en: string; unit: Unit; value: (y: HourlyYear) => number };

export function hourlyColumnsIn(capacityUnit: CapacityUnit): HourlyExportColumn[] {
  return HOURLY_COLUMNS.map((c) => ({
    key: c.key,
    zh: c.zh,
    en: c.en,
    unit: measureUnit(c.measure, capacityUnit),
    value: (y) => inUnit(c.measure, c.get(y), capacityUnit),
  }));
}

/** The hourly flows of a stress week, in the order of the sheet (supply, then storage and exchange, then the rest). */
export const WEEK_SERIES: readonly { key: keyof StressWeek['series']; zh: string; en: string }[] = [
  { key: 'load', zh: '负荷', en: 'Load' },
  { key: 'pv', zh: '光伏', en: 'PV' },
  { key: 'wind', zh: '风电', en: 'Wind' },
  { key: 'hydro', zh: '水电', en: 'Hydro' },
  { key: 'biomass', zh: '生物质发电', en: 'Biomass' },
  { key: 'thermal', zh: '火电', en: 'Thermal' },
  { key: 'discharge', zh: '储能放电', en: 'Storage discharge' },
  { key: 'charge', zh: '储能充电', en: 'Storage charging' },
  { key: 'imported', zh: '受电', en: 'Imports' },
  { key: 'exported', zh: '外送', en: 'Exports' },
  { key: 'curtailed', zh: '弃电', en: 'Curtailment' },
  { key: 'unserved', zh: '缺电', en: 'Unserved' },
];

export const WEEK_KIND_LABELS: Record<StressWeek['kind'], { zh: string; en: string; rule: string }> = {
  deficit: { zh: '保供压力周', en: 'Deficit week', rule: '受电量与缺电量之和最大的一周 the week with the most imports and unserved energy' },
  surplus: { zh: '消纳压力周', en: 'Surplus week', rule: '外送电量与弃电量之和最大的一周 the week with the most exports and curtailment' },
};
