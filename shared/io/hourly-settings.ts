import { prepareHourly, type PreparedHourly } from '../engine/hourly/prepare-hourly';
import { DEFAULT_SITE } from '../engine/hourly/profile-shapes';
import type { HourlyResults } from '../engine/hourly/types';
import { resolvePlainSeries } from '../engine/series-values';
import { PROFILE_KINDS, type ProfileKind, type ProfileUnit } from '../model/hourly';
import type { Scenario } from '../model/scenario';
import { isExprSeries, type Series } from '../model/series';
import { capacityFromMW, type CapacityUnit } from '../model/units';
import { CAPACITY_EXPORT_UNITS } from './capacity-columns';
import { describeSource } from './results-sources';

/**
 * What a reviewer needs to read the hourly balance's figures: the dispatch
 * order, whether the balance feeds back into the annual results, the limits,
 * the storage it dispatches and where each hourly profile comes from. The
 * limits and the storage are the engine's own selection (prepareHourly), so
 * the sheet lists exactly the plants the balance dispatched.
 */

export type SettingLine = { item: string; text: string };

/** The dispatch order of shared/engine/hourly/dispatch.ts, in the planners' words. */
export const DISPATCH_ORDER =
  '① 光伏、风电、径流式水电、生物质发电和本地火电（年发电量按小时均摊）供本地负荷；' +
  '② 盈余依次为储能充电（效率高者优先，往返效率在充电时计一次）、在外送限额内外送、其余弃电（光伏、风电、水电、生物质按当小时出力比例分摊，仍有盈余则火电压减）；' +
  '③ 缺口依次由储能放电、水库水电（在当月可调水量内）、本地火电增发、在受电限额内受电满足，仍不足者为缺电；' +
  '④ 当月未用的可调水量在月内均匀释放，补缺口、外送或弃水；储能荷电状态跨小时、跨月、跨年延续。' +
  ' Dispatch: ① PV, wind, run-of-river hydro, biomass and local thermal (its annual energy spread evenly) serve the load; ' +
  '② a surplus charges storage (most efficient first; round-trip efficiency applied once, on charging), is exported up to the export limit, and the rest is curtailed pro rata (then thermal backed down); ' +
  '③ a deficit is met by storage, reservoir hydro within its monthly water, local thermal above its schedule, then imports up to the import limit; what remains is unserved; ' +
  '④ water a month leaves unused is released evenly; state of charge carries across hours, months and years.';

const FEEDBACK = {
  on: '开 on：弃电量和调度所得的储能损耗计入年度结果（发电量、净调入电量和二氧化碳排放随之变化）。Curtailment and the dispatched storage losses replace the annual model’s in the annual results.',
  off: '关 off：年度结果按全年电量平衡计算，不扣除弃电；本表为逐时校核。The annual results net the whole year and do not deduct curtailment; these figures are a check on them.',
};

const PROFILE_LABELS: Record<ProfileKind, string> = {
  load: '负荷曲线 Load profile',
  pv: '光伏出力曲线 PV profile',
  wind: '风电出力曲线 Wind profile',
  hydro: '水电出力曲线 Hydro profile',
};

const PROFILE_UNIT_LABELS: Record<ProfileUnit, string> = { MW: 'MW', kW: 'kW', MWh: 'MWh', kWh: 'kWh', pu: '标幺值 per unit', pct: '%' };

/** Series values without the expression engine (the export runs on the page, which does not load it); an expression gives NaN. */
function plainValues(s: Scenario, count: number) {
  return (value: Series, path: string): Float64Array =>
    isExprSeries(value) ? new Float64Array(count).fill(Number.NaN) : resolvePlainSeries(value, path, s.baseYear, count, []);
}

/** The engine's hourly settings of a scenario (limits per year, storage in the balance); null when the balance is off. */
export function hourlySettingsOf(s: Scenario): PreparedHourly | null {
  const count = s.endYear - s.baseYear + 1;
  return prepareHourly(s, count, plainValues(s, count), new Set(), []);
}

/** A limit of one year in MW; null where there is none, or where an expression sets it (the header block gives the expression). */
export function limitAt(values: Float64Array, i: number): number | null {
  const v = values[i];
  return v === undefined || !Number.isFinite(v) ? null : v;
}

