import { describe, expect, it } from 'vitest';
import { PRESETS, presetById } from '../../../../seeds/index';
import { runEnsemble } from '../../../../shared/engine/ensemble';
import { delayedProjectIds, neutralValues, prepareKernel, runVariant, SLOT, variantOut } from '../../../../shared/engine/ensemble/kernel';
import { runScenario } from '../../../../shared/engine/run';
import { resolveSeries } from '../../../../shared/engine/series';
import type { Scenario } from '../../../../shared/model/scenario';
import { defaultRange } from '../../../../shared/model/uncertainty';

/** The kernel's cost figures of one variant. */
function kernelCosts(s: Scenario, maxDelay: number, set?: (x: Float64Array) => void) {
  const k = prepareKernel(s, resolveSeries, maxDelay);
  const out = variantOut(k.count);
  const x = neutralValues();
  set?.(x);
  expect(runVariant(k, x, out)).toBe(true);
  return out;
}

describe('the kernel’s costs at the central values are the engine’s', () => {
  // the kernel sums the asset part, fuel and imports in computeCosts's order, so the doubles are the same
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s, with and without commissioning-delay sets', (_id, p) => {
    const engine = runScenario(p).costs!;
    for (const maxDelay of [0, 3]) {
      const out = kernelCosts(p, maxDelay);
      expect(out.presentValueYiYuan).toBe(engine.presentValueYiYuan);
      expect(out.totalInvestmentYiYuan).toBe(engine.totalInvestmentYiYuan);
    }
  });

  it('a sampled delay moves the projects’ builds as the engine does with the projects moved', () => {
    for (const p of PRESETS) {
      const ids = delayedProjectIds(p);
      if (!ids.size) continue;
      // two years later, none of the presets' projects retires before it starts (no project dropped)
      const moved: Scenario = {
        ...p,
        electricity: { ...p.electricity, projects: p.electricity.projects.map((g) => (ids.has(g.id) ? { ...g, commissioningYear: g.commissioningYear + 2 } : g)) },
      };
      const engine = runScenario(moved).costs!;
      const out = kernelCosts(p, 3, (x) => (x[SLOT.commissioningDelay] = 2));
      expect(out.presentValueYiYuan / engine.presentValueYiYuan - 1).toBeCloseTo(0, 9);
      expect(out.totalInvestmentYiYuan / engine.totalInvestmentYiYuan - 1).toBeCloseTo(0, 9);
    }
  });
});

describe('the costs input, worked by hand', () => {
  it('P10/P50/P90 of the present value follow a uniform 0.8–1.2 factor; the CO2 bands and tornado do not move', () => {
    // Every cost × k, so PV(k) = k × PV(1) and investment(k) = k × investment(1). With a Latin hypercube of 1,000
    // runs, k = 0.8 + 0.4·u with exactly one u in each stratum [j/1000, (j+1)/1000): the j-th smallest k lies in
    // [0.8 + 0.4·j/1000, 0.8 + 0.4·(j+1)/1000). merge.ts takes percentile q at rank h = 999·q, interpolating
    // between ranks ⌊h⌋ and ⌊h⌋ + 1:
    //   P10: h = 99.9, ranks 99 and 100 → k in [0.8 + 0.4·0.099, 0.8 + 0.4·0.101) = [0.8396, 0.8404), 0.84 ± 0.0004
    //   P50: h = 499.5, ranks 499 and 500 → k in [0.9996, 1.0004), 1 ± 0.0004
    //   P90: h = 899.1, ranks 899 and 900 → k in [1.1596, 1.1604), 1.16 ± 0.0004
    // i.e. central × (0.8 + 0.4·q) to within 0.0004 × central.
    const s = structuredClone(presetById('lianzhou-policy')!);
    const central = runScenario(s).costs!;
    s.uncertainty = { runs: 1000, seed: 5, inputs: { costs: { low: 0.8, central: 1, high: 1.2, distribution: 'uniform', source: { kind: 'user' } } } };
    const r = runEnsemble(s, { runs: 1000, seed: 5 });
    const pv = central.presentValueYiYuan;
    const inv = central.totalInvestmentYiYuan;
    for (const [q, key] of [[0.1, 'p10'], [0.5, 'p50'], [0.9, 'p90']] as const) {
      expect(Math.abs(r.costs!.presentValueYiYuan[key] - pv * (0.8 + 0.4 * q))).toBeLessThanOrEqual(Math.abs(pv) * 0.0004 + 1e-9);
      expect(Math.abs(r.costs!.totalInvestmentYiYuan[key] - inv * (0.8 + 0.4 * q))).toBeLessThanOrEqual(Math.abs(inv) * 0.0004 + 1e-9);
    }
    // the costs act on nothing else: every CO2 band is the central run's, the one tornado bar has no width
    const co2 = runScenario(s).years.map((y) => y.co2);
    expect(r.bands.co2.p10).toEqual(co2);
    expect(r.bands.co2.p90).toEqual(co2);
    expect(r.tornado).toEqual([{ input: 'costs', atLow: r.tornadoCentral, atHigh: r.tornadoCentral }]);
  });

  it('the default costs range is sampled alongside the others without moving the CO2 bands', () => {
    // separate scenario objects: plans are kept per scenario object
    const s = structuredClone(presetById('lianzhou-policy')!);
    s.uncertainty = { runs: 300, seed: 2, inputs: { gridFactor: { ...defaultRange('gridFactor') } } };
    const without = runEnsemble(s, { runs: 300, seed: 2 });
    const t = structuredClone(s);
    t.uncertainty = { runs: 300, seed: 2, inputs: { gridFactor: { ...defaultRange('gridFactor') }, costs: { ...defaultRange('costs') } } };
    const withCosts = runEnsemble(t, { runs: 300, seed: 2 });
    // the grid factor is the first input in both designs, so it draws the same points
    expect(withCosts.bands).toEqual(without.bands);
    // the grid factor moves no cost: without the costs input every run has the central PV
    const pv = runScenario(s).costs!.presentValueYiYuan;
    expect(without.costs!.presentValueYiYuan).toEqual({ p10: pv, p50: pv, p90: pv });
    expect(withCosts.costs!.presentValueYiYuan.p10).toBeLessThan(pv);
    expect(withCosts.costs!.presentValueYiYuan.p90).toBeGreaterThan(pv);
  });
});
