import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import { ScenarioError } from '../../../shared/engine/prepare';
import { GENERATOR_TYPES, type Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';
import { gen, pumped, setFuels, yearOf } from '../build';

/**
 * Hand-worked cases on the round scenario (test/helpers/make-scenario.ts):
 * base year 2020, GDP 100 亿元, intensity 0.5 tce/万元, all energy in industry
 * (coal 60 %, electricity 40 %), coal 2.5 tCO2/tce, grid 0.5 tCO2/MWh,
 * heat rates coal 300 / gas 220 gce/kWh, coal substitution 300 gce/kWh,
 * population 50 万人, no growth, no decline. Shared numbers:
 *   E      = 100 亿元 × 0.5 tce/万元 = 50 万tce → coal 30, electricity 20 万tce
 *   kWh    = 20 万tce / (10 × 0.1229 kgce/kWh) = 20 / 1.229 = 16.273393 亿kWh
 *   coal   = 30 万tce × 2.5 = 75 万tCO2
 *   import = 16.273393 亿kWh × 10 × 0.5 tCO2/MWh = 81.366965 万tCO2
 */
const KWH = 20 / 1.229; // 16.273393 亿kWh
const run = (edit: (s: Scenario) => void = () => {}) => runScenario(makeScenario(edit));

describe('runScenario: the round base case', () => {
  it('2020: energy, electricity, CO2 by source and the intensities', () => {
    const y = yearOf(run(), 2020);
    expect(y.gdp).toBe(100);
    expect(y.energy).toBeCloseTo(50, 12); // 100 × 0.5
    expect(y.energyByFuel).toEqual({ coal: 30, oil: 0, gas: 0, electricity: 20, heat: 0, biomass: 0 });
    expect(y.energyBySector.industry).toBeCloseTo(50, 12);
    expect(y.energyBySector.services).toBe(0);
    expect(y.electricityDemand).toBeCloseTo(16.273393, 6); // 20 / 1.229
    expect(y.localGeneration).toBe(0);
    expect(y.netImports).toBeCloseTo(16.273393, 6); // all imported
    expect(y.co2BySource.coal).toBeCloseTo(75, 12); // 30 × 2.5
    expect(y.co2BySource.importedElectricity).toBeCloseTo(81.366965, 6); // 16.273393 × 10 × 0.5
    expect(y.co2BySource.localPower).toBe(0);
    expect(y.co2).toBeCloseTo(156.366965, 6); // 75 + 81.366965
    expect(y.co2PerGdp).toBeCloseTo(1.5636697, 7); // 156.366965 万t / 100 亿元
    expect(y.co2PerCapita).toBeCloseTo(3.1273393, 7); // 156.366965 万t / 50 万人
    expect(y.energyPerGdp).toBeCloseTo(0.5, 12); // 50 / 100
    expect(y.energyPerGdpAssessed).toBeCloseTo(0.5, 12);
    expect(y.nonFossilShare).toBe(0); // no local plants, imported non-fossil 0 %
    expect(y.co2VsBasePct).toBe(0);
  });

  it('with no growth and no decline every year is the base year again', () => {
    const r = run();
    expect(r.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    for (const y of r.years) {
      expect(y.co2).toBeCloseTo(156.366965, 6);
      expect(y.co2VsBasePct).toBeCloseTo(0, 10);
    }
  });

  it('electricity carries no factor of its own: only its kWh are charged, at the grid factor', () => {
    // all electricity: E_elec = 50 万tce → 50 / 1.229 = 40.683483 亿kWh × 10 × 0.5 = 203.417413 万tCO2
    const r = run((s) => setFuels(s, 'industry', { electricity: 100 }));
    const y = yearOf(r, 2020);
    expect(y.co2BySource.importedElectricity).toBeCloseTo(203.417413, 6);
    expect(y.co2).toBeCloseTo(203.417413, 6);
  });

  it('splits energy over sectors and their own fuel mixes', () => {
    // industry 60 % = 30 万tce (coal 60 % = 18, electricity 40 % = 12)
    // transport 40 % = 20 万tce (oil 100 %) → CO2 oil 20 × 2.1 = 42
    // coal 18 × 2.5 = 45; kWh 12 / 1.229 = 9.764036 × 5 = 48.820179; total 135.820179
    const r = run((s) => {
      s.energy.sectors.industry.sharePct = 60;
      s.energy.sectors.transport = { sharePct: 40, fuelSharesPct: { coal: 0, oil: 100, gas: 0, electricity: 0, heat: 0, biomass: 0 } };
    });
    const y = yearOf(r, 2020);
    expect(y.energyBySector.industry).toBeCloseTo(30, 12);
    expect(y.energyBySector.transport).toBeCloseTo(20, 12);
    expect(y.energyByFuel.oil).toBeCloseTo(20, 12);
    expect(y.co2BySource.oil).toBeCloseTo(42, 12);
    expect(y.co2).toBeCloseTo(135.820179, 6);
  });

  it('throws ScenarioError (not a plain Error) for a scenario it cannot compute', () => {
    expect(() => run((s) => { s.endYear = 2070; })).toThrow(ScenarioError);
  });
});

describe('accounting conventions (当量值 calorific vs 等价值 coal substitution)', () => {
  // importedNonFossilSharePct = 40 so the non-fossil share is not trivially 0.
  const conv = (input: Scenario['energy']['inputConvention'], report: Scenario['conventions']['primaryElectricity']) =>
    yearOf(run((s) => {
      s.energy.inputConvention = input;
      s.conventions.primaryElectricity = report;
      s.electricity.importedNonFossilSharePct = 40;
    }), 2020);

  it('calorific in, calorific out: the base case; non-fossil = 20 × 40 % / 50 = 16 %', () => {
    const y = conv('calorific', 'calorific');
    expect(y.energy).toBeCloseTo(50, 12);
    expect(y.nonFossilShare).toBeCloseTo(16, 10); // 8 / 50
  });

  it('switching the reporting convention changes energy, intensity and non-fossil share, not CO2 or kWh', () => {
    const cal = conv('calorific', 'calorific');
    const sub = conv('calorific', 'coalSubstitution');
    // same kWh (16.273393) reported at 0.3 kgce/kWh: 16.273393 × 10 × 0.3 = 48.820179 万tce
    // energy = 30 + 48.820179 = 78.820179; intensity 0.788202 tce/万元
    // non-fossil = 48.820179 × 40 % / 78.820179 = 19.528072 / 78.820179 = 24.7755 %
    expect(sub.energyByFuel.electricity).toBeCloseTo(48.820179, 6);
    expect(sub.energy).toBeCloseTo(78.820179, 6);
    expect(sub.energyBySector.industry).toBeCloseTo(78.820179, 6);
    expect(sub.energyPerGdp).toBeCloseTo(0.788202, 6);
    expect(sub.nonFossilShare).toBeCloseTo(24.7755, 4);
    // unchanged
    expect(sub.energyByFuel.coal).toBeCloseTo(cal.energyByFuel.coal, 12);
    expect(sub.electricityDemand).toBeCloseTo(cal.electricityDemand, 12);
    expect(sub.netImports).toBeCloseTo(cal.netImports, 12);
    expect(sub.co2).toBeCloseTo(cal.co2, 10);
    expect(sub.co2).toBeCloseTo(156.366965, 6);
  });

  it('the input convention decides how many kWh the same tce are', () => {
    // coal substitution in: 20 万tce / (10 × 0.3) = 6.666667 亿kWh; CO2 = 75 + 6.666667 × 5 = 108.333333
    const subSub = conv('coalSubstitution', 'coalSubstitution');
    expect(subSub.electricityDemand).toBeCloseTo(6.666667, 6);
    expect(subSub.energy).toBeCloseTo(50, 12); // reported as published
    expect(subSub.co2).toBeCloseTo(108.333333, 6);
    // reported calorific: 6.666667 × 10 × 0.1229 = 8.193333; energy 30 + 8.193333 = 38.193333
    const subCal = conv('coalSubstitution', 'calorific');
    expect(subCal.electricityDemand).toBeCloseTo(6.666667, 6);
    expect(subCal.energyByFuel.electricity).toBeCloseTo(8.193333, 6);
    expect(subCal.energy).toBeCloseTo(38.193333, 6);
    expect(subCal.co2).toBeCloseTo(108.333333, 6);
  });

  it('uses each year’s coal-substitution coefficient', () => {
    // 2020 at 300 gce/kWh → 6.666667 亿kWh; 2030 at 250 gce/kWh → 20 / 2.5 = 8 亿kWh
    const r = run((s) => {
      s.energy.inputConvention = 'coalSubstitution';
      s.conventions.coalSubstitutionGcePerKWh = [{ year: 2020, value: 300 }, { year: 2030, value: 250 }];
    });
    expect(yearOf(r, 2020).electricityDemand).toBeCloseTo(6.666667, 6);
    expect(yearOf(r, 2030).electricityDemand).toBeCloseTo(8, 10);
    expect(yearOf(r, 2030).co2).toBeCloseTo(75 + 8 * 5, 10);
  });
});

describe('local generation', () => {
  it('a PV project counts from its commissioning year: nothing in 2023, the full year in 2024', () => {
    // 100 MW × 1200 h = 120,000 MWh = 1.2 亿kWh
    // 2024 imports 16.273393 − 1.2 = 15.073393 × 5 = 75.366965; CO2 75 + 75.366965 = 150.366965 (−6)
    const r = run((s) => { s.electricity.projects = [gen('pv-1', 'pv', 100, 1200, 2024)]; });
    const y23 = yearOf(r, 2023);
    const y24 = yearOf(r, 2024);
    expect(y23.generationByType.pv).toBe(0);
    expect(y23.capacityMW.pv).toBe(0);
    expect(y23.co2).toBeCloseTo(156.366965, 6);
    expect(y24.generationByType.pv).toBeCloseTo(1.2, 12);
    expect(y24.capacityMW.pv).toBe(100);
    expect(y24.localGeneration).toBeCloseTo(1.2, 12);
    expect(y24.netImports).toBeCloseTo(15.073393, 6);
    expect(y24.co2).toBeCloseTo(150.366965, 6);
    expect(y24.co2BySource.localPower).toBe(0); // renewables burn nothing
    expect(yearOf(r, 2030).co2).toBeCloseTo(150.366965, 6);
  });

  it('a local coal plant burns heat rate × kWh and stops in its retirement year', () => {
    // 200 MW × 5000 h = 10 亿kWh; fuel 10 × 300 gce/kWh / 100 = 30 万tce × 2.5 = 75 万tCO2
    // imports 16.273393 − 10 = 6.273393 × 5 = 31.366965
    // CO2 = 75 (end-use coal) + 75 (plant) + 31.366965 = 181.366965 until 2025; from 2026 (retired) 156.366965
    const r = run((s) => { s.electricity.fleet = [gen('coal-1', 'coal', 200, 5000, 2010, { retirementYear: 2026 })]; });
    const y25 = yearOf(r, 2025);
    expect(y25.generationByType.coal).toBeCloseTo(10, 12);
    expect(y25.co2BySource.localPower).toBeCloseTo(75, 10);
    expect(y25.co2BySource.importedElectricity).toBeCloseTo(31.366965, 6);
    expect(y25.co2).toBeCloseTo(181.366965, 6);
    const y26 = yearOf(r, 2026);
    expect(y26.generationByType.coal).toBe(0);
    expect(y26.capacityMW.coal).toBe(0);
    expect(y26.co2).toBeCloseTo(156.366965, 6);
  });

  it('a local gas plant: 亿kWh × gce/kWh / 100 = 万tce, × the gas factor', () => {
    // 100 MW × 3000 h = 3 亿kWh; 3 × 220 / 100 = 6.6 万tce × 1.6 = 10.56 万tCO2
    // imports 16.273393 − 3 = 13.273393 × 5 = 66.366965; total 75 + 10.56 + 66.366965 = 151.926965
    const y = yearOf(run((s) => { s.electricity.fleet = [gen('gas-1', 'gas', 100, 3000)]; }), 2020);
    expect(y.co2BySource.localPower).toBeCloseTo(10.56, 10);
    expect(y.co2BySource.gas).toBe(0); // the plant's gas is not end-use gas
    expect(y.co2).toBeCloseTo(151.926965, 6);
  });

  it('ignores projects marked included: false', () => {
    const r = run((s) => {
      s.electricity.projects = [gen('pv-off', 'pv', 5000, 1200, 2022, { included: false }), gen('coal-off', 'coal', 600, 5000, 2018, { included: false })];
    });
    for (const y of r.years) {
      expect(y.localGeneration).toBe(0);
      expect(y.capacityMW.pv + y.capacityMW.coal).toBe(0);
      expect(y.co2).toBeCloseTo(156.366965, 6);
    }
  });

  it('net imports = demand + storage loss − local generation', () => {
    // 16.273393 + 6 (pumped storage, below) − (1.2 PV + 10 coal) = 11.073393
    const y = yearOf(run((s) => {
      s.electricity.fleet = [gen('coal-1', 'coal', 200, 5000)];
      s.electricity.projects = [gen('pv-1', 'pv', 100, 1200, 2021)];
      s.electricity.pumpedStorage = [pumped('ps-1', 1000, 6, 75, 300)];
    }), 2021);
    expect(y.netImports).toBeCloseTo(11.073393, 6);
    expect(y.netImports).toBeCloseTo(y.electricityDemand + y.storageLoss - y.localGeneration, 12);
  });

  it('exports (negative net imports) are credited at the grid factor', () => {
    // 500 MW × 5000 h = 25 亿kWh coal > demand 16.273393 → net imports −8.726607 亿kWh
    // plant: 25 × 300 / 100 = 75 万tce × 2.5 = 187.5; export credit −8.726607 × 5 = −43.633035
    // CO2 = 75 + 187.5 − 43.633035 = 218.866965
    const y = yearOf(run((s) => { s.electricity.fleet = [gen('coal-big', 'coal', 500, 5000)]; }), 2020);
    expect(y.netImports).toBeCloseTo(-8.726607, 6);
    expect(y.co2BySource.localPower).toBeCloseTo(187.5, 10);
    expect(y.co2BySource.importedElectricity).toBeCloseTo(-43.633035, 6);
    expect(y.co2).toBeCloseTo(218.866965, 6);
  });

  it('when exporting, the non-fossil share uses the local mix, not the imported share', () => {
    // local: coal 200 MW × 5000 h = 10, hydro 500 MW × 4000 h = 20 亿kWh → 30, of which 2/3 non-fossil
    // demand 16.273393 < 30: exports; electricity non-fossil = 2/3 → 20 万tce × 2/3 = 13.333333
    // share = 13.333333 / 50 = 26.6667 % (the 90 % imported share plays no part)
    // CO2 = 75 + 10 × 3 × 2.5 = 75 + (16.273393 − 30) × 5 = −68.633035 → 81.366965
    const y = yearOf(run((s) => {
      s.electricity.fleet = [gen('coal-1', 'coal', 200, 5000), gen('hydro-1', 'hydro', 500, 4000)];
      s.electricity.importedNonFossilSharePct = 90;
    }), 2020);
    expect(y.netImports).toBeCloseTo(-13.726607, 6);
    expect(y.nonFossilShare).toBeCloseTo(26.666667, 6);
    expect(y.co2).toBeCloseTo(81.366965, 6);
  });
});

describe('pumped storage', () => {
  // 1000 MW × 6 h × 300 cycles = 1,800,000 MWh = 18 亿kWh out; at 75 % round trip
  // loss = 18 × (100 / 75 − 1) = 18 × 1/3 = 6 亿kWh
  const withStorage = (edit: (s: Scenario) => void = () => {}) =>
    run((s) => {
      s.electricity.pumpedStorage = [pumped('ps-1', 1000, 6, 75, 300, 2025)];
      s.electricity.importedNonFossilSharePct = 40;
      s.accounting.energyControl = 'legacyNewRenewables';
      edit(s);
    });

  it('is a net consumer: its loss raises imports and CO2 from the commissioning year', () => {
    const r = withStorage();
    const y24 = yearOf(r, 2024);
    const y25 = yearOf(r, 2025);
    expect(y24.storageLoss).toBe(0);
    expect(y24.co2).toBeCloseTo(156.366965, 6);
    expect(y25.storageLoss).toBeCloseTo(6, 10);
    // imports 16.273393 + 6 = 22.273393 × 5 = 111.366965; CO2 75 + 111.366965 = 186.366965 (+30)
    expect(y25.netImports).toBeCloseTo(22.273393, 6);
    expect(y25.co2).toBeCloseTo(186.366965, 6);
    expect(y25.electricityDemand).toBeCloseTo(KWH, 10); // demand itself unchanged
  });

  it('is never generation, capacity of a generator type, or renewable', () => {
    const y = yearOf(withStorage(), 2025);
    expect(y.localGeneration).toBe(0);
    for (const t of GENERATOR_TYPES) {
      expect(y.generationByType[t]).toBe(0);
      expect(y.capacityMW[t]).toBe(0);
    }
    expect(y.pumpedStorageMW).toBe(1000);
    // non-fossil: (22.273393 × 40 %) / 22.273393 = 40 % of the electricity → 8 / 50 = 16 %, as without storage
    expect(y.nonFossilShare).toBeCloseTo(16, 10);
    // new renewables excluded, but storage is not one: assessed = energy
    expect(y.energyAssessed).toBe(y.energy);
  });

  it('an excluded or retired station has no effect', () => {
    const off = withStorage((s) => { s.electricity.pumpedStorage[0]!.included = false; });
    const retired = withStorage((s) => { s.electricity.pumpedStorage[0]!.retirementYear = 2028; });
    expect(yearOf(off, 2026).co2).toBeCloseTo(156.366965, 6);
    expect(yearOf(retired, 2027).co2).toBeCloseTo(186.366965, 6);
    expect(yearOf(retired, 2028).co2).toBeCloseTo(156.366965, 6);
    expect(yearOf(retired, 2028).pumpedStorageMW).toBe(0);
  });
});

describe('legacy energy control: new renewables’ local generation left out of the assessed total (legacyNewRenewables)', () => {
  // PV 100 MW × 1200 h = 1.2 亿kWh from 2024
  const pv = (exclude: boolean, report: Scenario['conventions']['primaryElectricity'] = 'calorific') =>
    run((s) => {
      s.electricity.projects = [gen('pv-1', 'pv', 100, 1200, 2024)];
      s.electricity.fleet = [gen('hydro-old', 'hydro', 50, 3000, 2015)]; // before the base year: never removed
      s.accounting.energyControl = exclude ? 'legacyNewRenewables' : 'none';
      s.conventions.primaryElectricity = report;
    });

  it('removes the new renewables’ kWh × 10 × coefficient from assessed energy only', () => {
    // 1.2 亿kWh × 10 × 0.1229 = 1.4748 万tce → assessed 50 − 1.4748 = 48.5252; 0.485252 tce/万元
    const r = pv(true);
    expect(yearOf(r, 2023).energyAssessed).toBeCloseTo(50, 12); // old hydro is not "new"
    const y = yearOf(r, 2024);
    expect(y.energy).toBeCloseTo(50, 12);
    expect(y.energyAssessed).toBeCloseTo(48.5252, 10);
    expect(y.energyPerGdpAssessed).toBeCloseTo(0.485252, 10);
    expect(y.energyPerGdp).toBeCloseTo(0.5, 12);
  });

  it('uses the reporting convention’s coefficient', () => {
    // 等价值: 1.2 × 10 × 0.3 = 3.6; energy 30 + 16.273393 × 3 = 78.820179 → assessed 75.220179
    const y = yearOf(pv(true, 'coalSubstitution'), 2024);
    expect(y.energy).toBeCloseTo(78.820179, 6);
    expect(y.energyAssessed).toBeCloseTo(75.220179, 6);
  });

  it('never removes more than the electricity consumed', () => {
    // 2000 MW × 1000 h = 20 亿kWh > demand 16.273393 → remove 16.273393 × 1.229 = 20 万tce → 30 (the coal)
    const y = yearOf(run((s) => {
      s.electricity.projects = [gen('pv-huge', 'pv', 2000, 1000, 2021)];
      s.accounting.energyControl = 'legacyNewRenewables';
    }), 2021);
    expect(y.energyAssessed).toBeCloseTo(30, 10);
  });

  it('for a region that exports, removes only the new renewables’ share of local use', () => {
    // old hydro 50 MW × 3000 h = 1.5 亿kWh + new PV 2000 MW × 1000 h = 20 → local 21.5 > demand 16.273393 (exports)
    // local use is supplied by the local mix: new PV consumed = 16.273393 × 20 / 21.5 = 15.138040 亿kWh
    // removed 15.138040 × 10 × 0.1229 = 18.604651 万tce → assessed 50 − 18.604651 = 31.395349
    const y = yearOf(run((s) => {
      s.electricity.fleet = [gen('hydro-old', 'hydro', 50, 3000, 2015)];
      s.electricity.projects = [gen('pv-huge', 'pv', 2000, 1000, 2021)];
      s.accounting.energyControl = 'legacyNewRenewables';
    }), 2021);
    expect(y.netImports).toBeLessThan(0);
    expect(y.energyAssessed).toBeCloseTo(31.395349, 5);
  });

  it('off: assessed energy is total energy', () => {
    for (const y of pv(false).years) expect(y.energyAssessed).toBe(y.energy);
  });
});

describe('non-fossil share', () => {
  it('biomass + local hydro + the imported non-fossil share', () => {
    // fuels: coal 50 %, electricity 40 %, biomass 10 % → 25, 20, 5 万tce
    // hydro 50 MW × 3000 h = 1.5 亿kWh; imports 16.273393 − 1.5 = 14.773393, 30 % non-fossil
    // non-fossil kWh fraction = (1.5 + 0.3 × 14.773393) / 16.273393 = 0.3 + 0.7 × 1.5 / 16.273393
    //                         = 0.3 + 1.05 × 1.229 / 20 = 0.3 + 0.0645225 = 0.3645225
    // non-fossil energy = 5 + 20 × 0.3645225 = 12.29045 → 12.29045 / 50 = 24.5809 %
    // CO2 = 25 × 2.5 + 0 (biomass) + 14.773393 × 5 = 62.5 + 73.866965 = 136.366965
    const y = yearOf(run((s) => {
      setFuels(s, 'industry', { coal: 50, electricity: 40, biomass: 10 });
      s.electricity.fleet = [gen('hydro-1', 'hydro', 50, 3000)];
      s.electricity.importedNonFossilSharePct = 30;
    }), 2020);
    expect(y.nonFossilShare).toBeCloseTo(24.5809, 10);
    expect(y.co2BySource.biomass).toBe(0);
    expect(y.co2).toBeCloseTo(136.366965, 6);
  });

  it('local coal generation is fossil', () => {
    // coal 10 亿kWh local, imports 6.273393 at 50 % non-fossil → (0 + 3.136697) / 16.273393 = 0.192750
    // × 20 = 3.855 万tce / 50 = 7.71 %  (= 0.5 × 6.273393 / 16.273393 × 40 %)
    const y = yearOf(run((s) => {
      s.electricity.fleet = [gen('coal-1', 'coal', 200, 5000)];
      s.electricity.importedNonFossilSharePct = 50;
    }), 2020);
    expect(y.nonFossilShare).toBeCloseTo((0.5 * (KWH - 10)) / KWH * 40, 10);
    expect(y.nonFossilShare).toBeCloseTo(7.71, 2);
  });
});
