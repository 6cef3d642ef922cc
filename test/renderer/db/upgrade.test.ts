import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CarbonDb, V1_STORES, V2_STORES, V3_STORES } from '../../../renderer/db/db';
import { presetVersion } from '../../../renderer/db/preset-seed';
import { createRepo } from '../../../renderer/db/repo';
import { resolveRecord } from '../../../renderer/db/inheritance';
import type { Generator, Scenario } from '../../../shared/model/scenario';
import { PRESET_A, PRESET_B, testScenario, testScenarioV1 } from './fixtures';

/** Writes a database exactly as the first release did. */
async function writeV1(name: string, records: { id: string; scenario: unknown; updatedAt: number; presetId?: string }[]) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ ...V1_STORES });
  await v1.open();
  await v1.table('scenarios').bulkAdd(records);
  await v1.table('settings').put({ key: 'language', value: 'en' });
  v1.close();
}

describe('CarbonDb upgrade from version 1', () => {
  it('opens a v1 database and finds every scenario intact and upgraded', async () => {
    const a = testScenario('u-a', { name: '我的清远', region: { name: '清远市' } });
    const b = testScenario('u-b', { name: '连州草稿', region: { name: '连州市' } });
    const broken = { ...testScenario('u-c'), populationWan: 'many' };
    await writeV1('upgrade-1', [
      { id: 'u-a', scenario: a, updatedAt: 1000, presetId: 'preset-a' },
      { id: 'u-b', scenario: b, updatedAt: 2000 },
      { id: 'u-c', scenario: broken, updatedAt: 3000 },
    ]);

    const db = new CarbonDb('upgrade-1', { presets: [PRESET_A, PRESET_B], now: () => 5000 });
    await db.open();
    expect(db.verno).toBe(7);

    const users = await db.scenarios.where('kind').equals('user').sortBy('updatedAt');
    expect(users.map((r) => [r.id, r.name, r.regionName, r.createdAt, r.updatedAt, r.presetId])).toEqual([
      ['u-a', '我的清远', '清远市', 1000, 1000, 'preset-a'],
      ['u-b', '连州草稿', '连州市', 2000, 2000, undefined],
      ['u-c', '情景 u-c', '测试市', 3000, 3000, undefined],
    ]);
    expect(users[0]!.scenario).toEqual(a);
    expect(users[1]!.scenario).toEqual(b);
    // An invalid document is kept as it was, not dropped or "repaired".
    expect(users[2]!.scenario).toEqual(broken);
    // and each carries its revision, as every record does from version 4
    expect(users.map((r) => r.rev)).toEqual([1, 1, 1]);

    // the new indexes work on upgraded records
    expect((await db.scenarios.where('regionName').equals('连州市').primaryKeys()).sort()).toEqual(['preset-b', 'u-b']);
    // settings survive
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    // presets are seeded next to them
    expect((await db.scenarios.where('kind').equals('preset').primaryKeys()).sort()).toEqual(['preset-a', 'preset-b']);
    db.close();
  });

  it('a preset update rewrites the preset but never the user scenarios made from it', async () => {
    const db1 = new CarbonDb('upgrade-2', { presets: [PRESET_A], now: () => 1 });
    const repo1 = createRepo(db1, () => 2);
    const mine = await repo1.createFromPreset('preset-a', '我的副本');
    db1.close();

    const updated = { ...PRESET_A, populationWan: 60 };
    const db2 = new CarbonDb('upgrade-2', { presets: [updated], now: () => 3 });
    await db2.open();
    const preset = await db2.scenarios.get('preset-a');
    expect(preset?.scenario.populationWan).toBe(60);
    expect(preset?.createdAt).toBe(1);
    expect((await db2.presetVersions.get('preset-a'))?.version).toBe(presetVersion(updated));
    const copy = await db2.scenarios.get(mine.id);
    expect(copy?.scenario.populationWan).toBe(50);
    expect(copy?.updatedAt).toBe(2);
    db2.close();
  });
});

