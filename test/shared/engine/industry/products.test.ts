import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../../../shared/engine/prepare';
import { runScenario } from '../../../../shared/engine/run';
import type { Product, Scenario } from '../../../../shared/model/scenario';
import { makeScenario } from '../../../helpers/make-scenario';
import { assumed, fuels, yearOf } from '../../build';

/**
 * Key products by hand on the round scenario (test/helpers/make-scenario.ts): 2020–2030, GDP 100 亿元 and
 * 0.5 tce/万元 flat, so industry (the whole economy) is 50 万tce every year: coal 30, electricity 20 (当量值
 * in and out); coal 2.5 tCO2/tce; grid 0.5 tCO2/MWh, no local plants, so CO2 = 30 × 2.5 + 20 / 1.229 × 5
 * = 75 + 81.366965 = 156.366965 万tCO2.
 *
 * Clinker: 100 万t in 2020 rising linearly to 150 万t in 2025 (then flat), 100 kgce/t falling to 90 by 2025,
 * fuels coal 80 % and electricity 20 %. 万t × kgce/t / 1000 = 万tce.
 */
const clinker = (edit: (p: Product) => void = () => {}): Product => {
  const p: Product = {
    id: 'clinker', kind: 'clinker', name: '熟料', source: assumed,
    outputWanT: [{ year: 2020, value: 100 }, { year: 2025, value: 150 }],
    routes: [{
      id: 'dry', name: '新型干法', sharePct: 100,
      unitEnergyKgcePerT: [{ year: 2020, value: 100 }, { year: 2025, value: 90 }],
      fuelSharesPct: fuels({ coal: 80, electricity: 20 }),
    }],
  };
  edit(p);
  return p;
};

const withProducts = (products: Product[], edit: (s: Scenario) => void = () => {}) =>
  runScenario(makeScenario((s) => {
    s.industry = { products, processEmissions: [] };
    edit(s);
  }));

describe('product energy: output × unit energy, carved out of industry in the base year', () => {
  const r = withProducts([clinker()]);

  it('2020: 100 万t × 100 kgce/t = 10 万tce (coal 8, electricity 2) taken out of industry: the total is still 50', () => {
    const y = yearOf(r, 2020);
    const p = y.products[0]!;
    expect(p.outputWanT).toBe(100);
    expect(p.energy).toBeCloseTo(10, 12);
    expect(p.energyByFuel.coal).toBeCloseTo(8, 12);
    expect(p.energyByFuel.electricity).toBeCloseTo(2, 12);
    expect(p.unitEnergyKgcePerT).toBeCloseTo(100, 12);
    expect(y.energy).toBeCloseTo(50, 12);
    expect(y.energyByFuel.coal).toBeCloseTo(30, 12);
    expect(y.energyBySector.industry).toBeCloseTo(50, 12);
    expect(y.co2).toBeCloseTo(156.366965, 6);
  });

  it('2025: the rest keeps 1 − 8/30 of coal and 0.9 of electricity; the product adds 150 × 90 = 13.5 万tce', () => {
    // rest: coal 30 × 22/30 = 22, electricity 20 × 0.9 = 18
    // product: 13.5 万tce = coal 10.8, electricity 2.7
    // coal 32.8, electricity 20.7, total 53.5
    // CO2 = 32.8 × 2.5 + 20.7 / 1.229 × 5 = 82 + 84.214809 = 166.214809
    const y = yearOf(r, 2025);
    expect(y.products[0]!.energy).toBeCloseTo(13.5, 12);
    expect(y.products[0]!.unitEnergyKgcePerT).toBeCloseTo(90, 12);
    expect(y.energyByFuel.coal).toBeCloseTo(32.8, 12);
    expect(y.energyByFuel.electricity).toBeCloseTo(20.7, 12);
    expect(y.energy).toBeCloseTo(53.5, 12);
    expect(y.electricityDemand).toBeCloseTo(20.7 / 1.229, 12);
    expect(y.co2).toBeCloseTo(166.214809, 6);
  });

  it('2022, between the points: 120 万t × 96 kgce/t = 11.52 万tce; the rest as in every later year', () => {
    // output 100 + 2/5 × 50 = 120, unit energy 100 − 2/5 × 10 = 96: 11.52 = coal 9.216, electricity 2.304
    // coal 22 + 9.216 = 31.216, electricity 18 + 2.304 = 20.304
    const y = yearOf(r, 2022);
    expect(y.products[0]!.outputWanT).toBeCloseTo(120, 12);
    expect(y.energyByFuel.coal).toBeCloseTo(31.216, 12);
    expect(y.energyByFuel.electricity).toBeCloseTo(20.304, 12);
  });
});

