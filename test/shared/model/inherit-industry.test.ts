import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { applyOverridesWithReport, deriveFrom, diffScenario } from '../../../shared/model/inherit';
import type { Product, Scenario } from '../../../shared/model/scenario';

const assumed = { kind: 'assumed', reason: 'test' } as const;
const clinker = (id: string, output: number): Product => ({
  id,
  kind: 'clinker',
  name: `熟料 ${id}`,
  outputWanT: output,
  routes: [{ id: 'main', name: '新型干法', sharePct: 100, unitEnergyKgcePerT: 105, fuelSharesPct: { coal: 90, oil: 0, gas: 0, electricity: 10, heat: 0, biomass: 0 } }],
  source: assumed,
});

/** 韶关 policy with two clinker lines and a process line driven by the first. */
const parent = (): Scenario => {
  const s = structuredClone(presetById('shaoguan-policy')!);
  s.industry = {
    products: [clinker('kiln-a', 100), clinker('kiln-b', 50)],
    processEmissions: [{ id: 'kiln-a-process', kind: 'clinker', name: '熟料过程排放', productId: 'kiln-a', factorTCo2PerT: 0.52, source: assumed }],
  };
  return s;
};

describe('a derived scenario’s industry', () => {
  it('addresses products and process lines by id: one changed output, one removed product', () => {
    const base = parent();
    const edited = parent();
    edited.industry!.products[0]!.outputWanT = 80;
    edited.industry!.products.splice(1, 1);
    const paths = diffScenario(base, edited).map((o) => o.path);
    expect(paths).toEqual(expect.arrayContaining(['industry.products[id=kiln-a].outputWanT', 'industry.products[id=kiln-b]']));
    expect(paths.filter((p) => p.startsWith('industry')).length).toBe(2);
    const { scenario, stale } = applyOverridesWithReport(base, deriveFrom(base, edited));
    expect(stale).toEqual([]);
    expect(scenario.industry).toEqual(edited.industry);
  });

  it('a parent change of a product the child did not touch reaches the child', () => {
    const base = parent();
    const edited = parent();
    edited.industry!.products[0]!.outputWanT = 80;
    const child = deriveFrom(base, edited);
    const changed = parent();
    changed.industry!.products[1]!.outputWanT = 40;
    changed.industry!.processEmissions[0]!.factorTCo2PerT = 0.538;
    const { scenario } = applyOverridesWithReport(changed, child);
    expect(scenario.industry!.products.map((p) => p.outputWanT)).toEqual([80, 40]);
    expect(scenario.industry!.processEmissions[0]!.factorTCo2PerT).toBe(0.538);
  });
});
