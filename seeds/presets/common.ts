import type { SourceRef } from '../../shared/model/provenance';
import {
  FUELS,
  type ElectricityInput,
  type EmissionFactors,
  type Fuel,
  type Generator,
  type PumpedStorage,
  type Scenario,
} from '../../shared/model/scenario';
import type { Series, YearPoint } from '../../shared/model/series';
import { referenceCitation, referenceCitationZh, referenceValue, requireReference } from '../reference/index';
import { TYPICAL_HOURS, TYPICAL_STORAGE } from '../reference/typical';

/** The five seed documents (see /work/shared/seeds/README.md). */
export const SEED = {
  /** 清远市生态文明建设"十四五"规划 */
  qyEco: '000_cf0eda570017d74c.txt',
  /** 连州市创建国家生态文明建设示范市规划 */
  lzDemo: '001_70f56cbcae554d7e.txt',
  /** 《清远市生态环境保护"十四五"规划》政策解读 */
  qyEnvNote: '002_866c1fa59aebf7ef.txt',
  /** 韶关市生态文明建设规划（2021-2035年） */
  sgEco: '003_6e6d6f6160124906.txt',
  /** 连州市生态环境保护"十四五"规划 */
  lzEnv: '004_59f5176fc450bca8.txt',
} as const;
export type SeedFile = (typeof SEED)[keyof typeof SEED];

export type DocumentRef = Extract<SourceRef, { kind: 'document' }>;

/**
 * Free text in both languages. `en` is the canonical text (stored as
 * `reason` / `note` / `basis`), `zh` what the Chinese UI shows (`reasonZh`,
 * `noteZh`, `basisZh`). Both state the same facts and numbers.
 */
export type Text2 = { zh: string; en: string };

/** A line of a seed document; `quote` is verbatim apart from whitespace and line breaks. */
export function doc(file: SeedFile, line: number, quote: string, more: { lineEnd?: number; note?: Text2 } = {}): DocumentRef {
  const out: DocumentRef = { kind: 'document', file, line, quote };
  if (more.lineEnd !== undefined) out.lineEnd = more.lineEnd;
  return more.note ? withNote(out, more.note) : out;
}

/** The same document source with another note (targets reuse a fact's line with their own remark). */
export function withNote(src: DocumentRef, note: Text2): DocumentRef {
  return { ...src, note: note.en, noteZh: note.zh };
}

/** An entry of the reference library (seeds/reference); throws at load if the id is unknown. */
export function ref(refId: string, note?: Text2): SourceRef {
  const e = requireReference(refId);
  const out: SourceRef = {
    kind: 'reference',
    refId,
    citation: `${e.nameEn}: ${referenceCitation(e)}`,
    citationZh: `${e.name}：${referenceCitationZh(e)}`,
    year: e.source.year,
  };
  if (note) {
    out.note = note.en;
    out.noteZh = note.zh;
  }
  return out;
}

/**
 * A value the documents do not give: why this number, and from what. `basis`
 * is a plain string when it needs no translation (a Chinese quote, a census
 * count), otherwise both languages.
 */
export function assumed(reason: Text2, basis?: string | Text2): SourceRef {
  const out: SourceRef = { kind: 'assumed', reason: reason.en, reasonZh: reason.zh };
  if (typeof basis === 'string') out.basis = basis;
  else if (basis) {
    out.basis = basis.en;
    out.basisZh = basis.zh;
  }
  return out;
}

/** `pts(2020, 1, 2030, 2)` → `[{ year: 2020, value: 1 }, { year: 2030, value: 2 }]` */
export function pts(...pairs: number[]): YearPoint[] {
  if (pairs.length % 2 !== 0) throw new Error('pts() needs year, value pairs');
  const out: YearPoint[] = [];
  for (let i = 0; i < pairs.length; i += 2) out.push({ year: pairs[i]!, value: pairs[i + 1]! });
  return out;
}

export type FuelMix = Record<Fuel, number>;

function checkMix(mix: FuelMix, what: string): void {
  const sum = FUELS.reduce((a, f) => a + mix[f], 0);
  if (Math.abs(sum - 100) > 1e-6) throw new Error(`${what}: fuel shares add up to ${sum}, not 100`);
}

/** Constant fuel shares (they must add up to 100). */
export function mix(m: FuelMix, what = 'fuel mix'): Record<Fuel, Series> {
  checkMix(m, what);
  return { ...m };
}

/**
 * Fuel shares moving linearly between anchor years. Every anchor adds up to
 * 100 and all fuels share the same anchor years, so every interpolated year
 * adds up to 100 too.
 */
