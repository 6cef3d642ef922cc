import type { ProfileKind } from '../../model/hourly';
import type { SourceRef } from '../../model/provenance';

/** The renewable types the balance curtails. */
export const CURTAILED_TYPES = ['pv', 'wind', 'hydro', 'biomass'] as const;
export type CurtailedType = (typeof CURTAILED_TYPES)[number];

/** One year of the hourly balance. Energy in 亿kWh, power in MW. */
export type HourlyYear = {
  year: number;
  /** 8,760 or 8,784 */
  hours: number;
  /** electricity demand spread over the hours (the annual model's 全社会用电量) */
  loadYiKWh: number;
  peakLoadMW: number;
  /** renewable output before curtailment (the annual model's generation) */
  renewableYiKWh: Record<CurtailedType, number>;
  curtailedYiKWh: Record<CurtailedType, number>;
  /** all types together (弃电量) */
  curtailedTotalYiKWh: number;
  /** curtailed over renewable output before curtailment, % (弃电率) */
  curtailmentPct: number;
  curtailmentPctByType: Record<CurtailedType, number>;
  /** renewable output used in the region (not curtailed, not exported) over renewable output, % (就地消纳率) */
  selfConsumptionPct: number;
  /** load met by local plants and storage (not imported, not unserved) over load, % (本地自给率) */
  selfSufficiencyPct: number;
  importYiKWh: number;
  exportYiKWh: number;
  peakImportMW: number;
  peakExportMW: number;
  /** hours in which the region exports */
  netExportHours: number;
  storageChargeYiKWh: number;
  storageDischargeYiKWh: number;
  /** charging × (1 − round-trip efficiency) */
  storageLossYiKWh: number;
  /** discharge over the energy capacity in operation: full cycles a year */
  storageCycles: number;
  /** MW and MWh of storage in the local balance this year */
  storagePowerMW: number;
  storageEnergyMWh: number;
  /** reservoir hydro dispatched against deficits */
  hydroDispatchedYiKWh: number;
  /** local thermal run above its annual schedule to meet deficits */
  thermalExtraYiKWh: number;
  /** local thermal backed down when renewables alone exceed the load, storage and export limit */
  thermalBackedDownYiKWh: number;
  unservedHours: number;
  unservedYiKWh: number;
  /** the limits the year was dispatched under, MW; null = no limit */
  exportLimitMW: number | null;
  importLimitMW: number | null;
};

/** A week of hourly flows, MW. */
export type StressWeek = {
  /** hour of the year the week starts (a day's 00:00) */
  startHour: number;
  /** what made it the week: the largest deficit (imports and unserved) or surplus (exports and curtailment) */
  kind: 'deficit' | 'surplus';
  /** that deficit or surplus over the week, MWh */
  totalMWh: number;
  series: Record<
    | 'load'
    | 'pv'
    | 'wind'
    | 'hydro'
    | 'biomass'
    | 'thermal'
    | 'discharge'
    | 'imported'
    | 'charge'
    | 'exported'
    | 'curtailed'
    | 'unserved',
    number[]
  >;
};

/** The hours of one year shown in the views. */
export type HourlyDetail = {
  year: number;
  stressWeeks: StressWeek[];
  /** average by month (rows) and hour of day (columns), MW: residual load (as below; negative = surplus) and curtailment */
  netLoadByMonthHour: number[][];
  curtailedByMonthHour: number[][];
  /** residual load (load − PV − wind − run-of-river hydro), sorted from the highest, every 24th hour, MW */
  residualDurationMW: number[];
  /** load sorted from the highest, every 24th hour, MW */
  loadDurationMW: number[];
};

export type HourlyResults = {
  years: HourlyYear[];
  /** the year of `detail` */
  detail: HourlyDetail | null;
  /** whether curtailment and the dispatched storage losses changed the annual results */
  feedback: boolean;
  /** where each profile comes from: the scenario's own or the built-in one */
  profileSources: Record<ProfileKind, { own: boolean; source: SourceRef }>;
};
