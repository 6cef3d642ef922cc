import { GENERATOR_TYPES } from '../model/vocabulary';
import { echo } from '../model/echo';
import { issueAt } from '../model/issue-codes';
import { isPlainObject } from './text';
import type { IoWarning } from './problems';

/**
 * Format 0: the prototype ("碳达峰测算原型", 2023). Its scenarios become
 * scenarios of schema 1 (the schema of format 1), which the later steps of the
 * chain (migrations.ts) carry on to the current one.
 */

export const LEGACY_APP_MARKER = 'carbon-peak-prototype';

/** The schema of format 1, which this step writes (the step to format 3 moves it on). */
const SCHEMA_V1 = 1;

type Obj = Record<string, unknown>;

/** A yearly value: a constant, or values by year (`{ "2020": 0.06, "2025": 0.05 }`, linear in between). */
export type LegacySeriesV0 = number | Record<string, number>;

export type LegacyGeneratorV0 = {
  name: string;
  /** 'coal' | 'gas' | 'hydro' | 'solar' | 'wind' | 'biomass' ('solar' became 'pv') */
  type: string;
  mw: number;
  hours: LegacySeriesV0;
  /** first year of operation */
  start: number;
  /** first year no longer operating */
  retire?: number;
  /** '运行' | '在建' | '规划' (projects only; existing plants are operating) */
  status?: string;
  /** false: kept for reference, not counted (default true) */
  counted?: boolean;
  note?: string;
};

export type LegacyTargetV0 = {
  label: string;
  metric: string;
  from?: number;
  year: number;
  /** fractions for reductions and shares (0.18 = 18 %), else 万tce, 万tCO2 or a year */
  value: number;
  binding?: boolean;
};

/**
 * The prototype's scenario. Differences from the current schema: flat
 * economy/energy fields (`gdp` instead of `economy.baseGdpYiYuan`), every
 * percentage as a fraction 0–1, `residential` instead of `households`, one
 * electricity convention for input and reporting, generators without ids,
 * no pumped storage, no provenance (`sources`) at all.
 */
export type LegacyScenarioV0 = {
  id?: string;
  name: string;
  city: string;
  province?: string;
  description?: string;
  baseYear: number;
  endYear: number;
  /** 万人 */
  population: LegacySeriesV0;
  /** base-year GDP, 亿元 */
  gdp: number;
  /** fraction per year */
  gdpGrowth: LegacySeriesV0;
  /** tce/万元 */
  energyIntensity: number;
  /** fraction per year */
  intensityDecline: LegacySeriesV0;
  /** '当量值' | '等价值' (or 'calorific' | 'coalSubstitution') */
  electricityConvention: string;
  /** shares as fractions; sector keys: industry, services, transport, residential, agriculture */
  sectors: Record<string, { share: LegacySeriesV0; fuels: Record<string, LegacySeriesV0> }>;
  power: {
    existing: LegacyGeneratorV0[];
    projects: LegacyGeneratorV0[];
    coalHeatRate: LegacySeriesV0;
    gasHeatRate: LegacySeriesV0;
    /** tCO2/MWh */
    gridFactor: LegacySeriesV0;
    /** fraction */
    gridCleanShare: LegacySeriesV0;
  };
  /** tCO2/tce */
  factors: Record<string, LegacySeriesV0>;
  /** gce/kWh */
  coalSubstitution: LegacySeriesV0;
  excludeNewRenewables?: boolean;
  targets?: LegacyTargetV0[];
};

export type LegacyFileV0 = {
  app: typeof LEGACY_APP_MARKER;
  version?: string;
  savedAt?: string;
  scenario?: LegacyScenarioV0;
  scenarios?: LegacyScenarioV0[];
};

/** Binary noise of ×100 removed: 0.28 → 28, not 28.000000000000004. */
export function fractionToPct(x: number): number {
  return Number((x * 100).toPrecision(15));
}

/**
 * A format-0 series to a current one: a number stays a number, a by-year map
 * becomes a `{ year, value }` point list in year order; `scale` turns
 * fractions into percentages. Anything else is carried over unchanged.
 */
