import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';
import { gen, yearOf } from '../build';

/**
 * Energy-consumption control rules, renewable attribution, feedstock and green power,
 * worked by hand on the round scenario (test/helpers/make-scenario.ts): every year GDP
 * 100 亿元, energy 50 万tce = coal 30 + electricity 20 (当量值, 0.1229 kgce/kWh), so
 * electricity use D = 20 / (10 × 0.1229) = 16.273393 亿kWh and 1 亿kWh = 1.229 万tce.
 * CO2 = coal 30 × 2.5 = 75 + D × 0.5 × 10 = 81.366965 → 156.366965 万tCO2.
 */
const run = (edit: (s: Scenario) => void) => runScenario(makeScenario(edit));
const D = 20 / 1.229;

describe('发改环资〔2024〕113号: non-fossil consumption out of the total and the intensity, base year included', () => {
  // the grid's non-fossil share (nuclear included) rises 40 % (2020) → 50 % (2025); renewables alone 30 % → 40 %
  const r = run((s) => {
    s.accounting.energyControl = 'nonFossilExcluded';
    s.accounting.renewableAttribution = 'provincialPool';
    s.electricity.importedNonFossilSharePct = [{ year: 2020, value: 40 }, { year: 2025, value: 50 }];
    s.electricity.importedRenewableSharePct = [{ year: 2020, value: 30 }, { year: 2025, value: 40 }];
  });

  it('2020: 50 − 20 × 40 % = 42 万tce, 0.42 tce/万元; nuclear counts (40 %, not the renewables’ 30 %)', () => {
    const y = yearOf(r, 2020);
    expect(y.nonFossilEnergy).toBeCloseTo(8, 10);
    expect(y.energyAssessed).toBeCloseTo(42, 10);
    expect(y.energyPerGdpAssessed).toBeCloseTo(0.42, 12);
    expect(y.energy).toBeCloseTo(50, 12); // the total itself is unchanged
  });

  it('2025: 50 − 20 × 50 % = 40; the assessed intensity falls 1 − 0.40/0.42 = 4.761905 % with the full one flat', () => {
    const y = yearOf(r, 2025);
    expect(y.energyAssessed).toBeCloseTo(40, 10);
    const p = r.periods.find((x) => x.plan === 14)!;
    expect(p.energyPerGdpAssessedChangePct).toBeCloseTo(-4.761905, 5);
    expect(p.energyPerGdpChangePct).toBeCloseTo(0, 10);
  });
});

describe('发改运行〔2022〕1258号: the increase of renewable electricity consumption over 2020 leaves the total only', () => {
  const rule = (edit: (s: Scenario) => void = () => {}) =>
    run((s) => {
      s.accounting.energyControl = 'renewableIncreaseExcluded';
      s.accounting.renewableAttribution = 'provincialPool';
      s.electricity.importedNonFossilSharePct = [{ year: 2020, value: 40 }, { year: 2025, value: 50 }];
      s.electricity.importedRenewableSharePct = [{ year: 2020, value: 30 }, { year: 2025, value: 40 }];
      edit(s);
    });

  it('2025: D × (40 % − 30 %) = 1.627339 亿kWh × 1.229 = 2 万tce off the total (48); the intensity keeps it (0.5)', () => {
    const r = rule();
    expect(yearOf(r, 2020).energyAssessed).toBeCloseTo(50, 10); // the base: nothing to deduct
    const y = yearOf(r, 2025);
    expect(y.renewableElectricityConsumed).toBeCloseTo(D * 0.4, 10);
    expect(y.energyAssessed).toBeCloseTo(48, 10);
    // "予以扣除，但仍纳入能耗强度考核": intensity on the full total
    expect(y.energyPerGdpAssessed).toBeCloseTo(0.5, 12);
    // 2023: renewables 36 % → 6 points × 20 = 1.2 → 48.8
    expect(yearOf(r, 2023).energyAssessed).toBeCloseTo(48.8, 10);
  });

  it('an energy cap judges the deducted total, an intensity target the full one', () => {
    const r = rule((s) => {
      s.targets = [
        { id: 'cap', label: 'cap', metric: 'energyCap', year: 2025, value: 49, binding: true, source: { kind: 'assumed', reason: 't' } },
        { id: 'int', label: 'int', metric: 'energyIntensityReduction', fromYear: 2020, year: 2025, value: 1, binding: true, source: { kind: 'assumed', reason: 't' } },
      ];
    });
    // cap: 49 − 48 = +1, met; intensity 0.5 → 0.5: 0 % < 1 %, missed
    expect(r.targets[0]).toMatchObject({ met: true });
    expect(r.targets[0]!.margin).toBeCloseTo(1, 10);
    expect(r.targets[1]).toMatchObject({ met: false });
    expect(r.targets[1]!.actual).toBeCloseTo(0, 10);
  });

  it('a base year after 2020 is the reference: 2022 (34 %) → 2025 (40 %) = 6 points × 20 = 1.2 → 48.8', () => {
    const y = yearOf(rule((s) => { s.baseYear = 2022; }), 2025);
    expect(y.energyAssessed).toBeCloseTo(48.8, 10);
  });

  it('years before 2020 deduct nothing; a fall below the 2020 level deducts nothing (never added back)', () => {
    const r = rule((s) => {
      s.baseYear = 2018;
      s.electricity.importedRenewableSharePct = [{ year: 2018, value: 20 }, { year: 2020, value: 30 }, { year: 2022, value: 25 }];
    });
    expect(yearOf(r, 2019).energyAssessed).toBeCloseTo(50, 10);
    expect(yearOf(r, 2022).energyAssessed).toBeCloseTo(50, 10);
  });
});

