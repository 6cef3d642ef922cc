import { describe, expect, it } from 'vitest';
import { addsUpTo100, rebalance, setFuelShare, setShares, sumOf } from '../../../shared/model/ops-shares';
import { validateScenario } from '../../../shared/model/validate';
import { makeScenario } from '../../helpers/make-scenario';
import { assumed } from '../build';

describe('shares that add up to 100 %', () => {
  it('the tolerance is 0.05 percentage points either way', () => {
    expect(sumOf([33.3, 33.3, 33.4])).toBeCloseTo(100, 12);
    expect(addsUpTo100(100.05)).toBe(true);
    expect(addsUpTo100(99.95)).toBe(true);
    expect(addsUpTo100(100.06)).toBe(false);
    expect(addsUpTo100(99.9)).toBe(false);
  });

  it('rebalance keeps one share and scales the others in proportion', () => {
    // rest 100 − 50 = 50, split 30 : 10 → 37.5 and 12.5
    expect(rebalance({ a: 50, b: 30, c: 10 }, 'a')).toEqual({ a: 50, b: 37.5, c: 12.5 });
    // the others all zero: the rest 60 split evenly
    expect(rebalance({ a: 40, b: 0, c: 0 }, 'a')).toEqual({ a: 40, b: 30, c: 30 });
    // the kept share is clamped to 0–100
    expect(rebalance({ a: 120, b: 10 }, 'a')).toEqual({ a: 100, b: 0 });
    // rounded to 6 decimals: rest 66.6666667 split 1 : 2 → 22.222222 and 44.444444; still within the tolerance
    const r = rebalance({ a: 33.3333333, b: 1, c: 2 }, 'a');
    expect(r).toEqual({ a: 33.3333333, b: 22.222222, c: 44.444444 });
    expect(addsUpTo100(sumOf(Object.values(r)))).toBe(true);
  });

  it('setShares writes a row as one edit, leaving fields that already hold the value (and their source) alone', () => {
    const s = makeScenario((x) => {
      x.sources['energy.sectors.industry.fuelSharesPct.coal'] = assumed;
    });
    const next = setShares(s, { 'energy.sectors.industry.fuelSharesPct.coal': 60, 'energy.sectors.industry.fuelSharesPct.electricity': 40 });
    expect(next).toBe(s);
    const moved = setShares(s, { 'energy.sectors.industry.fuelSharesPct.coal': 50, 'energy.sectors.industry.fuelSharesPct.electricity': 50 });
    expect(moved.energy.sectors.industry.fuelSharesPct).toMatchObject({ coal: 50, electricity: 50 });
    expect(moved.sources['energy.sectors.industry.fuelSharesPct.coal']).toEqual({ kind: 'user' });
    expect(validateScenario(moved).ok).toBe(true);
  });

  it('setFuelShare: one fuel set, the others rescaled (the coal-share lever)', () => {
    // coal 60, oil 10, electricity 30 → coal 40: rest 60 split 10 : 30 → oil 15, electricity 45
    const s = makeScenario((x) => {
      x.energy.sectors.industry = { sharePct: 100, fuelSharesPct: { coal: 60, oil: 10, gas: 0, electricity: 30, heat: 0, biomass: 0 } };
    });
    const base = { coal: 60, oil: 10, gas: 0, electricity: 30, heat: 0, biomass: 0 };
    const next = setFuelShare(s, 'industry', 'coal', 40, base);
    expect(next.energy.sectors.industry.fuelSharesPct).toEqual({ coal: 40, oil: 15, gas: 0, electricity: 45, heat: 0, biomass: 0 });
    expect(validateScenario(next).ok).toBe(true);
  });
});
