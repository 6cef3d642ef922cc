import {
  COMBUSTION_FUELS,
  FEEDSTOCK_FUELS,
  FUELS,
  GENERATOR_TYPES,
  SECTORS,
  type CombustionFuel,
  type ElectricityConvention,
  type Fuel,
  type GeneratorType,
  type Sector,
} from '../model/vocabulary';
import { CALORIFIC_KGCE_PER_KWH } from '../model/units';
import { issueAt } from '../model/issue-codes';
import { yearFlags } from './flags';
import { findPeak, periodChanges } from './periods';
import { ScenarioError, type PreparedScenario } from './prepare';
import type { ScenarioIssue } from './series-values';
import type { ScenarioResults, YearResult } from './results';
import { evaluateTargets } from './targets';
import { consumedFraction, controlledEnergy, electricityCo2 } from './accounting-rules';
import { processInYear, productsInYear } from './industry/products';
import { fuelRecord, sectorRecord, zeroTypes } from './records';
import { allocateSectors } from './sectors';
import { forestYears } from './sinks';
import { PLAN_SECTORS, type PlanSector } from '../model/vocabulary';
import type { Peak } from './results';

const NON_FOSSIL_TYPES = new Set<GeneratorType>(['hydro', 'pv', 'wind', 'biomass']);

/** 发改运行〔2022〕1258号 deducts renewable electricity consumption above its level of this year (the base year, if later). */
const REFERENCE_YEAR_1258 = 2020;

function kgcePerKWh(convention: ElectricityConvention, coalSubGce: number): number {
  return convention === 'calorific' ? CALORIFIC_KGCE_PER_KWH : coalSubGce / 1000;
}

const ELECTRICITY = FUELS.indexOf('electricity');
const INDUSTRY = SECTORS.indexOf('industry');

/**
 * What the hourly balance changes in the annual results when its feedback is on
 * (hourly/with-hourly.ts), by year index: renewable output curtailed (亿kWh by type),
 * the dispatched losses of each storage plant in the local balance (MWh, replacing the
 * plant's fixed-cycle losses) and the batteries' losses (MWh, charged to the region as
 * a host plant's are).
 */
export type AnnualAdjustment = {
  curtailedYiKWh: Record<'pv' | 'wind' | 'hydro' | 'biomass', Float64Array>;
  storageLossMWh: Map<string, Float64Array>;
  batteryLossMWh: Float64Array;
};

/**
 * The annual model: a prepared scenario (prepare.ts) in, yearly results out. Pure and
 * synchronous; hourly/with-hourly.ts adds the hourly balance and its feedback.
 *
 * Each year (README "How the engine counts"; the methods in accounting-rules.ts):
 * - GDP and intensity follow their paths; a year with published GDP or energy total
 *   (`history`, the energy total in the input convention) takes it, and the paths go on from it;
 * - energy E (万tce) = GDP (亿元) × intensity (tce/万元), in the input convention, split by
 *   sector and fuel share; 原料用能 is each fossil fuel's feedstock share of it;
 * - electricity demand (亿kWh) = E_electricity / (10 × kgce/kWh of the reporting convention);
 * - local generation = capacity × hours (prepare.ts: part of the first year, degradation,
 *   the hydro year factor); supply = local generation + net imports = demand + the
 *   pumped-storage losses charged to the region (`host` in energy and CO2 on their own
 *   line, `legacyCo2Only` in CO2 only, `gridAsset` in neither);
 * - CO2 = fuels at the point of use × factor + electricity by `accounting.electricityCo2`
 *   + the fossil CO2 of waste incineration (under every method: it is a direct emission of
 *   waste treatment that no electricity method moves elsewhere). Electricity's own tce
 *   carries no factor, so local thermal power is never counted twice;
 * - non-fossil energy = biomass used directly + electricity × its non-fossil fraction by
 *   `accounting.renewableAttribution`; the assessed energy follows `accounting.energyControl`.
 */
