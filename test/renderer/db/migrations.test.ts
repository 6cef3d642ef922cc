import { describe, expect, it } from 'vitest';
import { upgradeScenarioRecordV1, upgradeScenarioRecordV3, upgradeScenarioRecordV5 } from '../../../renderer/db/migrations';
import type { ScenarioRecord } from '../../../renderer/db/records';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';
import { testScenario, testScenarioV1 } from './fixtures';

describe('upgradeScenarioRecordV1', () => {
  it('denormalises name and region and keeps the document untouched', () => {
    const scenario = testScenario('u-1');
    const out = upgradeScenarioRecordV1({ id: 'u-1', scenario, updatedAt: 1700 });
    expect(out).toEqual({ id: 'u-1', kind: 'user', name: '情景 u-1', regionName: '测试市', createdAt: 1700, updatedAt: 1700, scenario });
    expect(out.scenario).toBe(scenario);
  });

  it('keeps the preset link when v1 had one', () => {
    expect(upgradeScenarioRecordV1({ id: 'u-2', scenario: testScenario('u-2'), updatedAt: 5, presetId: 'qingyuan-policy' }).presetId).toBe('qingyuan-policy');
  });

  it('carries a document that no longer validates, falling back to the id for its name', () => {
    const broken = { id: 'u-3', region: {}, name: '  ' };
    const out = upgradeScenarioRecordV1({ id: 'u-3', scenario: broken, updatedAt: 9 });
    expect(out.name).toBe('u-3');
    expect(out.regionName).toBe('');
    expect(out.scenario).toBe(broken);
  });

  it('survives a missing document and a missing timestamp', () => {
    const out = upgradeScenarioRecordV1({ id: 'u-4', scenario: null, updatedAt: undefined as unknown as number });
    expect(out).toMatchObject({ id: 'u-4', name: 'u-4', regionName: '', createdAt: 0, updatedAt: 0 });
  });

  it('does not mutate its input', () => {
    const input = { id: 'u-5', scenario: testScenario('u-5'), updatedAt: 1 };
    const copy = structuredClone(input);
    upgradeScenarioRecordV1(input);
    expect(input).toEqual(copy);
  });
});

describe('upgradeScenarioRecordV3', () => {
  it('adds revision 1 and keeps every field, the document itself included', () => {
    const scenario = testScenario('u-6');
    const input = { id: 'u-6', kind: 'user' as const, name: 'n', regionName: 'r', createdAt: 1, updatedAt: 2, parentId: 'p', overrides: [], deletedAt: 3, scenario };
    const out = upgradeScenarioRecordV3(input);
    expect(out).toEqual({ ...input, rev: 1 });
    expect(out.scenario).toBe(scenario);
    expect(input).not.toHaveProperty('rev');
  });
});

describe('upgradeScenarioRecordV5', () => {
  const LEGACY = { renewableAttribution: 'localBalance', electricityCo2: 'netImports', gridFactorScope: 'custom', peakTolerancePct: 2 };
  const record = (scenario: unknown, extra: Partial<ScenarioRecord> = {}): ScenarioRecord =>
    ({ id: 'u-1', kind: 'user', name: 'n', regionName: 'r', createdAt: 1, updatedAt: 2, rev: 4, scenario: scenario as Scenario, ...extra });

  it('names the methods a schema-1 document was counted by; its results are the ones it had', () => {
    const old = testScenarioV1('u-1', true);
    const before = JSON.stringify(old);
    const out = upgradeScenarioRecordV5(record(old));
    expect(JSON.stringify(old)).toBe(before);
    // the record's own fields, revision included, are as they were
    expect({ ...out, scenario: null }).toEqual({ ...record(old), scenario: null });
    const s = out.scenario;
    expect(s.schemaVersion).toBe(2);
    expect(s.accounting).toEqual({ energyControl: 'legacyNewRenewables', ...LEGACY });
    expect(s.conventions).toEqual({ primaryElectricity: 'calorific', coalSubstitutionGcePerKWh: 300 });
    expect(s.electricity.pumpedStorage.map((p) => p.attribution)).toEqual(['legacyCo2Only']);
    expect(s.sources).toEqual({ 'accounting.energyControl': { kind: 'user', note: '旧开关' } });
    const checked = validateScenario(s);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    // 2028, the plant's first year: 50 万tce, electricity 40 % = 20 万tce = 20 / 1.229 = 16.2734 亿kWh, all imported;
    // CO2 = coal 30 × 2.5 = 75 + 16.2734 × 0.5 × 10 = 81.3670 + losses 6 亿kWh × 5 = 30 → 186.3670 万tCO2;
    // the losses stay out of energy, as schema 1 counted them
    const y2028 = runScenario(s).years[8]!;
    expect(y2028.co2).toBeCloseTo(75 + (20 / 1.229) * 5 + 30, 9);
    expect(y2028.co2).toBeCloseTo(186.367, 3);
    expect(y2028.energy).toBeCloseTo(50, 9);
  });

  it('the flag false counts every kWh', () => {
    expect(upgradeScenarioRecordV5(record(testScenarioV1('u-1', false))).scenario.accounting.energyControl).toBe('none');
  });

  it('a derived record: its snapshot and its changes of the flag and the flag’s source', () => {
    const overrides = [
      { path: 'conventions.excludeNewRenewablesFromIntensity', value: true },
      { path: 'sources["conventions.excludeNewRenewablesFromIntensity"]', removed: true as const },
      { path: 'populationWan', value: 60 },
    ];
    const out = upgradeScenarioRecordV5(record(testScenarioV1('u-1', true), { parentId: 'u-0', overrides }));
    expect(out.overrides).toEqual([
      { path: 'accounting.energyControl', value: 'legacyNewRenewables' },
      { path: 'sources["accounting.energyControl"]', removed: true },
      overrides[2],
    ]);
    expect(out.scenario.accounting.energyControl).toBe('legacyNewRenewables');
  });

  it('the same record when it is already of schema 2, or not a scenario at all', () => {
    const current = record(testScenario('u-1'), { parentId: 'p', overrides: [{ path: 'populationWan', value: 60 }] });
    expect(upgradeScenarioRecordV5(current)).toBe(current);
    const broken = record({ schemaVersion: 'x' });
    expect(upgradeScenarioRecordV5(broken)).toBe(broken);
  });
});
