import { describe, expect, it } from 'vitest';
import { maccEntries } from '../../../../shared/engine/costs';
import { resolveSeries } from '../../../../shared/engine/series';
import { presetById } from '../../../../seeds/index';

describe('marginal abatement cost curve', () => {
  const s = presetById('lianzhou-policy')!;
  const entries = maccEntries(s, resolveSeries);

  it('has one step per included project and pumped-storage plant entering after the base year', () => {
    const expected = [
      ...s.electricity.projects.filter((g) => g.included && g.commissioningYear > s.baseYear).map((g) => g.id),
      ...s.electricity.pumpedStorage.filter((p) => p.included && p.commissioningYear > s.baseYear).map((p) => p.id),
    ];
    expect(entries.map((e) => e.id).sort()).toEqual(expected.sort());
    expect(entries.find((e) => e.id === 'lz-ps-tanling')).toMatchObject({ kind: 'storage', type: 'pumpedStorage' });
  });

  it('is sorted by cost per tonne, the entries that avoid no CO2 last', () => {
    const priced = entries.filter((e) => e.costPerTonneYuan !== null).map((e) => e.costPerTonneYuan!);
    expect(priced).toEqual([...priced].sort((a, b) => a - b));
    const firstNull = entries.findIndex((e) => e.costPerTonneYuan === null);
    if (firstNull >= 0) expect(entries.slice(firstNull).every((e) => e.costPerTonneYuan === null)).toBe(true);
  });

  it('a PV project avoids CO2 (its output replaces imports at the grid factor), and its cost per tonne is its NPV over that', () => {
    const pv = entries.find((e) => e.id === 'lz-pv-xingzi-40')!;
    expect(pv.kind).toBe('project');
    expect(pv.co2AvoidedWanT).toBeGreaterThan(0);
    expect(pv.costPerTonneYuan).toBeCloseTo((pv.npvYiYuan / pv.co2AvoidedWanT) * 1e4, 8);
  });

  it('the waste-to-energy plant, whose fossil CO2 exceeds what its output displaces, avoids none and has no cost per tonne', () => {
    const wte = entries.find((e) => e.id === 'lz-wte-energy-park')!;
    expect(wte.co2AvoidedWanT).toBeLessThan(0);
    expect(wte.costPerTonneYuan).toBeNull();
  });
});
