import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import { resolvePlainSeries } from '../../../shared/engine/series-values';
import type { Product } from '../../../shared/model/industry';
import { applyProductLever, productLeverAvailable, readProductLever, type BenchmarkOf } from '../../../shared/model/ops-industry-levers';
import type { ValueInYear } from '../../../shared/model/ops-levers';
import type { Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';
import { PRESETS } from '../../../seeds/index';

/** Numbers and point lists, as the engine resolves them (the presets' products use no expressions). */
const valueInYear: ValueInYear = (series, year, base, end) => {
  if (typeof series === 'object' && !Array.isArray(series)) return undefined;
  return resolvePlainSeries(series, '', base, Math.max(end, year) - base + 1, [])[Math.max(0, year - base)];
};
/** 熟料's 标杆 line as the library gives it (100 kgce/t); no line for the other kinds here. */
const benchmarkOf: BenchmarkOf = (p: Product) => p.benchmarkKgcePerT ?? (p.kind === 'clinker' ? 100 : undefined);

const preset = (id: string): Scenario => structuredClone(PRESETS.find((p) => p.id === id)!);
const product = (s: Scenario, id: string) => s.industry!.products.find((p) => p.id === id)!;
const move = (s: Scenario, productId: string, lever: Parameters<typeof applyProductLever>[2], v: number) => applyProductLever(s, productId, lever, v, valueInYear, benchmarkOf);
const read = (s: Scenario, productId: string, lever: Parameters<typeof applyProductLever>[2]) => readProductLever(s, productId, lever, valueInYear, benchmarkOf);
const product2030 = (s: Scenario, id: string) => runScenario(s).years.find((y) => y.year === 2030)!.products.find((p) => p.id === id)!;

describe('the output lever of a key product', () => {
  it("writes 2030's output as a change on the base year, a straight line from the base year", () => {
    const s = preset('qingyuan-baseline');
    const next = move(s, 'qy-clinker', 'output', 10);
    // 清远 clinker 2,400 万t in 2020 (held flat in the baseline); +10 % → 2,640 万t in 2030
    expect(product(next, 'qy-clinker').outputWanT).toEqual([
      { year: 2020, value: 2400 },
      { year: 2030, value: 2640 },
    ]);
    expect(read(next, 'qy-clinker', 'output')).toBe(10);
    expect(validateScenario(next).ok).toBe(true);
    // the product's energy follows its output: 2,640 / 2,400 = 1.1 × the baseline's 2030 energy
    expect(product2030(next, 'qy-clinker').energy / product2030(s, 'qy-clinker').energy).toBeCloseTo(1.1, 10);
  });

  it("keeps the path's points after 2030", () => {
    const s = preset('shaoguan-policy');
    // 韶关 policy steel: 860 (2020) … 900 (2030), 800 (2035), 650 (2060); −10 % → 774 in 2030
    const next = move(s, 'sg-crude-steel', 'output', -10);
    expect(product(next, 'sg-crude-steel').outputWanT).toEqual([
      { year: 2020, value: 860 },
      { year: 2030, value: 774 },
      { year: 2035, value: 800 },
      { year: 2060, value: 650 },
    ]);
    // the policy path read as the lever reads it: 900 / 860 − 1 = 4.651163 %
    expect(read(s, 'sg-crude-steel', 'output')).toBeCloseTo(4.651163, 5);
  });
});

describe('the unit-energy lever (the gap to the 能效标杆水平 closed by 2030)', () => {
  it('moves the routes above the line by the share of their gap', () => {
    const s = preset('qingyuan-baseline');
    // 108 kgce/t in 2020, 标杆 100: half the gap of 8 closed → 104 in 2030
    const next = move(s, 'qy-clinker', 'unitEnergy', 50);
    expect(product(next, 'qy-clinker').routes[0]!.unitEnergyKgcePerT).toEqual([
      { year: 2020, value: 108 },
      { year: 2030, value: 104 },
    ]);
    expect(read(next, 'qy-clinker', 'unitEnergy')).toBe(50);
    // the policy path (108 → 100 by 2030) has closed the whole gap
    expect(read(preset('qingyuan-policy'), 'qy-clinker', 'unitEnergy')).toBe(100);
  });

  it('is not offered without a line, or when every route is already at or under it', () => {
    const s = preset('qingyuan-baseline');
    expect(productLeverAvailable(s, 'qy-cement', 'unitEnergy', valueInYear, benchmarkOf)).toBe(false);
    const own = { ...s, industry: { ...s.industry!, products: s.industry!.products.map((p) => (p.id === 'qy-clinker' ? { ...p, benchmarkKgcePerT: 110 } : p)) } };
    expect(productLeverAvailable(own, 'qy-clinker', 'unitEnergy', valueInYear, benchmarkOf)).toBe(false);
    expect(move(own, 'qy-clinker', 'unitEnergy', 50)).toBe(own);
  });
});

describe('the electrification lever (fuel switching)', () => {
  it("raises electricity's share by the points and rescales the other fuels in their 2030 proportions", () => {
    const s = preset('qingyuan-baseline');
    // ceramics: coal 40, gas 45, electricity 15 → electricity 35 in 2030; the other 65 split 40 : 45
    // coal 65 × 40/85 = 30.588235, gas 65 × 45/85 = 34.411765
    const next = move(s, 'qy-ceramics', 'electrification', 20);
    const mix = product(next, 'qy-ceramics').routes[0]!.fuelSharesPct;
    expect(mix.electricity).toEqual([{ year: 2020, value: 15 }, { year: 2030, value: 35 }]);
    expect(mix.coal).toEqual([{ year: 2020, value: 40 }, { year: 2030, value: 30.588235 }]);
    expect(mix.gas).toEqual([{ year: 2020, value: 45 }, { year: 2030, value: 34.411765 }]);
    expect(read(next, 'qy-ceramics', 'electrification')).toBe(20);
    expect(validateScenario(next).ok).toBe(true);
  });

  it("keeps a plan's own 2030 switch and its later years", () => {
    const s = preset('shaoguan-policy');
    // 韶关 policy kiln: 2020 coal 94, electricity 6; 2030 coal 88, electricity 6, biomass 6; 2060 coal 70, electricity 10, biomass 20.
    // +10 points → electricity 16 in 2030; the other 84 split 88 : 6 → coal 78.638298, biomass 5.361702; 2060 as it was
    const next = move(s, 'sg-clinker', 'electrification', 10);
    const mix = product(next, 'sg-clinker').routes[0]!.fuelSharesPct;
    expect(mix.electricity).toEqual([{ year: 2020, value: 6 }, { year: 2030, value: 16 }, { year: 2060, value: 10 }]);
    expect(mix.coal).toEqual([{ year: 2020, value: 94 }, { year: 2030, value: 78.638298 }, { year: 2060, value: 70 }]);
    expect(mix.biomass).toEqual([{ year: 2020, value: 0 }, { year: 2030, value: 5.361702 }, { year: 2060, value: 20 }]);
    expect(validateScenario(next).ok).toBe(true);
  });
});

describe('the route-share lever', () => {
  it("sets the last route's 2030 share and gives the others the rest", () => {
    const s = preset('shaoguan-policy');
    // 韶关 steel: 电炉 0 % in 2020 → 30 % in 2030; 高炉-转炉 100 → 70
    const next = move(s, 'sg-crude-steel', 'routeShare', 30);
    const [bf, eaf] = product(next, 'sg-crude-steel').routes;
    expect(bf!.sharePct).toEqual([{ year: 2020, value: 100 }, { year: 2030, value: 70 }]);
    expect(eaf!.sharePct).toEqual([{ year: 2020, value: 0 }, { year: 2030, value: 30 }]);
    expect(read(next, 'sg-crude-steel', 'routeShare')).toBe(30);
    expect(productLeverAvailable(s, 'sg-clinker', 'routeShare', valueInYear, benchmarkOf)).toBe(false);
    // 2030 output by route: 900 × 30 % = 270 万t by electric arc
    expect(product2030(next, 'sg-crude-steel').outputByRouteWanT.eaf).toBeCloseTo(270, 9);
  });

  it('changes nothing once the base year is 2030 or later', () => {
    const s = { ...preset('shaoguan-policy'), baseYear: 2030 };
    for (const lever of ['output', 'unitEnergy', 'electrification', 'routeShare'] as const) {
      expect(productLeverAvailable(s, 'sg-crude-steel', lever, valueInYear, benchmarkOf)).toBe(false);
      expect(move(s, 'sg-crude-steel', lever, 20)).toBe(s);
    }
  });
});
