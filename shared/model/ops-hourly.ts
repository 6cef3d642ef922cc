import { defaultHourly, type Battery } from './hourly';
import type { SourceRef } from './provenance';
import type { Scenario } from './scenario';
import type { Series } from './series';
import { clearValue } from './ops-optional';
import { setValue, withList } from './ops';

/**
 * Edits of the hourly balance's settings (`scenario.hourly`), each one undoable
 * edit. Switching the balance off keeps its settings, so switching it on again
 * finds the limits and batteries as they were. Every other edit needs the
 * settings to exist (switch the balance on first) and leaves the scenario as it
 * is without them.
 */

const BATTERIES = 'hourly.batteries';

/**
 * Source of the reservoir share a scenario gets when the balance is first switched on; the same reasoning
 * the presets give (seeds/presets/common.ts `hourlySources`).
 */
export const DEFAULT_HYDRO_DISPATCHABLE_SOURCE: SourceRef = {
  kind: 'assumed',
  reason:
    '20 % of hydro output is dispatched from reservoirs against local deficits: the small hydro of northern Guangdong is mostly run-of-river, with daily regulation at a few stations at best.',
  reasonZh: '水电出力的 20 % 由水库调节、用于弥补本地缺电：粤北小水电以径流式为主，仅少数电站具有日调节能力。',
};

/** The balance switched on: the settings it had, or the defaults (no limits, no batteries, built-in profiles). */
export function enableHourly(s: Scenario): Scenario {
  if (s.hourly?.enabled) return s;
  if (s.hourly) return setValue(s, 'hourly.enabled', true);
  const next: Scenario = { ...s, hourly: defaultHourly() };
  return { ...next, sources: { ...next.sources, 'hourly.hydroDispatchablePct': DEFAULT_HYDRO_DISPATCHABLE_SOURCE } };
}

/** The balance switched off, its settings kept for when it is switched on again. */
export function disableHourly(s: Scenario): Scenario {
  return s.hourly?.enabled ? setValue(s, 'hourly.enabled', false) : s;
}

/** Whether curtailment and the dispatched storage losses replace the annual model's in the annual results. */
export function setHourlyFeedback(s: Scenario, on: boolean): Scenario {
  return s.hourly && s.hourly.feedback !== on ? setValue(s, 'hourly.feedback', on) : s;
}

export type GridLimit = 'export' | 'import';
const limitPath = (which: GridLimit) => (which === 'export' ? 'hourly.exportLimitMW' : 'hourly.importLimitMW');

/** Sets the most power the local grid can send out or take in, MW per year; `undefined` removes the limit. */
export function setGridLimit(s: Scenario, which: GridLimit, mw: Series | undefined): Scenario {
  if (!s.hourly) return s;
  return mw === undefined ? clearValue(s, limitPath(which)) : setValue(s, limitPath(which), mw);
}

/** Share of hydro output held in reservoirs, % (clamped to 0–100). */
export function setHydroDispatchablePct(s: Scenario, pct: number): Scenario {
  if (!s.hourly || !Number.isFinite(pct)) return s;
  return setValue(s, 'hourly.hydroDispatchablePct', Math.min(100, Math.max(0, pct)));
}

/** The PV profile's site, degrees; `undefined` returns that coordinate to the built-in site. */
export function setSite(s: Scenario, which: 'latitude' | 'longitude', degrees: number | undefined): Scenario {
  if (!s.hourly) return s;
  const path = `hourly.${which}`;
  return degrees === undefined ? clearValue(s, path) : setValue(s, path, degrees);
}

/**
 * Guangdong's rule for storage paired with new renewables: 《广东省发展改革委关于调整新能源发电项目配置储能有关事项的通知》
 * (25 July 2024): wind and PV above 30 MW (3 万千瓦) first connected in 2025 or later pair storage of at least 10 % of
 * their capacity for 2 hours (the 2023 measures asked 10 % for 1 hour).
 */
export const PAIRED_STORAGE_SHARE = 0.1;
export const PAIRED_STORAGE_HOURS = 2;
export const PAIRED_STORAGE_FROM_YEAR = 2025;
/** PV at or below this is exempt from the pairing rule, MW */
export const PAIRED_PV_EXEMPT_MW = 30;
/** Power of a new battery where no project falls under the rule: a placeholder the planner replaces, MW. */
export const PLACEHOLDER_BATTERY_MW = 10;
/**
 * Round trip of a lithium iron phosphate station, %: cells reach about 95 %, but transformers, converters and
 * the station's own cooling take it to 85–88 % at the grid connection; the lower end, as the dispatch applies it
 * to every MWh charged.
 */
export const LFP_ROUND_TRIP_PCT = 85;

