import { PRESETS } from '../../../seeds/index';
import { getAt } from '../../../shared/model/path';
import type { SourceRef } from '../../../shared/model/provenance';
import { FUELS, GENERATOR_TYPES, SECTORS, type Scenario } from '../../../shared/model/scenario';
import { ELECTRICITY_CO2_METHODS, ENERGY_CONTROL_RULES, GRID_FACTOR_SCOPES, RENEWABLE_ATTRIBUTIONS } from '../../../shared/model/vocabulary';
import type { Series } from '../../../shared/model/series';
import type { ParseKeysWithoutVariables } from 'i18next';
import { oneOf } from '../../i18n/keys';
import type { CiteContext } from './citations';
import { describeIndustryField } from './industry-fields';
import { itemFieldLabel, itemFieldUnit, itemFieldWord, itemName } from './item-text';
import type { ReportText } from './report-text';

/** One input named in the report: what it is and its value as entered, units included. */
export type AssumptionField = { path: string; label: string; value: string };
/** Inputs that share one source (the presets give several fields the same reasoning). */
export type AssumptionRow = { ref: SourceRef | undefined; fields: AssumptionField[] };

/** Field paths with a label of their own (`assumptions.fields.<key>`) and the unit of their value. */
const FIELDS: Record<string, { key: ParseKeysWithoutVariables<'report', 'assumptions.fields'>; unit?: (x: ReportText) => string; year?: boolean }> = {
  '': { key: 'scenario' },
  baseYear: { key: 'baseYear', year: true },
  endYear: { key: 'endYear', year: true },
  populationWan: { key: 'population', unit: (x) => x.rt('units.wanRen') },
  'economy.baseGdpYiYuan': { key: 'baseGdp', unit: (x) => x.rt('units.yiYuan') },
  'economy.gdpGrowthPct': { key: 'gdpGrowth', unit: (x) => x.t('assumptions.units.pctPerYear') },
  'energy.baseIntensityTcePerWanYuan': { key: 'baseIntensity', unit: (x) => x.rt('units.tcePerWanYuan') },
  'energy.intensityDeclinePct': { key: 'intensityDecline', unit: (x) => x.t('assumptions.units.pctPerYear') },
  'energy.inputConvention': { key: 'inputConvention' },
  'electricity.gridEmissionFactor': { key: 'gridFactor', unit: (x) => x.t('assumptions.units.tCo2PerMWh') },
  'electricity.importedNonFossilSharePct': { key: 'importedNonFossil', unit: () => '%' },
  'conventions.primaryElectricity': { key: 'primaryElectricity' },
  'conventions.coalSubstitutionGcePerKWh': { key: 'coalSubstitution', unit: (x) => x.t('assumptions.units.gcePerKWh') },
  'electricity.importedRenewableSharePct': { key: 'importedRenewable', unit: () => '%' },
  'electricity.greenPowerYiKWh': { key: 'greenPower', unit: (x) => x.rt('units.yiKWh') },
  'accounting.energyControl': { key: 'energyControl' },
  'accounting.renewableAttribution': { key: 'renewableAttribution' },
  'accounting.electricityCo2': { key: 'electricityCo2' },
  'accounting.gridFactorScope': { key: 'gridFactorScope' },
  'accounting.peakTolerancePct': { key: 'peakTolerancePct', unit: () => '%' },
  hourly: { key: 'hourly' },
  'hourly.hydroDispatchablePct': { key: 'hydroDispatchable', unit: () => '%' },
  'hourly.latitude': { key: 'pvLatitude', unit: () => '°' },
  'hourly.longitude': { key: 'pvLongitude', unit: () => '°' },
  'costs.referenceScenarioId': { key: 'costReference' },
};

/** An accounting method's value in words (`accounting.<field>`); undefined for any other path. */
function methodValue(path: string, value: unknown, x: ReportText): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (path === 'accounting.energyControl' && oneOf(ENERGY_CONTROL_RULES, value)) return x.t(`methods.short.energyControl.${value}`);
  if (path === 'accounting.renewableAttribution' && oneOf(RENEWABLE_ATTRIBUTIONS, value)) return x.t(`methods.short.renewableAttribution.${value}`);
  if (path === 'accounting.electricityCo2' && oneOf(ELECTRICITY_CO2_METHODS, value)) return x.t(`methods.short.electricityCo2.${value}`);
  if (path === 'accounting.gridFactorScope' && oneOf(GRID_FACTOR_SCOPES, value)) return x.t(`methods.gridScope.${value}`);
  return undefined;
}

