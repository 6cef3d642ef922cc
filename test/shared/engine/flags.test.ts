import { describe, expect, it } from 'vitest';
import { logMean } from '../../../shared/engine/lmdi';
import { runScenario } from '../../../shared/engine/run';
import { FLAG_THRESHOLD_PCT, GRID_FACTOR_STEP_PCT } from '../../../shared/engine/flags';
import type { FlagDriver, FlagMetric, ScenarioResults, YearFlag, YearResult } from '../../../shared/engine/results';
import type { Generator, PumpedStorage, Scenario } from '../../../shared/model/scenario';
import { ELECTRICITY_CO2_METHODS, ENERGY_CONTROL_RULES } from '../../../shared/model/vocabulary';
import { PRESETS, presetById } from '../../../seeds/index';

/**
 * 连州 baseline as a quiet stage: no key products (industry wholly on the intensity path), no
 * ledger projects, no pumped storage, no published statistics, a flat grid factor of 0.4326 tCO2/MWh, electricity CO2 by net imports. Its
 * CO2 then grows 5–7 % a year (GDP +5.2 → 4.5 %, intensity −0.1 %), so nothing is flagged
 * until a test adds one event.
 */
function stage(edit?: (s: Scenario) => void): Scenario {
  const s = structuredClone(presetById('lianzhou-baseline')!);
  s.accounting = { energyControl: 'none', renewableAttribution: 'localBalance', electricityCo2: 'netImports', gridFactorScope: 'custom', peakTolerancePct: 2 };
  s.electricity.projects = [];
  s.electricity.pumpedStorage = [];
  delete s.industry;
  delete s.history;
  s.electricity.gridEmissionFactor = 0.4326;
  edit?.(s);
  return s;
}

const pv = (id: string, capacityMW: number, commissioningYear: number, commissioningMonth?: number): Generator => ({
  id, name: `光伏 ${capacityMW}MW`, type: 'pv', capacityMW, utilisationHours: 1050, commissioningYear,
  ...(commissioningMonth !== undefined ? { commissioningMonth } : {}),
  status: 'planned', included: true, source: { kind: 'assumed', reason: 'test' },
});

const storage = (attribution: PumpedStorage['attribution'], commissioningYear: number): PumpedStorage => ({
  id: 'ps-test', name: '抽蓄 1200MW', capacityMW: 1200, storageHours: 6, roundTripEfficiencyPct: 75, annualCycles: 300,
  attribution, commissioningYear, status: 'planned', included: true, source: { kind: 'assumed', reason: 'test' },
});

const yearOf = (r: ScenarioResults, year: number): YearResult => r.years.find((y) => y.year === year)!;
const flagOf = (r: ScenarioResults, year: number, metric: FlagMetric): YearFlag | undefined =>
  r.flags.find((f) => f.year === year && f.metric === metric);
const events = (f: YearFlag) => f.drivers.filter((d) => d.kind !== 'factor');
const factors = (f: YearFlag) => f.drivers.filter((d): d is Extract<FlagDriver, { kind: 'factor' }> => d.kind === 'factor');
const factor = (f: YearFlag, name: string) => factors(f).find((d) => d.factor === name)?.contribution ?? 0;

/** the factors add up to the change, up to floating-point rounding */
function expectFactorsAddUp(f: YearFlag): void {
  const sum = factors(f).reduce((acc, d) => acc + d.contribution, 0);
  expect(Math.abs(sum - (f.to - f.from))).toBeLessThan(1e-9 * Math.max(1, Math.abs(f.from), Math.abs(f.to)));
}

