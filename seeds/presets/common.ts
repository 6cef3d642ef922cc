import type { SourceRef } from '../../shared/model/provenance';
import { SEED_FILES, type SeedFile } from '../../shared/model/source-documents';
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
import { defaultHourly } from '../../shared/model/hourly';

/** The five seed documents, by key (titles and issuers: shared/model/source-documents.ts). */
export const SEED = SEED_FILES;
export type { SeedFile };

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

/**
 * The default accounting methods (核算口径), the same in every preset: 113号's
 * energy-control rule, renewables attributed by consumption from the provincial
 * pool, electricity CO2 by net imports (this tool's method A), the Guangdong
 * provincial grid factor by data year, a 2 % peak tolerance. Sources in COMMON_SOURCES.
 */
export const ACCOUNTING: Scenario['accounting'] = {
  energyControl: 'nonFossilExcluded',
  renewableAttribution: 'provincialPool',
  electricityCo2: 'netImports',
  gridFactorScope: 'provincial',
  peakTolerancePct: 2,
  peakScope: 'energy',
};

const points = (id: string): YearPoint[] => requireReference(id).points!.map((p) => ({ ...p }));

/** Guangdong 电力平均二氧化碳排放因子 by data year (accounting year = data year), then an assumed path. */
export const GRID_FACTOR: YearPoint[] = points('gd-grid-factor-path');
/** Non-fossil share of Guangdong's supply (nuclear included): 1 − grid factor ÷ fossil-only factor, year by year with GRID_FACTOR. */
export const IMPORTED_NON_FOSSIL: YearPoint[] = points('gd-nonfossil-supply-implied');
/** Renewable share of the same supply: the non-fossil share less 15 points of nuclear. */
export const IMPORTED_RENEWABLE: YearPoint[] = points('gd-renewable-supply-implied');