/** The ledger projects under the pairing rule: included wind, and PV above 30 MW, first operating in 2025 or later. */
function pairedProjects(s: Scenario) {
  return s.electricity.projects.filter(
    (p) =>
      p.included &&
      p.capacityMW > 0 &&
      p.commissioningYear >= PAIRED_STORAGE_FROM_YEAR &&
      (p.type === 'wind' || (p.type === 'pv' && p.capacityMW > PAIRED_PV_EXEMPT_MW)),
  );
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * A new battery, sized by Guangdong's pairing rule for the ledger's wind and PV from 2025 (10 % of their
 * capacity, 2 hours, from the first of them), 85 % round trip; where no project falls under the rule, a
 * 10 MW / 20 MWh placeholder from the year after the base year. Its source says which and why.
 */
export function newBattery(s: Scenario, name: string): Battery {
  const used = new Set((s.hourly?.batteries ?? []).map((b) => b.id));
  let n = used.size + 1;
  while (used.has(`bat-user-${n}`)) n++;
  const paired = pairedProjects(s);
  const pairedMW = paired.reduce((sum, p) => sum + p.capacityMW, 0);
  const sized = paired.length > 0 && round1(pairedMW * PAIRED_STORAGE_SHARE) > 0;
  const powerMW = sized ? round1(pairedMW * PAIRED_STORAGE_SHARE) : PLACEHOLDER_BATTERY_MW;
  const firstYear = Math.min(s.baseYear + 1, s.endYear);
  const commissioningYear = sized ? Math.max(firstYear, Math.min(...paired.map((p) => p.commissioningYear))) : firstYear;
  return {
    id: `bat-user-${n}`,
    name,
    powerMW,
    energyMWh: round1(powerMW * PAIRED_STORAGE_HOURS),
    roundTripEfficiencyPct: LFP_ROUND_TRIP_PCT,
    commissioningYear,
    included: true,
    source: sized ? pairedSource(pairedMW, paired.length) : placeholderSource(),
  };
}

const RULE_EN = "Guangdong NDRC's notice on storage paired with new renewables (25 July 2024): wind, and PV above 30 MW, first connected from 2025 pair at least 10 % of their capacity for 2 hours";
const RULE_ZH = '《广东省发展改革委关于调整新能源发电项目配置储能有关事项的通知》（2024年7月25日）：2025年及以后首次并网的风电和装机容量大于3万千瓦的光伏发电项目，按照不低于发电装机容量的10%、时长2小时配置新型储能';
const LFP_EN = '85 % round trip, a lithium iron phosphate station at its grid connection (cells about 95 %, less converter, transformer and cooling losses)';
const LFP_ZH = '往返效率 85 %，按磷酸铁锂储能电站并网点计（电芯约 95 %，扣除变流器、变压器及温控损耗）';

function pairedSource(pairedMW: number, count: number): SourceRef {
  const mw = round1(pairedMW);
  return {
    kind: 'assumed',
    reason: `10 % of the ${mw} MW of wind and PV in the project ledger under the pairing rule (${count} projects), for 2 hours, from the first of them; ${LFP_EN}.`,
    reasonZh: `按项目清单中适用配储要求的风电、光伏 ${mw} MW（${count} 个项目）的 10 %、时长 2 小时配置，自其中最早投产之年起；${LFP_ZH}。`,
    basis: RULE_EN,
    basisZh: RULE_ZH,
  };
}

function placeholderSource(): SourceRef {
  return {
    kind: 'assumed',
    reason: `A placeholder of 10 MW for 2 hours (no project in the ledger falls under the pairing rule): enter the planned station's power and energy; ${LFP_EN}.`,
    reasonZh: `占位值 10 MW、时长 2 小时（项目清单中无适用配储要求的项目）：请填入规划储能电站的功率和容量；${LFP_ZH}。`,
    basis: RULE_EN,
    basisZh: RULE_ZH,
  };
}

const batteriesOf = (s: Scenario): Battery[] => s.hourly?.batteries ?? [];

/** Appends a battery to the balance's list. */
export function addBattery(s: Scenario, battery: Battery): Scenario {
  if (!s.hourly) return s;
  return withList(s, BATTERIES, [...batteriesOf(s), battery]);
}

/** Changes fields of battery `id`; each changed field is marked as the user's, the battery's own source stays. */
export function updateBattery(s: Scenario, id: string, patch: Partial<Omit<Battery, 'id' | 'source'>>): Scenario {
  const battery = batteriesOf(s).find((b) => b.id === id);
  if (!battery) return s;
  let next = s;
  for (const [key, value] of Object.entries(patch) as [keyof typeof patch, unknown][]) {
    if (Object.is(battery[key], value)) continue;
    const path = `${BATTERIES}[id=${id}].${key}`;
    next = value === undefined ? clearValue(next, path) : setValue(next, path, value);
  }
  return next;
}

/** Removes battery `id` with the source entries of its fields. */
export function removeBattery(s: Scenario, id: string): Scenario {
  const list = batteriesOf(s);
  return list.some((b) => b.id === id) ? withList(s, BATTERIES, list.filter((b) => b.id !== id)) : s;
}
