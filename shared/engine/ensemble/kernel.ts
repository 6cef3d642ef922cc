import type { Scenario } from '../../model/scenario';
import { CALORIFIC_KGCE_PER_KWH } from '../../model/units';
import { INPUT_SPECS, UNCERTAIN_INPUTS, type UncertainInput } from '../../model/uncertainty';
import { COMBUSTION_FUELS, FEEDSTOCK_FUELS, FUELS, GENERATOR_TYPES, SECTORS, type ElectricityConvention } from '../../model/vocabulary';
import { feedbackAdjustment } from '../hourly/with-hourly';
import { prepareScenario, type PreparedGenerator, type PreparedScenario } from '../prepare';
import type { SeriesResolver } from '../series-values';

/**
 * The ensemble's fast path: a scenario prepared once (prepare.ts), then each
 * sampled variant computed into preallocated typed arrays, without building
 * YearResult objects. The arithmetic of run-core.ts `computePrepared` is
 * mirrored step by step, in the same order, so a variant with every input at
 * its neutral value (no shift, factor 1, no delay) gives exactly the engine's
 * figures (a test checks every preset). Only what the ensemble reports is
 * computed: CO2, GDP, the assessed energy and intensity, CO2 per GDP and the
 * non-fossil share.
 *
 * The ranges act on the years to come: from the year after the base year and
 * after the last year of published GDP or energy total (`history`), so the base
 * year and published years keep their figures in every run.
 *
 * The hourly balance is not rerun per variant: with its feedback on, the
 * central run's curtailment and dispatched storage losses are applied to every
 * variant (curtailment held to the variant's output); with feedback off the
 * annual model is the headline, as in the engine.
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

const ELECTRICITY = FUELS.indexOf('electricity');
const BIOMASS = FUELS.indexOf('biomass');
const COAL_FUEL = FUELS.indexOf('coal');
const INDUSTRY = SECTORS.indexOf('industry');
const NF = FUELS.length;
const NS = SECTORS.length;
const NT = GENERATOR_TYPES.length;
const T_COAL = GENERATOR_TYPES.indexOf('coal');
const T_GAS = GENERATOR_TYPES.indexOf('gas');
const T_HYDRO = GENERATOR_TYPES.indexOf('hydro');
const NON_FOSSIL_T = GENERATOR_TYPES.map((t) => t === 'hydro' || t === 'pv' || t === 'wind' || t === 'biomass');
const CURTAILED_T = (['pv', 'wind', 'hydro', 'biomass'] as const).map((t) => GENERATOR_TYPES.indexOf(t));
const COMBUSTION_IDX = COMBUSTION_FUELS.map((f) => FUELS.indexOf(f));
const EF_COAL = COMBUSTION_FUELS.indexOf('coal');
const EF_GAS = COMBUSTION_FUELS.indexOf('gas');
const FEEDSTOCK_IDX = FEEDSTOCK_FUELS.map((f) => FUELS.indexOf(f));
const UTIL_SLOTS = GENERATOR_TYPES.map((t) => SLOT[`utilisation${t[0]!.toUpperCase()}${t.slice(1)}` as UncertainInput]);
const MAX_DELAY = INPUT_SPECS.commissioningDelay.max;

/** 发改运行〔2022〕1258号's reference year (run-core.ts). */
const REFERENCE_YEAR_1258 = 2020;

const CO2_METHOD = { netImports: 0, netImportsNoExportCredit: 1, locationBased: 2, marketBased: 3 } as const;
const CONTROL_RULE = { nonFossilExcluded: 0, renewableIncreaseExcluded: 1, legacyNewRenewables: 2, none: 3 } as const;

/** The generators as flat arrays for one commissioning delay of the ledger's projects not yet operating. */
type GeneratorSet = { hours: Float64Array; from: Float64Array; to: Float64Array; newRenewable: Uint8Array };

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
  genCount: number;
  genType: Int8Array;
  genCap: Float64Array;
  genFossil: Float64Array;
  /** by delay in whole years, 0 … the largest the ranges ask */
  generatorSets: GeneratorSet[];
  co2Method: number;
  controlRule: number;
  provincialPool: boolean;
  refIndex: number;
  /** index of the first year the ranges act on */
  first: number;
  /** scratch */
  industryShares: Float64Array;
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
  gdp: Float64Array;
  co2PerGdp: Float64Array;
  energyAssessed: Float64Array;
  energyPerGdpAssessed: Float64Array;
  nonFossilShare: Float64Array;
};