function limitText(series: Series | undefined, values: Float64Array, unit: CapacityUnit): string {
  const u = CAPACITY_EXPORT_UNITS[unit];
  if (series === undefined) return '无限制 no limit';
  if (isExprSeries(series)) return `按表达式 by expression: ${series.expr} (MW)`;
  const shown = [...values].map((v) => capacityFromMW(v, unit));
  const first = shown[0]!;
  if (shown.every((v) => v === first)) return `${first} ${u.zh}`;
  return `逐年见下表 by year, see the table (${Math.min(...shown)}–${Math.max(...shown)} ${u.zh})`;
}

const yearsText = (from: number, to: number) => (to === Number.POSITIVE_INFINITY ? `${from}年起` : `${from}–${to - 1}年`);

function storageLines(s: Scenario, h: PreparedHourly, unit: CapacityUnit): SettingLine[] {
  const u = CAPACITY_EXPORT_UNITS[unit];
  const energyUnit = unit === 'wanKw' ? '万千瓦时' : 'MWh';
  const lines: SettingLine[] = h.storage.map((p) => ({
    item: '储能（参与本地平衡） Storage in the balance',
    text:
      `${p.name}（${p.kind === 'pumped' ? '抽水蓄能 pumped storage' : '电化学储能 battery'}）` +
      `${capacityFromMW(p.powerMW, unit)} ${u.zh}，${capacityFromMW(p.energyMWh, unit)} ${energyUnit}，` +
      `往返效率 ${Number((p.efficiency * 100).toPrecision(12))}%，${yearsText(p.from, p.to)}`,
  }));
  for (const p of s.electricity.pumpedStorage) {
    if (!p.included || p.attribution !== 'gridAsset') continue;
    lines.push({
      item: '储能（不参与本地平衡） Storage outside the balance',
      text: `${p.name}（抽水蓄能，${capacityFromMW(p.capacityMW, unit)} ${u.zh}）：电网资产，服务省级电网，按核算口径不计入本地平衡 a grid asset, outside the local balance as in the accounting`,
    });
  }
  if (!lines.length) lines.push({ item: '储能 Storage', text: '无 none' });
  return lines;
}

function profileText(s: Scenario, kind: ProfileKind, entry: HourlyResults['profileSources'][ProfileKind]): string {
  const d = describeSource(entry.source);
  const described = [d.title, d.issuer, d.place, d.detail].filter(Boolean).join('，');
  if (!entry.own) return `内置 built-in（${d.kind}）：${described}`;
  const p = s.hourly?.profiles?.[kind];
  const about = p ? `，${p.values.length} 小时，单位 ${PROFILE_UNIT_LABELS[p.unit]}${p.year !== undefined ? `，${p.year}年实测` : ''}` : '';
  return `导入 imported（${d.kind}${about}）${described ? `：${described}` : ''}`;
}

/** The lines of the hourly sheet's header block for one scenario (dispatch order excluded: it is the same for all). */
export function hourlySettingLines(s: Scenario, hourly: HourlyResults, unit: CapacityUnit): SettingLine[] {
  const h = hourlySettingsOf(s);
  const lines: SettingLine[] = [{ item: '反馈年度结果 Feedback', text: hourly.feedback ? FEEDBACK.on : FEEDBACK.off }];
  if (h) {
    lines.push(
      { item: '外送限额 Export limit', text: limitText(s.hourly?.exportLimitMW, h.exportLimitMW, unit) },
      { item: '受电限额 Import limit', text: limitText(s.hourly?.importLimitMW, h.importLimitMW, unit) },
      { item: '水库水电可调比例 Dispatchable hydro', text: `${Number((h.hydroDispatchable * 100).toPrecision(12))}%` },
      ...storageLines(s, h, unit),
    );
  }
  const lat = s.hourly?.latitude ?? DEFAULT_SITE.latitude;
  const lon = s.hourly?.longitude ?? DEFAULT_SITE.longitude;
  const own = s.hourly?.latitude !== undefined && s.hourly?.longitude !== undefined;
  lines.push({ item: '光伏站址 PV site', text: `北纬 ${lat}°，东经 ${lon}°${own ? '' : '（内置：清远与韶关之间 built-in, between 清远 and 韶关）'}` });
  for (const k of PROFILE_KINDS) lines.push({ item: PROFILE_LABELS[k], text: profileText(s, k, hourly.profileSources[k]) });
  return lines;
}