export function migrateSeriesV0(value: unknown, asPercent = false): unknown {
  const conv = (v: unknown) => (asPercent && typeof v === 'number' ? fractionToPct(v) : v);
  if (typeof value === 'number') return conv(value);
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length && keys.every((k) => /^\d{4}$/.test(k))) {
      return keys
        .map(Number)
        .sort((a, b) => a - b)
        .map((year) => ({ year, value: conv(value[String(year)]) }));
    }
  }
  return value;
}

/** Largest number in a format-0 series (to spot percentages typed into fraction fields). */
function seriesMax(value: unknown): number {
  if (typeof value === 'number') return value;
  if (isPlainObject(value)) return Math.max(-Infinity, ...Object.values(value).filter((v): v is number => typeof v === 'number'));
  return -Infinity;
}

const CONVENTIONS_V0: Record<string, string> = {
  当量值: 'calorific',
  等价值: 'coalSubstitution',
  calorific: 'calorific',
  coalSubstitution: 'coalSubstitution',
};

const STATUS_V0: Record<string, string> = {
  运行: 'operating',
  在运: 'operating',
  已投运: 'operating',
  在建: 'underConstruction',
  规划: 'planned',
  前期: 'planned',
  operating: 'operating',
  underConstruction: 'underConstruction',
  planned: 'planned',
};

const TYPES_V0: Record<string, string> = { solar: 'pv', ...Object.fromEntries(GENERATOR_TYPES.map((t) => [t, t])) };

const PERCENT_METRICS = new Set(['co2IntensityReduction', 'energyIntensityReduction', 'nonFossilShare']);

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const MIGRATED_SOURCE = { kind: 'user', note: '从原型文件 (格式 0) 迁移，原文件未记录来源 / migrated from a prototype file (format 0), which recorded no source' } as const;