describe('CarbonDb upgrade from version 2', () => {
  it('adds the deletedAt index: every live record intact, a deletion the last session left behind is forgotten', async () => {
    const v2 = new Dexie('upgrade-v2');
    v2.version(2).stores({ ...V2_STORES });
    await v2.open();
    const rec = (id: string, extra: object = {}) => ({
      id, kind: 'user', name: id, regionName: '测试市', createdAt: 10, updatedAt: 20, scenario: testScenario(id), ...extra,
    });
    await v2.table('scenarios').bulkAdd([rec('u-live'), rec('u-gone', { deletedAt: 30 }), rec('u-child', { parentId: 'u-live', overrides: [] })]);
    await v2.table('settings').put({ key: 'language', value: 'en' });
    v2.close();

    const db = new CarbonDb('upgrade-v2', { presets: [PRESET_A], now: () => 40 });
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.scenarios.where('kind').equals('user').primaryKeys()).sort()).toEqual(['u-child', 'u-live']);
    expect((await db.scenarios.get('u-live'))?.scenario).toEqual(testScenario('u-live'));
    expect((await db.scenarios.get('u-child'))?.parentId).toBe('u-live');
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    // the index holds exactly the records that have the field
    await db.scenarios.update('u-live', { deletedAt: 50 });
    expect(await db.scenarios.where('deletedAt').aboveOrEqual(Dexie.minKey).primaryKeys()).toEqual(['u-live']);
    db.close();
  });
});

describe('CarbonDb upgrade from version 3', () => {
  it('gives every record revision 1 and changes nothing else', async () => {
    const v3 = new Dexie('upgrade-v3');
    v3.version(3).stores({ ...V3_STORES });
    await v3.open();
    const rec = (id: string, extra: object = {}) => ({
      id, kind: 'user', name: id, regionName: '测试市', createdAt: 10, updatedAt: 20, scenario: testScenario(id), ...extra,
    });
    const written = [rec('u-live', { presetId: 'preset-a' }), rec('u-gone', { deletedAt: 30 }), rec('u-child', { parentId: 'u-live', overrides: [{ path: 'populationWan', value: 60 }] })];
    await v3.table('scenarios').bulkAdd(written);
    await v3.table('settings').put({ key: 'language', value: 'en' });
    v3.close();

    // the clock stands still, so a record the open rewrote would still show it by its revision
    const db = new CarbonDb('upgrade-v3', { presets: [PRESET_A], now: () => 40 });
    const repo = createRepo(db, () => 50);
    await db.open();
    expect(db.verno).toBe(7);
    // u-gone was deleted last session: the open forgets it, as it did before
    const users = await db.scenarios.where('kind').equals('user').sortBy('id');
    expect(users).toEqual([
      { ...written[2], rev: 1 },
      { ...written[0], rev: 1 },
    ]);
    expect((await db.scenarios.get('preset-a'))!.rev).toBe(1);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    // an upgraded record saves like a new one: at revision 1, to 2
    const saved = await repo.save({ ...users[1]!.scenario, populationWan: 70 }, 1);
    expect(saved).toMatchObject({ status: 'saved', rec: { rev: 2 } });
    db.close();
  });
});

