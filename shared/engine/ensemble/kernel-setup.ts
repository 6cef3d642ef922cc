import type { Scenario } from '../../model/scenario';
import { CALORIFIC_KGCE_PER_KWH } from '../../model/units';
import { INPUT_SPECS, UNCERTAIN_INPUTS, type UncertainInput } from '../../model/uncertainty';
import { COMBUSTION_FUELS, FEEDSTOCK_FUELS, FUELS, GENERATOR_TYPES, PLAN_SECTORS, SECTORS, type ElectricityConvention } from '../../model/vocabulary';
import { feedbackAdjustment } from '../hourly/with-hourly';
import { prepareScenario, type PreparedGenerator, type PreparedScenario } from '../prepare';
import { prepareIndustryKernel } from './industry-setup';
import type { SeriesResolver } from '../series-values';
import { prepareCostKernel, type CostKernel } from './costs-setup';

/**
 * The ensemble kernel's preparation (kernel.ts computes the variants): a scenario
 * prepared once (prepare.ts) and laid out in flat typed arrays, indexed
 * [part × years + year], with the scratch the variants reuse.
 */

/** Slot of each input in a variant's values (`UNCERTAIN_INPUTS` order). */
export const SLOT = Object.fromEntries(UNCERTAIN_INPUTS.map((k, i) => [k, i])) as Record<UncertainInput, number>;
export const SLOTS = UNCERTAIN_INPUTS.length;

/** Every input at the value that leaves the scenario as it is. */
export function neutralValues(): Float64Array {
  const x = new Float64Array(SLOTS);
  UNCERTAIN_INPUTS.forEach((k, i) => (x[i] = INPUT_SPECS[k].neutral));
  return x;
}

export const ELECTRICITY = FUELS.indexOf('electricity');
export const BIOMASS = FUELS.indexOf('biomass');
export const COAL_FUEL = FUELS.indexOf('coal');
export const INDUSTRY = SECTORS.indexOf('industry');
export const NF = FUELS.length;
export const NS = SECTORS.length;
export const NP = PLAN_SECTORS.length;
export const SERVICES = SECTORS.indexOf('services');
export const TRANSPORT = SECTORS.indexOf('transport');
export const HOUSEHOLDS = SECTORS.indexOf('households');
export const AGRICULTURE = SECTORS.indexOf('agriculture');
export const OIL_FUEL = FUELS.indexOf('oil');
export const EF_OIL = COMBUSTION_FUELS.indexOf('oil');
/** index of each plan sector in `VariantOut.sectorJudged` */
export const PLAN = Object.fromEntries(PLAN_SECTORS.map((k, i) => [k, i])) as Record<(typeof PLAN_SECTORS)[number], number>;
export const NT = GENERATOR_TYPES.length;
export const T_COAL = GENERATOR_TYPES.indexOf('coal');
export const T_GAS = GENERATOR_TYPES.indexOf('gas');
export const T_HYDRO = GENERATOR_TYPES.indexOf('hydro');
export const NON_FOSSIL_T = GENERATOR_TYPES.map((t) => t === 'hydro' || t === 'pv' || t === 'wind' || t === 'biomass');
export const CURTAILED_T = (['pv', 'wind', 'hydro', 'biomass'] as const).map((t) => GENERATOR_TYPES.indexOf(t));
export const COMBUSTION_IDX = COMBUSTION_FUELS.map((f) => FUELS.indexOf(f));
export const EF_COAL = COMBUSTION_FUELS.indexOf('coal');
export const EF_GAS = COMBUSTION_FUELS.indexOf('gas');
export const FEEDSTOCK_IDX = FEEDSTOCK_FUELS.map((f) => FUELS.indexOf(f));
export const UTIL_SLOTS = GENERATOR_TYPES.map((t) => SLOT[`utilisation${t[0]!.toUpperCase()}${t.slice(1)}` as UncertainInput]);
const MAX_DELAY = INPUT_SPECS.commissioningDelay.max;

/** 发改运行〔2022〕1258号's reference year (run-core.ts). */
const REFERENCE_YEAR_1258 = 2020;

const CO2_METHOD = { netImports: 0, netImportsNoExportCredit: 1, locationBased: 2, marketBased: 3 } as const;
const CONTROL_RULE = { nonFossilExcluded: 0, renewableIncreaseExcluded: 1, legacyNewRenewables: 2, none: 3 } as const;

/** The generators as flat arrays for one commissioning delay of the ledger's projects not yet operating. */
/**
 * Local generation summed once per commissioning delay, as run-core.ts sums it (each plant's
 * capacity × hours / 1e5, in the ledger's order), by type and year ([type × years + year]); the new
 * renewables' output and the waste-incineration CO2 both as run-core.ts sums them over all plants
 * (`…All`, what a year with every factor at 1 uses) and by type (scaled by each type's factor).
 */
