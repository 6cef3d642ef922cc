import type { Generator, Region, Scenario, Target } from './scenario';
import type { SourceRef } from './provenance';
import type { Series } from './series';
import type { TypicalHours } from './ops';
import type { ValueInYear } from './ops-levers';
import { setHorizon } from './ops-horizon';
import { CALORIFIC_KGCE_PER_KWH } from './units';
import { FUELS, SECTORS, type Fuel, type GeneratorType, type Sector } from './vocabulary';

/**
 * A scenario from the base-year figures a county or city bureau has at hand,
 * the rest filled from a template scenario's defaults. Each value the planner
 * typed is theirs (source `user`); each filled one keeps a reference source
 * where the template cites the reference library (factors, grid paths) and is
 * otherwise marked assumed, naming the template and what it rested on there,
 * so the editor and the report show it as a default to replace.
 */

export type BasicsPlant = { type: GeneratorType; capacityMW: number; name?: string };

/** A target handed down, as typed: the label and the figure (its source is the planner's). */
export type BasicsTarget = Pick<Target, 'metric' | 'year' | 'value' | 'binding' | 'label'> & { fromYear?: number };

export type Basics = {
  name: string;
  region: Region;
  baseYear: number;
  endYear: number;
  /** 地区生产总值 of the base year, 亿元 (constant prices of that year) */
  gdpYiYuan: number;
  /** 能源消费总量 (万tce) or 单位地区生产总值能耗 (tce/万元) of the base year, in the template's input convention */
  energy: { totalWanTce: number } | { intensityTcePerWanYuan: number };
  /** 全社会用电量 of the base year, 亿kWh */
  electricityUseYiKWh?: number;
  /** energy by sector, % of the total (all five, adding up to 100) */
  sectorSharesPct?: Record<Sector, number>;
  /** local plants operating in the base year, by type */
  plants?: readonly BasicsPlant[];
  /** targets handed down; absent = the defaults' stand-ins */
  targets?: readonly BasicsTarget[];
};

export type Text2 = { zh: string; en: string };

export type BasicsDefaults = {
  /** the scenario whose paths, mixes, factors and methods fill what the basics do not give */
  template: Scenario;
  /** what the template is, for the assumed sources ("连州 baseline preset …") */
  templateName: Text2;
  /** typical full-load hours by type for the plants typed, with the reference each comes from */
  hours: TypicalHours;
  hoursSources: Readonly<Record<GeneratorType, SourceRef>>;
  /** stand-in targets with their sources, used when no targets are typed */
  targets: readonly Target[];
  valueInYear: ValueInYear;
};

/** The note on every figure typed at the guided start: the renderer words it as the region's own data. */
export const GUIDED_START_NOTE = 'entered at the guided start';
const TYPED: SourceRef = { kind: 'user', note: GUIDED_START_NOTE };
/** Below this share the calibration leaves the other fuels room; above it the template's mix stays (the use is still set beside the engine's). */
const MAX_ELECTRICITY_SHARE_PCT = 95;

/** The template's source of a filled value as a default: references stay, everything else becomes assumed. */
function asDefault(src: SourceRef, template: Text2): SourceRef {
  if (src.kind === 'reference') return src;
  const was: Text2 =
    src.kind === 'document'
      ? // the template's document is another region's: its words, not its file, say what the value rested on
        {
          en:
            [src.quote && `“${src.quote}”`, src.note].filter(Boolean).join(' ') ||
            'a planning document of the template region',
          zh: [src.quote && `“${src.quote}”`, src.noteZh ?? src.note].filter(Boolean).join(' ') || '模板地区的规划文件',
        }
      : src.kind === 'assumed'
        ? { en: src.reason, zh: src.reasonZh ?? src.reason }
        : { en: src.note ?? 'entered by the user', zh: src.note ?? '用户录入' };
  return {
    kind: 'assumed',
    reason: `Default from the ${template.en}, not this region's figure: replace it when known.`,
    reasonZh: `默认值，取自${template.zh}，并非本地区数据：有本地数据时请替换。`,
    basis: was.en,
    basisZh: was.zh,
  };
}