/** Fossil CO2 of a waste-to-energy plant's output, tCO2/MWh (IPCC 2006 Vol. 5 Ch. 5). */
export const WTE_FOSSIL_CO2 = referenceValue('wte-fossil-co2-per-mwh');

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
      zh: '我国能源消费总量、能耗强度和非化石能源消费比重通常按发电煤耗法（等价值）将一次电力和外购电力折算为标准煤统计；规划文件给出的能耗强度（吨标准煤/万元）未注明统计口径，故输入与报告统一采用等价值口径。',
    },
    {
      en: 'REFERENCE-DATA.md, standard-coal conversion; reference entry coal-substitution-2020 (generation basis)',
      zh: 'REFERENCE-DATA.md“标准煤折算”部分；参考库条目 coal-substitution-2020（发电煤耗口径）',
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
    en: 'Generation basis (发电煤耗), not supply basis (供电煤耗, about 305 in 2020): 发电煤耗法 is usually read as the year\'s average coal rate of thermal generation, about 287–290 gce/kWh in 2020 (REFERENCE-DATA.md); 288 in 2020 (coal-substitution-2020), falling ~1 gce/kWh a year to 278 in 2030, then 268 (2045) and 263 (2060): assumed path. Check the yearbook the city bureau uses: the supply basis gives 6 % fewer kWh per tce.',
    zh: '采用发电煤耗口径，而非供电煤耗口径（2020 年约 305）：发电煤耗法通常按当年火电平均发电煤耗理解，2020 年约 287–290 克标准煤/千瓦时（REFERENCE-DATA.md）；2020 年取 288（coal-substitution-2020），此后每年约下降 1 克标准煤/千瓦时，2030 年降至 278，2045 年 268，2060 年 263：为假设路径。应以本市统计部门所用年鉴核实：若按供电煤耗口径，每吨标准煤电力折合的电量少 6 %。',
  }),
  'accounting.energyControl': ref('ndrc-2024-113-nonfossil-excluded', {
    en: 'Default: non-fossil energy consumption (renewables and nuclear) is deducted from the energy total in every year, base year included, and the intensity is assessed on what remains (energyPerGdpAssessed). The full total and intensity are reported beside it.',
    zh: '默认口径：各年份（含基准年）均从能源消费总量中扣除非化石能源消费量（可再生能源和核电），按扣除后的能源消费量核算能耗强度（energyPerGdpAssessed）；未扣除的能源消费总量和能耗强度同时列示。',
  }),
  'accounting.renewableAttribution': ref('ndrc-2024-113-nonfossil-excluded', {
    en: 'Provincial pool (default): the city\'s electricity use × the non-fossil share of Guangdong\'s supply, plus green power and 绿证 held by local users. 113号 counts renewable use from electricity consumption statistics, which allocate the grid\'s electricity by use, not by where it was generated: a county\'s own PV and wind serve the province and do not raise its non-fossil share by themselves.',
    zh: '按省级电力池归属（默认）：本市用电量 × 广东电力供应的非化石能源比重，加上本地用户持有的绿电、绿证。113号按电力消费统计核算可再生能源消费量，电网电量按使用地而非发电地分摊：县域自有的光伏、风电服务全省电网，不单独提高本地的非化石能源消费比重。',
  }),
  'accounting.electricityCo2': assumed(
    {
      en: 'Method A: direct emissions, local power plants included, plus net imported electricity (净调入电量) × the grid factor, exports credited at the same factor. This tool\'s method, not one the inventory guideline imposes: it keeps local generation in the city\'s balance. The report shows B (no export credit), C (location-based) and D (market-based) beside it.',
      zh: '方法 A：直接排放（含本地电厂）+ 净调入电量 × 电力平均二氧化碳排放因子，净调出电量按同一因子抵扣。此为本工具的方法，并非清单编制指南的规定：本地发电保留在本市电力平衡中。报告同时列示方法 B（调出不抵扣）、C（基于位置）和 D（基于市场）的结果。',
    },
    { en: 'REFERENCE-DATA.md, accounting rules (added 2026-12-03)', zh: 'REFERENCE-DATA.md“核算规则”部分（2026-12-03 补充）' },
  ),
  'accounting.gridFactorScope': ref('gd-grid-factor-path', {
    en: 'Provincial (default for a Guangdong city): the Guangdong factor of the MEE/NBS provincial table, by data year; the Southern grid and national series are in the reference library for the other scopes.',
    zh: '省级（广东城市的默认口径）：采用生态环境部、国家统计局省级表中的广东排放因子，按数据年份取值；南方区域电网和全国序列见参考库，供选择其他口径时使用。',
  }),
  'accounting.peakTolerancePct': ref('peak-tolerance-practice'),
  'electricity.gridEmissionFactor': ref('gd-grid-factor-path', {
    en: 'Guangdong provincial factor by data year, accounting year = data year: 2021 0.4715 and 2022 0.4403 (gd-grid-2021, gd-grid-2022, secondary third-party table); 2020 holds 0.4715; 2023 not found, 0.4600 assumed (the Southern grid\'s 2023 rise, 0.4042 / 0.3869, applied to 0.4403); then an assumed linear decline to 0.35 (2030), 0.17 (2045), 0.06 (2060). The same path in baseline and policy: the grid is outside the city\'s control.',
    zh: '广东省级排放因子，按数据年份取值（核算年份 = 数据年份）：2021 年 0.4715、2022 年 0.4403（gd-grid-2021、gd-grid-2022，转引自第三方表格）；2020 年沿用 0.4715；2023 年数值未找到，假设为 0.4600（按南方区域 2023 年升幅 0.4042 / 0.3869 推算）；此后假设线性下降至 0.35（2030 年）、0.17（2045 年）、0.06（2060 年）。基准情景与政策情景采用同一路径：电网排放因子不在本市调控范围内。',
  }),
  'electricity.importedNonFossilSharePct': ref('gd-nonfossil-supply-implied', {
    en: 'Non-fossil share of Guangdong\'s supply (nuclear included) = 1 − grid factor ÷ national fossil-only factor, year by year with the grid factor: 44.0 % (2020–2021), 47.1 % (2022), 44.4 % (2023), then 56.3 % (2030), 78.2 % (2045), 92.3 % (2060).',
    zh: '广东电力供应的非化石能源比重（含核电）= 1 − 电力平均排放因子 ÷ 全国化石能源电力排放因子，与排放因子逐年对应：44.0 %（2020–2021 年）、47.1 %（2022 年）、44.4 %（2023 年），此后 56.3 %（2030 年）、78.2 %（2045 年）、92.3 %（2060 年）。',
  }),
  'electricity.importedRenewableSharePct': ref('gd-renewable-supply-implied', {
    en: 'The non-fossil share less 15 points of nuclear (gd-nuclear-share-supply): 29.0 % (2020–2021), 32.1 % (2022), 29.4 % (2023), 41.3 % (2030), 63.2 % (2045), 77.3 % (2060). Used by the 1258号 rule, which counts renewables only.',
    zh: '非化石能源比重减去核电 15 个百分点（gd-nuclear-share-supply）：29.0 %（2020–2021 年）、32.1 %（2022 年）、29.4 %（2023 年）、41.3 %（2030 年）、63.2 %（2045 年）、77.3 %（2060 年）。供仅计可再生能源的 1258号口径使用。',
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

/** Typical pumped-storage operation: 6 h × 240 cycles = 1,440 h a year (Meizhou phase II), 75 % 综合效率; each plant states its attribution. */
export const PUMPED = { ...TYPICAL_STORAGE } as const;

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

/**
 * The hourly balance of a preset: on, without feedback, no import or export limit (the
 * documents state no transformer or line capacities), the built-in profiles at the site.
 */
export function hourlyAt(latitude: number, longitude: number): NonNullable<Scenario['hourly']> {
  return { ...defaultHourly(), latitude, longitude };
}

/** Sources of a preset's hourly settings; `place` names the seat whose coordinates are the PV site. */
export function hourlySources(place: Text2): Record<string, SourceRef> {
  const site = assumed({
    en: `Coordinates of ${place.en}'s government seat, rounded to 0.01°: the sun's position over the whole region differs by minutes, which the hourly PV shape does not resolve.`,
    zh: `取${place.zh}政府驻地坐标（精确到 0.01°）：全域太阳位置相差仅数分钟，逐时光伏曲线无需更细。`,
  });
  return {
    hourly: assumed({
      en: 'The hourly balance is on, without feedback into the annual results; no import or export limit is set, because the documents state no transformer or line capacities (set them to see curtailment); the built-in profiles are used until measured ones are imported.',
      zh: '开启逐时电力平衡，不回馈年度结果；规划文件未给出主变或线路容量，故不设上网、受电限额（设定后方可看出弃电）；导入实测曲线前使用内置典型曲线。',
    }),
    'hourly.latitude': site,
    'hourly.longitude': site,
    'hourly.hydroDispatchablePct': assumed({
      en: '20 % of hydro output is dispatched from reservoirs against local deficits: the small hydro of northern Guangdong is mostly run-of-river, with daily regulation at a few stations at best.',
      zh: '水电出力的 20 % 由水库调节、用于弥补本地缺电：粤北小水电以径流式为主，仅少数电站具有日调节能力。',
    }),
  };
}
