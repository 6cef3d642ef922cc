import { describe, expect, it } from 'vitest';
import { decouplingByPeriod, tapioState } from '../../../shared/engine/decoupling';
import { periodChanges } from '../../../shared/engine/periods';
import type { YearResult } from '../../../shared/engine/results';

/**
 * Tapio 2005 (Transport Policy 12:137–151), Fig. 2: e = %ΔCO2 / %ΔGDP; with
 * GDP growing, ΔCO2 < 0 is strong decoupling, 0 ≤ e < 0.8 weak decoupling,
 * 0.8 ≤ e ≤ 1.2 expansive coupling, e > 1.2 expansive negative decoupling;
 * with GDP shrinking, ΔCO2 > 0 is strong negative decoupling, 0 ≤ e < 0.8 weak
 * negative decoupling, 0.8–1.2 recessive coupling, e > 1.2 recessive decoupling.
 */
describe('tapioState: the eight states', () => {
  it.each([
    // GDP +30 %, CO2 −6 %: e = −6 / 30 = −0.2
    [-6, 30, -0.2, 'strongDecoupling'],
    // GDP +30 %, CO2 +12 %: e = 12 / 30 = 0.4
    [12, 30, 0.4, 'weakDecoupling'],
    // GDP +30 %, CO2 +30 %: e = 1
    [30, 30, 1, 'expansiveCoupling'],
    // GDP +20 %, CO2 +30 %: e = 1.5
    [30, 20, 1.5, 'expansiveNegativeDecoupling'],
    // GDP −10 %, CO2 +5 %: e = 5 / −10 = −0.5
    [5, -10, -0.5, 'strongNegativeDecoupling'],
    // GDP −10 %, CO2 −4 %: e = 0.4
    [-4, -10, 0.4, 'weakNegativeDecoupling'],
    // GDP −10 %, CO2 −10 %: e = 1
    [-10, -10, 1, 'recessiveCoupling'],
    // GDP −10 %, CO2 −20 %: e = 2
    [-20, -10, 2, 'recessiveDecoupling'],
  ] as const)('ΔCO2 %d %%, ΔGDP %d %% → e = %d, %s', (co2, gdp, e, state) => {
    const t = tapioState(co2, gdp)!;
    expect(t.elasticity).toBeCloseTo(e, 12);
    expect(t.state).toBe(state);
  });

  it('the band edges 0.8 and 1.2 are coupling (Tapio: 0.8 ≤ e ≤ 1.2)', () => {
    // division is correctly rounded: 8 / 10 is the double nearest 0.8, the same as the literal 0.8 (and 12 / 10 as 1.2)
    expect(tapioState(8, 10)!.state).toBe('expansiveCoupling');
    expect(tapioState(12, 10)!.state).toBe('expansiveCoupling');
    expect(tapioState(-8, -10)!.state).toBe('recessiveCoupling');
    expect(tapioState(-12, -10)!.state).toBe('recessiveCoupling');
  });

  it('CO2 unchanged: e = 0, weak decoupling while GDP grows, weak negative decoupling while it shrinks', () => {
    expect(tapioState(0, 10)).toEqual({ elasticity: 0, state: 'weakDecoupling' });
    expect(tapioState(0, -10)!.state).toBe('weakNegativeDecoupling');
  });

  it('GDP unchanged: no elasticity', () => {
    expect(tapioState(5, 0)).toBeNull();
  });
});

describe('decouplingByPeriod', () => {
  const year = (y: number, gdp: number, co2: number) => ({ year: y, gdp, co2, co2PerGdp: co2 / gdp, energyPerGdp: 0, energyPerGdpAssessed: 0 }) as unknown as YearResult;
  // 2020 → 2025: GDP 100 → 130 (+30 %), CO2 200 → 220 (+10 %): e = 10 / 30 = 0.3333, weak decoupling
  // 2025 → 2030: GDP 130 → 156 (+20 %), CO2 220 → 209 (−5 %): e = −5 / 20 = −0.25, strong decoupling
  const years: YearResult[] = [];
  for (let y = 2020; y <= 2030; y++) {
    const gdp = y <= 2025 ? 100 + (30 * (y - 2020)) / 5 : 130 + (26 * (y - 2025)) / 5;
    const co2 = y <= 2025 ? 200 + (20 * (y - 2020)) / 5 : 220 - (11 * (y - 2025)) / 5;
    years.push(year(y, gdp, co2));
  }

  it('one row per five-year plan period, changes over the whole period', () => {
    const d = decouplingByPeriod(years, periodChanges(years));
    expect(d.map((p) => [p.plan, p.fromYear, p.toYear, p.state])).toEqual([
      [14, 2020, 2025, 'weakDecoupling'],
      [15, 2025, 2030, 'strongDecoupling'],
    ]);
    expect(d[0]!.gdpChangePct).toBeCloseTo(30, 10);
    expect(d[0]!.co2ChangePct).toBeCloseTo(10, 10);
    expect(d[0]!.elasticity).toBeCloseTo(1 / 3, 10);
    expect(d[1]!.gdpChangePct).toBeCloseTo(20, 10);
    expect(d[1]!.co2ChangePct).toBeCloseTo(-5, 10);
    expect(d[1]!.elasticity).toBeCloseTo(-0.25, 10);
  });
});