const scale = (series: Series, f: (v: number) => number): Series | undefined =>
  typeof series === 'number'
    ? f(series)
    : Array.isArray(series)
      ? series.map((p) => ({ ...p, value: f(p.value) }))
      : undefined;

/**
 * The sectors' fuel shares with electricity scaled by one factor k in every
 * sector and the other fuels by what is left, so that the base year's
 * electricity share of the total is `targetPct`: Σ sharePct_s × e_s × k = 100 × targetPct.
 * Undefined when a share is an expression or the factor would crowd the other fuels out.
 */
function calibrateElectricity(
  s: Scenario,
  targetPct: number,
  at: (x: Series) => number,
): Scenario['energy']['sectors'] | undefined {
  const sectors = s.energy.sectors;
  const current = SECTORS.reduce(
    (sum, k) => sum + (at(sectors[k].sharePct) * at(sectors[k].fuelSharesPct.electricity)) / 100,
    0,
  );
  if (!(current > 0) || !(targetPct > 0)) return undefined;
  const k = targetPct / current;
  const out = {} as Record<Sector, Scenario['energy']['sectors'][Sector]>;
  for (const sector of SECTORS) {
    const mix = sectors[sector].fuelSharesPct;
    const e = at(mix.electricity);
    if (k * e > MAX_ELECTRICITY_SHARE_PCT) return undefined;
    const rest = (100 - k * e) / (100 - e);
    const next = {} as Record<Fuel, Series>;
    for (const fuel of FUELS) {
      const scaled = scale(mix[fuel], (v) => (fuel === 'electricity' ? v * k : v * rest));
      if (scaled === undefined) return undefined;
      next[fuel] = scaled;
    }
    out[sector] = { ...sectors[sector], fuelSharesPct: toHundredths(next) };
  }
  return out;
}

/**
 * Scaled shares as a planner writes them, to 0.01 %, still adding up to 100: the
 * rounding's remainder goes to the sector's largest fuel other than electricity
 * (base-year electricity then within 0.005 % of the sector's energy of the use
 * entered). A mix with a path or an expression is left as scaled.
 */
function toHundredths(mix: Record<Fuel, Series>): Record<Fuel, Series> {
  const hundredths = (v: number) => Math.round(v * 100) / 100;
  if (!FUELS.every((f) => typeof mix[f] === 'number')) return mix;
  const out = Object.fromEntries(FUELS.map((f) => [f, hundredths(mix[f] as number)])) as Record<Fuel, number>;
  const largest = FUELS.filter((f) => f !== 'electricity').reduce((a, b) => (out[b] > out[a] ? b : a));
  out[largest] = hundredths(100 - FUELS.reduce((sum, f) => (f === largest ? sum : sum + out[f]), 0));
  return out;
}

const LEDGER_KEYS = ['electricity.fleet', 'electricity.projects', 'electricity.pumpedStorage', 'targets', 'history'];