export function mixPath(anchors: [number, FuelMix][], what = 'fuel mix'): Record<Fuel, Series> {
  anchors.forEach(([y, m]) => checkMix(m, `${what} ${y}`));
  const out = {} as Record<Fuel, Series>;
  for (const f of FUELS) out[f] = anchors.flatMap(([y, m]) => [{ year: y, value: m[f] }]);
  return out;
}

/** A ledger entry before the scenario decides whether it counts. */
export type LedgerGenerator = Omit<Generator, 'included'> & {
  /** false for entries kept only for reference (overlaps, no capacity): never counted */
  count: boolean;
};
export type LedgerStorage = Omit<PumpedStorage, 'included'> & { count: boolean };

/**
 * The rule that turns a ledger into a scenario: the baseline counts operating
 * and under-construction entries, the policy every counted entry.
 */
export function ledger<T extends LedgerGenerator | LedgerStorage>(
  list: readonly T[],
  scenario: 'baseline' | 'policy',
): (Omit<T, 'count'> & { included: boolean })[] {
  return list.map(({ count, ...g }) => ({
    ...g,
    included: count && (scenario === 'policy' || g.status !== 'planned'),
  }));
}

/** A copy of `base` changed by `edit`: how each policy is built from its baseline. */
export function derive(base: Scenario, edit: (s: Scenario) => void): Scenario {
  const s = JSON.parse(JSON.stringify(base)) as Scenario; // presets are plain JSON data
  edit(s);
  return s;
}

// ---------------------------------------------------------------------------
// Inputs shared by the three cities: all lie in Guangdong, in the Southern grid.

export const EMISSION_FACTORS: EmissionFactors = {
  tCo2PerTce: {
    coal: referenceValue('ef-coal-tco2-per-tce'),
    oil: referenceValue('ef-diesel-tco2-per-tce'),
    gas: referenceValue('ef-gas-tco2-per-tce'),
    heat: referenceValue('ef-heat-tco2-per-tce'),
    biomass: referenceValue('ef-biomass-tco2-per-tce'),
  },
};

const coalSubPath = requireReference('coal-substitution-path').points!;

/** 等价值 (coal substitution) for both the published statistics and the reports. */
export const CONVENTIONS: Scenario['conventions'] = {
  primaryElectricity: 'coalSubstitution',
  coalSubstitutionGcePerKWh: coalSubPath.map((p) => ({ ...p })),
};

/** The accounting the presets were first built on (legacy methods); the baseline counts every kWh. */
export const ACCOUNTING: Scenario['accounting'] = {
  energyControl: 'none',
  renewableAttribution: 'localBalance',
  electricityCo2: 'netImports',
  gridFactorScope: 'regionalGrid',
  peakTolerancePct: 2,
};

/** Grid factor by accounting year, MEE/NBS data of year Y−2, then an assumed decline. */
export const GRID_FACTOR: YearPoint[] = pts(2020, 0.4326, 2023, 0.4326, 2024, 0.3869, 2030, 0.31, 2045, 0.15, 2060, 0.05);
/** 1 − grid factor ÷ fossil-only factor (0.84 → 0.80 → 0.78), matching GRID_FACTOR year by year. */
export const IMPORTED_NON_FOSSIL: YearPoint[] = pts(2020, 48.7, 2023, 48.7, 2024, 53.5, 2030, 62, 2045, 81, 2060, 94);

export const HEAT_RATES: ElectricityInput['heatRateGcePerKWh'] = {
  coal: pts(2020, 300, 2030, 295),
  gas: pts(2020, 235, 2035, 225),
};