/** The balance as a whole: on or off, and whether it feeds the annual results (its limits and profiles have their own section). */
function hourlyValue(s: Scenario, x: ReportText): string {
  const h = s.hourly;
  if (!h?.enabled) return x.t('assumptions.hourlyValue.off');
  return x.t(h.feedback ? 'assumptions.hourlyValue.onFeedback' : 'assumptions.hourlyValue.onNoFeedback');
}

/** Reading order of the sections of a scenario (the presets list sources in no particular order). */
const ORDER = ['', 'baseYear', 'endYear', 'populationWan', 'economy', 'energy', 'electricity', 'emissionFactors', 'conventions', 'accounting', 'hourly', 'history', 'targets'];
function rank(path: string): number {
  const head = path.split(/[.[]/, 1)[0] ?? '';
  const i = ORDER.indexOf(head);
  return i < 0 ? ORDER.length : i;
}

const withUnit = (n: string, unit: string) => (!unit ? n : unit === '%' ? `${n}%` : `${n} ${unit}`);

/** A series as entered: a constant, its points (shortened when long), or the expression. */
export function seriesText(s: Series, unit: string, x: ReportText): string {
  if (typeof s === 'number') return withUnit(x.plain(s), unit);
  if (Array.isArray(s)) {
    const pts = s.map((p) => x.t('assumptions.point', { year: p.year, value: x.plain(p.value) }));
    const shown = pts.length > 7 ? [...pts.slice(0, 3), '…', ...pts.slice(-2)] : pts;
    return withUnit(shown.join(' → '), unit);
  }
  return withUnit(x.t('assumptions.expr', { expr: s.expr }), unit);
}

/** The first and last value of a series, for compact lists ('39.76→3'). */
function seriesShort(s: Series, x: ReportText): string {
  if (typeof s === 'number') return x.plain(s);
  if (Array.isArray(s)) {
    const first = s[0]!.value;
    const last = s[s.length - 1]!.value;
    return first === last ? x.plain(first) : `${x.plain(first)}→${x.plain(last)}`;
  }
  return s.expr;
}

const isSeries = (v: unknown): v is Series =>
  typeof v === 'number' || (Array.isArray(v) && v.every((p) => typeof p === 'object' && p !== null && 'year' in p)) || (typeof v === 'object' && v !== null && 'expr' in v);

export function valueText(v: unknown, unit: string, x: ReportText): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? x.t('assumptions.yes') : x.t('assumptions.no');
  if (v === 'calorific' || v === 'coalSubstitution') return x.t(`assumptions.convention.${v}`);
  if (typeof v === 'string') return v;
  if (isSeries(v)) return seriesText(v, unit, x);
  if (typeof v === 'object' && FUELS.every((f) => f in v)) {
    // A fuel mix: the fuels in use, each with its share (first → last year).
    const shares = v as Record<string, Series>;
    return FUELS.filter((f) => seriesShort(shares[f]!, x) !== '0')
      .map((f) => `${x.rt(`fuel.${f}`)} ${seriesShort(shares[f]!, x)}%`)
      .join(' · ');
  }
  return '';
}

const fuelName = (word: string, x: ReportText) => (oneOf(FUELS, word) ? x.rt(`fuel.${word}`) : word);

