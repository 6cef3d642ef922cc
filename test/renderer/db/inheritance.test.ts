import { describe, expect, it } from 'vitest';
import { CarbonDb } from '../../../renderer/db/db';
import { refreshDescendants } from '../../../renderer/db/inheritance';
import { createRepo, RepoError } from '../../../renderer/db/repo';
import type { Generator, Scenario } from '../../../shared/model/scenario';
import { freshRepo, PRESET_A, PRESET_B, saveLatest, storedRev, testScenario } from './fixtures';

const growth = (s: Scenario, pct: number): Scenario => ({ ...s, economy: { ...s.economy, gdpGrowthPct: pct } });
const pv = (id: string, capacityMW: number): Generator => ({
  id, name: `光伏 ${id}`, type: 'pv', capacityMW, utilisationHours: 1100, commissioningYear: 2025,
  status: 'planned', included: true, source: { kind: 'assumed', reason: 'test' },
});
const withProjects = (s: Scenario, projects: Scenario['electricity']['projects']): Scenario => ({ ...s, electricity: { ...s.electricity, projects } });

describe('repo: derived scenarios', () => {
  it('derives from a preset: stores the parent link and no overrides, reads as the parent', async () => {
    const { repo } = await freshRepo();
    const child = await repo.deriveScenario('preset-a', '  清远 派生  ');
    expect(child).toMatchObject({ kind: 'user', parentId: 'preset-a', overrides: [], presetId: 'preset-a', name: '清远 派生' });
    const got = (await repo.get(child.id))!;
    expect(got.scenario).toMatchObject({ id: child.id, name: '清远 派生', economy: PRESET_A.economy });
    // the preset's English name and description are its own
    expect(got.scenario.nameEn).toBeUndefined();
    const opened = (await repo.open(child.id))!;
    expect(opened.parent).toMatchObject({ id: 'preset-a', kind: 'preset' });
    expect(opened.stale).toEqual([]);
    await expect(repo.deriveScenario('nope', 'x')).rejects.toMatchObject({ code: 'not-found' });
    await expect(repo.deriveScenario('preset-a', '  ')).rejects.toMatchObject({ code: 'empty-name' });
  });

  it('saves only what the child changes, in the same transaction as the record', async () => {
    const { repo, db } = await freshRepo();
    const child = await repo.deriveScenario('preset-a', 'C');
    await saveLatest(repo, growth((await repo.get(child.id))!.scenario, 7));
    const stored = (await db.scenarios.get(child.id))!;
    expect(stored.overrides).toEqual([{ path: 'economy.gdpGrowthPct', value: 7 }]);
    expect(stored.scenario.economy.gdpGrowthPct).toBe(7);
    // saving the parent's values again leaves nothing overridden
    await saveLatest(repo, growth(stored.scenario, PRESET_A.economy.gdpGrowthPct as number));
    expect((await db.scenarios.get(child.id))!.overrides).toEqual([]);
  });

  it('a changed parent changes every child that did not override that value (GDP growth)', async () => {
    const { repo, db } = await freshRepo();
    const parent = await repo.createFromPreset('preset-a', 'P');
    const follows = await repo.deriveScenario(parent.id, 'follows');
    const keeps = await repo.deriveScenario(parent.id, 'keeps');
    await saveLatest(repo, growth((await repo.get(keeps.id))!.scenario, 9));

    await saveLatest(repo, growth((await repo.get(parent.id))!.scenario, 3.5));

    expect((await repo.get(follows.id))!.scenario.economy.gdpGrowthPct).toBe(3.5);
    expect((await repo.get(keeps.id))!.scenario.economy.gdpGrowthPct).toBe(9);
    // the cached snapshot (listing, search, target summaries) was refreshed with the parent
    const listed = new Map((await repo.list()).map((r) => [r.id, r]));
    expect(listed.get(follows.id)!.scenario.economy.gdpGrowthPct).toBe(3.5);
    expect(listed.get(keeps.id)!.scenario.economy.gdpGrowthPct).toBe(9);
    expect((await db.scenarios.get(follows.id))!.overrides).toEqual([]);
  });

  it('resolves a chain of derivations (grandchild follows the grandparent through its parent)', async () => {
    const { repo } = await freshRepo();
    const root = await repo.createFromPreset('preset-a', 'root');
    const mid = await repo.deriveScenario(root.id, 'mid');
    const leaf = await repo.deriveScenario(mid.id, 'leaf');
    await saveLatest(repo, { ...(await repo.get(mid.id))!.scenario, populationWan: 60 });
    await saveLatest(repo, growth((await repo.get(root.id))!.scenario, 4));
    const got = (await repo.get(leaf.id))!.scenario;
    expect(got).toMatchObject({ populationWan: 60, economy: { gdpGrowthPct: 4 }, name: 'leaf' });
    expect((await repo.list()).find((r) => r.id === leaf.id)!.scenario.economy.gdpGrowthPct).toBe(4);
  });

  it('guards a cycle and a missing parent: reported as broken, the snapshot shown, a save stands alone', async () => {
    const { repo, db } = await freshRepo();
    const a = await repo.createFromPreset('preset-a', 'a');
    const b = await repo.deriveScenario(a.id, 'b');
    // a cycle can only come from outside (a hand-edited database); make one
    await db.scenarios.update(a.id, { parentId: b.id, overrides: [] });
    const opened = (await repo.open(b.id))!;
    expect(opened.broken).toMatchObject({ kind: 'cycle' });
    expect(opened.broken!.chain[0]).toBe(b.id);
    expect(opened.scenario.name).toBe('b');

    await db.scenarios.update(a.id, { parentId: 'gone' });
    expect((await repo.open(a.id))!.broken).toMatchObject({ kind: 'missing' });
    const saved = await saveLatest(repo, growth((await repo.get(a.id))!.scenario, 2));
    expect(saved.parentId).toBeUndefined();
    expect(saved.overrides).toBeUndefined();
  });

  it('reports an override whose target the parent removed, keeps it until discarded', async () => {
    const { repo, db } = await freshRepo();
    const parent = await repo.createFromPreset('preset-a', 'P');
    await saveLatest(repo, withProjects((await repo.get(parent.id))!.scenario, [pv('x', 100), pv('y', 50)]));
    const child = await repo.deriveScenario(parent.id, 'C');
    const c = (await repo.get(child.id))!.scenario;
    await saveLatest(repo, withProjects(c, [{ ...c.electricity.projects[0]!, capacityMW: 300 }, c.electricity.projects[1]!]));
    expect((await db.scenarios.get(child.id))!.overrides).toEqual([{ path: 'electricity.projects[id=x].capacityMW', value: 300 }]);

    // the parent drops project x
    await saveLatest(repo, withProjects((await repo.get(parent.id))!.scenario, [pv('y', 50)]));
    const opened = (await repo.open(child.id))!;
    expect(opened.scenario.electricity.projects.map((p) => p.id)).toEqual(['y']);
    expect(opened.stale).toHaveLength(1);
    expect(opened.stale[0]).toMatchObject({ scenarioId: child.id, override: { path: 'electricity.projects[id=x].capacityMW' } });

    // an unrelated edit of the child keeps the stale override (not silently dropped)
    await saveLatest(repo, { ...opened.scenario, populationWan: 55 });
    expect((await db.scenarios.get(child.id))!.overrides).toContainEqual({ path: 'electricity.projects[id=x].capacityMW', value: 300 });
    expect((await repo.open(child.id))!.stale).toHaveLength(1);

    expect(await repo.discardStale(child.id, await storedRev(repo, child.id))).toMatchObject({ status: 'saved' });
    expect((await repo.open(child.id))!.stale).toEqual([]);
    expect((await db.scenarios.get(child.id))!.overrides).toEqual([{ path: 'populationWan', value: 55 }]);
  });

  it('refuses to delete a parent with live children, naming them; detach makes a child standalone', async () => {
    const { repo } = await freshRepo();
    const parent = await repo.createFromPreset('preset-a', 'P');
    const child = await repo.deriveScenario(parent.id, '子情景');
    const err = await repo.remove(parent.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RepoError);
    expect(err).toMatchObject({ code: 'has-children', names: ['子情景'] });
    expect(await repo.get(parent.id)).toBeDefined();

    const alone = await repo.detach(child.id, await storedRev(repo, child.id));
    expect(alone).toMatchObject({ status: 'saved' });
    expect((await repo.db.scenarios.get(child.id))!.parentId).toBeUndefined();
    await repo.remove(parent.id);
    expect((await repo.get(child.id))!.scenario.economy).toEqual(PRESET_A.economy);
  });

  it('deleting a parent whose only child was deleted this session detaches that child, so its undo still works', async () => {
    const { repo } = await freshRepo();
    const parent = await repo.createFromPreset('preset-a', 'P');
    await saveLatest(repo, { ...(await repo.get(parent.id))!.scenario, populationWan: 77 });
    const child = await repo.deriveScenario(parent.id, 'C');
    await repo.remove(child.id);
    await repo.remove(parent.id);
    await repo.restore(child.id);
    const got = (await repo.get(child.id))!;
    expect(got.parentId).toBeUndefined();
    expect(got.scenario.populationWan).toBe(77);
  });

  it('duplicating a derived scenario gives a sibling that derives from the same parent', async () => {
    const { repo } = await freshRepo();
    const child = await repo.deriveScenario('preset-a', 'C');
    await saveLatest(repo, growth((await repo.get(child.id))!.scenario, 6));
    const copy = await repo.duplicate(child.id, 'C2');
    expect(copy).toMatchObject({ parentId: 'preset-a', overrides: [{ path: 'economy.gdpGrowthPct', value: 6 }] });
    expect((await repo.get(copy.id))!.scenario).toMatchObject({ name: 'C2', economy: { gdpGrowthPct: 6 } });
  });

  it('a preset updated on the next start carries its children along', async () => {
    const { repo, db, name } = await freshRepo();
    const child = await repo.deriveScenario('preset-a', 'C');
    db.close();
    const updated = growth(PRESET_A, 2.5);
    const next = createRepo(new CarbonDb(name, { presets: [updated, PRESET_B] }));
    expect((await next.list()).find((r) => r.id === child.id)!.scenario.economy.gdpGrowthPct).toBe(2.5);
  });

  it('an import that replaces a parent refreshes its children', async () => {
    const { repo } = await freshRepo();
    await repo.putMany([testScenario('imp-p')]);
    const child = await repo.deriveScenario('imp-p', 'C');
    await repo.putMany([testScenario('imp-p', { populationWan: 88 })]);
    expect((await repo.list()).find((r) => r.id === child.id)!.scenario.populationWan).toBe(88);
  });
});

