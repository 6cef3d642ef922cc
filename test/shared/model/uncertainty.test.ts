import { describe, expect, it } from 'vitest';
import { presetById, PRESETS } from '../../../seeds/index';
import { createBackup, parseBackup } from '../../../shared/io/backup';
import { exportScenarios, parseScenarioFile } from '../../../shared/io/scenario-file';
import { applyOverridesWithReport, deriveFrom, diffScenario } from '../../../shared/model/inherit';
import { addInput, removeInput, resetUncertainty, setInputRange, setRuns, setSeed, uncertaintyOf } from '../../../shared/model/ops-uncertainty';
import { ScenarioSchema, type Scenario } from '../../../shared/model/scenario';
import { DEFAULT_RUNS, DEFAULT_SEED, UNCERTAIN_INPUTS, defaultRange, defaultUncertainty, orderedRanges } from '../../../shared/model/uncertainty';

const policy = (): Scenario => structuredClone(presetById('lianzhou-policy')!);

describe('default ranges', () => {
  it('every input has one, ordered low ≤ central ≤ high, with reasoning', () => {
    for (const input of UNCERTAIN_INPUTS) {
      const r = defaultRange(input);
      expect(r.low).toBeLessThanOrEqual(r.central);
      expect(r.central).toBeLessThanOrEqual(r.high);
      expect(r.source.kind).toBe('assumed');
      if (r.source.kind === 'assumed') expect(r.source.reasonZh).toBeTruthy();
    }
  });

  it('a preset’s defaults: 1,000 runs, seed 1, and valid in the schema', () => {
    for (const p of PRESETS) {
      const u = defaultUncertainty(p);
      expect(u.runs).toBe(DEFAULT_RUNS);
      expect(u.seed).toBe(DEFAULT_SEED);
      expect(u.inputs.gdpGrowth).toEqual({ low: -1, central: 0, high: 1, distribution: 'uniform', source: defaultRange('gdpGrowth').source });
      expect(ScenarioSchema.safeParse({ ...p, uncertainty: u }).success).toBe(true);
    }
  });

  it('lianzhou-policy has hydro and projects not yet operating: the hydro year and the delay are sampled', () => {
    const u = defaultUncertainty(policy());
    expect(u.inputs.hydroYear?.distribution).toBe('triangular');
    expect(u.inputs.commissioningDelay).toMatchObject({ low: 0, central: 0, high: 2 });
    // hydro's year-to-year swing is the hydro year's: its hours are not sampled twice
    expect(u.inputs.utilisationHydro).toBeUndefined();
  });

  it('the key products’ output and unit energy are sampled where the scenario has products, and only there', () => {
    const s = policy();
    expect(s.industry!.products.length).toBeGreaterThan(0);
    const u = defaultUncertainty(s);
    // output × 0.85–1.15 and unit energy × 0.95–1.05, uniform, each with its reasoning
    expect(u.inputs.productOutput).toMatchObject({ low: 0.85, central: 1, high: 1.15, distribution: 'uniform', source: { kind: 'assumed' } });
    expect(u.inputs.productUnitEnergy).toMatchObject({ low: 0.95, central: 1, high: 1.05, distribution: 'uniform', source: { kind: 'assumed' } });
    const none = defaultUncertainty({ ...s, industry: { products: [], processEmissions: [] } });
    expect(none.inputs.productOutput).toBeUndefined();
    expect(none.inputs.productUnitEnergy).toBeUndefined();
  });

  it('orderedRanges reads a range out of order in order', () => {
    const s = policy();
    s.uncertainty = { runs: 10, seed: 3, inputs: { gridFactor: { low: 1.2, central: 0.7, high: 0.9, distribution: 'uniform', source: { kind: 'user' } } } };
    expect(orderedRanges(s.uncertainty)).toEqual([
      { input: 'gridFactor', range: { low: 0.7, central: 0.7, high: 1.2, distribution: 'uniform', source: { kind: 'user' } } },
    ]);
  });
});

