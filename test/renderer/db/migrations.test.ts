import { describe, expect, it } from 'vitest';
import { upgradeScenarioRecordV1, upgradeScenarioRecordV3 } from '../../../renderer/db/migrations';
import { testScenario } from './fixtures';

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