/** Label and value of the input at `path`; unknown paths are shown as they are. */
export function describeField(s: Scenario, path: string, x: ReportText): AssumptionField {
  const value = getAt(s, path);
  const known = FIELDS[path];
  if (known) {
    const label = x.t(`assumptions.fields.${known.key}`);
    // A year is no quantity: no digit grouping ('2020', not '2,020').
    if (known.year) return { path, label, value: x.rt('year', { year: value }) };
    if (path === 'hourly') return { path, label, value: hourlyValue(s, x) };
    const method = methodValue(path, value, x);
    if (method !== undefined) return { path, label, value: method };
    return { path, label, value: path === '' ? '' : valueText(value, known.unit?.(x) ?? '', x) };
  }
  let m = /^energy\.sectors\.(\w+)\.(sharePct|fuelSharesPct)(?:\.(\w+))?$/.exec(path);
  if (m) {
    const sector = oneOf(SECTORS, m[1]) ? x.t(`assumptions.sectors.${m[1]}`) : m[1]!;
    if (m[2] === 'sharePct') return { path, label: x.t('assumptions.fields.sectorShare', { sector }), value: valueText(value, '%', x) };
    if (m[3]) return { path, label: x.t('assumptions.fields.sectorFuel', { sector, fuel: fuelName(m[3], x) }), value: valueText(value, '%', x) };
    return { path, label: x.t('assumptions.fields.sectorFuels', { sector }), value: valueText(value, '', x) };
  }
  m = /^energy\.feedstockSharePct\.(\w+)$/.exec(path);
  if (m) return { path, label: x.t('assumptions.fields.feedstockShare', { fuel: fuelName(m[1]!, x) }), value: valueText(value, '%', x) };
  m = /^emissionFactors\.tCo2PerTce\.(\w+)$/.exec(path);
  if (m) return { path, label: x.t('assumptions.fields.fuelFactor', { fuel: fuelName(m[1]!, x) }), value: valueText(value, x.t('assumptions.units.tCo2PerTce'), x) };
  m = /^electricity\.heatRateGcePerKWh\.(\w+)$/.exec(path);
  if (m) return { path, label: x.t('assumptions.fields.heatRate', { type: oneOf(GENERATOR_TYPES, m[1]) ? x.rt(`generator.${m[1]}`) : m[1]! }), value: valueText(value, x.t('assumptions.units.gcePerKWh'), x) };
  m = /^((?:electricity\.(?:fleet|projects|pumpedStorage)|targets)\[id=[^\]]+\])(?:\.(.+))?$/.exec(path);
  if (m) {
    const item = getAt(s, m[1]!) as Parameters<typeof itemName>[0] | undefined;
    const name = (item && itemName(item, x, s)) ?? x.t('assumptions.itemFields.removed');
    if (!m[2]) return { path, label: name, value: '' };
    const field = m[2];
    const word = itemFieldWord(field, value, x);
    // a capacity in the unit of the report's figures (万千瓦 or MW), as stored in MW
    const entered = field === 'capacityMW' && typeof value === 'number' ? x.fmt.shown(value, 'mw') : value;
    const shown = word ?? (field === 'name' && item ? name : valueText(entered, itemFieldUnit(field, x), x));
    return { path, label: x.t('assumptions.item', { item: name, field: itemFieldLabel(field, x) }), value: shown };
  }
  const industry = describeIndustryField(s, path, x, valueText);
  if (industry) return industry;
  // An input this table does not name yet: called by its section, never by its key.
  return { path, label: x.t('assumptions.fields.other'), value: valueText(value, '', x) };
}

/**
 * The scenario's `sources` in reading order (economy, energy, electricity,
 * factors, conventions), inputs with an identical source merged into one row.
 */
export function assumptionRows(s: Scenario, x: ReportText): AssumptionRow[] {
  const paths = Object.keys(s.sources)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map((e) => e.p);
  const rows = new Map<string, AssumptionRow>();
  for (const path of paths) {
    const ref = s.sources[path]!;
    const key = JSON.stringify(ref);
    const row = rows.get(key) ?? { ref, fields: [] };
    row.fields.push(describeField(s, path, x));
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Each target with its source, targets with an identical source merged. */
export function targetSourceRows(s: Scenario, x: ReportText): AssumptionRow[] {
  const rows = new Map<string, AssumptionRow>();
  for (const target of s.targets) {
    const key = JSON.stringify(target.source);
    const row = rows.get(key) ?? { ref: target.source, fields: [] };
    row.fields.push({ path: `targets.${target.id}`, label: x.lang === 'en' && target.labelEn ? target.labelEn : target.label, value: '' });
    rows.set(key, row);
  }
  return [...rows.values()];
}

const PRESET_ITEMS = PRESETS.flatMap((p) => [...p.electricity.fleet, ...p.electricity.projects, ...p.electricity.pumpedStorage]);

/** Result figures the presets' texts name by key. */
const RESULT_KEYS = ['co2PerGdp', 'energyPerGdp', 'energyPerGdpAssessed', 'nonFossil'] as const;

/** What the scenario's source texts may name by key or id: its inputs, result figures and targets. */
export function citeContext(s: Scenario, x: ReportText): CiteContext {
  const items = [...s.electricity.fleet, ...s.electricity.projects, ...s.electricity.pumpedStorage];
  return {
    targets: s.targets,
    itemName: (id) => {
      // the presets' notes also name rows of other presets ("the same plant in the Qingyuan preset is …")
      const item = items.find((i) => i.id === id) ?? PRESET_ITEMS.find((i) => i.id === id);
      return item && itemName(item, x, s);
    },
    keyLabel: (key) => {
      const known = FIELDS[key];
      if (known) return x.t(`assumptions.fields.${known.key}`);
      const result = RESULT_KEYS.find((k) => k === key);
      return result ? x.t(`years.col.${result}`) : undefined;
    },
  };
}
