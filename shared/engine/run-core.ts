import type { Scenario } from '../model/scenario';
import {
  COMBUSTION_FUELS,
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
import { findPeak, periodChanges } from './periods';
import { prepareScenario, ScenarioError, type PreparedScenario } from './prepare';
import type { ScenarioIssue, SeriesResolver } from './series-values';
import type { ScenarioResults, YearResult } from './results';
import { evaluateTargets } from './targets';

const NON_FOSSIL_TYPES = new Set<GeneratorType>(['hydro', 'pv', 'wind', 'biomass']);

/**
 * Runs a scenario: scenario in, yearly results out. Pure and synchronous;
 * `resolve` turns its series into yearly values (run.ts binds the one with
 * expressions, so this module and its importers stay free of mathjs).
 * Throws `ScenarioError` listing every problem when the scenario cannot be
 * computed (bad series, shares not adding up, non-finite results).
 *
 * Accounting, in short (README "How the engine counts"):
 * - energy E (万tce) = GDP (亿元) × intensity (tce/万元), in the input convention,
 *   split by sector share and fuel share;
 * - electricity demand (亿kWh) = E_electricity / (10 × kgce/kWh of the input convention);
 * - supply = local generation + net imports = demand + pumped-storage losses;
 * - CO2 = fuels at the point of use × factor + local thermal fuel × factor
 *   + net imports × grid factor. Electricity's own tce carries no factor, so
 *   local thermal power is never counted twice.
 */
export function runScenarioWith(scenario: Scenario, resolve: SeriesResolver): ScenarioResults {
  return computePrepared(prepareScenario(scenario, resolve));
}

function kgcePerKWh(convention: ElectricityConvention, coalSubGce: number): number {
  return convention === 'calorific' ? CALORIFIC_KGCE_PER_KWH : coalSubGce / 1000;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const r = {} as Record<K, number>;
  for (const k of keys) r[k] = 0;
  return r;
}

export function computePrepared(p: PreparedScenario): ScenarioResults {
  const s = p.scenario;
  const years: YearResult[] = [];
  let gdp = s.economy.baseGdpYiYuan;
  let intensity = s.energy.baseIntensityTcePerWanYuan;

  for (let i = 0; i < p.count; i++) {
    const year = p.baseYear + i;
    if (i > 0) {
      gdp *= 1 + p.gdpGrowthPct[i]! / 100;
      intensity *= 1 - p.intensityDeclinePct[i]! / 100;
    }
    const coefIn = kgcePerKWh(s.energy.inputConvention, p.coalSubstitutionGce[i]!);
    const coefOut = kgcePerKWh(s.conventions.primaryElectricity, p.coalSubstitutionGce[i]!);
    const electricityRescale = coefOut / coefIn;

    const energyIn = gdp * intensity;
    const energyByFuel = zeros<Fuel>(FUELS);
    const energyBySector = zeros<Sector>(SECTORS);
    for (const sector of SECTORS) {
      const sectorEnergy = (energyIn * p.sectorSharePct[sector][i]!) / 100;
      const shares = p.fuelSharePct[sector];
      let sectorOut = 0;
      for (const fuel of FUELS) {
        let e = (sectorEnergy * shares[fuel][i]!) / 100;
        if (fuel === 'electricity') e *= electricityRescale;
        energyByFuel[fuel] += e;
        sectorOut += e;
      }
      energyBySector[sector] = sectorOut;
    }
    // energyByFuel.electricity is already in the reporting convention
    const electricityDemand = energyByFuel.electricity / (10 * coefOut);

    const generationByType = zeros<GeneratorType>(GENERATOR_TYPES);
    const capacityMW = zeros<GeneratorType>(GENERATOR_TYPES);
    let newRenewableGeneration = 0;
    for (const g of p.generators) {
      if (year < g.from || year >= g.to) continue;
      const gen = (g.capacityMW * g.hours[i]!) / 1e5; // MWh → 亿kWh
      generationByType[g.type] += gen;
      capacityMW[g.type] += g.capacityMW;
      if (g.newRenewable) newRenewableGeneration += gen;
    }
    let storageLossMWh = 0;
    let pumpedStorageMW = 0;
    for (const st of p.storage) {
      if (year < st.from || year >= st.to) continue;
      storageLossMWh += st.lossMWh;
      pumpedStorageMW += st.capacityMW;
    }
    const storageLoss = storageLossMWh / 1e5;
    let localGeneration = 0;
    let localNonFossil = 0;
    for (const t of GENERATOR_TYPES) {
      localGeneration += generationByType[t];
      if (NON_FOSSIL_TYPES.has(t)) localNonFossil += generationByType[t];
    }
    const supplied = electricityDemand + storageLoss;
    const netImports = supplied - localGeneration;

    // 亿kWh × gce/kWh / 100 = 万tce; 万tce × tCO2/tce = 万tCO2
    const ef = (f: CombustionFuel) => p.emissionFactor[f][i]!;
    const localPower =
      ((generationByType.coal * p.heatRate.coal[i]!) / 100) * ef('coal') +
      ((generationByType.gas * p.heatRate.gas[i]!) / 100) * ef('gas');
    // 亿kWh = 10^5 MWh; × tCO2/MWh = 10^5 t = 10 万t
    const importedElectricity = netImports * 10 * p.gridFactor[i]!;
    const co2BySource = { ...zeros<CombustionFuel>(COMBUSTION_FUELS), localPower, importedElectricity };
    let co2 = localPower + importedElectricity;
    for (const f of COMBUSTION_FUELS) {
      const c = energyByFuel[f] * ef(f);
      co2BySource[f] = c;
      co2 += c;
    }

    // Exports leave with the local mix; imports bring the grid's non-fossil share.
    const nonFossilElectricity =
      netImports >= 0
        ? localNonFossil + (netImports * p.importedNonFossilPct[i]!) / 100
        : localGeneration > 0
          ? (supplied * localNonFossil) / localGeneration
          : 0;
    const nonFossilFraction = supplied > 0 ? nonFossilElectricity / supplied : 0;
    let energy = 0;
    for (const f of FUELS) energy += energyByFuel[f];
    const nonFossilEnergy = energyByFuel.biomass + energyByFuel.electricity * nonFossilFraction;
    // New renewables consumed here: all of them (up to demand) while the region imports; when it
    // exports, local use is supplied by the local mix (as for the non-fossil share above), so only
    // their share of it. Exported kWh were never in local consumption and cannot be excluded from it.
    const newRenewableConsumed =
      netImports >= 0
        ? Math.min(newRenewableGeneration, electricityDemand)
        : localGeneration > 0
          ? (electricityDemand * newRenewableGeneration) / localGeneration
          : 0;
    const energyAssessed = s.conventions.excludeNewRenewablesFromIntensity
      ? energy - newRenewableConsumed * 10 * coefOut
      : energy;

    const population = p.population[i]!;
    years.push({
      year,
      population,
      gdp,
      energy,
      energyAssessed,
      energyByFuel,
      energyBySector,
      electricityDemand,
      generationByType,
      localGeneration,
      storageLoss,
      netImports,
      capacityMW,
      pumpedStorageMW,
      co2,
      co2BySource,
      co2PerGdp: co2 / gdp,
      co2PerCapita: co2 / population,
      energyPerGdp: energy / gdp,
      energyPerGdpAssessed: energyAssessed / gdp,
      nonFossilShare: energy > 0 ? (nonFossilEnergy / energy) * 100 : 0,
      co2VsBasePct: 0,
      co2PerGdpVsBasePct: 0,
      energyPerGdpVsBasePct: 0,
    });
  }

  const base = years[0]!;
  for (const y of years) {
    y.co2VsBasePct = pctChange(base.co2, y.co2);
    y.co2PerGdpVsBasePct = pctChange(base.co2PerGdp, y.co2PerGdp);
    y.energyPerGdpVsBasePct = pctChange(base.energyPerGdp, y.energyPerGdp);
  }
  assertFinite(years);
  const peak = findPeak(years);
  return {
    scenarioId: s.id,
    baseYear: p.baseYear,
    endYear: p.endYear,
    years,
    periods: periodChanges(years),
    peak,
    targets: evaluateTargets(s.targets, years, peak),
  };
}

export function pctChange(from: number, to: number): number {
  return from === 0 ? 0 : (to / from - 1) * 100;
}

function assertFinite(years: YearResult[]): void {
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
