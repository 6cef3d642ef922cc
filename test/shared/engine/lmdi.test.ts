import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decomposeCo2, LMDI_DRIVERS, logMean, type LmdiDriver, type LmdiResult } from '../../../shared/engine/lmdi';
import { runScenario } from '../../../shared/engine/run';
import type { YearResult } from '../../../shared/engine/results';
import type { Fuel, Generator, GeneratorType, PumpedStorage, Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';

const yearOf = (s: Scenario, year: number): YearResult => runScenario(s).years.find((y) => y.year === year)!;
const part = (r: LmdiResult, d: LmdiDriver) => r.parts.find((p) => p.driver === d)!.value;
const sum = (r: LmdiResult) => r.parts.reduce((acc, p) => acc + p.value, 0);
const closes = (r: LmdiResult) => Math.abs(sum(r) - r.total) < 1e-9 * Math.max(1, Math.abs(r.total));
/** every driver except `only` is (numerically) zero, and `only` carries the whole gap */
function expectAllIn(r: LmdiResult, only: LmdiDriver): void {
  const tol = 1e-9 * Math.max(1, Math.abs(r.total));
  for (const d of LMDI_DRIVERS) expect(Math.abs(part(r, d) - (d === only ? r.total : 0))).toBeLessThan(tol);
}

const gen = (id: string, type: GeneratorType, capacityMW: number, utilisationHours: number, commissioningYear = 2020): Generator => ({
  id, name: id, type, capacityMW, utilisationHours, commissioningYear, status: 'operating', included: true,
  source: { kind: 'assumed', reason: 'test' },
});

describe('logMean', () => {
  it('is (a − b)/ln(a/b), a at a = b, symmetric', () => {
    expect(logMean(2, 1)).toBeCloseTo(1 / Math.log(2), 14);
    expect(logMean(5, 5)).toBe(5);
    expect(logMean(1, 2)).toBe(logMean(2, 1));
    expect(logMean(1 + 1e-12, 1)).toBeCloseTo(1 + 5e-13, 15);
    expect(logMean(1e-9, 44)).toBeCloseTo((44 - 1e-9) / Math.log(44e9), 12);
  });
});

describe('decomposeCo2', () => {
  it('hand-computed two-factor case: GDP up 20 %, intensity down 25 %', () => {
    // All energy is coal at 2.5 tCO2/tce, so C = G · I · 2.5.
    // A (2021): G = 100 亿元, I = 0.5 tce/万元   → E = 50 万tce, C = 125 万tCO2
    // B (2021): G = 120 亿元, I = 0.375 tce/万元 → E = 45 万tce, C = 112.5 万tCO2
    // ΔC = −12.5; L(112.5, 125) = −12.5 / ln(0.9) = −12.5 / −0.1053605 = 118.6403
    // gdp       = 118.6403 × ln(1.2)  = 118.6403 × 0.1823216 =  21.6307
    // intensity = 118.6403 × ln(0.75) = 118.6403 × −0.2876821 = −34.1307
    // 21.6307 − 34.1307 = −12.5000 ✓ (fuel mix and factors unchanged → 0)
    const coalOnly = (s: Scenario) => { s.energy.sectors.industry.fuelSharesPct = { coal: 100, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0 }; };
    const a = yearOf(makeScenario(coalOnly), 2021);
    const b = yearOf(makeScenario((s) => { coalOnly(s); s.economy.gdpGrowthPct = 20; s.energy.intensityDeclinePct = 25; }), 2021);
    expect(a.co2).toBeCloseTo(125, 10);
    expect(b.co2).toBeCloseTo(112.5, 10);
    const r = decomposeCo2(a, b);
    expect(r.total).toBeCloseTo(-12.5, 10);
    expect(part(r, 'gdp')).toBeCloseTo(21.6307, 4);
    expect(part(r, 'energyIntensity')).toBeCloseTo(-34.1307, 4);
    for (const d of LMDI_DRIVERS.filter((x) => x !== 'gdp' && x !== 'energyIntensity')) expect(part(r, d)).toBeCloseTo(0, 12);
    expect(closes(r)).toBe(true);
  });

  it('lists every driver once, in order, in 万tCO2 with total = B − A', () => {
    const a = yearOf(makeScenario(), 2025);
    const b = yearOf(makeScenario((s) => { s.economy.gdpGrowthPct = 5; }), 2025);
    const r = decomposeCo2(a, b);
    expect(r.parts.map((p) => p.driver)).toEqual([...LMDI_DRIVERS]);
    expect(r.total).toBe(b.co2 - a.co2);
    expect(decomposeCo2(a, a).parts.every((p) => p.value === 0)).toBe(true);
  });

  it('puts everything in gdp when only GDP differs (all electricity imported)', () => {
    const r = decomposeCo2(yearOf(makeScenario(), 2028), yearOf(makeScenario((s) => { s.economy.gdpGrowthPct = 6; }), 2028));
    expect(r.total).toBeGreaterThan(0);
    expectAllIn(r, 'gdp');
  });

  it('with a fixed local fleet, extra GDP also shifts the supply mix towards imports', () => {
    const pv = (s: Scenario) => { s.electricity.fleet = [gen('pv', 'pv', 500, 1200)]; };
    const r = decomposeCo2(yearOf(makeScenario(pv), 2028), yearOf(makeScenario((s) => { pv(s); s.economy.gdpGrowthPct = 6; }), 2028));
    expect(part(r, 'gdp')).toBeGreaterThan(0);
    expect(part(r, 'electricityMix')).toBeGreaterThan(0); // PV covers a smaller share of a larger demand
    expect(part(r, 'other')).toBe(0);
    expect(closes(r)).toBe(true);
  });

  it('puts everything in gridFactor when only the grid factor differs', () => {
    const withCoal = (s: Scenario) => { s.electricity.fleet = [gen('coal', 'coal', 100, 4000)]; };
    const r = decomposeCo2(yearOf(makeScenario(withCoal), 2030), yearOf(makeScenario((s) => { withCoal(s); s.electricity.gridEmissionFactor = 0.4; }), 2030));
    expect(r.total).toBeLessThan(0);
    expectAllIn(r, 'gridFactor');
  });

  it('reports fuel factors as emissionFactors and the heat rate as thermalFactor', () => {
    const base = (s: Scenario) => {
      s.energy.sectors.industry.fuelSharesPct = { coal: 40, oil: 20, gas: 0, electricity: 40, heat: 0, biomass: 0 };
      s.electricity.fleet = [gen('coal', 'coal', 100, 4000)];
    };
    const a = yearOf(makeScenario(base), 2025);
    expectAllIn(decomposeCo2(a, yearOf(makeScenario((s) => { base(s); s.emissionFactors.tCo2PerTce.oil = 2.0; }), 2025)), 'emissionFactors');
    expectAllIn(decomposeCo2(a, yearOf(makeScenario((s) => { base(s); s.electricity.heatRateGcePerKWh.coal = 290; }), 2025)), 'thermalFactor');
  });

  it('zero values: a fuel appearing goes to fuelMix, a grid factor rising from 0 to gridFactor', () => {
    const a = yearOf(makeScenario(), 2025);
    const gas = yearOf(makeScenario((s) => { s.energy.sectors.industry.fuelSharesPct.coal = 50; s.energy.sectors.industry.fuelSharesPct.gas = 10; }), 2025);
    expectAllIn(decomposeCo2(a, gas), 'fuelMix');
    const clean = yearOf(makeScenario((s) => { s.electricity.gridEmissionFactor = 0; }), 2025);
    expectAllIn(decomposeCo2(clean, a), 'gridFactor');
    expectAllIn(decomposeCo2(a, clean), 'gridFactor');
  });

  it('counts a different electricity convention as electricityConversion, offsetting intensity and mix', () => {
    const a = yearOf(makeScenario(), 2025);
    const b = yearOf(makeScenario((s) => { s.conventions.primaryElectricity = 'coalSubstitution'; }), 2025);
    const r = decomposeCo2(a, b);
    expect(r.total).toBeCloseTo(0, 9); // same kWh, same CO2; only the tce bookkeeping differs
    expect(part(r, 'energyIntensity')).toBeGreaterThan(0);
    expect(part(r, 'electricityConversion')).toBeLessThan(0);
    expect(part(r, 'gdp')).toBe(0);
    expect(closes(r)).toBe(true);
  });

  describe('exports (negative net imports)', () => {
    // demand 2030: 20 万tce / 1.229 = 16.27 亿kWh; 2,000 MW × 1,500 h = 30 亿kWh → exports 13.7 亿kWh
    const pv = (mw: number) => (s: Scenario) => { s.electricity.fleet = [gen('pv', 'pv', mw, 1500)]; };
    it('both exporting, only the grid factor differs: a larger credit, all in gridFactor', () => {
      const a = yearOf(makeScenario(pv(2000)), 2030);
      const b = yearOf(makeScenario((s) => { pv(2000)(s); s.electricity.gridEmissionFactor = 0.6; }), 2030);
      expect(a.netImports).toBeLessThan(0);
      const r = decomposeCo2(a, b);
      expect(r.total).toBeLessThan(0);
      expectAllIn(r, 'gridFactor');
    });
    it('both exporting, B exports more: all in electricityMix', () => {
      expectAllIn(decomposeCo2(yearOf(makeScenario(pv(2000)), 2030), yearOf(makeScenario(pv(3000)), 2030)), 'electricityMix');
    });
    it('importer → exporter: the imports term disappears and the exports term appears, both as electricityMix', () => {
      const a = yearOf(makeScenario(pv(500)), 2030);
      const b = yearOf(makeScenario(pv(2000)), 2030);
      expect(a.netImports).toBeGreaterThan(0);
      expect(b.netImports).toBeLessThan(0);
      const r = decomposeCo2(a, b);
      expectAllIn(r, 'electricityMix');
      expectAllIn(decomposeCo2(b, a), 'electricityMix');
    });
    it('exporter with local coal and growing demand stays closed with nothing in other', () => {
      const mix = (g: number) => (s: Scenario) => { pv(2500)(s); s.electricity.fleet.push(gen('coal', 'coal', 200, 4500)); s.economy.gdpGrowthPct = g; };
      const r = decomposeCo2(yearOf(makeScenario(mix(0)), 2030), yearOf(makeScenario(mix(4)), 2030));
      expect(part(r, 'other')).toBe(0);
      expect(part(r, 'gdp')).toBeGreaterThan(0);
      expect(closes(r)).toBe(true);
    });
  });

  it('puts a broken chain (local thermal but no electricity demand) into other, still closing', () => {
    const noElec = (s: Scenario) => {
      s.energy.sectors.industry.fuelSharesPct = { coal: 100, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0 };
      s.electricity.fleet = [gen('coal', 'coal', 100, 4000)];
    };
    const r = decomposeCo2(yearOf(makeScenario(), 2025), yearOf(makeScenario(noElec), 2025));
    expect(part(r, 'other')).not.toBe(0);
    expect(closes(r)).toBe(true);
  });

  describe('closure over random scenario pairs', () => {
    const FUEL_LIST: Fuel[] = ['coal', 'oil', 'gas', 'electricity', 'heat', 'biomass'];
    const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    /** ordinary: round inputs, as a planner types them (whole MW, hours, 0.01 tCO2/MWh); else any double, subnormals included */
    const params = (minElectricityWeight: number, ordinary: boolean) => {
      const amount = (max: number) => (ordinary ? fc.integer({ min: 0, max }) : num(0, max));
      return fc.record({
        gdp: num(-5, 15),
        decline: num(-5, 10),
        industry: num(50, 100),
        weights: fc.tuple(...FUEL_LIST.map((f) => fc.integer({ min: f === 'electricity' ? minElectricityWeight : 0, max: 10 }))),
        projects: fc.array(fc.record({
          type: fc.constantFrom<GeneratorType>('coal', 'gas', 'pv', 'wind', 'hydro', 'biomass'),
          mw: amount(3000),
          hours: amount(6000),
          from: fc.integer({ min: 2020, max: 2030 }),
        }), { maxLength: 4 }),
        storageCycles: fc.integer({ min: 0, max: 300 }),
        storageAttribution: fc.constantFrom<PumpedStorage['attribution']>('host', 'gridAsset', 'legacyCo2Only'),
        grid: ordinary ? fc.integer({ min: 0, max: 100 }).map((v) => v / 100) : fc.oneof(fc.constant(0), num(0, 1)),
        coalFactor: num(2, 3),
        heatRate: num(280, 320),
        output: fc.constantFrom('calorific' as const, 'coalSubstitution' as const),
        coalSub: num(280, 320),
      });
    };
    type P = ReturnType<typeof params> extends fc.Arbitrary<infer T> ? T : never;
    const build = (p: P) => makeScenario((s) => {
      s.economy.gdpGrowthPct = p.gdp;
      s.energy.intensityDeclinePct = p.decline;
      const total = p.weights.reduce((a, b) => a + b, 0);
      const shares = Object.fromEntries(FUEL_LIST.map((f, i) => [f, total > 0 ? (p.weights[i]! / total) * 100 : f === 'coal' ? 100 : 0])) as Record<Fuel, number>;
      s.energy.sectors.industry = { sharePct: p.industry, fuelSharesPct: shares };
      s.energy.sectors.services = { sharePct: 100 - p.industry, fuelSharesPct: { coal: 0, oil: 10, gas: 10, electricity: 80, heat: 0, biomass: 0 } };
      s.electricity.projects = p.projects.map((g, i) => gen(`p${i}`, g.type, g.mw, g.hours, g.from));
      s.electricity.pumpedStorage = [{
        id: 'ps', name: 'ps', capacityMW: 300, storageHours: 6, roundTripEfficiencyPct: 75, annualCycles: p.storageCycles,
        attribution: p.storageAttribution, commissioningYear: 2024, status: 'planned', included: true, source: { kind: 'assumed', reason: 'test' },
      }];
      s.electricity.gridEmissionFactor = p.grid;
      s.electricity.heatRateGcePerKWh.coal = p.heatRate;
      s.emissionFactors.tCo2PerTce.coal = p.coalFactor;
      s.conventions.primaryElectricity = p.output;
      s.conventions.coalSubstitutionGcePerKWh = p.coalSub;
    });
    const year = fc.integer({ min: 2020, max: 2030 });

    it('parts add up exactly to the gap, with nothing in other, whenever electricity is used', () => {
      fc.assert(fc.property(params(1, true), params(1, true), year, (pa, pb, y) => {
        const r = decomposeCo2(yearOf(build(pa), y), yearOf(build(pb), y));
        expect(closes(r)).toBe(true);
        expect(part(r, 'other')).toBe(0);
        for (const p of r.parts) expect(Number.isFinite(p.value)).toBe(true);
      }), { numRuns: 300 });
    });

    it('parts add up exactly for any inputs (no electricity, subnormal values)', () => {
      fc.assert(fc.property(params(0, false), params(0, false), year, (pa, pb, y) => {
        expect(closes(decomposeCo2(yearOf(build(pa), y), yearOf(build(pb), y)))).toBe(true);
      }), { numRuns: 200 });
    });

    it('swapping A and B negates every part', () => {
      fc.assert(fc.property(params(1, false), params(1, false), year, (pa, pb, y) => {
        const a = yearOf(build(pa), y);
        const b = yearOf(build(pb), y);
        const ab = decomposeCo2(a, b);
        const ba = decomposeCo2(b, a);
        ab.parts.forEach((p, i) => expect(Math.abs(p.value + ba.parts[i]!.value)).toBeLessThan(1e-9 * Math.max(1, Math.abs(ab.total))));
      }), { numRuns: 100 });
    });
  });
});