export const COMMON_SOURCES: Record<string, SourceRef> = {
  baseYear: assumed(
    {
      en: '2020 is the base year of all five documents and the last year before the 14th five-year plan.',
      zh: '2020 年是五份规划文件共同的基准年，也是“十四五”开局前的最后一年。',
    },
    {
      en: `${SEED.qyEco} line 62 (基准年为 2020 年); ${SEED.lzDemo} line 626; ${SEED.sgEco} line 176`,
      zh: `${SEED.qyEco} 第 62 行（基准年为 2020 年）；${SEED.lzDemo} 第 626 行；${SEED.sgEco} 第 176 行`,
    },
  ),
  endYear: assumed(
    {
      en: '2060, the year of the national carbon-neutrality commitment, so that the peak and the decline after it are both in view.',
      zh: '取 2060 年，即国家承诺实现碳中和的年份，使碳达峰及峰后下降过程均在模拟期内。',
    },
    {
      en: `${SEED.qyEco} lines 335–339 (我国 2030 年碳达峰，2060 年实现碳中和)`,
      zh: `${SEED.qyEco} 第 335–339 行（我国 2030 年碳达峰，2060 年实现碳中和）`,
    },
  ),
  'emissionFactors.tCo2PerTce.coal': ref('ef-coal-tco2-per-tce', {
    en: 'IPCC 2006 default for other bituminous coal (94,600 kg/TJ) × 29.3076 GJ/tce; oxidation fraction 1.0 (Tier 1).',
    zh: '采用 IPCC 2006 其他烟煤缺省排放因子（94,600 kg/TJ）× 29.3076 GJ/tce 折算；碳氧化率取 1.0（方法 1，Tier 1）。',
  }),
  'emissionFactors.tCo2PerTce.oil': ref('ef-diesel-tco2-per-tce', {
    en: 'Diesel (74,100 kg/TJ) stands for all oil products; gasoline would give 2.0310, fuel oil 2.2684.',
    zh: '以柴油（74,100 kg/TJ）代表全部油品；若按汽油计为 2.0310，按燃料油计为 2.2684。',
  }),
  'emissionFactors.tCo2PerTce.gas': ref('ef-gas-tco2-per-tce', {
    en: 'IPCC 2006 default for natural gas (56,100 kg/TJ) × 29.3076 GJ/tce.',
    zh: '采用 IPCC 2006 天然气缺省排放因子（56,100 kg/TJ）× 29.3076 GJ/tce 折算。',
  }),
  'emissionFactors.tCo2PerTce.heat': ref('ef-heat-tco2-per-tce', {
    en: '0.11 tCO2/GJ × 29.3076 GJ/tce.',
    zh: '按 0.11 tCO2/GJ × 29.3076 GJ/tce 折算。',
  }),
  'emissionFactors.tCo2PerTce.biomass': ref('ef-biomass-tco2-per-tce', {
    en: 'Biogenic CO2 is not counted in the energy total.',
    zh: '生物质燃烧产生的生物源 CO2 不计入能源活动碳排放总量。',
  }),
  'conventions.primaryElectricity': assumed(
    {
      en: 'Chinese energy totals, energy intensity and the non-fossil share are normally reported with primary and purchased electricity at the coal-substitution value (发电煤耗法, 等价值); the documents give intensities in tce/万元 without naming the convention, so the same convention is used for input and reports.',
      zh: '我国能源消费总量、能耗强度和非化石能源占比通常按发电煤耗法（等价值）将一次电力和外购电力折算为标准煤统计；规划文件给出的能耗强度（吨标准煤/万元）未注明统计口径，故输入与报告统一采用等价值口径。',
    },
    {
      en: 'REFERENCE-DATA.md, standard-coal conversion; reference entry coal-substitution-2020',
      zh: 'REFERENCE-DATA.md“标准煤折算”部分；参考库条目 coal-substitution-2020',
    },
  ),
  'energy.inputConvention': assumed(
    {
      en: 'Same as the reporting convention (等价值), so the base-year intensity the documents publish is reproduced exactly.',
      zh: '与报告口径一致（等价值），从而准确复现规划文件公布的基准年能耗强度。',
    },
    { en: 'see conventions.primaryElectricity', zh: '见 conventions.primaryElectricity（一次电力折算口径）' },
  ),
  'conventions.coalSubstitutionGcePerKWh': ref('coal-substitution-path', {
    en: 'About 305 gce/kWh in 2020 (coal-substitution-2020), falling ~1 gce/kWh a year to 295 in 2030, then 285 (2045) and 280 (2060): assumed path.',
    zh: '2020 年约 305 克标准煤/千瓦时（coal-substitution-2020），此后每年约下降 1 克标准煤/千瓦时，2030 年降至 295，2045 年 285，2060 年 280：为假设路径。',
  }),
  'accounting.energyControl': assumed(
    {
      en: 'Baseline: strict accounting, every kWh counts in the intensity assessment.',
      zh: '基准情景：严格核算，全部用电量均计入能耗强度考核。',
    },
    {
      en: 'The policy scenarios switch it on (新增可再生能源不纳入能源消费总量控制).',
      zh: '规划情景中开启此项（新增可再生能源不纳入能源消费总量控制）。',
    },
  ),
  'electricity.gridEmissionFactor': ref('mee-grid-southern-2022', {
    en: 'Southern grid region, by accounting year with the Y−2 convention: 2023 uses the 2021 data (0.4326, mee-grid-southern-2021), 2024 the 2022 data (0.3869); 2020–2022 hold 0.4326 because the MEE/NBS series starts with data year 2021. After 2024 an assumed linear decline to 0.31 (2030), 0.15 (2045), 0.05 (2060), in line with Guangdong non-fossil ~35 % in 2030 and ~40 % in 2035 (gd-nonfossil-2030, gd-nonfossil-2035) and neutrality by 2060. The same path in baseline and policy: the grid is outside the city\'s control.',
    zh: '采用南方区域电网排放因子，核算年份 Y 取 Y−2 年的数据：2023 年采用 2021 年数据（0.4326，mee-grid-southern-2021），2024 年采用 2022 年数据（0.3869）；生态环境部、国家统计局发布的序列始于 2021 数据年，故 2020–2022 年均取 0.4326。2024 年后假设线性下降至 0.31（2030 年）、0.15（2045 年）、0.05（2060 年），与广东省非化石能源消费比重 2030 年约 35 %、2035 年约 40 %（gd-nonfossil-2030、gd-nonfossil-2035）及 2060 年前实现碳中和相衔接。基准情景与规划情景采用同一路径：电网排放因子不在本市调控范围内。',
  }),
  'electricity.importedNonFossilSharePct': ref('southern-grid-nonfossil-implied', {
    en: 'Non-fossil share of net imports = 1 − grid factor ÷ fossil-only factor: 48.7 % (2021 data, held for 2020–2023), 53.5 % (2022 data, 2024); then 62 % (2030), 81 % (2045), 94 % (2060) from the assumed factor path with the fossil-only factor easing from 0.84 to 0.78 as gas grows.',
    zh: '净调入电量中的非化石能源占比 = 1 − 电网排放因子 ÷ 化石电源排放因子：48.7 %（2021 年数据，2020–2023 年沿用），53.5 %（2022 年数据，用于 2024 年）；此后按假设的排放因子路径推算为 62 %（2030 年）、81 %（2045 年）、94 %（2060 年），其中化石电源排放因子随气电比重上升由 0.84 逐步降至 0.78。',
  }),
  'electricity.heatRateGcePerKWh.coal': ref('heat-rate-coal-supply', {
    en: '300 gce/kWh in 2020, 295 from 2030 (assumed: flexibility retrofits offset efficiency gains).',
    zh: '2020 年 300 克标准煤/千瓦时，2030 年起 295（假设：灵活性改造抵消了部分能效提升）。',
  }),
  'electricity.heatRateGcePerKWh.gas': ref('heat-rate-gas-ccgt', {
    en: '235 gce/kWh in 2020 falling to 225 by 2035 as newer combined-cycle units dominate (assumed).',
    zh: '2020 年 235 克标准煤/千瓦时，随新型燃气-蒸汽联合循环机组成为主力，2035 年降至 225（假设）。',
  }),
};

