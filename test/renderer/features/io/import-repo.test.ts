import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, parseBackup } from '../../../../shared/io/backup';
import { planImport, type ImportPlan } from '../../../../shared/io/import-plan';
import type { CarbonDb } from '../../../../renderer/db/db';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { checkImportFrom, importChecked } from '../../../../renderer/features/io/import-from';
import { libraryFileText } from '../../../../renderer/features/io/library-io';
import { freshRepo, PRESET_A, testScenario } from '../../db/fixtures';

let repo: ScenarioRepo;
let db: CarbonDb;

beforeEach(async () => {
  ({ repo, db } = await freshRepo());
});
afterEach(() => {
  vi.restoreAllMocks();
});

const snapshot = async () => (await db.scenarios.toArray()).sort((a, b) => a.id.localeCompare(b.id));
const planOf = (scenarios = [testScenario('a'), testScenario('b'), testScenario('c')]): ImportPlan => planImport([], { scenarios });
const meta = { exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0' };

describe('repo.importScenarios', () => {
  it('writes nothing when the write fails part-way (one transaction)', async () => {
    await repo.createFromPreset('preset-a', '已有');
    const before = await snapshot();
    const table = db.scenarios;
    const bulkPut = table.bulkPut.bind(table);
    // the records reach the store, then the write fails: the transaction must undo them
    const failing = async (...args: Parameters<typeof table.bulkPut>) => {
      await bulkPut(...args);
      expect(await table.count()).toBe(before.length + 3);
      throw new Error('disk full');
    };
    vi.spyOn(table, 'bulkPut').mockImplementationOnce(failing as unknown as typeof table.bulkPut);
    await expect(repo.importScenarios(planOf())).rejects.toThrow('disk full');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the whole plan when one scenario does not validate', async () => {
    const before = await snapshot();
    const bad = { ...testScenario('c'), populationWan: -1 };
    await expect(repo.importScenarios(planOf([testScenario('a'), testScenario('b'), bad]))).rejects.toThrow(/populationWan/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a plan made before the library changed, rather than overwrite silently', async () => {
    const plan = planOf([testScenario('late'), testScenario('other')]);
    await repo.importScenarios(planOf([testScenario('late', { name: '先到的' })]));
    const before = await snapshot();
    await expect(repo.importScenarios(plan)).rejects.toThrow(/after the import was planned/);
    expect(await snapshot()).toEqual(before);
    await expect(repo.importScenarios(planImport([], { scenarios: [{ ...PRESET_A, name: 'x' }] }))).rejects.toThrow(/preset/);
  });

  it('imports derived scenarios with their parent link, parents from the file or the library', async () => {
    const base = testScenario('base', { name: '基准' });
    const text = JSON.stringify({
      format: 'carbon-peak-planner',
      formatVersion: 1,
      ...meta,
      scenarios: [base],
      derived: [
        { id: 'fast', parentId: 'base', name: '快速', overrides: [{ path: 'economy.gdpGrowthPct', value: 7 }] },
        { id: 'on-preset', parentId: 'preset-a', name: '基于预设', overrides: [{ path: 'populationWan', value: 60 }] },
      ],
    });
    const check = await checkImportFrom(text, repo);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const out = await importChecked(check, 'keepBoth', repo);
    expect(out.map((r) => r.id)).toEqual(['base', 'fast', 'on-preset']);
    expect(await db.scenarios.get('fast')).toMatchObject({ parentId: 'base', overrides: [{ path: 'economy.gdpGrowthPct', value: 7 }] });
    expect((await repo.get('fast'))!.scenario.economy.gdpGrowthPct).toBe(7);
    expect((await repo.get('on-preset'))!.scenario).toMatchObject({ populationWan: 60, region: PRESET_A.region });

    // exported again, the derived scenario travels as its changes, with its user parent but not the preset
    const again = JSON.parse(libraryFileText(await repo.list(), ['fast', 'on-preset'], meta)) as { scenarios: { id: string }[]; derived: { id: string }[] };
    expect(again.scenarios.map((s) => s.id)).toEqual(['base']);
    expect(again.derived.map((d) => d.id)).toEqual(['fast', 'on-preset']);
  });
});

describe('repo.restoreBackup', () => {
  it('restores derived scenarios and record times; a failing restore changes nothing', async () => {
    await repo.importScenarios(planOf([testScenario('base')]));
    const check = await checkImportFrom(
      JSON.stringify({ format: 'carbon-peak-planner', formatVersion: 1, ...meta, scenarios: [], derived: [{ id: 'kid', parentId: 'base', name: '子', overrides: [{ path: 'populationWan', value: 70 }] }] }),
      repo,
    );
    if (!check.ok) throw new Error('fixture does not check');
    await importChecked(check, 'keepBoth', repo);
    await repo.setSetting('language', 'en');
    const text = createBackup({ content: await repo.backupContent(), ...{ createdAt: meta.exportedAt, appVersion: '0.1.0' } });
    const original = await snapshot();

    await repo.remove('kid');
    await repo.importScenarios(planOf([testScenario('extra')]));
    await repo.setSetting('language', 'zh');

    const parsed = parseBackup(text, { parents: (id) => (id === PRESET_A.id ? PRESET_A : undefined) });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const changed = await snapshot();
    // a failure inside the transaction leaves everything as it was
    vi.spyOn(db.settings, 'bulkPut').mockRejectedValueOnce(new Error('quota'));
    await expect(repo.restoreBackup(parsed.content)).rejects.toThrow('quota');
    expect(await snapshot()).toEqual(changed);
    expect(await repo.getSetting('language')).toBe('zh');

    await repo.restoreBackup(parsed.content);
    // as backed up, each at a revision above the one it replaced (a window showing it must not save over it)
    const revs = new Map(original.map((r) => [r.id, r.rev]));
    expect(await snapshot()).toEqual(original.map((r) => ({ ...r, rev: r.kind === 'user' ? expect.any(Number) : r.rev })));
    for (const r of await snapshot()) if (r.kind === 'user') expect(r.rev).toBeGreaterThan(revs.get(r.id)!);
    expect(await repo.getSetting('language')).toBe('en');
  });
});