/** The scenario the basics describe (id `new`: the library gives it its own when storing it). */
export function scenarioFromBasics(b: Basics, d: BasicsDefaults): Scenario {
  const t = d.template;
  const sources: Record<string, SourceRef> = {};
  for (const [path, src] of Object.entries(t.sources)) {
    if (!LEDGER_KEYS.some((k) => path === k || path.startsWith(`${k}.`) || path.startsWith(`${k}[`)))
      sources[path] = asDefault(src, d.templateName);
  }
  const intensity = 'totalWanTce' in b.energy ? b.energy.totalWanTce / b.gdpYiYuan : b.energy.intensityTcePerWanYuan;
  // 万tce ÷ 亿元 = 10⁴ tce ÷ 10⁴ 万元: the ratio is already in tce/万元
  const totalWanTce = intensity * b.gdpYiYuan;

  const fleet: Generator[] = (b.plants ?? [])
    .filter((p) => p.capacityMW > 0)
    .map((p, i) => ({
      id: `fleet-${p.type}-${i + 1}`,
      name: p.name?.trim() || p.type,
      type: p.type,
      capacityMW: p.capacityMW,
      utilisationHours: d.hours[p.type],
      commissioningYear: b.baseYear,
      status: 'operating',
      included: true,
      source: TYPED,
    }));
  for (const g of fleet) sources[`electricity.fleet[id=${g.id}].utilisationHours`] = d.hoursSources[g.type];

  let sectors = t.energy.sectors;
  if (b.sectorSharesPct) {
    sectors = Object.fromEntries(
      SECTORS.map((k) => [k, { ...sectors[k], sharePct: b.sectorSharesPct![k] }]),
    ) as typeof sectors;
    for (const k of SECTORS) sources[`energy.sectors.${k}.sharePct`] = TYPED;
  }

  const targets: Target[] = b.targets
    ? b.targets.map((x, i) => ({ id: `target-${i + 1}`, ...x, source: TYPED }))
    : d.targets.filter((x) => (x.fromYear ?? b.baseYear) >= b.baseYear && x.year <= b.endYear).map((x) => ({ ...x }));

  let s: Scenario = {
    ...t,
    id: 'new',
    name: b.name.trim(),
    region: {
      name: b.region.name.trim(),
      ...(b.region.level ? { level: b.region.level } : {}),
      ...(b.region.parentRegion?.trim() ? { parentRegion: b.region.parentRegion.trim() } : {}),
    },
    economy: { ...t.economy, baseGdpYiYuan: b.gdpYiYuan },
    energy: { ...t.energy, baseIntensityTcePerWanYuan: intensity, sectors },
    electricity: { ...t.electricity, fleet, projects: [], pumpedStorage: [] },
    targets,
    sources: { ...sources, region: TYPED, 'economy.baseGdpYiYuan': TYPED, 'energy.baseIntensityTcePerWanYuan': TYPED },
  };
  delete s.nameEn;
  delete s.description;
  delete s.history;
  s = setHorizon(s, b.baseYear, b.endYear, TYPED);
  s = { ...s, sources: { ...s.sources, baseYear: TYPED, endYear: TYPED } };

  if (b.electricityUseYiKWh !== undefined && b.electricityUseYiKWh > 0) {
    const at = (x: Series) => d.valueInYear(x, b.baseYear, b.baseYear, b.endYear) ?? NaN;
    const coalSub = at(s.conventions.coalSubstitutionGcePerKWh);
    const kgce = s.energy.inputConvention === 'calorific' ? CALORIFIC_KGCE_PER_KWH : coalSub / 1000;
    // 亿kWh × 10 × kgce/kWh = 万tce (1 亿kWh × 0.1229 kgce/kWh = 1.229 万tce)
    const sharePct = (100 * b.electricityUseYiKWh * 10 * kgce) / totalWanTce;
    const calibrated = calibrateElectricity(s, sharePct, at);
    if (calibrated) {
      s = { ...s, energy: { ...s.energy, sectors: calibrated } };
      const how: SourceRef = {
        kind: 'assumed',
        reason: `The ${d.templateName.en}'s fuel mix with electricity scaled in every sector so that the base year's electricity is the 全社会用电量 entered (${b.electricityUseYiKWh} 亿kWh); the other fuels share the rest as in the template.`,
        reasonZh: `${d.templateName.zh}的分燃料结构，各部门电力比重按同一比例调整，使基准年电力消费等于录入的全社会用电量（${b.electricityUseYiKWh} 亿千瓦时）；其余燃料按模板比例分摊。`,
      };
      for (const k of SECTORS) s.sources[`energy.sectors.${k}.fuelSharesPct`] = how;
    }
    s = {
      ...s,
      history: { electricityUseYiKWh: { [String(b.baseYear)]: { value: b.electricityUseYiKWh, source: TYPED } } },
    };
  }
  return s;
}
