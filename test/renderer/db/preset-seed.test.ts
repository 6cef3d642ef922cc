import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../seeds/index';
import { validateScenario } from '../../../shared/model/validate';
import { CarbonDb } from '../../../renderer/db/db';
import { anyPresetToSeed, planPresetSeed, presetVersion } from '../../../renderer/db/preset-seed';
import { validationLoaded } from '../../../renderer/engine/validation';
import { PRESET_A, PRESET_B, testScenario } from './fixtures';

describe('presetVersion', () => {
  it('is stable for equal content and changes with it', () => {
    expect(presetVersion(PRESET_A)).toBe(presetVersion(structuredClone(PRESET_A)));
    expect(presetVersion({ ...PRESET_A, populationWan: 51 })).not.toBe(presetVersion(PRESET_A));
  });
});

describe('planPresetSeed', () => {
  const none = new Map();

  it('seeds every preset on first run', () => {
    const plan = planPresetSeed([PRESET_A, PRESET_B], none, none, 100, validateScenario);
    expect(plan.put.map((r) => [r.id, r.kind, r.presetId, r.regionName])).toEqual([
      ['preset-a', 'preset', 'preset-a', '清远市'],
      ['preset-b', 'preset', 'preset-b', '连州市'],
    ]);
    expect(plan.versions).toEqual([
      { presetId: 'preset-a', version: presetVersion(PRESET_A), seededAt: 100 },
      { presetId: 'preset-b', version: presetVersion(PRESET_B), seededAt: 100 },
    ]);
  });

  it('skips presets already seeded at this version', () => {
    const seeded = new Map([['preset-a', presetVersion(PRESET_A)]]);
    const existing = new Map([['preset-a', { kind: 'preset' as const, createdAt: 1 }]]);
    expect(planPresetSeed([PRESET_A], seeded, existing, 100, validateScenario).put).toEqual([]);
  });

  it('rewrites an updated preset, keeping its creation time', () => {
    const seeded = new Map([['preset-a', 'old']]);
    const existing = new Map([['preset-a', { kind: 'preset' as const, createdAt: 1 }]]);
    const [rec] = planPresetSeed([PRESET_A], seeded, existing, 100, validateScenario).put;
    expect(rec).toMatchObject({ id: 'preset-a', createdAt: 1, updatedAt: 100 });
  });

  it('never overwrites a user scenario that has the same id', () => {
    const existing = new Map([['preset-a', { kind: 'user' as const, createdAt: 1 }]]);
    const plan = planPresetSeed([PRESET_A], none, existing, 100, validateScenario);
    expect(plan.put).toEqual([]);
    expect(plan.skipped[0]?.id).toBe('preset-a');
  });

  it('skips an invalid preset instead of storing it', () => {
    const bad = testScenario('bad', { populationWan: -1 as unknown as number, name: '' });
    const plan = planPresetSeed([bad, PRESET_B], none, none, 1, validateScenario);
    expect(plan.put.map((r) => r.id)).toEqual(['preset-b']);
    expect(plan.skipped[0]).toMatchObject({ id: 'bad' });
  });
});

describe('anyPresetToSeed', () => {
  it('is true when a preset is missing or changed, false when every one is seeded at its version or taken by the user', () => {
    const none = new Map();
    const seeded = new Map([['preset-a', presetVersion(PRESET_A)]]);
    const existing = new Map([['preset-a', { kind: 'preset' as const, createdAt: 1 }]]);
    expect(anyPresetToSeed([PRESET_A], none, none)).toBe(true);
    expect(anyPresetToSeed([PRESET_A], seeded, existing)).toBe(false);
    expect(anyPresetToSeed([{ ...PRESET_A, populationWan: 51 }], seeded, existing)).toBe(true);
    expect(anyPresetToSeed([PRESET_A], none, new Map([['preset-a', { kind: 'user' as const, createdAt: 1 }]]))).toBe(false);
  });
});

describe('CarbonDb seeding the real presets', () => {
  it('loads the expression engine when a preset is due (they hold expressions) and seeds every one', async () => {
    // the presets are due (empty database) and the engine is not loaded yet in this test file
    expect(validationLoaded()).toBe(false);
    const db = new CarbonDb('seed-real-presets', { now: () => 1 });
    await db.open();
    expect(validationLoaded()).toBe(true);
    expect((await db.scenarios.where('kind').equals('preset').primaryKeys()).sort()).toEqual(PRESETS.map((p) => p.id).sort());
    db.close();

    // a later start with the same presets rewrites nothing
    const again = new CarbonDb('seed-real-presets', { now: () => 2 });
    await again.open();
    const stamps = (await again.scenarios.where('kind').equals('preset').toArray()).map((r) => r.updatedAt);
    expect(stamps).toEqual(PRESETS.map(() => 1));
    again.close();

    // a changed preset is rewritten, keeping its creation time; the others are left alone
    const changed = PRESETS.map((p, i) => (i === 0 ? { ...p, economy: { ...p.economy, baseGdpYiYuan: p.economy.baseGdpYiYuan + 1 } } : p));
    const third = new CarbonDb('seed-real-presets', { presets: changed, now: () => 3 });
    await third.open();
    const first = await third.scenarios.get(changed[0]!.id);
    expect([first?.createdAt, first?.updatedAt, first?.scenario.economy.baseGdpYiYuan]).toEqual([1, 3, changed[0]!.economy.baseGdpYiYuan]);
    expect((await third.scenarios.get(changed[1]!.id))?.updatedAt).toBe(1);
    third.close();
  });
});