export function computePrepared(p: PreparedScenario, adjust?: AnnualAdjustment): ScenarioResults {
  const s = p.scenario;
  const acc = s.accounting;
  const years: YearResult[] = [];
  const coefs: number[] = [];
  const legacyExcluded: number[] = [];
  let gdp = s.economy.baseGdpYiYuan;
  let intensity = s.energy.baseIntensityTcePerWanYuan;
  const scope = acc.peakScope ?? 'energy';
  const ind = p.industry;
  const hasProducts = ind.products.length > 0;
  // each industry fuel's share the key products took in the last anchor year (the base year or a
  // year of published energy): what the rest of the sector keeps on the intensity path is 1 − it
  const carved = new Float64Array(FUELS.length);
  // the shares by sector and fuel index, looked up by name once a run rather than every year
  const sectorShares = SECTORS.map((sector) => p.sectorSharePct[sector]);
  const fuelShares = SECTORS.map((sector) => FUELS.map((fuel) => p.fuelSharePct[sector][fuel]));
  const fuelTotals = new Float64Array(FUELS.length);
  const sectorTotals = new Float64Array(SECTORS.length);
  const sectorFuels = new Float64Array(FUELS.length);
  const exceed: ScenarioIssue[] = [];
  const forest = ind.forest ? forestYears(ind.forest, p.count) : null;

  for (let i = 0; i < p.count; i++) {
    const year = p.baseYear + i;
    if (i > 0) {
      gdp *= 1 + p.gdpGrowthPct[i]! / 100;
      intensity *= 1 - p.intensityDeclinePct[i]! / 100;
    }
    // Published statistics replace the projection in their year, which goes on from them.
    const actualGdp = p.actual.gdp[i];
    if (actualGdp !== undefined) gdp = actualGdp;
    const actualEnergy = p.actual.energy[i];
    if (actualEnergy !== undefined) intensity = actualEnergy / gdp;
    const coefIn = kgcePerKWh(s.energy.inputConvention, p.coalSubstitutionGce[i]!);
    const coefOut = kgcePerKWh(s.conventions.primaryElectricity, p.coalSubstitutionGce[i]!);
    coefs.push(coefOut);
    const electricityRescale = coefOut / coefIn;

    const energyIn = gdp * intensity;
    const made = productsInYear(ind, i, coefOut);
    const anchor = i === 0 || actualEnergy !== undefined;
    fuelTotals.fill(0);
    const bySector: Record<Fuel, number>[] = [];
    for (let sc = 0; sc < SECTORS.length; sc++) {
      const sectorEnergy = (energyIn * sectorShares[sc]![i]!) / 100;
      const shares = fuelShares[sc]!;
      let sectorOut = 0;
      for (let k = 0; k < FUELS.length; k++) {
        let e = (sectorEnergy * shares[k]![i]!) / 100;
        if (k === ELECTRICITY) e *= electricityRescale;
        if (sc === INDUSTRY && hasProducts) {
          // products carved out of industry: exact in an anchor year, the rest on the intensity path after
          const fuel = FUELS[k]!;
          const product = made.byFuel[fuel];
          if (anchor) {
            if (product > e * (1 + 1e-9) + 1e-12)
              exceed.push(issueAt(`energy.sectors.industry.fuelSharesPct.${fuel}`, 'industry.productsExceedSector', { year, products: product, sector: e }));
            carved[k] = e > 0 ? Math.min(1, product / e) : 0;
          }
          e = e * (1 - carved[k]!) + product;
        }
        sectorFuels[k] = e;
        fuelTotals[k]! += e;
        sectorOut += e;
      }
      bySector.push(fuelRecord(sectorFuels));
      sectorTotals[sc] = sectorOut;
    }
    const sectorFuel: Record<Sector, Record<Fuel, number>> = {
      industry: bySector[0]!,
      services: bySector[1]!,
      transport: bySector[2]!,
      households: bySector[3]!,
      agriculture: bySector[4]!,
    };
    const energyByFuel = fuelRecord(fuelTotals);
    const energyBySector = sectorRecord(sectorTotals);
    // energyByFuel.electricity is already in the reporting convention
    const electricityDemand = energyByFuel.electricity / (10 * coefOut);
    let feedstockEnergy = 0;
    for (const f of FEEDSTOCK_FUELS) feedstockEnergy += (energyByFuel[f] * p.feedstockSharePct[f][i]!) / 100;

    const generationByType = zeroTypes();
    const capacityMW = zeroTypes();
    let newRenewableGeneration = 0;
    let wasteFossilCo2 = 0;
    for (const g of p.generators) {
      if (year < g.from || year >= g.to) continue;
      const gen = (g.capacityMW * g.hours[i]!) / 1e5; // MWh → 亿kWh
      generationByType[g.type] += gen;
      wasteFossilCo2 += gen * 10 * g.fossilCo2TPerMWh; // 亿kWh × tCO2/MWh × 10 = 万tCO2
      capacityMW[g.type] += g.capacityMW;
      if (g.newRenewable) newRenewableGeneration += gen;
    }
    if (adjust) {
      let renewable = 0;
      let cut = 0;
      for (const t of ['pv', 'wind', 'hydro', 'biomass'] as const) {
        renewable += generationByType[t];
        cut += adjust.curtailedYiKWh[t][i]!;
        generationByType[t] -= adjust.curtailedYiKWh[t][i]!;
      }
      if (renewable > 0) newRenewableGeneration *= 1 - cut / renewable;
    }
    let storageLossMWh = 0;
    let chargedLossMWh = 0;
    let hostLossMWh = 0;
    let pumpedStorageMW = 0;
    for (const st of p.storage) {
      if (year < st.from || year >= st.to) continue;
      const lossMWh = adjust?.storageLossMWh.get(st.id)?.[i] ?? st.lossMWh;
      storageLossMWh += lossMWh;
      pumpedStorageMW += st.capacityMW;
      if (st.attribution !== 'gridAsset') chargedLossMWh += lossMWh;
      if (st.attribution === 'host') hostLossMWh += lossMWh;
    }
    if (adjust) {
      const battery = adjust.batteryLossMWh[i]!;
      storageLossMWh += battery;
      chargedLossMWh += battery;
      hostLossMWh += battery;
    }
    const storageLoss = storageLossMWh / 1e5;
    const storageLossCharged = chargedLossMWh / 1e5;
    // Losses charged to the host are electricity it uses, in energy as in CO2 (own line: not in any sector).
    const hostLoss = hostLossMWh / 1e5;
    energyByFuel.electricity += hostLoss * 10 * coefOut;
    let localGeneration = 0;
    let localRenewable = 0;
    for (const t of GENERATOR_TYPES) {
      localGeneration += generationByType[t];
      if (NON_FOSSIL_TYPES.has(t)) localRenewable += generationByType[t];
    }
    const supplied = electricityDemand + storageLossCharged;
    const netImports = supplied - localGeneration;
    const used = electricityDemand + hostLoss;
    const greenPower = Math.min(Math.max(p.greenPower[i]!, 0), used);

    // 亿kWh × gce/kWh / 100 = 万tce; 万tce × tCO2/tce = 万tCO2; 亿kWh × tCO2/MWh × 10 = 万tCO2
    const efs = p.emissionFactor;
    const ef: Record<CombustionFuel, number> = { coal: efs.coal[i]!, oil: efs.oil[i]!, gas: efs.gas[i]!, heat: efs.heat[i]!, biomass: efs.biomass[i]! };
    const gf = p.gridFactor[i]! * 10;
    const thermal =
      ((generationByType.coal * p.heatRate.coal[i]!) / 100) * ef.coal +
      ((generationByType.gas * p.heatRate.gas[i]!) / 100) * ef.gas;
    const grid = electricityCo2(acc.electricityCo2, { thermal, netImports, demand: electricityDemand, charged: storageLossCharged, greenPower, gf });
    const co2BySource: YearResult['co2BySource'] = {
      coal: 0,
      oil: 0,
      gas: 0,
      heat: 0,
      biomass: 0,
      localPower: grid.localPower,
      importedElectricity: grid.importedElectricity,
      storageLosses: grid.storageLosses,
      wasteIncineration: wasteFossilCo2,
    };
    const process = processInYear(ind, i);
    const allocated = allocateSectors({
      sectorFuel,
      ef,
      electricityCo2: grid.localPower + grid.importedElectricity,
      processCo2: process.total,
      constructionPct: ind.constructionSharePct[i]!,
      vehicleOilPct: ind.vehicleOilSharePct[i]!,
      scope,
    });
    let co2 = grid.localPower + grid.importedElectricity + grid.storageLosses + wasteFossilCo2;
    for (const f of COMBUSTION_FUELS) {
      const c = energyByFuel[f] * ef[f];
      co2BySource[f] = c;
      co2 += c;
    }

    const poolNonFossil = p.importedNonFossilPct[i]! / 100;
    const poolRenewable = p.importedRenewablePct[i]! / 100;
    const nonFossilFraction = consumedFraction(acc.renewableAttribution, { used, supplied, netImports, localGeneration, local: localRenewable, pool: poolNonFossil, greenPower });
    const renewableFraction = consumedFraction(acc.renewableAttribution, { used, supplied, netImports, localGeneration, local: localRenewable, pool: poolRenewable, greenPower });
    let energy = 0;
    for (const f of FUELS) energy += energyByFuel[f];
    const nonFossilEnergy = energyByFuel.biomass + energyByFuel.electricity * nonFossilFraction;
    // Legacy rule: new renewables consumed here, all of them (up to demand) while the region
    // imports; when it exports, local use is supplied by the local mix, so only their share of it.
    legacyExcluded.push(
      netImports >= 0
        ? Math.min(newRenewableGeneration, electricityDemand)
        : localGeneration > 0
          ? (electricityDemand * newRenewableGeneration) / localGeneration
          : 0,
    );

    const population = p.population[i]!;
    const co2WithProcess = co2 + process.total;
    const co2Judged = scope === 'energyAndProcess' ? co2WithProcess : co2;
    const forestYear = forest?.[i];
    const vaShare = ind.industryValueAddedSharePct?.[i];
    years.push({
      year,
      population,
      gdp,
      energy,
      energyAssessed: energy,
      nonFossilEnergy,
      renewableElectricityConsumed: used * renewableFraction,
      feedstockEnergy,
      greenPower,
      energyByFuel,
      energyBySector,
      electricityDemand,
      generationByType,
      localGeneration,
      storageLoss,
      storageLossCharged,
      netImports,
      capacityMW,
      pumpedStorageMW,
      co2,
      co2BySource,
      processCo2: process.total,
      processCo2ById: process.byId,
      co2WithProcess,
      co2Judged,
      products: made.products,
      sectorCo2: allocated.sectors,
      co2Unallocated: { storageLosses: grid.storageLosses, wasteIncineration: wasteFossilCo2, electricity: allocated.unassignedElectricity },
      ...(vaShare !== undefined ? { industryValueAdded: (gdp * vaShare) / 100 } : {}),
      ...(forestYear ? { forest: forestYear } : {}),
      netCo2: co2WithProcess - (forestYear?.sinkCo2 ?? 0),
      gridFactor: p.gridFactor[i]!,
      co2PerGdp: co2 / gdp,
      co2PerCapita: co2 / population,
      energyPerGdp: energy / gdp,
      energyPerGdpAssessed: energy / gdp,
      nonFossilShare: energy > 0 ? (nonFossilEnergy / energy) * 100 : 0,
      co2VsBasePct: 0,
      co2PerGdpVsBasePct: 0,
      energyPerGdpVsBasePct: 0,
      actual: { gdp: actualGdp !== undefined, energy: actualEnergy !== undefined },
      reported: p.reported[i]!,
    });
  }

  if (exceed.length) throw new ScenarioError(exceed.slice(0, 10));
  const ref = Math.max(0, REFERENCE_YEAR_1258 - p.baseYear);
  years.forEach((y, i) => {
    const assessed = controlledEnergy(acc.energyControl, {
      energy: y.energy,
      nonFossilEnergy: y.nonFossilEnergy,
      feedstockEnergy: y.feedstockEnergy,
      renewableConsumed: y.renewableElectricityConsumed,
      renewableConsumedRef: i < ref ? null : years[ref]!.renewableElectricityConsumed,
      legacyExcluded: legacyExcluded[i]!,
      tcePerYiKWh: 10 * coefs[i]!,
    });
    y.energyAssessed = assessed.total;
    y.energyPerGdpAssessed = assessed.forIntensity / y.gdp;
  });

  const base = years[0]!;
  for (const y of years) {
    y.co2VsBasePct = pctChange(base.co2, y.co2);
    y.co2PerGdpVsBasePct = pctChange(base.co2PerGdp, y.co2PerGdp);
    y.energyPerGdpVsBasePct = pctChange(base.energyPerGdp, y.energyPerGdp);
  }
  assertFinite(years);
  const peak = findPeak(years.map((y) => ({ year: y.year, co2: y.co2Judged })), acc.peakTolerancePct, scope);
  const sectorPeaks: Partial<Record<PlanSector, Peak>> = {};
  for (const sector of PLAN_SECTORS) {
    if (years.every((y) => y.sectorCo2[sector].judged === 0)) continue;
    sectorPeaks[sector] = findPeak(years.map((y) => ({ year: y.year, co2: y.sectorCo2[sector].judged })), acc.peakTolerancePct, scope);
  }
  return {
    scenarioId: s.id,
    baseYear: p.baseYear,
    endYear: p.endYear,
    years,
    periods: periodChanges(years),
    peak,
    sectorPeaks,
    targets: evaluateTargets(s.targets, years, peak, sectorPeaks),
    methods: {
      energyControl: acc.energyControl,
      renewableAttribution: acc.renewableAttribution,
      electricityCo2: acc.electricityCo2,
      peakTolerancePct: acc.peakTolerancePct,
      peakScope: scope,
    },
    flags: yearFlags(p, years),
  };
}