type GeneratorSet = {
  byType: Float64Array;
  newRenewableAll: Float64Array;
  newRenewableByType: Float64Array;
  wasteCo2All: Float64Array;
  wasteCo2ByType: Float64Array;
};

export type Kernel = {
  prepared: PreparedScenario;
  baseYear: number;
  count: number;
  gdpGrowthPct: Float64Array;
  intensityDeclinePct: Float64Array;
  /** NaN where no published figure */
  actualGdp: Float64Array;
  actualEnergy: Float64Array;
  baseGdp: number;
  baseIntensity: number;
  coefOut: Float64Array;
  rescale: Float64Array;
  /** [(sector × fuels + fuel) × count + year] */
  fuelShare: Float64Array;
  /** [sector × count + year] */
  sectorShare: Float64Array;
  /** [feedstock fuel × count + year] */
  feedstockShare: Float64Array;
  /** [combustion fuel × count + year] */
  emissionFactor: Float64Array;
  heatCoal: Float64Array;
  heatGas: Float64Array;
  gridFactor: Float64Array;
  poolNonFossil: Float64Array;
  poolRenewable: Float64Array;
  greenPower: Float64Array;
  storageLoss: Float64Array;
  storageCharged: Float64Array;
  hostLoss: Float64Array;
  /** [type × count + year] curtailment of the central run's hourly balance, or null (feedback off) */
  curtailed: Float64Array | null;
  /** by delay in whole years, 0 … the largest the ranges ask */
  generatorSets: GeneratorSet[];
  /** the present value's parts by delay (same indices as generatorSets), prices and discount factors */
  costs: CostKernel;
  co2Method: number;
  controlRule: number;
  provincialPool: boolean;
  refIndex: number;
  /** index of the first year the ranges act on */
  first: number;
  /** the key products' energy by fuel, [fuel × count + year], electricity in the reporting convention; null without products */
  productByFuel: Float64Array | null;
  /** 1 in a year the products are carved out of industry (the base year, a year of published energy) */
  anchor: Uint8Array;
  /** process CO2 by year, 万tCO2, at the scenario's output */
  processCo2: Float64Array;
  /** its lines driven by a product's output (× the output factor) and those on their own activity path */
  processOfProducts: Float64Array;
  processOwn: Float64Array;
  /** the peak is judged on energy and process CO2 (`accounting.peakScope`) */
  peakWithProcess: boolean;
  /** the plan sectors' CO2 is computed (the scenario has a sector's target) */
  sectors: boolean;
  /** 建筑业's share of industry and private vehicles' share of households' oil, %, by year */
  constructionPct: Float64Array;
  vehicleOilPct: Float64Array;
  /** 工业增加值's share of GDP, %, by year; null when not stated */
  valueAddedPct: Float64Array | null;
  /** scratch */
  industryShares: Float64Array;
  /** each industry fuel's share the products took in the last anchor year */
  carved: Float64Array;
  /** this year's energy by balance sector and fuel, [sector × fuels + fuel] */
  sectorFuel: Float64Array;
  energyByFuel: Float64Array;
  genByType: Float64Array;
  typeFactor: Float64Array;
  energyY: Float64Array;
  nonFossilY: Float64Array;
  feedstockY: Float64Array;
  renewableY: Float64Array;
  legacyY: Float64Array;
};

/** What one variant gives, by year index; reused from run to run. */
export type VariantOut = {
  co2: Float64Array;
  /** what the peak is judged on: `co2`, plus process CO2 under `energyAndProcess` */
  co2Judged: Float64Array;
  /** each plan sector's CO2 its peak is judged on, by year (computed when `Kernel.sectors`) */
  sectorJudged: Float64Array[];
  /** industry's energy CO2 over 工业增加值, tCO2/万元 × 1 (NaN where no value added: not judged) */
  industryIntensity: Float64Array;
  gdp: Float64Array;
  co2PerGdp: Float64Array;
  energyAssessed: Float64Array;
  energyPerGdpAssessed: Float64Array;
  nonFossilShare: Float64Array;
  /** present value of electricity-supply costs and total investment, 亿元 (costs/compute.ts) */
  presentValueYiYuan: number;
  totalInvestmentYiYuan: number;
};

