import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../seeds/index';
import type { Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';
import { CarbonDb } from '../../../renderer/db/db';
import { duePresets, planPresetSeed, presetVersion } from '../../../renderer/db/preset-seed';
import { PRESET_A, PRESET_B, testScenario } from './fixtures';

/** `planPresetSeed` with each due preset checked as the worker checks it. */
const plan = (due: Scenario[], existing: Parameters<typeof planPresetSeed>[2], now: number) => planPresetSeed(due, due.map(validateScenario), existing, now);

describe('presetVersion', () => {
  it('is stable for equal content and changes with it', () => {
    expect(presetVersion(PRESET_A)).toBe(presetVersion(structuredClone(PRESET_A)));
    expect(presetVersion({ ...PRESET_A, populationWan: 51 })).not.toBe(presetVersion(PRESET_A));
  });
});

describe('planPresetSeed', () => {
  const none = new Map();

  it('seeds every preset on first run', () => {
    const seeded = plan(duePresets([PRESET_A, PRESET_B], none, none), none, 100);
    expect(seeded.put.map((r) => [r.id, r.kind, r.presetId, r.regionName])).toEqual([
      ['preset-a', 'preset', 'preset-a', '清远市'],
      ['preset-b', 'preset', 'preset-b', '连州市'],
    ]);
    expect(seeded.versions).toEqual([
      { presetId: 'preset-a', version: presetVersion(PRESET_A), seededAt: 100 },
      { presetId: 'preset-b', version: presetVersion(PRESET_B), seededAt: 100 },
    ]);
  });

  it('skips presets already seeded at this version', () => {
    const seeded = new Map([['preset-a', presetVersion(PRESET_A)]]);
    const existing = new Map([['preset-a', { kind: 'preset' as const, createdAt: 1 }]]);
    expect(duePresets([PRESET_A], seeded, existing)).toEqual([]);
  });

  it('rewrites an updated preset, keeping its creation time', () => {
    const seeded = new Map([['preset-a', 'old']]);
    const existing = new Map([['preset-a', { kind: 'preset' as const, createdAt: 1 }]]);
    const [rec] = plan(duePresets([PRESET_A], seeded, existing), existing, 100).put;
    expect(rec).toMatchObject({ id: 'preset-a', createdAt: 1, updatedAt: 100 });
  });

  it('never overwrites a user scenario that has the same id', () => {
    const existing = new Map([['preset-a', { kind: 'user' as const, createdAt: 1 }]]);
    expect(duePresets([PRESET_A], none, existing)).toEqual([]);
    // nor when the user's scenario took the id between the check and the write
    const late = plan([PRESET_A], existing, 100);
    expect(late.put).toEqual([]);
    expect(late.skipped[0]?.id).toBe('preset-a');
  });

  it('skips an invalid preset instead of storing it', () => {
    const bad = testScenario('bad', { populationWan: -1 as unknown as number, name: '' });
    const out = plan([bad, PRESET_B], none, 1);
    expect(out.put.map((r) => r.id)).toEqual(['preset-b']);
    expect(out.skipped[0]).toMatchObject({ id: 'bad' });
  });
});

describe('duePresets', () => {
  it('lists a preset that is missing or changed; none when every one is seeded at its version or taken by the user', () => {
    const none = new Map();
    const seeded = new Map([['preset-a', presetVersion(PRESET_A)]]);
    const existing = new Map([['preset-a', { kind: 'preset' as const, createdAt: 1 }]]);
    expect(duePresets([PRESET_A], none, none)).toEqual([PRESET_A]);
    expect(duePresets([PRESET_A], seeded, existing)).toEqual([]);
    const changed = { ...PRESET_A, populationWan: 51 };
    expect(duePresets([changed], seeded, existing)).toEqual([changed]);
    expect(duePresets([PRESET_A], none, new Map([['preset-a', { kind: 'user' as const, createdAt: 1 }]]))).toEqual([]);
  });
});

describe('CarbonDb seeding the real presets', () => {
  it('has the engine check the presets that are due (they hold expressions) and seeds every one', async () => {
    const checked: unknown[][] = [];
    const check = (inputs: readonly unknown[]) => (checked.push([...inputs]), Promise.resolve(inputs.map(validateScenario)));
    const db = new CarbonDb('seed-real-presets', { now: () => 1, check });
    await db.open();
    expect(checked).toHaveLength(1);
    expect(checked[0]).toHaveLength(PRESETS.length);
    expect((await db.scenarios.where('kind').equals('preset').primaryKeys()).sort()).toEqual(PRESETS.map((p) => p.id).sort());
    db.close();

    // a later start with the same presets rewrites nothing
    const again = new CarbonDb('seed-real-presets', { now: () => 2, check });
    await again.open();
    // nothing due: nothing to check
    expect(checked).toHaveLength(1);
    const stamps = (await again.scenarios.where('kind').equals('preset').toArray()).map((r) => r.updatedAt);
    expect(stamps).toEqual(PRESETS.map(() => 1));
    again.close();

    // a changed preset is rewritten, keeping its creation time; the others are left alone
    const changed = PRESETS.map((p, i) => (i === 0 ? { ...p, economy: { ...p.economy, baseGdpYiYuan: p.economy.baseGdpYiYuan + 1 } } : p));
    const third = new CarbonDb('seed-real-presets', { presets: changed, now: () => 3, check });
    await third.open();
    expect(checked[1]).toEqual([changed[0]]);
    const first = await third.scenarios.get(changed[0]!.id);
    expect([first?.createdAt, first?.updatedAt, first?.scenario.economy.baseGdpYiYuan]).toEqual([1, 3, changed[0]!.economy.baseGdpYiYuan]);
    expect((await third.scenarios.get(changed[1]!.id))?.updatedAt).toBe(1);
    third.close();
  });
});