describe('yearFlags', () => {
  it('flags nothing while every change stays within 10 %', () => {
    const r = runScenario(stage());
    expect(r.flags).toEqual([]);
    for (let i = 1; i < r.years.length; i++) {
      expect(Math.abs(r.years[i]!.co2 / r.years[i - 1]!.co2 - 1)).toBeLessThan(FLAG_THRESHOLD_PCT / 100);
    }
  });

  it('flags a change of more than 10 %, not one of exactly 10 %', () => {
    // Intensity held, GDP +10 %: energy = GDP × intensity grows by exactly 10 % a year.
    const exact = runScenario(stage((s) => { s.economy.gdpGrowthPct = 10; s.energy.intensityDeclinePct = 0; }));
    expect(yearOf(exact, 2021).energy / yearOf(exact, 2020).energy).toBeCloseTo(1.1, 12);
    expect(exact.flags.filter((f) => f.metric === 'energy' || f.metric === 'energyAssessed')).toEqual([]);
    // GDP +10.5 %: energy +10.5 % every year, each flagged, all of it GDP.
    const over = runScenario(stage((s) => { s.economy.gdpGrowthPct = 10.5; s.energy.intensityDeclinePct = 0; }));
    const energyFlags = over.flags.filter((f) => f.metric === 'energy');
    expect(energyFlags.map((f) => f.year)).toEqual(over.years.slice(1).map((y) => y.year));
    for (const f of energyFlags) {
      expect(f.changePct).toBeCloseTo(10.5, 9);
      expect(f.drivers).toEqual([{ kind: 'factor', factor: 'gdp', contribution: expect.closeTo(f.to - f.from, 9) as number }]);
    }
  });

  describe('a 400 MW PV project entering in 2021', () => {
    // 400 MW × 1,050 h = 420,000 MWh = 4.2 亿kWh, all of it displacing net imports (the stage
    // imports more than that) at 0.4326 tCO2/MWh: 420,000 × 0.4326 = 181,692 t = 18.1692 万tCO2.
    const quiet = runScenario(stage());
    const r = runScenario(stage((s) => { s.electricity.projects = [pv('pv-400', 400, 2021)]; }));
    const before = yearOf(quiet, 2020).co2;
    const after = yearOf(quiet, 2021).co2 - 18.1692;

    it('flags the CO2 fall and names the project', () => {
      expect(yearOf(quiet, 2021).netImports).toBeGreaterThan(4.2);
      expect(yearOf(r, 2021).co2).toBeCloseTo(after, 9);
      const f = flagOf(r, 2021, 'co2')!;
      // the same year without the project: +6–7 %, no flag
      expect(f.changePct).toBeCloseTo((after / before - 1) * 100, 9);
      expect(f.changePct).toBeLessThan(-FLAG_THRESHOLD_PCT);
      expect(flagOf(quiet, 2021, 'co2')).toBeUndefined();
      expect(events(f)).toEqual([{ kind: 'projectEnters', id: 'pv-400', name: '光伏 400MW', generatorType: 'pv', capacityMW: 400, commissioningYear: 2021 }]);
      expect(flagOf(r, 2021, 'co2PerGdp')!.drivers[0]).toEqual(events(f)[0]);
    });

    it('puts the fall in the electricity mix, largest first, by the LMDI formula', () => {
      const f = flagOf(r, 2021, 'co2')!;
      const [a, b] = [yearOf(r, 2020), yearOf(r, 2021)];
      // The import term C = G·(E/G)·(E_el/E)·(D/E_el)·(Q/D)·g is the only one with a supply-mix
      // factor here (no local thermal): ΔC_mix = L(C_b, C_a)·ln[(Q_b/D_b)/(Q_a/D_a)], Q the net imports.
      const ca = a.co2BySource.importedElectricity;
      const cb = b.co2BySource.importedElectricity;
      const mix = logMean(cb, ca) * Math.log(b.netImports / b.electricityDemand / (a.netImports / a.electricityDemand));
      expect(factors(f)[0]).toEqual({ kind: 'factor', factor: 'electricityMix', contribution: expect.closeTo(mix, 9) as number });
      expect(mix).toBeLessThan(-15); // most of the 18.17 saved (the rest of the mix's part offsets growth)
      expect(factor(f, 'gdp')).toBeGreaterThan(0);
      expectFactorsAddUp(f);
    });

    it('leaves energy unflagged (no plant moves GDP × intensity) and names no project under location-based CO2', () => {
      expect(r.flags.filter((f) => f.metric === 'energy')).toEqual([]);
      // location-based: CO2 = fuels + electricity use × grid factor, whoever generates it
      const loc = runScenario(stage((s) => { s.electricity.projects = [pv('pv-400', 400, 2021)]; s.accounting.electricityCo2 = 'locationBased'; }));
      expect(loc.flags).toEqual([]);
    });
  });

  it('names a project commissioned in July in its first year and again in its first full year', () => {
    // 800 MW × 1,050 h = 8.4 亿kWh a year; July: (13 − 7)/12 = half of it in 2021 = 4.2 亿kWh
    // → −18.1692 万tCO2 as above; 2022 the full 8.4 亿kWh → −36.3384 万tCO2 (still importing).
    const quiet = runScenario(stage());
    expect(yearOf(quiet, 2022).netImports).toBeGreaterThan(8.4);
    const r = runScenario(stage((s) => { s.electricity.projects = [pv('pv-800', 800, 2021, 7)]; }));
    expect(yearOf(r, 2021).co2).toBeCloseTo(yearOf(quiet, 2021).co2 - 18.1692, 9);
    expect(yearOf(r, 2022).co2).toBeCloseTo(yearOf(quiet, 2022).co2 - 36.3384, 9);
    const entering = { kind: 'projectEnters', id: 'pv-800', name: '光伏 800MW', generatorType: 'pv', capacityMW: 800, commissioningYear: 2021, commissioningMonth: 7 };
    expect(events(flagOf(r, 2021, 'co2')!)).toEqual([entering]);
    const second = flagOf(r, 2022, 'co2')!;
    expect(second.changePct).toBeCloseTo(((yearOf(quiet, 2022).co2 - 36.3384) / (yearOf(quiet, 2021).co2 - 18.1692) - 1) * 100, 9);
    expect(events(second)).toEqual([entering]);
    // Later years may still move by more than 10 %: a fixed saving on a smaller total makes the
    // rest's growth look faster. Those flags name no event, only the decomposition.
    for (const later of r.flags.filter((x) => x.year > 2022)) expect(events(later)).toEqual([]);
  });

  it('names a plant retiring', () => {
    // hydro 150 MW × 3,200 h = 4.8 亿kWh gone from 2025, replaced by imports at 0.4326:
    // +4.8 × 4.326 = +20.7648 万tCO2 (≈ +16 % on top of the year's ≈ +6 %).
    const quiet = runScenario(stage());
    const r = runScenario(stage((s) => {
      const hydro = s.electricity.fleet.find((g) => g.type === 'hydro')!;
      Object.assign(hydro, { id: 'hydro-150', capacityMW: 150, utilisationHours: 3200, retirementYear: 2025 });
    }));
    expect(yearOf(r, 2025).co2 - yearOf(quiet, 2025).co2).toBeCloseTo(20.7648, 9);
    const f = flagOf(r, 2025, 'co2')!;
    expect(f.changePct).toBeGreaterThan(FLAG_THRESHOLD_PCT);
    expect(events(f)).toEqual([{ kind: 'plantRetires', id: 'hydro-150', name: expect.any(String) as string, generatorType: 'hydro', capacityMW: 150 }]);
    expect(factors(f)[0]!.factor).toBe('electricityMix');
    expectFactorsAddUp(f);
    expect(flagOf(r, 2026, 'co2')).toBeUndefined(); // the same 20.76 in both years: growth as before
  });

  it('names pumped storage entering where its losses are charged, in energy and CO2 alike', () => {
    // 1,200 MW × 6 h × 300 cycles = 2,160,000 MWh out; at 75 % round trip 2,880,000 MWh in:
    // losses 720,000 MWh = 7.2 亿kWh, bought at 0.4326: +7.2 × 4.326 = +31.1472 万tCO2;
    // energy (当量值, 0.1229 kgce/kWh): +7.2 × 1.229 = +8.8488 万tce, ≈ +10 % on top of the year's ≈ +4.5 %.
    const calorific = (s: Scenario) => { s.conventions.primaryElectricity = 'calorific'; };
    const quiet = runScenario(stage(calorific));
    const r = runScenario(stage((s) => { calorific(s); s.electricity.pumpedStorage = [storage('host', 2026)]; }));
    expect(yearOf(r, 2026).co2 - yearOf(quiet, 2026).co2).toBeCloseTo(31.1472, 9);
    expect(yearOf(r, 2026).energy - yearOf(quiet, 2026).energy).toBeCloseTo(8.8488, 9);
    const entering = { kind: 'storageEnters', id: 'ps-test', name: '抽蓄 1200MW', capacityMW: 1200 };
    for (const metric of ['co2', 'energy'] as const) {
      const f = flagOf(r, 2026, metric)!;
      expect(events(f)).toEqual([entering]);
      expectFactorsAddUp(f);
    }
    // Owned by the grid company: charged to nobody, moves nothing here.
    expect(runScenario(stage((s) => { calorific(s); s.electricity.pumpedStorage = [storage('gridAsset', 2026)]; })).flags).toEqual([]);
  });

  it('names a grid-factor step and gives the gridFactor part by the LMDI formula', () => {
    // 0.4326 until 2023, 0.25 from 2024 (−42 %, above GRID_FACTOR_STEP_PCT): 2024's net imports
    // (≈ 10 亿kWh) lose (0.4326 − 0.25) × 10 = 1.826 万tCO2 per 亿kWh, ≈ −18 万tCO2 on ≈ 115.
    const r = runScenario(stage((s) => { s.electricity.gridEmissionFactor = [{ year: 2023, value: 0.4326 }, { year: 2024, value: 0.25 }]; }));
    const f = flagOf(r, 2024, 'co2')!;
    expect(f.changePct).toBeLessThan(-FLAG_THRESHOLD_PCT);
    expect(((0.4326 - 0.25) / 0.4326) * 100).toBeGreaterThan(GRID_FACTOR_STEP_PCT);
    expect(events(f)).toEqual([{ kind: 'gridFactorStep', from: 0.4326, to: 0.25 }]);
    // only the import term carries g: ΔC_g = L(C_b, C_a)·ln(0.25 / 0.4326)
    const [a, b] = [yearOf(r, 2023), yearOf(r, 2024)];
    const part = logMean(b.co2BySource.importedElectricity, a.co2BySource.importedElectricity) * Math.log(0.25 / 0.4326);
    expect(factors(f)[0]).toEqual({ kind: 'factor', factor: 'gridFactor', contribution: expect.closeTo(part, 9) as number });
    expectFactorsAddUp(f);
    expect(r.flags.filter((x) => x.metric === 'energy' || x.metric === 'energyAssessed')).toEqual([]);
  });

  it('names a year of published statistics', () => {
    // 2022's energy total published as 90 万tce (the projection: 76.5): +23.5 % on 2021's 72.85.
    // Reported in the input convention, so the total is the published figure itself.
    const r = runScenario(stage((s) => {
      s.conventions.primaryElectricity = s.energy.inputConvention;
      s.history = { energyWanTce: { '2022': { value: 90, source: { kind: 'assumed', reason: 'test' } } } };
    }));
    const [a, b] = [yearOf(r, 2021), yearOf(r, 2022)];
    expect(b.energy).toBeCloseTo(90, 9);
    const f = flagOf(r, 2022, 'energy')!;
    expect(f.changePct).toBeCloseTo((90 / a.energy - 1) * 100, 9);
    expect(events(f)).toEqual([{ kind: 'actualData', field: 'energy' }]);
    // E = G·(E/G): gdp = L(90, E_2021)·ln(G_2022 / G_2021), the intensity the rest
    const gdp = logMean(90, a.energy) * Math.log(b.gdp / a.gdp);
    expect(factor(f, 'gdp')).toBeCloseTo(gdp, 9);
    expect(factor(f, 'energyIntensity')).toBeCloseTo(90 - a.energy - gdp, 9);
    expect(factors(f)[0]!.factor).toBe('energyIntensity');
    expect(events(flagOf(r, 2022, 'co2')!)).toEqual([{ kind: 'actualData', field: 'energy' }]);
    // the projection goes on from the published year: 2023 grows as before (≈ +5 %)
    expect(r.flags.filter((x) => x.year === 2023)).toEqual([]);
  });

  it('splits the energy assessed into energy, the energy the rule excludes, and feedstock', () => {
    // 113号 leaves non-fossil energy out: the PV above takes 4.2 亿kWh of use from the grid's mix
    // (localBalance) into local non-fossil, so the energy assessed falls while energy does not.
    const r = runScenario(stage((s) => {
      s.accounting.energyControl = 'nonFossilExcluded';
      s.electricity.projects = [pv('pv-400', 400, 2021)];
    }));
    const f = flagOf(r, 2021, 'energyAssessed')!;
    expect(factors(f)[0]!.factor).toBe('excludedEnergy');
    expect(factor(f, 'excludedEnergy')).toBeLessThan(0);
    expect(events(f)).toEqual([expect.objectContaining({ kind: 'projectEnters', id: 'pv-400' })]);
    expectFactorsAddUp(f);
    const perGdp = flagOf(r, 2021, 'energyPerGdpAssessed')!;
    expectFactorsAddUp(perGdp);
  });

  it("every preset's flags, under every electricity-CO2 method and energy-control rule, decompose exactly", () => {
    let count = 0;
    for (const preset of PRESETS) {
      for (const electricityCo2 of ELECTRICITY_CO2_METHODS) {
        for (const energyControl of ENERGY_CONTROL_RULES) {
          const r = runScenario({ ...preset, accounting: { ...preset.accounting, electricityCo2, energyControl } });
          for (const f of r.flags) {
            count++;
            expect(Math.abs(f.changePct)).toBeGreaterThan(FLAG_THRESHOLD_PCT);
            expect(f.changePct).toBeCloseTo(((f.to - f.from) / Math.abs(f.from)) * 100, 9);
            expect(factors(f).length).toBeGreaterThan(0);
            expectFactorsAddUp(f);
            expect(JSON.parse(JSON.stringify(f))).toEqual(f);
          }
        }
      }
    }
    expect(count).toBeGreaterThan(0);
  });
});