export function variantOut(count: number): VariantOut {
  return {
    co2: new Float64Array(count),
    co2Judged: new Float64Array(count),
    sectorJudged: PLAN_SECTORS.map(() => new Float64Array(count)),
    industryIntensity: new Float64Array(count),
    gdp: new Float64Array(count),
    co2PerGdp: new Float64Array(count),
    energyAssessed: new Float64Array(count),
    energyPerGdpAssessed: new Float64Array(count),
    nonFossilShare: new Float64Array(count),
    presentValueYiYuan: 0,
    totalInvestmentYiYuan: 0,
  };
}


function kgcePerKWh(convention: ElectricityConvention, coalSubGce: number): number {
  return convention === 'calorific' ? CALORIFIC_KGCE_PER_KWH : coalSubGce / 1000;
}

/** The ledger's projects a commissioning delay moves: counted, and not operating yet. */
export function delayedProjectIds(s: Scenario): Set<string> {
  return new Set(s.electricity.projects.filter((g) => g.included && g.status !== 'operating').map((g) => g.id));
}

/**
 * The scenario with its projects not yet operating starting `delay` years later. A project whose retirement year
 * the delay reaches never operates within it (its retirement is dropped here and the kernel gives it no years).
 */
function delayed(s: Scenario, ids: Set<string>, delay: number): { scenario: Scenario; never: Set<string> } {
  const never = new Set<string>();
  const projects = s.electricity.projects.map((g) => {
    if (!ids.has(g.id)) return g;
    const commissioningYear = g.commissioningYear + delay;
    if (g.retirementYear !== undefined && g.retirementYear <= commissioningYear) {
      never.add(g.id);
      const { retirementYear: _gone, ...rest } = g;
      return { ...rest, commissioningYear };
    }
    return { ...g, commissioningYear };
  });
  return { scenario: { ...s, electricity: { ...s.electricity, projects } }, never };
}

function generatorSet(gens: PreparedGenerator[], baseYear: number, count: number, never: Set<string>): GeneratorSet {
  const set: GeneratorSet = {
    byType: new Float64Array(NT * count),
    newRenewableAll: new Float64Array(count),
    newRenewableByType: new Float64Array(NT * count),
    wasteCo2All: new Float64Array(count),
    wasteCo2ByType: new Float64Array(NT * count),
  };
  for (let i = 0; i < count; i++) {
    const year = baseYear + i;
    for (const g of gens) {
      if (year < g.from || year >= g.to || never.has(g.id)) continue;
      const at = GENERATOR_TYPES.indexOf(g.type) * count + i;
      const gen = (g.capacityMW * g.hours[i]!) / 1e5; // MWh → 亿kWh
      set.byType[at] = set.byType[at]! + gen;
      const waste = gen * 10 * g.fossilCo2TPerMWh; // 亿kWh × tCO2/MWh × 10 = 万tCO2
      set.wasteCo2All[i] = set.wasteCo2All[i]! + waste;
      set.wasteCo2ByType[at] = set.wasteCo2ByType[at]! + waste;
      if (g.newRenewable) {
        set.newRenewableAll[i] = set.newRenewableAll[i]! + gen;
        set.newRenewableByType[at] = set.newRenewableByType[at]! + gen;
      }
    }
  }
  return set;
}

/**
 * Prepares a scenario for the ensemble; `maxDelay` (whole years) is the largest commissioning delay the ranges can
 * draw. Throws `ScenarioError` when the scenario itself cannot be computed.
 */