export function pctChange(from: number, to: number): number {
  return from === 0 ? 0 : (to / from - 1) * 100;
}

const sumOf = (r: Record<string, number>): number => {
  let sum = 0;
  for (const k in r) sum += r[k]!;
  return sum;
};

/**
 * The sum of every number in a year's results: finite exactly when each of them is (a NaN or
 * an infinity makes any sum it enters non-finite; only an overflow of finite values makes a false
 * alarm, which the exact pass below clears). Field by field rather than a walk over values of many
 * shapes, which cost a tenth of a run; test/shared/engine/finite.test.ts poisons every number of a
 * preset's results in turn, so a field added to `YearResult` and left out here fails it.
 */
export function yearSum(y: YearResult): number {
  let sum =
    y.year + y.population + y.gdp + y.energy + y.energyAssessed + y.nonFossilEnergy + y.renewableElectricityConsumed +
    y.feedstockEnergy + y.greenPower + y.electricityDemand + y.localGeneration + y.storageLoss + y.storageLossCharged +
    y.netImports + y.pumpedStorageMW + y.co2 + y.processCo2 + y.co2WithProcess + y.co2Judged + y.netCo2 + y.gridFactor +
    y.co2PerGdp + y.co2PerCapita + y.energyPerGdp + y.energyPerGdpAssessed + y.nonFossilShare + y.co2VsBasePct +
    y.co2PerGdpVsBasePct + y.energyPerGdpVsBasePct;
  sum += sumOf(y.energyByFuel) + sumOf(y.energyBySector) + sumOf(y.generationByType) + sumOf(y.capacityMW);
  sum += sumOf(y.co2BySource) + sumOf(y.processCo2ById) + sumOf(y.co2Unallocated);
  for (const prod of y.products) {
    sum += prod.outputWanT + prod.energy + prod.unitEnergyKgcePerT + sumOf(prod.energyByFuel) + sumOf(prod.outputByRouteWanT);
  }
  for (const k in y.sectorCo2) {
    const c = y.sectorCo2[k as PlanSector];
    sum += c.direct + c.electricity + c.process + c.energy + c.judged + c.energyUse;
  }
  if (y.industryValueAdded !== undefined) sum += y.industryValueAdded;
  const f = y.forest;
  if (f) sum += f.coverPct + f.stockWanM3 + f.gainCo2 + f.lossCo2 + f.sinkCo2;
  const r = y.reported;
  if (r.electricityUse !== undefined) sum += r.electricityUse;
  if (r.localCapacityMW !== undefined) sum += r.localCapacityMW;
  if (r.localGeneration !== undefined) sum += r.localGeneration;
  return sum;
}

function assertFinite(years: YearResult[]): void {
  if (years.every((y) => Number.isFinite(yearSum(y)))) return;
  const issues: ScenarioIssue[] = [];
  const visit = (v: unknown, path: string, year: number) => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) issues.push(issueAt(`results.${path}`, 'result.notFinite', { value: v, year }));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) visit(x, path ? `${path}.${k}` : k, year);
    }
  };
  for (const y of years) {
    visit(y, '', y.year);
    if (issues.length) throw new ScenarioError(issues.slice(0, 10));
  }
}