/**
 * Utilisation hours of the ledger entries, by type (all assumed, see the
 * reference library): the same table the editor and the ledger importers use.
 */
export const HOURS = { ...TYPICAL_HOURS, gasDistributed: TYPICAL_HOURS.gas } as const;

/** Pumped storage operating assumptions: 6 h × 240 cycles = 1,440 h a year (Meizhou phase II), 75 % round trip. */
/** Typical pumped-storage operation; losses counted as scenarios saved before the accounting rules did. */
export const PUMPED = { ...TYPICAL_STORAGE, attribution: 'legacyCo2Only' } as const;

/** Provenance of the sector split: one source for every sector share, one per sector for its fuel shares. */
export function sectorSources(
  shares: SourceRef,
  fuels: Record<'industry' | 'services' | 'transport' | 'households' | 'agriculture', SourceRef>,
): Record<string, SourceRef> {
  const out: Record<string, SourceRef> = {};
  for (const [sector, src] of Object.entries(fuels)) {
    out[`energy.sectors.${sector}.sharePct`] = shares;
    out[`energy.sectors.${sector}.fuelSharesPct`] = src;
  }
  return out;
}

/** Why the policy scenarios leave new renewables out of the intensity assessment (the same in all three cities). */
export const POLICY_EXCLUDE_NEW_RENEWABLES: SourceRef = assumed(
  {
    en: 'Policy: renewables commissioned after 2020 are left out of the energy counted for the intensity assessment (新增可再生能源不纳入能源消费总量控制), the national rule since 2022.',
    zh: '规划情景：2020 年后投产的可再生能源电量不计入能耗强度考核的能源消费量（新增可再生能源不纳入能源消费总量控制），为国家自 2022 年起执行的规定。',
  },
  {
    en: '国家发展改革委 国家统计局 国家能源局《关于进一步做好新增可再生能源消费不纳入能源消费总量控制有关工作的通知》(发改运行〔2022〕1258号) — title from general knowledge, not in the reference material here',
    zh: '国家发展改革委 国家统计局 国家能源局《关于进一步做好新增可再生能源消费不纳入能源消费总量控制有关工作的通知》（发改运行〔2022〕1258号）——文件名称据一般了解列出，未收入本项目参考资料',
  },
);