export function prepareKernel(s: Scenario, resolve: SeriesResolver, maxDelay = 0): Kernel {
  const p = prepareScenario(s, resolve);
  const { count, baseYear } = p;
  const adjust = feedbackAdjustment(p);
  const acc = s.accounting;

  const coefOut = new Float64Array(count);
  const rescale = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const coefIn = kgcePerKWh(s.energy.inputConvention, p.coalSubstitutionGce[i]!);
    coefOut[i] = kgcePerKWh(s.conventions.primaryElectricity, p.coalSubstitutionGce[i]!);
    rescale[i] = coefOut[i]! / coefIn;
  }
  const sectorShare = new Float64Array(NS * count);
  const fuelShare = new Float64Array(NS * NF * count);
  SECTORS.forEach((sector, si) => {
    sectorShare.set(p.sectorSharePct[sector], si * count);
    FUELS.forEach((fuel, fi) => fuelShare.set(p.fuelSharePct[sector][fuel], (si * NF + fi) * count));
  });
  const feedstockShare = new Float64Array(FEEDSTOCK_FUELS.length * count);
  FEEDSTOCK_FUELS.forEach((f, k) => feedstockShare.set(p.feedstockSharePct[f], k * count));
  const emissionFactor = new Float64Array(COMBUSTION_FUELS.length * count);
  COMBUSTION_FUELS.forEach((f, k) => emissionFactor.set(p.emissionFactor[f], k * count));
  const actual = (v: (number | undefined)[]) => Float64Array.from(v, (x) => (x === undefined ? NaN : x));

  // Storage does not depend on any sampled input: its yearly losses, summed as run-core.ts sums them.
  const storageLoss = new Float64Array(count);
  const storageCharged = new Float64Array(count);
  const hostLoss = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const year = baseYear + i;
    let storageLossMWh = 0;
    let chargedLossMWh = 0;
    let hostLossMWh = 0;
    for (const st of p.storage) {
      if (year < st.from || year >= st.to) continue;
      const lossMWh = adjust?.storageLossMWh.get(st.id)?.[i] ?? st.lossMWh;
      storageLossMWh += lossMWh;
      if (st.attribution !== 'gridAsset') chargedLossMWh += lossMWh;
      if (st.attribution === 'host') hostLossMWh += lossMWh;
    }
    if (adjust) {
      const battery = adjust.batteryLossMWh[i]!;
      storageLossMWh += battery;
      chargedLossMWh += battery;
      hostLossMWh += battery;
    }
    storageLoss[i] = storageLossMWh / 1e5;
    storageCharged[i] = chargedLossMWh / 1e5;
    hostLoss[i] = hostLossMWh / 1e5;
  }
  let curtailed: Float64Array | null = null;
  if (adjust) {
    curtailed = new Float64Array(NT * count);
    for (const t of ['pv', 'wind', 'hydro', 'biomass'] as const) curtailed.set(adjust.curtailedYiKWh[t], GENERATOR_TYPES.indexOf(t) * count);
  }

  const industry = prepareIndustryKernel(p, coefOut, adjust);

  const gens = p.generators;
  const ids = delayedProjectIds(s);
  const delays = ids.size ? Math.min(MAX_DELAY, Math.max(0, Math.floor(maxDelay))) : 0;
  const generatorSets = [generatorSet(gens, baseYear, count, new Set())];
  const variants = [{ scenario: s, never: new Set<string>() }];
  for (let d = 1; d <= delays; d++) {
    const v = delayed(s, ids, d);
    variants.push(v);
    generatorSets.push(generatorSet(prepareScenario(v.scenario, resolve).generators, baseYear, count, v.never));
  }

  return {
    prepared: p,
    baseYear,
    count,
    gdpGrowthPct: p.gdpGrowthPct,
    intensityDeclinePct: p.intensityDeclinePct,
    actualGdp: actual(p.actual.gdp),
    actualEnergy: actual(p.actual.energy),
    baseGdp: s.economy.baseGdpYiYuan,
    baseIntensity: s.energy.baseIntensityTcePerWanYuan,
    coefOut,
    rescale,
    fuelShare,
    sectorShare,
    feedstockShare,
    emissionFactor,
    heatCoal: p.heatRate.coal,
    heatGas: p.heatRate.gas,
    gridFactor: p.gridFactor,
    poolNonFossil: p.importedNonFossilPct,
    poolRenewable: p.importedRenewablePct,
    greenPower: p.greenPower,
    storageLoss,
    storageCharged,
    hostLoss,
    curtailed,
    generatorSets,
    costs: prepareCostKernel(s, baseYear, count, variants),
    co2Method: CO2_METHOD[acc.electricityCo2],
    controlRule: CONTROL_RULE[acc.energyControl],
    provincialPool: acc.renewableAttribution === 'provincialPool',
    refIndex: Math.max(0, REFERENCE_YEAR_1258 - baseYear),
    first: firstUncertainIndex(p),
    ...industry,
    peakWithProcess: acc.peakScope === 'energyAndProcess',
    sectors: s.targets.some((t) => t.metric === 'sectorPeakYear' || t.metric === 'sectorIntensityReduction'),
    constructionPct: p.industry.constructionSharePct,
    vehicleOilPct: p.industry.vehicleOilSharePct,
    valueAddedPct: p.industry.industryValueAddedSharePct,
    industryShares: new Float64Array(NF * count),
    carved: new Float64Array(NF),
    sectorFuel: new Float64Array(NS * NF),
    energyByFuel: new Float64Array(NF),
    genByType: new Float64Array(NT),
    typeFactor: new Float64Array(NT),
    energyY: new Float64Array(count),
    nonFossilY: new Float64Array(count),
    feedstockY: new Float64Array(count),
    renewableY: new Float64Array(count),
    legacyY: new Float64Array(count),
  };
}

/** The year index after the base year and after every year of published GDP or energy total. */
function firstUncertainIndex(p: PreparedScenario): number {
  let first = 1;
  for (let i = 0; i < p.count; i++) if (p.actual.gdp[i] !== undefined || p.actual.energy[i] !== undefined) first = Math.max(first, i + 1);
  return first;
}

