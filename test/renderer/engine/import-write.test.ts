import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { checkerFor, writeCheckedImport } from '../../../renderer/engine/import-write';
import { validate } from '../../../renderer/engine/compute';
import type { CarbonDb } from '../../../renderer/db/db';
import type { ScenarioRepo } from '../../../renderer/db/repo';
import { freshRepo, PRESET_A, testScenario } from '../db/fixtures';

let repo: ScenarioRepo;
let db: CarbonDb;
let name: string;

beforeEach(async () => {
  ({ repo, db, name } = await freshRepo());
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

describe('the check of an import written by the engine worker', () => {
  it('checks only what the file check did not pass', async () => {
    const held = testScenario('held');
    const check = vi.fn(validate);
    const checker = checkerFor({ scenarios: [held], derived: [] }, check);
    const renamed = { ...held, name: '改名' };
    const results = await checker([held, renamed]);
    // the held object passes as it is; the renamed copy is a new document and is checked
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith(renamed);
  });

  it('refuses a renamed copy that no longer validates', async () => {
    const held = testScenario('held');
    const broken = { ...held, populationWan: -1 };
    const [r] = await checkerFor({ scenarios: [held], derived: [] })([broken]);
    expect(r?.ok).toBe(false);
  });
});

describe('an import written by the engine worker', () => {
  it('plans as the page planned and writes through its own connection, which the page sees', async () => {
    await repo.importScenarios({ mode: 'keepBoth', scenarios: [testScenario('mine', { name: '我的' })], derived: [], renames: [], replaces: [], clashes: [] });
    const existing = [
      { id: 'mine', name: '我的' },
      { id: PRESET_A.id, name: PRESET_A.name, readOnly: true },
    ];
    // the same id and the same name: keep-both gives "mine-2" named "我的 (导入)"
    const out = await writeCheckedImport({ scenarios: [testScenario('mine', { name: '我的' })], derived: [] }, name, existing, 'keepBoth');
    expect(out).toEqual([{ id: 'mine-2', name: '我的 (导入)' }]);
    expect((await repo.get('mine-2'))?.name).toBe('我的 (导入)');
    expect(await repo.get('mine')).toMatchObject({ name: '我的' });
  });

  it('writes nothing when the library changed since the plan was made', async () => {
    // the page planned against an empty library; meanwhile another window stored "late"
    await repo.importScenarios({ mode: 'keepBoth', scenarios: [testScenario('late')], derived: [], renames: [], replaces: [], clashes: [] });
    const before = await db.scenarios.count();
    await expect(writeCheckedImport({ scenarios: [testScenario('late'), testScenario('other')], derived: [] }, name, [], 'keepBoth')).rejects.toThrow(/after the import was planned/);
    expect(await db.scenarios.count()).toBe(before);
  });

  it('leaves seeding presets to the page: its connection stores only what it was asked to', async () => {
    const other = `${name}-worker-only`;
    await writeCheckedImport({ scenarios: [testScenario('x')], derived: [] }, other, [], 'keepBoth');
    const check = new Dexie(other);
    await check.open();
    expect(await check.table('scenarios').toCollection().primaryKeys()).toEqual(['x']);
    check.close();
    await Dexie.delete(other);
  });
});