describe('edits', () => {
  it('the first edit stores the defaults with the change; sources are left alone', () => {
    const s = policy();
    expect(s.uncertainty).toBeUndefined();
    const next = setRuns(s, 10_000);
    expect(next.uncertainty).toEqual({ ...defaultUncertainty(s), runs: 10_000 });
    expect(next.sources).toBe(s.sources);
    expect(setRuns(next, 10_000)).toBe(next);
  });

  it('a range is clamped to the input’s bounds and put in order; a delay is whole years', () => {
    const s = setInputRange(policy(), 'commissioningDelay', { low: 3.4, central: -1, high: 0.6, distribution: 'uniform' });
    // clamped to 0–10, rounded: 3, 0, 1 → low 1, high 3, central 0 held to 1
    expect(s.uncertainty!.inputs.commissioningDelay).toMatchObject({ low: 1, central: 1, high: 3 });
    // the source of the range it replaces is kept
    expect(s.uncertainty!.inputs.commissioningDelay!.source).toEqual(defaultRange('commissioningDelay').source);
    const g = setInputRange(s, 'gridFactor', { low: 0.8, central: 1, high: 1.3, distribution: 'triangular', source: { kind: 'user', note: 'own' } });
    expect(g.uncertainty!.inputs.gridFactor).toEqual({ low: 0.8, central: 1, high: 1.3, distribution: 'triangular', source: { kind: 'user', note: 'own' } });
    expect(setInputRange(s, 'gridFactor', { low: NaN, central: 1, high: 1, distribution: 'uniform' })).toBe(s);
  });

  it('removing and adding inputs, seed, reset', () => {
    const s = removeInput(policy(), 'gdpGrowth');
    expect(uncertaintyOf(s).inputs.gdpGrowth).toBeUndefined();
    expect(uncertaintyOf(addInput(s, 'gdpGrowth')).inputs.gdpGrowth).toEqual(defaultRange('gdpGrowth'));
    expect(uncertaintyOf(addInput(s, 'costs')).inputs.costs).toEqual(defaultRange('costs'));
    expect(setSeed(s, 42.4).uncertainty!.seed).toBe(42);
    expect(setSeed(s, -5).uncertainty!.seed).toBe(0);
    expect(resetUncertainty(s).uncertainty).toBeUndefined();
    expect(resetUncertainty(policy())).toEqual(policy());
  });
});

describe('the field survives inheritance, files and backups', () => {
  const edited = () => setSeed(setInputRange(policy(), 'gridFactor', { low: 0.8, central: 1, high: 1.2, distribution: 'triangular' }), 7);

  it('a derived scenario stores only the change and reads back the same settings', () => {
    const base = policy();
    const e = edited();
    expect(diffScenario(base, e).map((o) => o.path)).toEqual(['uncertainty']);
    const once = setInputRange(e, 'gdpGrowth', { low: -2, central: 0, high: 1, distribution: 'uniform' });
    const paths = diffScenario(e, once).map((o) => o.path);
    expect(paths).toEqual(['uncertainty.inputs.gdpGrowth.low']);
    const child = deriveFrom(base, e);
    const { scenario, stale } = applyOverridesWithReport(base, child);
    expect(stale).toEqual([]);
    expect(scenario.uncertainty).toEqual(e.uncertainty);
  });

  it('a scenario file and a backup keep it', () => {
    const e = edited();
    const parsed = parseScenarioFile(exportScenarios({ scenarios: [e], exportedAt: '2026-01-01T00:00:00.000Z', appVersion: '0.1.0' }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.scenarios[0]!.uncertainty).toEqual(e.uncertainty);
    const backup = parseBackup(
      createBackup({ content: { scenarios: [e], derived: [], settings: {}, meta: {} }, createdAt: '2026-01-01T00:00:00.000Z', appVersion: '0.1.0' }),
    );
    if (!backup.ok) throw new Error(JSON.stringify(backup.problems));
    expect(backup.content.scenarios[0]!.uncertainty).toEqual(e.uncertainty);
  });
});
