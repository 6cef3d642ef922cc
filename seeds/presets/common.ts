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
import { referenceCitation, referenceValue, requireReference } from '../reference/index';

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

/** A line of a seed document; `quote` is verbatim apart from whitespace and line breaks. */
export function doc(file: SeedFile, line: number, quote: string, more: { lineEnd?: number; note?: string } = {}): DocumentRef {
  return { kind: 'document', file, line, quote, ...more };
}

/** An entry of the reference library (seeds/reference); throws at load if the id is unknown. */
export function ref(refId: string, note?: string): SourceRef {
  const e = requireReference(refId);
  const out: SourceRef = { kind: 'reference', refId, citation: `${e.nameEn}: ${referenceCitation(e)}`, year: e.source.year };
  if (note) out.note = note;
  return out;
}

/** A value the documents do not give: why this number, and from what. */
export function assumed(reason: string, basis?: string): SourceRef {
  return basis ? { kind: 'assumed', reason, basis } : { kind: 'assumed', reason };
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
  excludeNewRenewablesFromIntensity: false,
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
  baseYear: assumed('2020 is the base year of all five documents and the last year before the 14th five-year plan.', `${SEED.qyEco} line 62 (基准年为 2020 年); ${SEED.lzDemo} line 626; ${SEED.sgEco} line 176`),
  endYear: assumed('2060, the year of the national carbon-neutrality commitment, so that the peak and the decline after it are both in view.', `${SEED.qyEco} lines 335–339 (我国 2030 年碳达峰，2060 年实现碳中和)`),
  'emissionFactors.tCo2PerTce.coal': ref('ef-coal-tco2-per-tce', 'IPCC 2006 default for other bituminous coal (94,600 kg/TJ) × 29.3076 GJ/tce; oxidation fraction 1.0 (Tier 1).'),
  'emissionFactors.tCo2PerTce.oil': ref('ef-diesel-tco2-per-tce', 'Diesel (74,100 kg/TJ) stands for all oil products; gasoline would give 2.0310, fuel oil 2.2684.'),
  'emissionFactors.tCo2PerTce.gas': ref('ef-gas-tco2-per-tce', 'IPCC 2006 default for natural gas (56,100 kg/TJ) × 29.3076 GJ/tce.'),
  'emissionFactors.tCo2PerTce.heat': ref('ef-heat-tco2-per-tce', '0.11 tCO2/GJ × 29.3076 GJ/tce.'),
  'emissionFactors.tCo2PerTce.biomass': ref('ef-biomass-tco2-per-tce', 'Biogenic CO2 is not counted in the energy total.'),
  'conventions.primaryElectricity': assumed(
    'Chinese energy totals, energy intensity and the non-fossil share are normally reported with primary and purchased electricity at the coal-substitution value (发电煤耗法, 等价值); the documents give intensities in tce/万元 without naming the convention, so the same convention is used for input and reports.',
    'REFERENCE-DATA.md, standard-coal conversion; reference entry coal-substitution-2020',
  ),
  'energy.inputConvention': assumed(
    'Same as the reporting convention (等价值), so the base-year intensity the documents publish is reproduced exactly.',
    'see conventions.primaryElectricity',
  ),
  'conventions.coalSubstitutionGcePerKWh': ref('coal-substitution-path', 'About 305 gce/kWh in 2020 (coal-substitution-2020), falling ~1 gce/kWh a year to 295 in 2030, then 285 (2045) and 280 (2060): assumed path.'),
  'conventions.excludeNewRenewablesFromIntensity': assumed(
    'Baseline: strict accounting, every kWh counts in the intensity assessment.',
    'The policy scenarios switch it on (新增可再生能源不纳入能源消费总量控制).',
  ),
  'electricity.gridEmissionFactor': ref(
    'mee-grid-southern-2022',
    'Southern grid region, by accounting year with the Y−2 convention: 2023 uses the 2021 data (0.4326, mee-grid-southern-2021), 2024 the 2022 data (0.3869); 2020–2022 hold 0.4326 because the MEE/NBS series starts with data year 2021. After 2024 an assumed linear decline to 0.31 (2030), 0.15 (2045), 0.05 (2060), in line with Guangdong non-fossil ~35 % in 2030 and ~40 % in 2035 (gd-nonfossil-2030, gd-nonfossil-2035) and neutrality by 2060. The same path in baseline and policy: the grid is outside the city\'s control.',
  ),
  'electricity.importedNonFossilSharePct': ref(
    'southern-grid-nonfossil-implied',
    'Non-fossil share of net imports = 1 − grid factor ÷ fossil-only factor: 48.7 % (2021 data, held for 2020–2023), 53.5 % (2022 data, 2024); then 62 % (2030), 81 % (2045), 94 % (2060) from the assumed factor path with the fossil-only factor easing from 0.84 to 0.78 as gas grows.',
  ),
  'electricity.heatRateGcePerKWh.coal': ref('heat-rate-coal-supply', '300 gce/kWh in 2020, 295 from 2030 (assumed: flexibility retrofits offset efficiency gains).'),
  'electricity.heatRateGcePerKWh.gas': ref('heat-rate-gas-ccgt', '235 gce/kWh in 2020 falling to 225 by 2035 as newer combined-cycle units dominate (assumed).'),
};

/** Utilisation hours of the ledger entries, by type (all assumed, see the reference library). */
export const HOURS = {
  pv: referenceValue('util-pv-guangdong'),
  wind: referenceValue('util-wind-guangdong'),
  hydro: referenceValue('util-hydro-guangdong'),
  biomass: referenceValue('util-biomass'),
  coal: referenceValue('util-coal'),
  gasDistributed: referenceValue('util-gas-distributed'),
} as const;

/** Pumped storage operating assumptions: 6 h × 240 cycles = 1,440 h a year (Meizhou phase II), 75 % round trip. */
export const PUMPED = {
  storageHours: referenceValue('ps-storage-hours'),
  annualCycles: referenceValue('ps-meizhou-phase2-hours') / referenceValue('ps-storage-hours'),
  roundTripEfficiencyPct: referenceValue('ps-round-trip-efficiency'),
} as const;

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