describe('routes: crude steel by blast furnace and electric arc', () => {
  // 10 万t: BF 80 % = 8 万t × 550 kgce/t = 4.4 万tce (coal 95 % = 4.18, electricity 0.22);
  // EAF 20 % = 2 万t × 160 kgce/t = 0.32 万tce (electricity 80 % = 0.256, coal 0.064)
  // product 4.72 万tce: coal 4.244, electricity 0.476; output-weighted unit energy 4.72 × 1000 / 10 = 472 kgce/t
  const steel: Product = {
    id: 'steel', kind: 'crudeSteel', name: '粗钢', source: assumed, outputWanT: 10,
    routes: [
      { id: 'bf', name: '高炉-转炉', sharePct: 80, unitEnergyKgcePerT: 550, fuelSharesPct: fuels({ coal: 95, electricity: 5 }) },
      { id: 'eaf', name: '电炉', sharePct: 20, unitEnergyKgcePerT: 160, fuelSharesPct: fuels({ coal: 20, electricity: 80 }) },
    ],
  };
  const y = yearOf(withProducts([steel]), 2020);

  it('sums the routes by fuel and weighs unit energy by output', () => {
    const p = y.products[0]!;
    expect(p.outputByRouteWanT).toEqual({ bf: 8, eaf: 2 });
    expect(p.energy).toBeCloseTo(4.72, 12);
    expect(p.energyByFuel.coal).toBeCloseTo(4.244, 12);
    expect(p.energyByFuel.electricity).toBeCloseTo(0.476, 12);
    expect(p.unitEnergyKgcePerT).toBeCloseTo(472, 12);
    expect(y.energy).toBeCloseTo(50, 12);
  });

  it('a product without output has no unit energy (0, not NaN)', () => {
    const none = yearOf(withProducts([{ ...steel, outputWanT: 0 }]), 2020).products[0]!;
    expect(none.energy).toBe(0);
    expect(none.unitEnergyKgcePerT).toBe(0);
  });
});

describe('electricity of products: unit energy at 当量值 (0.1229 kgce/kWh), reported in the scenario’s convention', () => {
  // reporting in 等价值 at 300 gce/kWh: 1 万tce of electricity at 当量值 is 1 / 1.229 亿kWh, reported as × 0.3 / 0.1229
  const coal = (s: Scenario) => {
    s.conventions.primaryElectricity = 'coalSubstitution';
    s.conventions.coalSubstitutionGcePerKWh = 300;
  };
  const r = withProducts([clinker()], coal);

  it('2020: the product’s 2 万tce (当量值) of electricity is 2 × 0.3 / 0.1229 = 4.882018 万tce reported; the carve-out is still a tenth', () => {
    const y = yearOf(r, 2020);
    expect(y.products[0]!.energyByFuel.electricity).toBeCloseTo(4.882018, 6);
    expect(y.products[0]!.energy).toBeCloseTo(8 + 4.882018, 6);
    // unit energy stays as the standards count it
    expect(y.products[0]!.unitEnergyKgcePerT).toBeCloseTo(100, 12);
    // industry's electricity 20 × 0.3 / 0.1229 = 48.820179, as without products
    expect(y.energyByFuel.electricity).toBeCloseTo(48.820179, 6);
  });

  it('2025: electricity 18 × 0.3 / 0.1229 + 2.7 × 0.3 / 0.1229 = 50.528885 万tce, the same 16.842962 亿kWh and CO2 as under 当量值', () => {
    const y = yearOf(r, 2025);
    expect(y.products[0]!.energyByFuel.electricity).toBeCloseTo(6.590724, 6);
    expect(y.energyByFuel.electricity).toBeCloseTo(50.528885, 6);
    expect(y.electricityDemand).toBeCloseTo(16.842962, 6);
    expect(y.co2).toBeCloseTo(yearOf(withProducts([clinker()]), 2025).co2, 9);
  });
});