describe('CarbonDb upgrade from version 4', () => {
  const row = (id: string, capacityMW: number): Generator => ({
    id, name: id, type: 'pv', capacityMW, utilisationHours: 1100, commissioningYear: 2025, status: 'planned', included: true, source: { kind: 'assumed', reason: `row ${id}` },
  });
  const mark = (note: string) => ({ kind: 'user', note }) as const;

  it('keys every source of a ledger row by the row’s id, in documents and in a derived record’s changes', async () => {
    // the parent: rows a, b, c, sources on [0] (a) and [2] (c), and [7], a row long gone
    const parent: Scenario = testScenario('u-parent', {
      electricity: { ...testScenario('x').electricity, projects: [row('a', 10), row('b', 20), row('c', 30)] },
      sources: { 'electricity.projects[0].capacityMW': mark('a'), 'electricity.projects[2].capacityMW': mark('c'), 'electricity.projects[7].name': mark('gone'), populationWan: mark('pop') },
    });
    // the child removed b: its rows are a, c; it gave [1] (c, in its rows) a source of its own
    // and, as positions then moved, hid the parent's [2] (c, in the parent's rows)
    const childSnapshot: Scenario = {
      ...parent, id: 'u-child', name: '子',
      electricity: { ...parent.electricity, projects: [row('a', 10), row('c', 30)] },
      sources: { 'electricity.projects[0].capacityMW': mark('a'), 'electricity.projects[1].capacityMW': mark('mine'), populationWan: mark('pop') },
    };
    const overrides = [
      { path: 'electricity.projects[id=b]', removed: true as const },
      { path: 'sources["electricity.projects[2].capacityMW"]', removed: true as const },
      { path: 'sources["electricity.projects[1].capacityMW"]', value: mark('mine') },
    ];
    const v4 = new Dexie('upgrade-v4');
    v4.version(4).stores({ ...V3_STORES });
    await v4.open();
    const rec = (id: string, scenario: Scenario, extra: object = {}) => ({ id, kind: 'user', name: id, regionName: '测试市', createdAt: 10, updatedAt: 20, rev: 3, scenario, ...extra });
    const plain = rec('u-plain', testScenario('u-plain', { sources: { populationWan: mark('pop') } }));
    await v4.table('scenarios').bulkAdd([rec('u-parent', parent), rec('u-child', childSnapshot, { parentId: 'u-parent', overrides }), plain]);
    v4.close();

    const warned: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    const db = new CarbonDb('upgrade-v4', { presets: [PRESET_A], now: () => 40 });
    try {
      await db.open();
    } finally {
      console.warn = warn;
    }
    expect(db.verno).toBe(7);
    const stored = await db.scenarios.get('u-parent');
    expect(stored!.scenario.sources).toEqual({ 'electricity.projects[id=a].capacityMW': mark('a'), 'electricity.projects[id=c].capacityMW': mark('c'), populationWan: mark('pop') });
    // the dropped entry, its list and why (a console note: its code and parameters)
    expect(warned).toEqual([
      [
        'scenario u-parent: scenario.sources["electricity.projects[7].name"]: sources.dropped',
        { key: 'electricity.projects[7].name', list: 'electricity.projects', length: 3, index: 7 },
      ],
    ]);
    const child = await db.scenarios.get('u-child');
    expect(child!.overrides).toEqual([
      { path: 'electricity.projects[id=b]', removed: true },
      { path: 'sources["electricity.projects[id=c].capacityMW"]', removed: true },
      { path: 'sources["electricity.projects[id=c].capacityMW"]', value: mark('mine') },
    ]);
    // a record that needed nothing is as it was; revisions are not touched (no window wrote)
    expect(await db.scenarios.get('u-plain')).toEqual(plain);
    expect(child!.rev).toBe(3);
    // opened afresh, the child shows its own source on c and the parent's on a
    const opened = await resolveRecord(db, 'u-child');
    expect(opened?.scenario.sources).toEqual({ 'electricity.projects[id=a].capacityMW': mark('a'), 'electricity.projects[id=c].capacityMW': mark('mine'), populationWan: mark('pop') });
    db.close();
  });
});

describe('CarbonDb upgrade from version 5', () => {
  it('carries every stored document to schema 2 under the methods it was counted by, and a derived record’s changes with it', async () => {
    const v5 = new Dexie('upgrade-v5');
    v5.version(5).stores({ ...V3_STORES });
    await v5.open();
    const rec = (id: string, scenario: unknown, extra: object = {}) => ({ id, kind: 'user', name: id, regionName: '测试市', createdAt: 10, updatedAt: 20, rev: 3, scenario, ...extra });
    const parent = testScenarioV1('u-parent', true);
    // the child switched the flag off; its snapshot is the parent with that change
    const childSnapshot = { ...testScenarioV1('u-child', false), sources: parent.sources };
    const overrides = [{ path: 'conventions.excludeNewRenewablesFromIntensity', value: false }];
    const current = rec('u-current', testScenario('u-current'));
    await v5.table('scenarios').bulkAdd([rec('u-parent', parent), rec('u-child', childSnapshot, { parentId: 'u-parent', overrides }), current]);
    v5.close();

    const db = new CarbonDb('upgrade-v5', { presets: [PRESET_A], now: () => 40 });
    await db.open();
    expect(db.verno).toBe(7);
    const p = (await db.scenarios.get('u-parent'))!;
    expect(p.scenario.schemaVersion).toBe(2);
    expect(p.scenario.accounting).toEqual({ energyControl: 'legacyNewRenewables', renewableAttribution: 'localBalance', electricityCo2: 'netImports', gridFactorScope: 'custom', peakTolerancePct: 2 });
    expect(p.scenario.electricity.pumpedStorage[0]!.attribution).toBe('legacyCo2Only');
    expect(p.scenario.sources).toEqual({ 'accounting.energyControl': { kind: 'user', note: '旧开关' } });
    // no window wrote: revisions stay
    expect(p.rev).toBe(3);
    const child = (await db.scenarios.get('u-child'))!;
    expect(child.overrides).toEqual([{ path: 'accounting.energyControl', value: 'none' }]);
    expect(child.scenario.accounting.energyControl).toBe('none');
    // a record already of schema 2 is as it was
    expect(await db.scenarios.get('u-current')).toEqual(current);
    // opened afresh, the child resolves through its upgraded parent
    const opened = await resolveRecord(db, 'u-child');
    expect(opened?.scenario.accounting.energyControl).toBe('none');
    expect(opened?.scenario.electricity.pumpedStorage[0]!.attribution).toBe('legacyCo2Only');
    db.close();
  });
});
