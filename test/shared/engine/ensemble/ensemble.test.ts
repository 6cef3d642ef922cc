import { describe, expect, it } from 'vitest';
import { presetById } from '../../../../seeds/index';
import { EnsembleCancelled, mergeEnsemble, runEnsemble, runEnsembleSlice } from '../../../../shared/engine/ensemble';
import { computeHeadline } from '../../../../shared/engine/hourly/with-hourly';
import { prepareScenario } from '../../../../shared/engine/prepare';
import { resolveSeries } from '../../../../shared/engine/series';
import type { Scenario } from '../../../../shared/model/scenario';
import { defaultRange } from '../../../../shared/model/uncertainty';

const policy = (): Scenario => structuredClone(presetById('shaoguan-policy')!);

describe('reproducible', () => {
  it('the same seed gives the same results, another seed others', () => {
    const a = runEnsemble(policy(), { runs: 300, seed: 1 });
    const b = runEnsemble(policy(), { runs: 300, seed: 1 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = runEnsemble(policy(), { runs: 300, seed: 2 });
    expect(c.bands.co2.p50).not.toEqual(a.bands.co2.p50);
    expect(a.runs).toBe(300);
    expect(a.seed).toBe(1);
  });

  it('slices merged in any order are the one-shot results, byte for byte', () => {
    const s = policy();
    const whole = runEnsemble(s, { runs: 1000, seed: 5 });
    // slices on a fresh copy: nothing is shared through the plan kept per scenario object
    const t = policy();
    const cuts = [0, 137, 500, 501, 1000];
    const slices = cuts.slice(1).map((to, i) => runEnsembleSlice(t, { runs: 1000, seed: 5, from: cuts[i]!, to }));
    const merged = mergeEnsemble(t, { runs: 1000, seed: 5 }, [slices[2]!, slices[0]!, slices[3]!, slices[1]!]);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
  });

  it('refuses slices that leave a gap or overlap', () => {
    const s = policy();
    const a = runEnsembleSlice(s, { runs: 100, seed: 1, from: 0, to: 60 });
    const b = runEnsembleSlice(s, { runs: 100, seed: 1, from: 50, to: 100 });
    expect(() => mergeEnsemble(s, { runs: 100, seed: 1 }, [a, b])).toThrow(RangeError);
    expect(() => mergeEnsemble(s, { runs: 100, seed: 1 }, [a])).toThrow(RangeError);
  });

  it('reports progress and stops when told', () => {
    const seen: number[] = [];
    runEnsemble(policy(), { runs: 1200, seed: 1, onProgress: (done) => void seen.push(done) });
    expect(seen).toEqual([500, 1000, 1200]);
    expect(() => runEnsemble(policy(), { runs: 1200, seed: 1, onProgress: (done) => done < 1000 })).toThrow(EnsembleCancelled);
  });
});

describe('a probability worked by hand', () => {
  it('a CO2 cap against a grid factor uniform on ×0.9–×1.1, CO2 linear in the factor', () => {
    // Under the location-based method the electricity lines are (use + charged storage losses) × grid factor, so the
    // 2030 CO2 at factor k is A + E·k, with E the electricity lines at k = 1 and A the rest (fuels, waste).
    // A cap of V = A + 0.96·E is met exactly when k ≤ 0.96, which on a uniform 0.9–1.1 has probability
    // (0.96 − 0.9) / 0.2 = 0.3. With a Latin hypercube of 1,000 runs, k = 0.9 + 0.2·u with one u in each stratum
    // [j/1000, (j+1)/1000): k ≤ 0.96 ⇔ u ≤ 0.3 ⇔ j < 300, so exactly 300 runs meet it: 0.3 with no sampling error.
    const s = policy();
    s.accounting = { ...s.accounting, electricityCo2: 'locationBased' };
    const y2030 = computeHeadline(prepareScenario(s, resolveSeries)).years.find((y) => y.year === 2030)!;
    const E = y2030.co2BySource.importedElectricity + y2030.co2BySource.storageLosses;
    const A = y2030.co2 - E;
    s.targets = [{ id: 'cap', label: 'cap', metric: 'co2Cap', year: 2030, value: A + 0.96 * E, binding: true, source: { kind: 'user' } }];
    s.uncertainty = { runs: 1000, seed: 11, inputs: { gridFactor: { ...defaultRange('gridFactor') } } };
    const r = runEnsemble(s, { runs: 1000, seed: 11 });
    expect(r.targets).toEqual([{ id: 'cap', probability: 0.3, met: 300 }]);
    // the tornado's one bar: the factor's low and high give A + 0.9·E and A + 1.1·E
    expect(r.tornado).toHaveLength(1);
    expect(r.tornado[0]!.atLow).toBeCloseTo(A + 0.9 * E, 6);
    expect(r.tornado[0]!.atHigh).toBeCloseTo(A + 1.1 * E, 6);
    expect(r.tornadoCentral).toBe(y2030.co2);
    // P50 of the 2030 CO2 is A + E × the median k; the median of 1,000 points, one per stratum, is within a
    // stratum (0.2/1000 in k) of 1
    const i = r.bands.co2.years.indexOf(2030);
    expect(Math.abs(r.bands.co2.p50[i]! - y2030.co2)).toBeLessThanOrEqual(E * 0.0002 + 1e-9);
  });
});

describe('failed runs', () => {
  it('are counted and listed with their inputs, never mixed into the figures', () => {
    // a grid factor × up to 1e308 overflows to infinity once the CO2 lines (10 × factor × hundreds of 亿kWh) pass 1.8e308
    const s = policy();
    s.uncertainty = { runs: 200, seed: 1, inputs: { gridFactor: { low: 0, central: 0, high: 1e308, distribution: 'uniform', source: { kind: 'user' } } } };
    const r = runEnsemble(s, { runs: 200, seed: 1 });
    expect(r.failed).toBeGreaterThan(50);
    expect(r.failed).toBeLessThan(200);
    expect(r.failedRuns).toHaveLength(10);
    expect(r.failedRuns[0]!.values.gridFactor).toBeGreaterThan(1e300);
    const judged = r.peakYears.reduce((n, p) => n + p.count, 0) + r.noPeak;
    expect(judged).toBe(200 - r.failed);
    expect(r.bands.co2.p90.every(Number.isFinite)).toBe(true);
  });
});

describe('the defaults', () => {
  it('run on a scenario without its own settings; the bands bracket the central run', () => {
    const s = policy();
    const r = runEnsemble(s, { runs: 500, seed: 1 });
    expect(r.inputs.map((x) => x.input)).toContain('gdpGrowth');
    expect(r.hourly).toBe('annual');
    const central = computeHeadline(prepareScenario(s, resolveSeries));
    const i = r.bands.co2.years.indexOf(2030);
    expect(r.bands.co2.p10[i]!).toBeLessThan(central.years[i]!.co2);
    expect(r.bands.co2.p90[i]!).toBeGreaterThan(central.years[i]!.co2);
    // every run is in the peak-year distribution or among those without a peak that holds
    expect(r.peakYears.reduce((n, p) => n + p.count, 0) + r.noPeak).toBe(500 - r.failed);
  });
});
