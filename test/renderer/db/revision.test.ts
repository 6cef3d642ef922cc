import { describe, expect, it } from 'vitest';
import { CarbonDb } from '../../../renderer/db/db';
import { createRepo } from '../../../renderer/db/repo';
import type { StoredStamp } from '../../../renderer/db/revision';
import type { Scenario } from '../../../shared/model/scenario';
import { freshRepo, PRESET_A, PRESET_B, saveLatest, testScenario } from './fixtures';

const withGdp = (s: Scenario, v: number): Scenario => ({ ...s, economy: { ...s.economy, baseGdpYiYuan: v } });
const withPopulation = (s: Scenario, v: number): Scenario => ({ ...s, populationWan: v });

/** Two windows on one database: two connections (two Dexie instances), each with its own repository. */
async function twoWindows() {
  const a = await freshRepo();
  const db = new CarbonDb(a.name, { presets: [PRESET_A, PRESET_B] });
  await db.open();
  return { a: a.repo, b: createRepo(db) };
}

/** Opens `id` as the editor does: the resolved document and the revision it was read at. */
async function load(repo: ReturnType<typeof createRepo>, id: string) {
  const r = (await repo.open(id))!;
  return { scenario: r.scenario, rev: r.rec.rev };
}

const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));
async function until(cond: () => boolean, what: string) {
  for (let i = 0; i < 200 && !cond(); i++) await macrotask();
  if (!cond()) throw new Error(`timed out waiting for ${what}`);
}

