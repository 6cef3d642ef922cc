import { describe, expect, it } from 'vitest';
import { resolveCosts } from '../../../shared/model/costs';
import {
  clearTypeCosts,
  setCostCase,
  setDiscountRate,
  setFuelPrice,
  setImportPrice,
  setPriceYear,
  setReferenceScenario,
  setTypeCost,
} from '../../../shared/model/ops-costs';
import { setValue } from '../../../shared/model/ops';
import type { Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';
import { presetById } from '../../../seeds/index';

/** 连州 policy without any cost settings: every price is the central default. */
function bare(): Scenario {
  const { costs: _c, ...s } = presetById('lianzhou-policy')!;
  const sources = Object.fromEntries(Object.entries(s.sources).filter(([k]) => !k.startsWith('costs')));
  return { ...s, sources };
}

describe('cost settings edits', () => {
  it('sets the case, the discount rate, the price year and the reference, each marked as the user’s', () => {
    let s = setCostCase(bare(), 'high');
    s = setDiscountRate(s, 5);
    s = setPriceYear(s, 2025);
    s = setReferenceScenario(s, 'lianzhou-baseline');
    expect(s.costs).toEqual({ case: 'high', discountRatePct: 5, priceYear: 2025, referenceScenarioId: 'lianzhou-baseline' });
    for (const k of ['case', 'discountRatePct', 'priceYear', 'referenceScenarioId']) expect(s.sources[`costs.${k}`]).toEqual({ kind: 'user' });
    expect(validateScenario(s).ok).toBe(true);
    // the engine reads them: 5 % and the high set (utility PV 2,800 元/kW)
    const c = resolveCosts(s.costs);
    expect(c.discountRatePct).toBe(5);
    expect(c.byType.pv.investmentYuanPerKW).toBe(2800);
  });

  it('an edit that changes nothing returns the same scenario (no empty undo step)', () => {
    const s = setDiscountRate(bare(), 6);
    expect(setDiscountRate(s, 6)).toBe(s);
    expect(setCostCase(setCostCase(s, 'low'), 'low')).toEqual(setCostCase(s, 'low'));
    const b = bare();
    expect(setDiscountRate(b, undefined)).toBe(b);
    expect(setReferenceScenario(b, '')).toBe(b);
    expect(setDiscountRate(b, Number.NaN)).toBe(b);
  });

  it('clearing the last setting removes `costs` and its sources: the scenario is as before', () => {
    const b = bare();
    const s = setDiscountRate(setDiscountRate(b, 3), undefined);
    expect(s.costs).toBeUndefined();
    expect(s.sources['costs.discountRatePct']).toBeUndefined();
    expect(s).toEqual(b);
  });

  it("overrides one of a type's prices; clearing it returns to the case's default and drops the emptied groups", () => {
    const b = bare();
    const s = setTypeCost(b, 'pv', 'investmentYuanPerKW', 3000);
    expect(s.costs).toEqual({ types: { pv: { investmentYuanPerKW: 3000 } } });
    expect(s.sources['costs.types.pv.investmentYuanPerKW']).toEqual({ kind: 'user' });
    // central PV fixed O&M (40 元/kW·年) stays the default beside the override
    expect(resolveCosts(s.costs).byType.pv).toMatchObject({ investmentYuanPerKW: 3000, fixedOmYuanPerKWYear: 40 });
    const both = setTypeCost(s, 'pv', 'lifetimeYears', 30);
    expect(setTypeCost(both, 'pv', 'investmentYuanPerKW', undefined).costs).toEqual({ types: { pv: { lifetimeYears: 30 } } });
    expect(setTypeCost(s, 'pv', 'investmentYuanPerKW', undefined)).toEqual(b);
    expect(clearTypeCosts(both, 'pv')).toEqual(b);
    expect(clearTypeCosts(b, 'pv')).toBe(b);
  });

  it('clearing one type keeps the others and the other settings', () => {
    let s = setDiscountRate(bare(), 4);
    s = setTypeCost(s, 'wind', 'investmentYuanPerKW', 4500);
    s = setTypeCost(s, 'battery', 'energyYuanPerKWh', 400);
    expect(clearTypeCosts(s, 'wind').costs).toEqual({ discountRatePct: 4, types: { battery: { energyYuanPerKWh: 400 } } });
  });

  it('sets and clears fuel and import prices', () => {
    const b = bare();
    const s = setImportPrice(setFuelPrice(b, 'coal', 1200), 0.5);
    expect(s.costs).toEqual({ fuelYuanPerTce: { coal: 1200 }, importYuanPerKWh: 0.5 });
    expect(setImportPrice(setFuelPrice(s, 'coal', undefined), undefined)).toEqual(b);
  });

  it('a value outside the bounds is kept for the check to name, not clamped', () => {
    const s = setDiscountRate(bare(), 45);
    expect(s.costs?.discountRatePct).toBe(45);
    const r = validateScenario(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.path === 'costs.discountRatePct')).toBe(true);
  });

  it("a project's own investment goes through the ledger's setValue path, keyed by the row's id", () => {
    const b = bare();
    const p = b.electricity.projects.find((x) => x.commissioningYear > b.baseYear)!;
    const i = b.electricity.projects.indexOf(p);
    const s = setValue(b, `electricity.projects[${i}].investmentWanYuan`, 16000);
    expect(s.electricity.projects[i]!.investmentWanYuan).toBe(16000);
    expect(s.sources[`electricity.projects[id=${p.id}].investmentWanYuan`]).toEqual({ kind: 'user' });
    expect(validateScenario(s).ok).toBe(true);
  });
});
