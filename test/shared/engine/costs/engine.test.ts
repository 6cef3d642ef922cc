import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import { capitalRecoveryFactor, compareCosts, levelisedCost, pricedLike } from '../../../../shared/engine/costs';
import type { Scenario } from '../../../../shared/model/scenario';
import { PRESETS, presetById } from '../../../../seeds/index';

const preset = (id: string): Scenario => structuredClone(presetById(id)!);
const costsOf = (s: Scenario) => runScenario(s).costs!;

describe('LCOE arithmetic', () => {
  it('capital recovery factor: r(1+r)^n / ((1+r)^n − 1), 1/n without interest', () => {
    // 1.08^25 = 6.848475; 0.08 × 6.848475 / 5.848475 = 0.547878 / 5.848475 = 0.093679
    expect(capitalRecoveryFactor(8, 25)).toBeCloseTo(0.093679, 5);
    expect(capitalRecoveryFactor(0, 20)).toBe(0.05);
  });

  it('PV at the central prices, 1,050 h: (2,500 × 0.093679 + 40) / 1,050 = 274.20 / 1,050 = 0.26114 元/kWh', () => {
    expect(levelisedCost(2500, 40, 8, 25, 1050, 0)).toBeCloseTo(0.26114, 4);
  });

  it('coal: 1.08^30 = 10.062657, CRF = 0.805013 / 9.062657 = 0.088827; (4,000 × 0.088827 + 120) / 4,300 + 300 gce × 1,100 元/tce ÷ 1e6 = 0.11054 + 0.33 = 0.44054', () => {
    expect(levelisedCost(4000, 120, 8, 30, 4300, 0.33)).toBeCloseTo(0.44054, 4);
  });

  it('a type that runs no hours has no LCOE', () => {
    expect(levelisedCost(2500, 40, 8, 25, 0, 0)).toBeNull();
  });

  it('the engine reports each type with its inputs (qingyuan-baseline PV: the central prices)', () => {
    const pv = costsOf(preset('qingyuan-baseline')).lcoe.find((l) => l.type === 'pv')!;
    expect(pv).toMatchObject({ investmentYuanPerKW: 2500, fixedOmYuanPerKWYear: 40, lifetimeYears: 25, fuelYuanPerKWh: 0 });
    expect(pv.yuanPerKWh).toBeCloseTo((2500 * capitalRecoveryFactor(8, 25) + 40) / pv.utilisationHours, 10);
  });
});

describe('one project of qingyuan-policy: 清新 100 MW PV, in service 2023, horizon 2020–2060', () => {
  // Imports priced at 0 so that the project's output (which lowers net imports) moves no cost:
  // what is left is the project's own investment, O&M and salvage value.
  const base = preset('qingyuan-policy');
  base.costs = { ...base.costs, importYuanPerKWh: 0 };
  const without = structuredClone(base);
  without.electricity.projects = without.electricity.projects.map((g) => (g.id === 'qy-pv-qingxin-100' ? { ...g, included: false } : g));
  const a = costsOf(base);
  const b = costsOf(without);

  it('investment: 100,000 kW × 2,500 元/kW = 2.5 亿元 in 2023 and again in 2048 (25-year life)', () => {
    const d = (y: number) => a.investmentByYear.find((r) => r.year === y)!.byType.pv - b.investmentByYear.find((r) => r.year === y)!.byType.pv;
    expect(d(2023)).toBeCloseTo(2.5, 10);
    expect(d(2048)).toBeCloseTo(2.5, 10);
    expect(a.components.investment - b.components.investment).toBeCloseTo(5, 10);
  });

  it('the 2048 build is an end-of-life replacement (2.5 亿元 of that year\'s replacement), the 2023 build is not', () => {
    const d = (y: number) => a.investmentByYear.find((r) => r.year === y)!.replacement - b.investmentByYear.find((r) => r.year === y)!.replacement;
    expect(d(2023)).toBe(0);
    expect(d(2048)).toBeCloseTo(2.5, 10);
    // 2048 is in the 19th plan (2046–2050)
    const p19 = (c: typeof a) => c.investmentByPeriod.find((p) => p.plan === 19)!.replacement;
    expect(p19(a) - p19(b)).toBeCloseTo(2.5, 10);
  });

  it('fixed O&M: 100,000 kW × 40 元/kW = 0.04 亿元 a year over 2023–2060 (38 years) = 1.52 亿元', () => {
    expect(a.components.fixedOm - b.components.fixedOm).toBeCloseTo(1.52, 10);
  });

  it('salvage: the 2048 build lives to 2072; 12 of its 25 years are after 2060: 2.5 × 12/25 = 1.2 亿元', () => {
    expect(a.components.salvage - b.components.salvage).toBeCloseTo(1.2, 10);
  });

  it('present value at 2020, 8 %: 2.5/1.08^3 + 2.5/1.08^28 + 0.04 × Σ(k=3..40) 1.08^−k − 1.2/1.08^40 = 2.62478 亿元', () => {
    // 2.5 / 1.259712 = 1.984581; 2.5 / 8.627106 = 0.289784;
    // Σ(k=1..40) 1.08^−k = (1 − 0.046031) / 0.08 = 11.924613, less 0.925926 + 0.857339 = 10.141348, × 0.04 = 0.405654;
    // 1.2 × 0.046031 = 0.055237. 1.984581 + 0.289784 + 0.405654 − 0.055237 = 2.624782
    expect(a.presentValueYiYuan - b.presentValueYiYuan).toBeCloseTo(2.62478, 4);
    expect(a.components.fuel).toBeCloseTo(b.components.fuel, 10);
  });

  it('the project\'s own investment replaces capacity × 元/kW: 30,000 万元 = 3 亿元 in 2023 and at its replacement', () => {
    const own = structuredClone(base);
    own.electricity.projects = own.electricity.projects.map((g) => (g.id === 'qy-pv-qingxin-100' ? { ...g, investmentWanYuan: 30000 } : g));
    const c = costsOf(own);
    expect(c.components.investment - b.components.investment).toBeCloseTo(6, 10);
    expect(c.components.salvage - b.components.salvage).toBeCloseTo((3 * 12) / 25, 10);
  });
});

