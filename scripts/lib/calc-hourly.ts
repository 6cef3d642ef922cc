import type { HourlyResults, HourlyYear } from '../../shared/engine/hourly/types';
import type { ScenarioResults } from '../../shared/engine/results';
import { totalCurtailedYiKWh } from '../../shared/io/hourly-columns';
import { DISPATCH_ORDER, hourlySettingLines } from '../../shared/io/hourly-settings';
import type { Scenario } from '../../shared/model/scenario';
import { printable } from './terminal-text';

/**
 * The hourly balance in the CLI: the yearly indicators as a table (every year,
 * as the main table), the settings they were computed with (feedback, limits,
 * storage in the balance, each profile built-in or imported with its source),
 * and the engine's `results.hourly` (without the detail year's hours) for `--json`.
 */

type YearField = Exclude<keyof HourlyYear, 'year'>;

/** The unit of each field of `HourlyYear`; records (`curtailedYiKWh.pv`) share their field's unit. */
export const HOURLY_UNITS: Record<YearField, string> = {
  hours: 'h',
  loadYiKWh: '亿kWh',
  peakLoadMW: 'MW',
  renewableYiKWh: '亿kWh',
  curtailedYiKWh: '亿kWh',
  curtailedTotalYiKWh: '亿kWh',
  curtailmentPct: '%',
  curtailmentPctByType: '%',
  selfConsumptionPct: '%',
  selfSufficiencyPct: '%',
  importYiKWh: '亿kWh',
  exportYiKWh: '亿kWh',
  peakImportMW: 'MW',
  peakExportMW: 'MW',
  netExportHours: 'h',
  storageChargeYiKWh: '亿kWh',
  storageDischargeYiKWh: '亿kWh',
  storageLossYiKWh: '亿kWh',
  storageCycles: 'cycles',
  storagePowerMW: 'MW',
  storageEnergyMWh: 'MWh',
  hydroDispatchedYiKWh: '亿kWh',
  thermalExtraYiKWh: '亿kWh',
  thermalBackedDownYiKWh: '亿kWh',
  unservedHours: 'h',
  unservedYiKWh: '亿kWh',
  exportLimitMW: 'MW',
  importLimitMW: 'MW',
};

export type CalcHourlyJson = {
  feedback: boolean;
  profileSources: HourlyResults['profileSources'];
  units: Record<YearField, string>;
  /** the engine's yearly indicators, names as in `HourlyYear` */
  years: HourlyYear[];
};

/** `results.hourly` for the JSON output; null when the scenario has no hourly balance. */
export function hourlyJson(r: ScenarioResults): CalcHourlyJson | null {
  const h = r.hourly;
  if (!h) return null;
  return { feedback: h.feedback, profileSources: h.profileSources, units: { ...HOURLY_UNITS }, years: h.years };
}

type TableColumn = { label: string; unit: string; field: string; digits: number; get: (y: HourlyYear) => number };

/** The columns of the table and the CLI's CSV: label, unit, the engine's name, decimals. */
export const HOURLY_TABLE: readonly TableColumn[] = [
  { label: '弃电率', unit: '%', field: 'curtailmentPct', digits: 2, get: (y) => y.curtailmentPct },
  { label: '弃电量', unit: '亿kWh', field: 'curtailedTotalYiKWh', digits: 4, get: totalCurtailedYiKWh },
  { label: '最大受电', unit: 'MW', field: 'peakImportMW', digits: 1, get: (y) => y.peakImportMW },
  { label: '最大外送', unit: 'MW', field: 'peakExportMW', digits: 1, get: (y) => y.peakExportMW },
  { label: '外送小时', unit: 'h', field: 'netExportHours', digits: 0, get: (y) => y.netExportHours },
  { label: '缺电小时', unit: 'h', field: 'unservedHours', digits: 0, get: (y) => y.unservedHours },
  { label: '缺电量', unit: '亿kWh', field: 'unservedYiKWh', digits: 4, get: (y) => y.unservedYiKWh },
  { label: '就地消纳率', unit: '%', field: 'selfConsumptionPct', digits: 2, get: (y) => y.selfConsumptionPct },
  { label: '本地自给率', unit: '%', field: 'selfSufficiencyPct', digits: 2, get: (y) => y.selfSufficiencyPct },
  { label: '储能放电', unit: '亿kWh', field: 'storageDischargeYiKWh', digits: 4, get: (y) => y.storageDischargeYiKWh },
  { label: '循环次数', unit: 'cycles', field: 'storageCycles', digits: 1, get: (y) => y.storageCycles },
  { label: '储能损耗', unit: '亿kWh', field: 'storageLossYiKWh', digits: 4, get: (y) => y.storageLossYiKWh },
];

/** Terminal columns: CJK characters take two. */
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

/** The hourly section of the table output; empty when the scenario has no hourly balance. */
export function toHourlyTable(s: Scenario, r: ScenarioResults): string {
  const h = r.hourly;
  if (!h) return '';
  const lines = ['', `Hourly balance 逐时电力平衡 (MW, 亿kWh; every hour of each year):`];
  for (const l of hourlySettingLines(s, h, 'mw')) lines.push(`  ${l.item}: ${l.text}`);
  lines.push(`  调度顺序 Dispatch order: ${DISPATCH_ORDER}`);
  const header = ['year', ...HOURLY_TABLE.map((c) => `${c.label} ${c.unit}`)];
  const rows = h.years.map((y) => [String(y.year), ...HOURLY_TABLE.map((c) => c.get(y).toFixed(c.digits))]);
  const widths = header.map((c, i) => Math.max(width(c), ...rows.map((row) => width(row[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => ' '.repeat(widths[i]! - width(c)) + c).join('  ');
  lines.push(line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line));
  lines.push(`  columns (--json names): ${HOURLY_TABLE.map((c) => `${c.label} ${c.field}`).join('; ')}`);
  // names and sources come from the file
  return lines.map(printable).join('\n') + '\n';
}