describe('refreshing descendants reads only the family', () => {
  /** A database that counts the scenario records handed out by IndexedDB (get, bulkGet, queries and cursors over values). */
  async function countingRepo(name: string) {
    const db = new CarbonDb(name, { presets: [PRESET_A, PRESET_B], now: () => 1 });
    const reads = { records: 0 };
    db.use({
      stack: 'dbcore',
      name: 'count-scenario-reads',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const t = down.table(tableName);
          if (tableName !== 'scenarios') return t;
          return {
            ...t,
            get: async (req) => {
              const r: unknown = await t.get(req);
              if (r !== undefined) reads.records++;
              return r;
            },
            getMany: async (req) => {
              const r = await t.getMany(req);
              reads.records += r.filter((x) => x !== undefined).length;
              return r;
            },
            query: async (req) => {
              const r = await t.query(req);
              if (req.values) reads.records += r.result.length;
              return r;
            },
            openCursor: async (req) => {
              const c = await t.openCursor(req);
              if (c && req.values) {
                // each stop of the cursor hands out one record
                const start = c.start.bind(c);
                c.start = (onNext) => start(() => {
                  reads.records++;
                  onNext();
                });
              }
              return c;
            },
          };
        },
      }),
    });
    await db.open();
    return { db, reads, repo: createRepo(db, () => 2) };
  }

  it('the changed scenario’s chain and its descendants, level by level, however many unrelated scenarios there are', async () => {
    const { db, reads, repo } = await countingRepo(`family-${Math.random().toString(36).slice(2)}`);
    // 50 unrelated scenarios: 40 standalone, 10 derived from the other preset
    await repo.putMany(Array.from({ length: 40 }, (_, i) => testScenario(`other-${i}`)));
    for (let i = 0; i < 10; i++) await repo.deriveScenario('preset-b', `B 派生 ${i}`);
    // the family: base ← kid1 ← grandkid, base ← kid2
    const base = (await repo.putMany([testScenario('base')]))[0]!;
    const kid1 = await repo.deriveScenario(base.id, 'kid1');
    const kid2 = await repo.deriveScenario(base.id, 'kid2');
    const grandkid = await repo.deriveScenario(kid1.id, 'grandkid');
    await db.scenarios.put({ ...base, scenario: growth(base.scenario, 4), rev: base.rev + 1 });

    reads.records = 0;
    const changed = await db.transaction('rw', db.scenarios, () => refreshDescendants(db, base.id, 3));
    // base (a root: its chain is itself) 1, its children kid1 and kid2 2, their child grandkid 1,
    // and the grandkid's children none: 1 + 2 + 1 = 4 records
    expect(reads.records).toBe(4);
    expect(changed.sort()).toEqual([grandkid.id, kid1.id, kid2.id].sort());
    expect((await db.scenarios.get(grandkid.id))!.scenario.economy.gdpGrowthPct).toBe(4);

    // a save (as autosave does) of the base reads far fewer records than the library holds
    reads.records = 0;
    await saveLatest(repo, growth((await repo.get(base.id))!.scenario, 5));
    expect(reads.records).toBeLessThan(50);
    expect((await db.scenarios.get(grandkid.id))!.scenario.economy.gdpGrowthPct).toBe(5);
    db.close();
  });

  it('a chain that loops back is walked once', async () => {
    const { db, repo } = await countingRepo(`loop-${Math.random().toString(36).slice(2)}`);
    const a = (await repo.putMany([testScenario('loop-a')]))[0]!;
    const b = await repo.deriveScenario(a.id, 'b');
    // a made to derive from its own child: a cycle a → b → a
    await db.scenarios.put({ ...a, parentId: b.id, overrides: [] });
    const changed = await db.transaction('rw', db.scenarios, () => refreshDescendants(db, a.id, 3));
    expect(changed).toEqual([]);
    db.close();
  });
});