export function variantOut(count: number): VariantOut {
  return {
    co2: new Float64Array(count),
    gdp: new Float64Array(count),
    co2PerGdp: new Float64Array(count),
    energyAssessed: new Float64Array(count),
    energyPerGdpAssessed: new Float64Array(count),
    nonFossilShare: new Float64Array(count),
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

function generatorSet(gens: PreparedGenerator[], count: number, never: Set<string>): GeneratorSet {
  const n = gens.length;
  const set: GeneratorSet = { hours: new Float64Array(n * count), from: new Float64Array(n), to: new Float64Array(n), newRenewable: new Uint8Array(n) };
  gens.forEach((g, k) => {
    set.hours.set(g.hours, k * count);
    set.from[k] = g.from;
    set.to[k] = never.has(g.id) ? g.from : g.to;
    set.newRenewable[k] = g.newRenewable ? 1 : 0;
  });
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

  const gens = p.generators;
  const ids = delayedProjectIds(s);
  const delays = ids.size ? Math.min(MAX_DELAY, Math.max(0, Math.floor(maxDelay))) : 0;
  const generatorSets = [generatorSet(gens, count, new Set())];
  for (let d = 1; d <= delays; d++) {
    const v = delayed(s, ids, d);
    generatorSets.push(generatorSet(prepareScenario(v.scenario, resolve).generators, count, v.never));
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
    genCount: gens.length,
    genType: Int8Array.from(gens, (g) => GENERATOR_TYPES.indexOf(g.type)),
    genCap: Float64Array.from(gens, (g) => g.capacityMW),
    genFossil: Float64Array.from(gens, (g) => g.fossilCo2TPerMWh),
    generatorSets,
    co2Method: CO2_METHOD[acc.electricityCo2],
    controlRule: CONTROL_RULE[acc.energyControl],
    provincialPool: acc.renewableAttribution === 'provincialPool',
    refIndex: Math.max(0, REFERENCE_YEAR_1258 - baseYear),
    first: firstUncertainIndex(p),
    industryShares: new Float64Array(NF * count),
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

const ONES = new Float64Array(NT).fill(1);

/** Industry's fuel shares with coal moved by `shift` pp and the others rescaled to keep 100 % (ops-shares.ts `rebalance`). */
function shiftIndustryCoal(k: Kernel, shift: number): void {
  const { count, fuelShare, industryShares: out } = k;
  const base = INDUSTRY * NF * count;
  for (let i = 0; i < count; i++) {
    if (i < k.first) {
      for (let f = 0; f < NF; f++) out[f * count + i] = fuelShare[base + f * count + i]!;
      continue;
    }
    const coal = fuelShare[base + COAL_FUEL * count + i]!;
    const kept = Math.min(100, Math.max(0, coal + shift));
    let others = 0;
    for (let f = 0; f < NF; f++) if (f !== COAL_FUEL) others += fuelShare[base + f * count + i]!;
    const rest = 100 - kept;
    for (let f = 0; f < NF; f++) {
      out[f * count + i] =
        f === COAL_FUEL ? kept : others > 0 ? (fuelShare[base + f * count + i]! / others) * rest : rest / (NF - 1);
    }
  }
}

/**
 * Computes one variant (`x`: a value per input slot, `neutralValues()` for the scenario as it is) into `out`.
 * Returns false when a figure is not finite (the run failed).
 */
export function runVariant(k: Kernel, x: Float64Array, out: VariantOut): boolean {
  const { count, baseYear, coefOut, rescale, sectorShare, fuelShare, energyByFuel: eF, genByType: gT } = k;
  const gdpShift = x[SLOT.gdpGrowth]!;
  const declineShift = x[SLOT.intensityDecline]!;
  const gridK = x[SLOT.gridFactor]!;
  const coalShift = x[SLOT.industryCoalShare]!;
  const delay = Math.min(k.generatorSets.length - 1, Math.max(0, Math.round(x[SLOT.commissioningDelay]!)));
  const set = k.generatorSets[delay]!;
  const factors = k.typeFactor;
  for (let t = 0; t < NT; t++) factors[t] = x[UTIL_SLOTS[t]!]!;
  factors[T_HYDRO] = factors[T_HYDRO]! * x[SLOT.hydroYear]!;
  const industryFromScratch = coalShift !== 0;
  if (industryFromScratch) shiftIndustryCoal(k, coalShift);

  const { hours, from, to, newRenewable } = set;
  const genCount = k.genCount;
  let gdp = k.baseGdp;
  let intensity = k.baseIntensity;
  let ok = true;
  for (let i = 0; i < count; i++) {
    const year = baseYear + i;
    const live = i >= k.first;
    if (i > 0) {
      gdp *= 1 + (k.gdpGrowthPct[i]! + (live ? gdpShift : 0)) / 100;
      intensity *= 1 - (k.intensityDeclinePct[i]! + (live ? declineShift : 0)) / 100;
    }
    const actualGdp = k.actualGdp[i]!;
    if (actualGdp === actualGdp) gdp = actualGdp;
    const actualEnergy = k.actualEnergy[i]!;
    if (actualEnergy === actualEnergy) intensity = actualEnergy / gdp;
    const cOut = coefOut[i]!;
    const electricityRescale = rescale[i]!;

    const energyIn = gdp * intensity;
    for (let f = 0; f < NF; f++) eF[f] = 0;
    for (let s = 0; s < NS; s++) {
      const sectorEnergy = (energyIn * sectorShare[s * count + i]!) / 100;
      const fromScratch = industryFromScratch && s === INDUSTRY;
      for (let f = 0; f < NF; f++) {
        const share = fromScratch ? k.industryShares[f * count + i]! : fuelShare[(s * NF + f) * count + i]!;
        let e = (sectorEnergy * share) / 100;
        if (f === ELECTRICITY) e *= electricityRescale;
        eF[f] = eF[f]! + e;
      }
    }
    const electricityDemand = eF[ELECTRICITY]! / (10 * cOut);
    let feedstockEnergy = 0;
    for (let q = 0; q < FEEDSTOCK_IDX.length; q++) feedstockEnergy += (eF[FEEDSTOCK_IDX[q]!]! * k.feedstockShare[q * count + i]!) / 100;

    for (let t = 0; t < NT; t++) gT[t] = 0;
    let newRenewableGeneration = 0;
    let wasteFossilCo2 = 0;
    const fac = live ? factors : ONES;
    for (let g = 0; g < genCount; g++) {
      if (year < from[g]! || year >= to[g]!) continue;
      const t = k.genType[g]!;
      const gen = (k.genCap[g]! * (hours[g * count + i]! * fac[t]!)) / 1e5;
      gT[t] = gT[t]! + gen;
      wasteFossilCo2 += gen * 10 * k.genFossil[g]!;
      if (newRenewable[g]) newRenewableGeneration += gen;
    }
    if (k.curtailed) {
      let renewable = 0;
      let cut = 0;
      for (const t of CURTAILED_T) {
        const c = k.curtailed[t * count + i]!;
        renewable += gT[t]!;
        cut += c;
        gT[t] = Math.max(0, gT[t]! - c);
      }
      if (renewable > 0) newRenewableGeneration *= Math.max(0, 1 - cut / renewable);
    }
    const storageLossCharged = k.storageCharged[i]!;
    const hostLoss = k.hostLoss[i]!;
    eF[ELECTRICITY] = eF[ELECTRICITY]! + hostLoss * 10 * cOut;
    let localGeneration = 0;
    let localRenewable = 0;
    for (let t = 0; t < NT; t++) {
      localGeneration += gT[t]!;
      if (NON_FOSSIL_T[t]) localRenewable += gT[t]!;
    }
    const supplied = electricityDemand + storageLossCharged;
    const netImports = supplied - localGeneration;
    const used = electricityDemand + hostLoss;
    const greenPower = Math.min(Math.max(k.greenPower[i]!, 0), used);

    const efCoal = k.emissionFactor[EF_COAL * count + i]!;
    const efGas = k.emissionFactor[EF_GAS * count + i]!;
    const gf = k.gridFactor[i]! * (live ? gridK : 1) * 10;
    const thermal = ((gT[T_COAL]! * k.heatCoal[i]!) / 100) * efCoal + ((gT[T_GAS]! * k.heatGas[i]!) / 100) * efGas;
    let localPower: number;
    let imported: number;
    let losses: number;
    switch (k.co2Method) {
      case 0:
        localPower = thermal;
        imported = (netImports - storageLossCharged) * gf;
        losses = storageLossCharged * gf;
        break;
      case 1: {
        const imp = Math.max(0, netImports);
        const l = Math.min(storageLossCharged, imp);
        localPower = thermal;
        imported = (imp - l) * gf;
        losses = l * gf;
        break;
      }
      case 2:
        localPower = 0;
        imported = electricityDemand * gf;
        losses = storageLossCharged * gf;
        break;
      default:
        localPower = 0;
        imported = (electricityDemand - Math.min(greenPower, electricityDemand)) * gf;
        losses = storageLossCharged * gf;
    }
    let co2 = localPower + imported + losses + wasteFossilCo2;
    for (let c = 0; c < COMBUSTION_IDX.length; c++) co2 += eF[COMBUSTION_IDX[c]!]! * k.emissionFactor[c * count + i]!;

    const poolNonFossil = k.poolNonFossil[i]! / 100;
    const poolRenewable = k.poolRenewable[i]! / 100;
    let nonFossilFraction: number;
    let renewableFraction: number;
    if (k.provincialPool) {
      nonFossilFraction = used > 0 ? ((used - greenPower) * poolNonFossil + greenPower) / used : 0;
      renewableFraction = used > 0 ? ((used - greenPower) * poolRenewable + greenPower) / used : 0;
    } else if (netImports >= 0) {
      nonFossilFraction = supplied > 0 ? (localRenewable + netImports * poolNonFossil) / supplied : 0;
      renewableFraction = supplied > 0 ? (localRenewable + netImports * poolRenewable) / supplied : 0;
    } else {
      nonFossilFraction = renewableFraction = localGeneration > 0 ? localRenewable / localGeneration : 0;
    }
    let energy = 0;
    for (let f = 0; f < NF; f++) energy += eF[f]!;
    const nonFossilEnergy = eF[BIOMASS]! + eF[ELECTRICITY]! * nonFossilFraction;
    k.legacyY[i] =
      netImports >= 0
        ? Math.min(newRenewableGeneration, electricityDemand)
        : localGeneration > 0
          ? (electricityDemand * newRenewableGeneration) / localGeneration
          : 0;
    k.energyY[i] = energy;
    k.nonFossilY[i] = nonFossilEnergy;
    k.feedstockY[i] = feedstockEnergy;
    k.renewableY[i] = used * renewableFraction;
    out.gdp[i] = gdp;
    out.co2[i] = co2;
    out.co2PerGdp[i] = co2 / gdp;
    out.nonFossilShare[i] = energy > 0 ? (nonFossilEnergy / energy) * 100 : 0;
    if (!Number.isFinite(co2) || !Number.isFinite(energy) || !Number.isFinite(gdp) || !Number.isFinite(nonFossilEnergy)) ok = false;
  }

  const ref = k.refIndex;
  for (let i = 0; i < count; i++) {
    const base = k.energyY[i]! - k.feedstockY[i]!;
    let total: number;
    let forIntensity: number;
    switch (k.controlRule) {
      case 0:
        total = forIntensity = base - k.nonFossilY[i]!;
        break;
      case 1: {
        const increase = i < ref ? 0 : Math.max(0, k.renewableY[i]! - k.renewableY[ref]!);
        total = base - increase * (10 * coefOut[i]!);
        forIntensity = base;
        break;
      }
      case 2: {
        const excluded = k.legacyY[i]! * (10 * coefOut[i]!);
        total = forIntensity = base - excluded;
        break;
      }
      default:
        total = forIntensity = base;
    }
    out.energyAssessed[i] = total;
    out.energyPerGdpAssessed[i] = forIntensity / out.gdp[i]!;
    if (!Number.isFinite(total) || !Number.isFinite(out.energyPerGdpAssessed[i]!)) ok = false;
  }
  return ok;
}