describe('investment by plan period', () => {
  it('lianzhou-policy, 14th plan (2021–2025): the key-project table\'s 万元 plus capacity × 元/kW for the rest = 48.82 亿元', () => {
    // items 27–31 (PV): 16,000 + 15,000 + 40,000 + 83,000 + 80,000 = 234,000 万元
    // items 33–36 (wind): 24,450 + 86,000 + 70,000 + 24,450 = 204,900 万元
    // without a figure: 20 MW distributed PV × 2,500 = 5,000; 58 MW wind × 5,000 = 29,000; 18 MW waste-to-energy × 8,500 = 15,300
    // 234,000 + 204,900 + 5,000 + 29,000 + 15,300 = 488,200 万元 = 48.82 亿元
    const c = costsOf(preset('lianzhou-policy'));
    const p14 = c.investmentByPeriod.find((p) => p.plan === 14)!;
    expect(p14).toMatchObject({ fromYear: 2021, toYear: 2025 });
    expect(p14.total).toBeCloseTo(48.82, 10);
    expect(p14.byType.pv).toBeCloseTo(23.9, 10);
    expect(p14.byType.wind).toBeCloseTo(23.39, 10);
    const sumPeriods = c.investmentByPeriod.reduce((s, p) => s + p.total, 0);
    expect(sumPeriods).toBeCloseTo(c.totalInvestmentYiYuan, 10);
  });
});

describe('comparison with a reference', () => {
  it('a scenario against itself: ΔNPV 0, no CO2 avoided, no cost per tonne', () => {
    const r = runScenario(preset('qingyuan-policy'));
    expect(compareCosts(r, r)).toEqual({ referenceId: 'qingyuan-policy', npvDiffYiYuan: 0, co2AvoidedWanT: 0, costPerTonneYuan: null });
  });

  it('the reference is priced as the scenario is: its own settings give way, its id is not carried over', () => {
    const s = preset('qingyuan-policy');
    s.costs = { ...s.costs, case: 'high', discountRatePct: 5 };
    const ref = pricedLike(preset('qingyuan-baseline'), s);
    expect(ref.costs).toEqual({ case: 'high', discountRatePct: 5 });
    expect(ref.id).toBe('qingyuan-baseline');
  });

  it('cost per tonne = ΔNPV (亿元) × 1e8 ÷ (ΔCO2 (万t) × 1e4)', () => {
    const s = preset('qingyuan-policy');
    const a = runScenario(s);
    const ref = runScenario(pricedLike(preset(s.costs!.referenceScenarioId!), s));
    const c = compareCosts(a, ref);
    expect(c.referenceId).toBe('qingyuan-baseline');
    expect(c.co2AvoidedWanT).toBeGreaterThan(0);
    expect(c.costPerTonneYuan).toBeCloseTo((c.npvDiffYiYuan * 1e8) / (c.co2AvoidedWanT * 1e4), 8);
  });
});

describe('every preset', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: costs are computed and finite', (_, p) => {
    const c = runScenario(p).costs!;
    const numbers = [c.totalInvestmentYiYuan, c.presentValueYiYuan, ...Object.values(c.components), ...c.investmentByYear.flatMap((y) => Object.values(y.byType))];
    for (const l of c.lcoe) if (l.yuanPerKWh !== null) numbers.push(l.yuanPerKWh);
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(c.investmentByYear[0]!.year).toBe(p.baseYear + 1);
    expect(c.investmentByYear.length).toBe(p.endYear - p.baseYear);
  });
});