describe('no rule, and 原料用能 (feedstock) under every rule', () => {
  it('none: the full total', () => {
    const r = run((s) => { s.accounting.energyControl = 'none'; s.electricity.importedNonFossilSharePct = 40; });
    for (const y of r.years) expect(y.energyAssessed).toBeCloseTo(50, 12);
  });

  it('coal feedstock 20 %: 30 × 20 % = 6 万tce out of total and intensity in every year; CO2 unchanged', () => {
    const none = run((s) => { s.accounting.energyControl = 'none'; s.energy.feedstockSharePct = { coal: 20 }; });
    const y = yearOf(none, 2025);
    expect(y.feedstockEnergy).toBeCloseTo(6, 12);
    expect(y.energyAssessed).toBeCloseTo(44, 12);
    expect(y.energyPerGdpAssessed).toBeCloseTo(0.44, 12);
    expect(yearOf(none, 2020).energyAssessed).toBeCloseTo(44, 12); // 基年和目标年度同步扣除
    // the carbon of the feedstock stays in CO2: 75 + 81.366965
    expect(y.co2).toBeCloseTo(156.366965, 6);
    expect(y.co2BySource.coal).toBeCloseTo(75, 12);
    // with 113号 and a 40 % pool: 50 − 8 − 6 = 36
    const both = run((s) => {
      s.accounting.energyControl = 'nonFossilExcluded';
      s.accounting.renewableAttribution = 'provincialPool';
      s.electricity.importedNonFossilSharePct = 40;
      s.energy.feedstockSharePct = { coal: 20 };
    });
    expect(yearOf(both, 2025).energyAssessed).toBeCloseTo(36, 10);
  });
});

describe('an exporting county with new PV: provincial pool vs physical local balance', () => {
  // PV 2000 MW × 1000 h = 20 亿kWh from 2021 > D = 16.273393: exports 3.726607 亿kWh; the grid 40 % non-fossil
  const county = (attribution: Scenario['accounting']['renewableAttribution']) =>
    run((s) => {
      s.accounting.energyControl = 'nonFossilExcluded';
      s.accounting.renewableAttribution = attribution;
      s.electricity.importedNonFossilSharePct = 40;
      s.electricity.projects = [gen('pv-big', 'pv', 2000, 1000, 2021)];
    });

  it('pool: its use carries the grid’s 40 % whatever it generates: 8 万tce, 16 %, assessed 42', () => {
    const y = yearOf(county('provincialPool'), 2025);
    expect(y.netImports).toBeCloseTo(D - 20, 10);
    expect(y.nonFossilEnergy).toBeCloseTo(8, 10);
    expect(y.nonFossilShare).toBeCloseTo(16, 10);
    expect(y.energyAssessed).toBeCloseTo(42, 10);
  });

  it('local balance: it supplies itself from its own mix, all PV: 20 万tce, 40 %, assessed 30', () => {
    const r = county('localBalance');
    const y = yearOf(r, 2025);
    expect(y.nonFossilEnergy).toBeCloseTo(20, 10);
    expect(y.nonFossilShare).toBeCloseTo(40, 10);
    expect(y.energyAssessed).toBeCloseTo(30, 10);
    // 2020, before the PV, imports everything at 40 %: 42; the assessed intensity falls 1 − 30/42 = 28.571429 %
    expect(yearOf(r, 2020).energyAssessed).toBeCloseTo(42, 10);
    expect(r.periods.find((p) => p.plan === 14)!.energyPerGdpAssessedChangePct).toBeCloseTo(-28.571429, 5);
  });
});

describe('green power and 绿证 held by local users', () => {
  it('pool: (D − 5) × 40 % + 5 kWh non-fossil; energy 8 + 5 × 0.6 × 1.229 = 11.687 万tce, 23.374 %', () => {
    // 20 × ((D − 5) × 0.4 + 5) / D = 8 + 20 × 3 / D = 8 + 3 × 1.229 = 11.687
    const y = yearOf(run((s) => {
      s.accounting.renewableAttribution = 'provincialPool';
      s.electricity.importedNonFossilSharePct = 40;
      s.electricity.greenPowerYiKWh = 5;
    }), 2025);
    expect(y.greenPower).toBe(5);
    expect(y.nonFossilEnergy).toBeCloseTo(11.687, 10);
    expect(y.nonFossilShare).toBeCloseTo(23.374, 10);
  });

  it('local balance is physical: green power changes nothing', () => {
    const y = yearOf(run((s) => {
      s.accounting.renewableAttribution = 'localBalance';
      s.electricity.importedNonFossilSharePct = 40;
      s.electricity.greenPowerYiKWh = 5;
    }), 2025);
    expect(y.nonFossilEnergy).toBeCloseTo(8, 10);
  });

  it('capped at the region’s use: 30 亿kWh held, D = 16.273393 counted, all electricity non-fossil', () => {
    const y = yearOf(run((s) => {
      s.accounting.renewableAttribution = 'provincialPool';
      s.accounting.electricityCo2 = 'marketBased';
      s.electricity.greenPowerYiKWh = 30;
    }), 2025);
    expect(y.greenPower).toBeCloseTo(D, 10);
    expect(y.nonFossilEnergy).toBeCloseTo(20, 10);
    expect(y.co2).toBeCloseTo(75, 10); // market-based: no grid electricity left at the factor
  });
});