describe('a year of published energy is another anchor', () => {
  // published 2023: 60 万tce (GDP flat at 100, so 0.6 tce/万元 from then on): industry coal 36, electricity 24.
  // 2023 product: 130 万t × 94 kgce/t = 12.22 万tce = coal 9.776, electricity 2.444: carved out of 36 and 24.
  // 2024: industry 60 again; rest coal 36 − 9.776 = 26.224, electricity 24 − 2.444 = 21.556;
  //       product 140 × 92 = 12.88 = coal 10.304, electricity 2.576 → coal 36.528, electricity 24.132, total 60.66
  const r = withProducts([clinker()], (s) => {
    s.history = { energyWanTce: { '2023': { value: 60, source: assumed } } };
  });

  it('2023 reproduces the published total', () => {
    const y = yearOf(r, 2023);
    expect(y.actual.energy).toBe(true);
    expect(y.energy).toBeCloseTo(60, 12);
    expect(y.energyByFuel.coal).toBeCloseTo(36, 12);
  });

  it('2024 carries the 2023 carve-out', () => {
    const y = yearOf(r, 2024);
    expect(y.energyByFuel.coal).toBeCloseTo(36.528, 12);
    expect(y.energyByFuel.electricity).toBeCloseTo(24.132, 12);
    expect(y.energy).toBeCloseTo(60.66, 12);
  });
});

describe('products larger than industry in an anchor year', () => {
  it('500 万t × 100 kgce/t × 80 % = 40 万tce of coal against industry’s 30: an error naming the fuel and year', () => {
    let caught: unknown;
    try {
      withProducts([clinker((p) => (p.outputWanT = 500))]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    const issue = (caught as ScenarioError).issues[0]!;
    expect(issue.path).toBe('energy.sectors.industry.fuelSharesPct.coal');
    expect(issue.code).toBe('industry.productsExceedSector');
    expect(issue.params).toMatchObject({ year: 2020 });
    expect((issue.params as { products: number }).products).toBeCloseTo(40, 12);
    expect((issue.params as { sector: number }).sector).toBeCloseTo(30, 12);
  });

  it('a later year may exceed industry’s own path: the products add what their output gives', () => {
    // 2025: 400 万t × 90 = 36 万tce (coal 28.8): rest 30 × (1 − 8/30) = 22, coal 50.8
    const r = withProducts([clinker((p) => (p.outputWanT = [{ year: 2020, value: 100 }, { year: 2025, value: 400 }]))]);
    expect(yearOf(r, 2025).energyByFuel.coal).toBeCloseTo(50.8, 12);
  });
});

describe('checks of the product inputs', () => {
  const issuesOf = (products: Product[]) => {
    try {
      withProducts(products);
    } catch (e) {
      return (e as ScenarioError).issues.map((i) => `${i.path} ${i.code}`);
    }
    return [];
  };

  it('routes summing to 90 % and fuel shares to 110 % are named at their fields', () => {
    const bad = clinker((p) => {
      p.routes[0]!.sharePct = 90;
      p.routes[0]!.fuelSharesPct = fuels({ coal: 90, electricity: 20 });
    });
    expect(issuesOf([bad])).toEqual(
      expect.arrayContaining(['industry.products[0].routes industry.routeSum', 'industry.products[0].routes[0].fuelSharesPct shares.fuelSum']),
    );
  });

  it('two products with one id', () => {
    expect(issuesOf([clinker(), clinker()])).toContain('industry.products[1].id id.duplicate');
  });
});