function put(out: Obj, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

/** Warns when a fraction field holds a value above 1 (a percentage typed where a fraction was expected). */
function checkFraction(value: unknown, path: string, warnings: IoWarning[]): void {
  const max = seriesMax(value);
  if (max > 1) {
    warnings.push(issueAt(path, 'migrate.fraction', { value: max, pct: fractionToPct(max) }));
  }
}

/** One format-0 generator → a current `Generator` (`existing` plants are operating). */
export function migrateGeneratorV0(g: unknown, id: string, existing: boolean, path: string, warnings: IoWarning[]): unknown {
  if (!isPlainObject(g)) return g;
  const out: Obj = { id };
  put(out, 'name', g.name);
  put(out, 'type', typeof g.type === 'string' ? (TYPES_V0[g.type] ?? g.type) : g.type);
  put(out, 'capacityMW', g.mw);
  put(out, 'utilisationHours', migrateSeriesV0(g.hours));
  put(out, 'commissioningYear', g.start);
  put(out, 'retirementYear', g.retire);
  if (existing && g.status === undefined) out.status = 'operating';
  else put(out, 'status', typeof g.status === 'string' ? (STATUS_V0[g.status] ?? g.status) : g.status);
  out.included = g.counted === undefined ? true : g.counted;
  out.source = MIGRATED_SOURCE;
  put(out, 'note', g.note);
  const known = new Set(['name', 'type', 'mw', 'hours', 'start', 'retire', 'status', 'counted', 'note']);
  for (const k of Object.keys(g)) {
    if (!known.has(k)) warnings.push(issueAt(`${path}.${echo(k)}`, 'migrate.unknownField', { key: echo(k) }));
  }
  return out;
}

export function migrateTargetV0(t: unknown, index: number, path: string, warnings: IoWarning[]): unknown {
  if (!isPlainObject(t)) return t;
  const out: Obj = { id: `target-${index + 1}` };
  put(out, 'label', t.label);
  put(out, 'metric', t.metric);
  put(out, 'fromYear', t.from);
  put(out, 'year', t.year);
  const percent = typeof t.metric === 'string' && PERCENT_METRICS.has(t.metric);
  if (percent) checkFraction(t.value, `${path}.value`, warnings);
  put(out, 'value', percent && typeof t.value === 'number' ? fractionToPct(t.value) : t.value);
  out.binding = t.binding === undefined ? false : t.binding;
  out.source = MIGRATED_SOURCE;
  return out;
}

/** Sector shares and fuel shares (fractions) → `energy.sectors` (percentages); `residential` → `households`. */
export function migrateSectorsV0(sectors: unknown, path: string, warnings: IoWarning[]): unknown {
  if (!isPlainObject(sectors)) return sectors;
  const out: Obj = {};
  for (const [key, sec] of Object.entries(sectors)) {
    const name = key === 'residential' ? 'households' : key;
    const p = `${path}.${key}`;
    if (!isPlainObject(sec)) {
      out[name] = sec;
      continue;
    }
    checkFraction(sec.share, `${p}.share`, warnings);
    const fuels = isPlainObject(sec.fuels)
      ? Object.fromEntries(
          Object.entries(sec.fuels).map(([f, v]) => {
            checkFraction(v, `${p}.fuels.${f}`, warnings);
            return [f, migrateSeriesV0(v, true)];
          }),
        )
      : sec.fuels;
    const s: Obj = {};
    put(s, 'sharePct', migrateSeriesV0(sec.share, true));
    put(s, 'fuelSharesPct', fuels);
    out[name] = s;
  }
  return out;
}

const SCENARIO_V0_FIELDS = new Set([
  'id', 'name', 'city', 'province', 'description', 'baseYear', 'endYear', 'population', 'gdp', 'gdpGrowth',
  'energyIntensity', 'intensityDecline', 'electricityConvention', 'sectors', 'power', 'factors',
  'coalSubstitution', 'excludeNewRenewables', 'targets',
]);

/** One format-0 scenario → a scenario of schema 1 (format 1), for the later steps and then validation. */
export function migrateScenarioV0(s: unknown, index: number, path: string, warnings: IoWarning[]): unknown {
  if (!isPlainObject(s)) return s;
  const out: Obj = { schemaVersion: SCHEMA_V1 };
  if (typeof s.id === 'string' && ID.test(s.id) && s.id.length <= 80) out.id = s.id;
  else {
    out.id = `legacy-${index + 1}`;
    if (s.id !== undefined) {
      warnings.push(issueAt(`${path}.id`, 'migrate.id', { id: echo(JSON.stringify(s.id) ?? String(s.id)), newId: String(out.id) }));
    }
  }
  put(out, 'name', s.name);
  put(out, 'description', s.description);
  const region: Obj = {};
  put(region, 'name', s.city);
  put(region, 'parentRegion', s.province);
  out.region = region;
  put(out, 'baseYear', s.baseYear);
  put(out, 'endYear', s.endYear);
  put(out, 'populationWan', migrateSeriesV0(s.population));

  checkFraction(s.gdpGrowth, `${path}.gdpGrowth`, warnings);
  const economy: Obj = {};
  put(economy, 'baseGdpYiYuan', s.gdp);
  put(economy, 'gdpGrowthPct', migrateSeriesV0(s.gdpGrowth, true));
  out.economy = economy;

  const convention = typeof s.electricityConvention === 'string' ? (CONVENTIONS_V0[s.electricityConvention] ?? s.electricityConvention) : s.electricityConvention;
  checkFraction(s.intensityDecline, `${path}.intensityDecline`, warnings);
  const energy: Obj = {};
  put(energy, 'baseIntensityTcePerWanYuan', s.energyIntensity);
  put(energy, 'intensityDeclinePct', migrateSeriesV0(s.intensityDecline, true));
  put(energy, 'inputConvention', convention);
  put(energy, 'sectors', migrateSectorsV0(s.sectors, `${path}.sectors`, warnings));
  out.energy = energy;

  const power = isPlainObject(s.power) ? s.power : {};
  const list = (v: unknown, existing: boolean, key: string) =>
    Array.isArray(v) ? v.map((g, i) => migrateGeneratorV0(g, `${existing ? 'fleet' : 'project'}-${i + 1}`, existing, `${path}.power.${key}[${i}]`, warnings)) : v;
  checkFraction(power.gridCleanShare, `${path}.power.gridCleanShare`, warnings);
  const electricity: Obj = {};
  put(electricity, 'fleet', list(power.existing ?? [], true, 'existing'));
  put(electricity, 'projects', list(power.projects ?? [], false, 'projects'));
  electricity.pumpedStorage = [];
  const heat: Obj = {};
  put(heat, 'coal', migrateSeriesV0(power.coalHeatRate));
  put(heat, 'gas', migrateSeriesV0(power.gasHeatRate));
  electricity.heatRateGcePerKWh = heat;
  put(electricity, 'gridEmissionFactor', migrateSeriesV0(power.gridFactor));
  put(electricity, 'importedNonFossilSharePct', migrateSeriesV0(power.gridCleanShare, true));
  out.electricity = electricity;

  const factors = isPlainObject(s.factors)
    ? Object.fromEntries(Object.entries(s.factors).map(([f, v]) => [f, migrateSeriesV0(v)]))
    : s.factors;
  out.emissionFactors = { tCo2PerTce: factors };

  const conventions: Obj = {};
  put(conventions, 'primaryElectricity', convention);
  put(conventions, 'coalSubstitutionGcePerKWh', migrateSeriesV0(s.coalSubstitution));
  conventions.excludeNewRenewablesFromIntensity = s.excludeNewRenewables ?? false;
  out.conventions = conventions;

  out.targets = Array.isArray(s.targets) ? s.targets.map((t, i) => migrateTargetV0(t, i, `${path}.targets[${i}]`, warnings)) : (s.targets ?? []);
  out.sources = {};
  for (const k of Object.keys(s)) {
    if (!SCENARIO_V0_FIELDS.has(k)) warnings.push(issueAt(`${path}.${echo(k)}`, 'migrate.unknownField', { key: echo(k) }));
  }
  return out;
}

/**
 * Where a current path came from in a format-0 scenario, for problem messages
 * on migrated files (`economy.baseGdpYiYuan` → `gdp`). Null when the field
 * kept its name.
 */
export function legacyPathV0(path: string): string | null {
  const rules: [RegExp, string | ((...m: string[]) => string)][] = [
    [/^populationWan/, 'population'],
    [/^economy\.baseGdpYiYuan/, 'gdp'],
    [/^economy\.gdpGrowthPct/, 'gdpGrowth'],
    [/^energy\.baseIntensityTcePerWanYuan/, 'energyIntensity'],
    [/^energy\.intensityDeclinePct/, 'intensityDecline'],
    [/^(energy\.inputConvention|conventions\.primaryElectricity)/, 'electricityConvention'],
    [/^energy\.sectors\.(\w+)\.sharePct/, (_m, s) => `sectors.${s === 'households' ? 'residential' : s}.share`],
    [/^energy\.sectors\.(\w+)\.fuelSharesPct/, (_m, s) => `sectors.${s === 'households' ? 'residential' : s}.fuels`],
    [/^energy\.sectors\.(\w+)/, (_m, s) => `sectors.${s === 'households' ? 'residential' : s}`],
    [/^energy\.sectors/, 'sectors'],
    [/^electricity\.(fleet|projects)(\[\d+\])?\.(\w+)/, (_m, l, i, f) => `power.${l === 'fleet' ? 'existing' : 'projects'}${i ?? ''}.${GEN_FIELDS_V0[f!] ?? f}`],
    [/^electricity\.(fleet|projects)/, (_m, l) => `power.${l === 'fleet' ? 'existing' : 'projects'}`],
    [/^electricity\.heatRateGcePerKWh\.(coal|gas)/, (_m, f) => `power.${f}HeatRate`],
    [/^electricity\.gridEmissionFactor/, 'power.gridFactor'],
    [/^electricity\.importedNonFossilSharePct/, 'power.gridCleanShare'],
    [/^emissionFactors\.tCo2PerTce/, 'factors'],
    [/^conventions\.coalSubstitutionGcePerKWh/, 'coalSubstitution'],
    [/^accounting\.energyControl/, 'excludeNewRenewables'],
    [/^targets(\[\d+\])\.fromYear/, (_m, i) => `targets${i}.from`],
    [/^region\.name/, 'city'],
    [/^region\.parentRegion/, 'province'],
  ];
  for (const [re, to] of rules) {
    const m = re.exec(path);
    if (m) return typeof to === 'string' ? to : to(...(m as unknown as string[]));
  }
  return null;
}

const GEN_FIELDS_V0: Record<string, string> = {
  capacityMW: 'mw',
  utilisationHours: 'hours',
  commissioningYear: 'start',
  retirementYear: 'retire',
  included: 'counted',
};