describe('revisions: two windows saving one scenario', () => {
  it('a save based on an older revision is refused with a conflict; the other window’s edit stays', async () => {
    const { a, b } = await twoWindows();
    const { id, rev } = await a.createFromPreset('preset-a', '共享');
    // a new record starts at revision 1
    expect(rev).toBe(1);
    const inA = await load(a, id);
    const inB = await load(b, id);
    expect(inB.rev).toBe(1);

    // A saves first: revision 1 → 2
    const savedA = await a.save(withGdp(inA.scenario, 120), inA.rev);
    expect(savedA).toMatchObject({ status: 'saved', rec: { rev: 2 } });

    // B's document was read at 1: refused, nothing written, told the stored revision
    const savedB = await b.save(withPopulation(inB.scenario, 70), inB.rev);
    expect(savedB).toEqual({ status: 'conflict', reason: 'changed', rev: 2 });
    const stored = (await b.get(id))!;
    expect(stored.rev).toBe(2);
    expect(stored.scenario.economy.baseGdpYiYuan).toBe(120);
    expect(stored.scenario.populationWan).toBe(50);

    // B keeps its version as a copy: a new record; A's edit intact in the original
    const copy = await b.saveCopy(withPopulation(inB.scenario, 70), '共享（副本）');
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({ kind: 'user', name: '共享（副本）', rev: 1, presetId: 'preset-a' });
    expect((await a.get(copy.id))!.scenario).toMatchObject({ id: copy.id, name: '共享（副本）', populationWan: 70 });
    expect((await a.get(copy.id))!.scenario.economy.baseGdpYiYuan).toBe(100);
    expect((await a.get(id))!.scenario).toMatchObject({ populationWan: 50, economy: { baseGdpYiYuan: 120 } });

    // or overwrites knowingly: a save based on the revision it now knows is stored (2 → 3)
    expect(await b.save(withPopulation(inB.scenario, 71), 2)).toMatchObject({ status: 'saved', rec: { rev: 3 } });
    // and A, still at 2, is refused in its turn
    expect(await a.save(withGdp(inA.scenario, 121), 2)).toEqual({ status: 'conflict', reason: 'changed', rev: 3 });
  });

  it('a scenario deleted in one window refuses the other window’s save as deleted, until restored', async () => {
    const { a, b } = await twoWindows();
    const { id } = await a.createFromPreset('preset-a', '将删除');
    const inB = await load(b, id);
    await a.remove(id);
    expect(await b.save(withGdp(inB.scenario, 130), inB.rev)).toEqual({ status: 'conflict', reason: 'deleted' });
    expect(await b.get(id)).toBeUndefined();
    // deleting (2) and restoring (3) are writes: the old document is still out of date
    await a.restore(id);
    expect(await b.save(withGdp(inB.scenario, 130), inB.rev)).toEqual({ status: 'conflict', reason: 'changed', rev: 3 });
    // an id no record holds (purged) is deleted too
    expect(await b.save(testScenario('u-never'), 1)).toEqual({ status: 'conflict', reason: 'deleted' });
  });

  it('rename, detach and discarding stale overrides raise the revision and check it', async () => {
    const { a, b } = await twoWindows();
    const { id } = await a.createFromPreset('preset-a', '原名');
    const inB = await load(b, id);
    const renamed = await a.rename(id, '新名');
    expect(renamed.rev).toBe(2);
    expect(await b.save(withGdp(inB.scenario, 140), inB.rev)).toMatchObject({ status: 'conflict', rev: 2 });

    const child = await a.deriveScenario(id, '子');
    expect(await b.detach(child.id, 0)).toEqual({ status: 'conflict', reason: 'changed', rev: 1 });
    expect(await b.discardStale(child.id, 0)).toEqual({ status: 'conflict', reason: 'changed', rev: 1 });
    expect((await b.get(child.id))!.parentId).toBe(id);
    expect(await b.detach(child.id, 1)).toMatchObject({ status: 'saved', rec: { rev: 2 } });
  });

  it('a parent saved in one window gives its derived child a new revision, so a stale child document is refused', async () => {
    const { a, b } = await twoWindows();
    const parent = await a.createFromPreset('preset-a', '父');
    const child = await a.deriveScenario(parent.id, '子');
    const childInB = await load(b, child.id);
    expect(childInB.rev).toBe(1);

    // the child inherits the population: its resolved values change with the parent's
    await saveLatest(a, withPopulation((await a.get(parent.id))!.scenario, 65));
    const storedChild = (await a.db.scenarios.get(child.id))!;
    expect(storedChild.rev).toBe(2);
    expect(storedChild.scenario.populationWan).toBe(65);
    // B's child still reads population 50: saving it would pin the old value as an override
    expect(await b.save(withGdp(childInB.scenario, 150), childInB.rev)).toEqual({ status: 'conflict', reason: 'changed', rev: 2 });
    expect((await a.db.scenarios.get(child.id))!.overrides).toEqual([]);
  });

  it('the copy of a derived document derives from the same parent and reads as the document', async () => {
    const { a, b } = await twoWindows();
    const child = await a.deriveScenario('preset-a', '派生');
    const inB = await load(b, child.id);
    await saveLatest(a, withGdp(inB.scenario, 110));
    const mine = withPopulation(inB.scenario, 80);
    expect(await b.save(mine, inB.rev)).toMatchObject({ status: 'conflict' });
    const copy = await b.saveCopy(mine, '派生 (copy)');
    expect(copy).toMatchObject({ parentId: 'preset-a', overrides: [{ path: 'populationWan', value: 80 }] });
    expect((await b.get(copy.id))!.scenario).toEqual({ ...mine, id: copy.id, name: '派生 (copy)' });
  });

  it('imports and restores that replace a scenario raise its revision above the replaced one', async () => {
    const { a, b } = await twoWindows();
    await a.putMany([testScenario('imp-1')]);
    const inB = await load(b, 'imp-1');
    expect(inB.rev).toBe(1);
    const [replaced] = await a.putMany([withGdp(testScenario('imp-1'), 160)]);
    expect(replaced!.rev).toBe(2);
    expect(await b.save(inB.scenario, inB.rev)).toMatchObject({ status: 'conflict', rev: 2 });

    // a restore deletes every user scenario and writes the backup's: the same id comes back above 2
    const [restored] = await a.replaceAll([testScenario('imp-1')]);
    expect(restored!.rev).toBe(3);
    expect((await a.db.scenarios.get('imp-1'))!.rev).toBe(3);
    const content = await a.backupContent();
    const [again] = await a.restoreBackup(content);
    expect(again!.rev).toBe(4);
    expect((await b.db.scenarios.get('imp-1'))!.rev).toBe(4);
  });

  it('a window watching a scenario learns of every write from the other window, and of its deletion', async () => {
    const { a, b } = await twoWindows();
    const { id } = await a.createFromPreset('preset-a', '被关注');
    const seen: StoredStamp[] = [];
    const stop = b.watch(id, (s) => seen.push(s));
    await until(() => seen.length === 1, 'the first stamp');
    expect(seen[0]).toEqual({ rev: 1, deleted: false });

    await saveLatest(a, withGdp((await a.get(id))!.scenario, 170));
    await until(() => seen.length === 2, 'the saved stamp');
    expect(seen[1]).toEqual({ rev: 2, deleted: false });

    await a.remove(id);
    await until(() => seen.length === 3, 'the deleted stamp');
    expect(seen[2]).toEqual({ rev: 3, deleted: true });

    stop();
    await a.restore(id);
    for (let i = 0; i < 10; i++) await macrotask();
    expect(seen).toHaveLength(3);
  });
});

// A preset reseeded by a newer release is a write like any other.
describe('revisions: presets', () => {
  it('a preset starts at revision 1 and a reseed raises it', async () => {
    const { name, db } = await freshRepo({ presets: [PRESET_A] });
    expect((await db.scenarios.get('preset-a'))!.rev).toBe(1);
    db.close();
    const next = new CarbonDb(name, { presets: [{ ...PRESET_A, populationWan: 61 }] });
    await next.open();
    expect((await next.scenarios.get('preset-a'))!.rev).toBe(2);
    next.close();
  });
});
