import { describe, expect, it } from 'vitest';
import { CarbonDb } from '../../../renderer/db/db';
import { createRepo, RepoError, ScenarioValidationError } from '../../../renderer/db/repo';
import { freshRepo, PRESET_A, PRESET_B, testScenario } from './fixtures';

describe('repo', () => {
  it('lists presets on first run, read-only', async () => {
    const { repo } = await freshRepo();
    const list = await repo.list();
    expect(list.map((r) => [r.id, r.kind])).toEqual([
      ['preset-a', 'preset'],
      ['preset-b', 'preset'],
    ]);
    await expect(repo.save(PRESET_A, 1)).rejects.toMatchObject({ code: 'read-only' });
    await expect(repo.rename('preset-a', 'x')).rejects.toBeInstanceOf(RepoError);
    await expect(repo.remove('preset-a')).rejects.toMatchObject({ code: 'read-only' });
  });

  it('creates a user scenario from a preset: a copy with its own id and name', async () => {
    let t = 10;
    const { repo } = await freshRepo({ now: () => t++ });
    const rec = await repo.createFromPreset('preset-a', '  我的清远  ');
    expect(rec).toMatchObject({ kind: 'user', name: '我的清远', regionName: '清远市', presetId: 'preset-a' });
    expect(rec.id).toMatch(/^u-/);
    expect(rec.scenario.id).toBe(rec.id);
    // the preset's English name is not the user's
    expect(rec.scenario.nameEn).toBeUndefined();
    expect((await repo.get('preset-a'))?.scenario).toEqual(PRESET_A);
    expect((await repo.list())[0]?.id).toBe(rec.id);
  });

  it('searches by name and region, Chinese and English, every word', async () => {
    const { repo } = await freshRepo();
    await repo.createFromPreset('preset-b', '山区方案');
    const ids = async (search: string) => (await repo.list({ search })).map((r) => r.name);
    expect(await ids('清远')).toEqual(['清远 政策情景']);
    expect(await ids('连州')).toEqual(['山区方案', '连州 基准情景']);
    expect(await ids('lianzhou')).toEqual(['山区方案', '连州 基准情景']);
    expect(await ids('连州 山区')).toEqual(['山区方案']);
    expect(await ids('北京')).toEqual([]);
    expect(await ids('   ')).toHaveLength(3);
  });

  it('duplicates and renames, refusing an empty name', async () => {
    const { repo } = await freshRepo();
    const a = await repo.createFromPreset('preset-a', 'A');
    const b = await repo.duplicate(a.id, 'A（副本）');
    expect(b.id).not.toBe(a.id);
    expect(b.presetId).toBe('preset-a');
    await expect(repo.rename(b.id, '   ')).rejects.toMatchObject({ code: 'empty-name' });
    const renamed = await repo.rename(b.id, 'B');
    expect(renamed.scenario.name).toBe('B');
    expect((await repo.get(a.id))?.name).toBe('A');
  });

  it('save validates and refuses an invalid scenario, leaving the stored copy untouched', async () => {
    const { repo } = await freshRepo();
    const rec = await repo.createFromPreset('preset-a', 'A');
    const bad = { ...rec.scenario, economy: { ...rec.scenario.economy, baseGdpYiYuan: -5 } };
    const err = await repo.save(bad, rec.rev).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScenarioValidationError);
    expect((err as ScenarioValidationError).issues[0]?.path).toBe('economy.baseGdpYiYuan');
    expect((await repo.get(rec.id))?.scenario).toEqual(rec.scenario);

    const good = { ...rec.scenario, name: '新名字', region: { name: '英德市' } };
    const saved = await repo.save(good, rec.rev);
    expect(saved).toMatchObject({ status: 'saved', rec: { name: '新名字', regionName: '英德市', rev: rec.rev + 1 } });
  });

  it('soft-deletes with undo in the same session, and purges on the next', async () => {
    const { repo, db, name } = await freshRepo();
    const a = await repo.createFromPreset('preset-a', 'A');
    const b = await repo.createFromPreset('preset-a', 'B');
    await repo.remove(a.id);
    expect(await repo.get(a.id)).toBeUndefined();
    expect((await repo.list()).map((r) => r.id)).not.toContain(a.id);
    await repo.restore(a.id);
    expect((await repo.get(a.id))?.name).toBe('A');

    await repo.remove(b.id);
    db.close();
    const next = createRepo(new CarbonDb(name, { presets: [PRESET_A, PRESET_B] }));
    expect(await next.db.scenarios.get(b.id)).toBeUndefined();
    expect((await next.get(a.id))?.name).toBe('A');
  });

  it('putMany imports all or nothing', async () => {
    const { repo } = await freshRepo();
    const ok = testScenario('imp-1');
    const bad = { ...testScenario('imp-2'), baseYear: 'x' };
    const err = await repo.putMany([ok, bad]).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ScenarioValidationError', index: 1 });
    expect(await repo.get('imp-1')).toBeUndefined();

    const out = await repo.putMany([ok, testScenario('imp-3'), testScenario('preset-a'), testScenario('imp-3')]);
    expect(out.map((r) => r.id).slice(0, 2)).toEqual(['imp-1', 'imp-3']);
    // an id taken by a preset or earlier in the batch gets a fresh one
    expect(out[2]!.id).toMatch(/^u-/);
    expect(out[3]!.id).toMatch(/^u-/);
    expect((await repo.get('preset-a'))?.kind).toBe('preset');
    expect((await repo.list()).filter((r) => r.kind === 'user')).toHaveLength(4);
  });

  it('replaceAll swaps the user scenarios in one step and keeps presets', async () => {
    const { repo } = await freshRepo();
    await repo.createFromPreset('preset-a', 'old');
    await expect(repo.replaceAll([testScenario('n-1'), { nope: true }])).rejects.toBeInstanceOf(ScenarioValidationError);
    expect((await repo.list()).map((r) => r.name)).toContain('old');
    await repo.replaceAll([testScenario('n-1'), testScenario('n-2')]);
    const list = await repo.list();
    expect(list.filter((r) => r.kind === 'user').map((r) => r.id).sort()).toEqual(['n-1', 'n-2']);
    expect(list.filter((r) => r.kind === 'preset')).toHaveLength(2);
  });

  it('stores settings', async () => {
    const { repo } = await freshRepo({ presets: [PRESET_B] });
    expect(await repo.getSetting('language')).toBeUndefined();
    await repo.setSetting('language', 'en');
    expect(await repo.getSetting('language')).toBe('en');
  });
});
