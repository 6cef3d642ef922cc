import { describe, expect, it } from 'vitest';
import { COST_ASSET_TYPES, COST_CASES, COST_REF_IDS, defaultCosts, resolveCosts } from '../../../../shared/model/cost-defaults';
import { CostsSchema } from '../../../../shared/model/costs';
import { requireReference } from '../../../../seeds/reference/index';
import { PRESETS } from '../../../../seeds/index';
import { ScenarioSchema } from '../../../../shared/model/scenario';

/** The reference entry's figure for a case: range.low, value, range.high (a single value in every case). */
function figure(refId: string, c: (typeof COST_CASES)[number]): number {
  const e = requireReference(refId);
  if (c === 'central' || !e.range) return e.value!;
  return c === 'low' ? e.range.low : e.range.high;
}

describe('default cost sets', () => {
  it.each(COST_CASES)('%s: every figure is the one its reference entry states', (c) => {
    const d = defaultCosts(c);
    for (const t of COST_ASSET_TYPES) {
      const byType = d.byType[t];
      if (t === 'battery') {
        expect(byType.investmentYuanPerKW).toBe(0);
        expect(byType.energyYuanPerKWh).toBe(figure(COST_REF_IDS.batteryEnergy, c));
      } else {
        expect(byType.investmentYuanPerKW).toBe(figure(COST_REF_IDS.investment(t), c));
        expect(byType.energyYuanPerKWh).toBe(0);
      }
      expect(byType.fixedOmYuanPerKWYear).toBe(figure(COST_REF_IDS.fixedOm(t), c));
      expect(byType.lifetimeYears).toBe(figure(COST_REF_IDS.lifetime(t), c));
    }
    expect(d.fuelYuanPerTce.coal).toBe(figure(COST_REF_IDS.fuel.coal, c));
    expect(d.fuelYuanPerTce.gas).toBe(figure(COST_REF_IDS.fuel.gas, c));
    expect(d.discountRatePct).toBe(figure(COST_REF_IDS.discountRate, c));
    expect(d.importYuanPerKWh).toBe(figure(COST_REF_IDS.importPrice, c));
  });

  it('low ≤ central ≤ high for every price', () => {
    const [lo, mid, hi] = COST_CASES.map((c) => defaultCosts(c));
    for (const t of COST_ASSET_TYPES) {
      for (const k of ['investmentYuanPerKW', 'fixedOmYuanPerKWYear', 'energyYuanPerKWh'] as const) {
        expect(lo!.byType[t][k]).toBeLessThanOrEqual(mid!.byType[t][k]);
        expect(mid!.byType[t][k]).toBeLessThanOrEqual(hi!.byType[t][k]);
      }
    }
  });

  it('a scenario states prices over its case; what it leaves out stays the default', () => {
    const r = resolveCosts({ case: 'high', discountRatePct: 5, types: { pv: { investmentYuanPerKW: 3000 } }, fuelYuanPerTce: { gas: 2800 } });
    expect(r.case).toBe('high');
    expect(r.discountRatePct).toBe(5);
    expect(r.byType.pv.investmentYuanPerKW).toBe(3000);
    expect(r.byType.pv.lifetimeYears).toBe(25);
    expect(r.byType.wind.investmentYuanPerKW).toBe(5800);
    expect(r.fuelYuanPerTce).toEqual({ coal: 1400, gas: 2800 });
    expect(resolveCosts(undefined)).toEqual(defaultCosts('central'));
  });

  it('the schema refuses a negative price and an unknown type', () => {
    expect(CostsSchema.safeParse({ discountRatePct: -1 }).success).toBe(false);
    expect(CostsSchema.safeParse({ types: { nuclear: {} } }).success).toBe(false);
    expect(CostsSchema.safeParse({ types: { battery: { energyYuanPerKWh: 500 } }, referenceScenarioId: 'qingyuan-baseline' }).success).toBe(true);
  });

  it('each policy preset is compared with its own baseline, which is a preset', () => {
    const ids = new Set(PRESETS.map((p) => p.id));
    for (const p of PRESETS.filter((q) => q.id.endsWith('-policy'))) {
      expect(p.costs?.referenceScenarioId).toBe(p.id.replace('-policy', '-baseline'));
      expect(ids.has(p.costs!.referenceScenarioId!)).toBe(true);
      expect(ScenarioSchema.safeParse(p).success).toBe(true);
    }
  });

  it('the 连州 key projects carry the table\'s investment (附表 item 27: 16,000 万元 on line 5233)', () => {
    const lz = PRESETS.find((p) => p.id === 'lianzhou-policy')!;
    const g = lz.electricity.projects.find((q) => q.id === 'lz-pv-xingzi-40')!;
    expect(g.investmentWanYuan).toBe(16000);
    expect(g.source).toMatchObject({ kind: 'document', line: 5233 });
    // item 29 wraps: its source runs to the line the amount is printed on
    const item29 = lz.electricity.projects.find((q) => q.id === 'lz-pv-xijiang-gaoshan-100')!;
    expect(item29.investmentWanYuan).toBe(40000);
    expect(item29.source).toMatchObject({ kind: 'document', line: 5260, lineEnd: 5263 });
  });
});

describe('cost settings checked as issue codes', () => {
  it('a negative investment, a discount rate above 30 % and a bad reference id, each with its code, limit and unit', async () => {
    const { validateScenario } = await import('../../../../shared/model/validate');
    const s = structuredClone(PRESETS.find((p) => p.id === 'qingyuan-policy')!);
    s.costs = { discountRatePct: 50, referenceScenarioId: 'a b', types: { pv: { lifetimeYears: 0 } } };
    s.electricity.projects[0] = { ...s.electricity.projects[0]!, investmentWanYuan: -1 };
    const r = validateScenario(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual(
      expect.arrayContaining([
        { code: 'value.negative', params: {}, path: 'electricity.projects[0].investmentWanYuan' },
        { code: 'value.atMost', params: { limit: 30, unit: '%' }, path: 'costs.discountRatePct' },
        { code: 'id.format', params: {}, path: 'costs.referenceScenarioId' },
        { code: 'value.atLeast', params: { limit: 1 }, path: 'costs.types.pv.lifetimeYears' },
      ]),
    );
  });
});
