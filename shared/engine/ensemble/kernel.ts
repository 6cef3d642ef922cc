import {
  BIOMASS,
  COAL_FUEL,
  COMBUSTION_IDX,
  CURTAILED_T,
  EF_COAL,
  EF_GAS,
  ELECTRICITY,
  FEEDSTOCK_IDX,
  INDUSTRY,
  NF,
  NON_FOSSIL_T,
  NS,
  NT,
  SLOT,
  T_COAL,
  T_GAS,
  T_HYDRO,
  UTIL_SLOTS,
  type Kernel,
  type VariantOut,
} from './kernel-setup';
import { allocateVariant } from './sectors-kernel';

export { neutralValues, prepareKernel, SLOT, SLOTS, variantOut, delayedProjectIds, type Kernel, type VariantOut } from './kernel-setup';

/**
 * The ensemble's fast path: a scenario prepared once (kernel-setup.ts), then
 * each sampled variant computed into preallocated typed arrays, without
 * building YearResult objects. The arithmetic of run-core.ts `computePrepared`
 * is mirrored step by step, in the same order, so a variant with every input at
 * its neutral value (no shift, factor 1, no delay) gives exactly the engine's
 * figures (a test checks every preset and method). Only what the ensemble
 * reports is computed: CO2, GDP, the assessed energy and intensity, CO2 per GDP,
 * the non-fossil share, the CO2 the peak is judged on (process CO2 added under
 * `energyAndProcess`), and the present value of supply costs and total
 * investment (costs-setup.ts: the asset part per delay; fuel and imports here).
 * Key products' energy by fuel and the process CO2 come from the kernel's
 * preparation, scaled by the product inputs in the years the ranges act on
 * (the engine's figures with the factors applied to the inputs, up to the
 * rounding of a product of sums), and the products are carved out of industry
 * in the same anchor years as the engine's.
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

/**
 * Industry's fuel shares with coal moved by `shift` pp and the others rescaled to keep 100 % (ops-shares.ts
 * `rebalance`). They split industry's energy before the key products are added, so with products the shift moves
 * the coal of the industry left on the intensity path (less the share the products took in the anchor year) and
 * leaves the products' own coal, which their routes' fuel mix sets, as it is.
 */
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
  const { count, coefOut, rescale, sectorShare, fuelShare, energyByFuel: eF, genByType: gT, sectorFuel: sf } = k;
  const gdpShift = x[SLOT.gdpGrowth]!;
  const declineShift = x[SLOT.intensityDecline]!;
  const gridK = x[SLOT.gridFactor]!;
  const coalShift = x[SLOT.industryCoalShare]!;
  // energy by fuel is output × unit energy: the two factors scale it by their product; process CO2 by output only
  const outputK = x[SLOT.productOutput]!;
  const productK = outputK * x[SLOT.productUnitEnergy]!;
  const delay = Math.min(k.generatorSets.length - 1, Math.max(0, Math.round(x[SLOT.commissioningDelay]!)));
  const set = k.generatorSets[delay]!;
  const factors = k.typeFactor;
  for (let t = 0; t < NT; t++) factors[t] = x[UTIL_SLOTS[t]!]!;
  factors[T_HYDRO] = factors[T_HYDRO]! * x[SLOT.hydroYear]!;
  const costFactor = x[SLOT.costs]!;
  const ck = k.costs;
  let fuelPv = 0;
  let importsPv = 0;
  const industryFromScratch = coalShift !== 0;
  const products = k.productByFuel;
  const carved = k.carved;
  carved.fill(0);
  if (industryFromScratch) shiftIndustryCoal(k, coalShift);

  let allOne = true;
  for (let t = 0; t < NT; t++) if (factors[t] !== 1) allOne = false;
  let gdp = k.baseGdp;
  let intensity = k.baseIntensity;
  let ok = true;
  for (let i = 0; i < count; i++) {
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
    const anchor = k.anchor[i] === 1;
    for (let f = 0; f < NF; f++) eF[f] = 0;
    for (let s = 0; s < NS; s++) {
      const sectorEnergy = (energyIn * sectorShare[s * count + i]!) / 100;
      const fromScratch = industryFromScratch && s === INDUSTRY;
      const shares = fromScratch ? k.industryShares : fuelShare;
      const at = (fromScratch ? 0 : s * NF * count) + i;
      const carve = products !== null && s === INDUSTRY;
      for (let f = 0; f < NF; f++) {
        let e = (sectorEnergy * shares[at + f * count]!) / 100;
        if (f === ELECTRICITY) e *= electricityRescale;
        if (carve) {
          // run-core.ts: the products carved out of industry in an anchor year, the rest on the intensity path after
          const product = live ? products[f * count + i]! * productK : products[f * count + i]!;
          if (anchor) carved[f] = e > 0 ? Math.min(1, product / e) : 0;
          e = e * (1 - carved[f]!) + product;
        }
        eF[f] = eF[f]! + e;
        sf[s * NF + f] = e;
      }
    }
    const electricityDemand = eF[ELECTRICITY]! / (10 * cOut);
    let feedstockEnergy = 0;
    for (let q = 0; q < FEEDSTOCK_IDX.length; q++) feedstockEnergy += (eF[FEEDSTOCK_IDX[q]!]! * k.feedstockShare[q * count + i]!) / 100;

    // each type's output × its factor; with every factor at 1 the sums are run-core.ts's to the last bit
    let newRenewableGeneration: number;
    let wasteFossilCo2: number;
    if (!live || allOne) {
      for (let t = 0; t < NT; t++) gT[t] = set.byType[t * count + i]!;
      newRenewableGeneration = set.newRenewableAll[i]!;
      wasteFossilCo2 = set.wasteCo2All[i]!;
    } else {
      newRenewableGeneration = 0;
      wasteFossilCo2 = 0;
      for (let t = 0; t < NT; t++) {
        const f = factors[t]!;
        gT[t] = set.byType[t * count + i]! * f;
        newRenewableGeneration += set.newRenewableByType[t * count + i]! * f;
        wasteFossilCo2 += set.wasteCo2ByType[t * count + i]! * f;
      }
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
    if (i > 0) {
      // as computeCosts: fuel = generation × heat rate × 100 tce/(亿kWh·gce/kWh) × 元/tce ÷ 1e8, imports at 元/kWh
      let f = 0;
      f += (gT[T_COAL]! * k.heatCoal[i]! * 100 * ck.coalYuanPerTce) / 1e8;
      f += (gT[T_GAS]! * k.heatGas[i]! * 100 * ck.gasYuanPerTce) / 1e8;
      fuelPv += f * ck.discount[i]!;
      importsPv += netImports * ck.importYuanPerKWh * ck.discount[i]!;
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
    const processCo2 = live && outputK !== 1 ? k.processOwn[i]! + k.processOfProducts[i]! * outputK : k.processCo2[i]!;
    out.co2Judged[i] = k.peakWithProcess ? co2 + processCo2 : co2;
    if (k.sectors) allocateVariant(k, i, localPower + imported, processCo2, gdp, out);
    out.co2PerGdp[i] = co2 / gdp;
    out.nonFossilShare[i] = energy > 0 ? (nonFossilEnergy / energy) * 100 : 0;
    if (!Number.isFinite(out.co2Judged[i]!) || !Number.isFinite(co2) || !Number.isFinite(energy) || !Number.isFinite(gdp) || !Number.isFinite(nonFossilEnergy)) ok = false;
  }

  // every cost × the sampled factor: the present value and the investment are linear in it
  out.presentValueYiYuan = costFactor * (ck.investmentPv[delay]! + ck.omPv[delay]! + fuelPv + importsPv - ck.salvagePv[delay]!);
  out.totalInvestmentYiYuan = costFactor * ck.investment[delay]!;
  if (!Number.isFinite(out.presentValueYiYuan)) ok = false;

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
