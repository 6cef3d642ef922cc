import { describe, expect, it } from 'vitest';
import { referenceById } from '../../../../seeds/index';
import { forestFactors, kindFuelMix, kindLevels, kindProcessFactor, productLines, referenceSource } from '../../../../renderer/features/industry/library';
import { unitEnergyOption } from '../../../../renderer/features/industry/unit-energy-chart';
import type { Product } from '../../../../shared/model/industry';
import { PROCESS_KINDS } from '../../../../shared/model/vocabulary';

const product = (kind: Product['kind'], own: Partial<Product> = {}): Product => ({
  id: 'p',
  kind,
  name: 'p',
  outputWanT: 1,
  routes: [{ id: 'main', name: 'main', sharePct: 100, unitEnergyKgcePerT: 110, fuelSharesPct: { coal: 100, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0 } }],
  source: { kind: 'user' },
  ...own,
});

describe('the library values the industry panel starts from', () => {
  it('clinker’s lines are the 2023 table’s 标杆 100 and 基准 117 kgce/t, each citing its entry', () => {
    const l = kindLevels('clinker')!;
    expect(l.benchmark.value).toBe(100);
    expect(l.baseline.value).toBe(117);
    expect(l.benchmark.source).toMatchObject({ kind: 'reference', refId: 'bm-clinker-benchmark' });
    expect(kindLevels('copperFoil')).toBeUndefined();
  });

  it('cement starts electricity only, citing the grinding entry (its clinker is counted with the clinker); kinds without a mix in the library get none', () => {
    const m = kindFuelMix('cement')!;
    expect(m.sharesPct).toEqual({ coal: 0, oil: 0, gas: 0, electricity: 100, heat: 0, biomass: 0 });
    expect(m.source).toMatchObject({ kind: 'reference', refId: 'cement-grinding-unit-energy' });
    expect(kindFuelMix('clinker')).toBeUndefined();
    expect(kindFuelMix('copperFoil')).toBeUndefined();
  });

  it('a product is read against its own lines where it has them, else its kind’s in the library', () => {
    expect(productLines(product('clinker'))).toEqual({ benchmark: 100, baseline: 117 });
    expect(productLines(product('clinker', { benchmarkKgcePerT: 95 }))).toEqual({ benchmark: 95, baseline: 117 });
    expect(productLines(product('copperFoil'))).toEqual({ benchmark: undefined, baseline: undefined });
  });

  it('every process kind has a cited factor; every forest factor is an entry of the library', () => {
    for (const k of PROCESS_KINDS) {
      const f = kindProcessFactor(k);
      expect(f.source.kind).toBe('reference');
      expect(f.value).toBeGreaterThan(0);
    }
    const ff = forestFactors()!;
    expect(ff).toBeDefined();
    for (const v of Object.values(ff)) expect(v.value).toBe(referenceById((v.source as { refId: string }).refId)!.value);
    expect(referenceSource('no-such-entry')).toBeUndefined();
  });
});

describe('the unit-energy chart', () => {
  it('draws the lines given and the 标杆/基准 levels as flat lines over every year', () => {
    const o = unitEnergyOption([2020, 2021, 2022], [{ name: 'w', values: [110, 108, null], color: '#000' }], { benchmark: 100, baseline: 117 }, { benchmark: 'B', baseline: 'F', unit: 'kgce/t', value: String });
    const series = o.series as { name: string; data: (number | null)[] }[];
    expect(series.map((x) => x.name)).toEqual(['w', 'B', 'F']);
    expect(series[1]!.data).toEqual([100, 100, 100]);
    expect(series[2]!.data).toEqual([117, 117, 117]);
    // no levels, no flat lines
    expect((unitEnergyOption([2020], [], {}, { benchmark: 'B', baseline: 'F', unit: '', value: String }).series as unknown[]).length).toBe(0);
  });
});
