import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CarbonDb, V3_STORES } from '../../../renderer/db/db';
import { CitationCache, compactRecord, expandRecord, wholeCursor } from '../../../renderer/db/citation-store';
import { readLibraryRecords, readLiveRecords } from '../../../renderer/db/library-read';
import { createRepo } from '../../../renderer/db/repo';
import type { ScenarioRecord } from '../../../renderer/db/records';
import type { Scenario } from '../../../shared/model/scenario';
import { presetById } from '../../../seeds/index';
import { validateScenario } from '../../../shared/model/validate';

const QY = presetById('qingyuan-policy')!;
const LZ = presetById('lianzhou-policy')!;

/** Every source of a scenario: the `sources` map's entries and each field `source`, in document order. */
function sourcesOf(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => sourcesOf(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source') out.push(v);
      else if (k === 'sources' && typeof v === 'object' && v !== null) out.push(...Object.values(v));
      else sourcesOf(v, out);
    }
  }
  return out;
}
const distinct = (sources: unknown[]) => new Set(sources.map((s) => JSON.stringify(s))).size;

let dbCount = 0;
async function openDb(presets: Scenario[] = [QY]) {
  const db = new CarbonDb(`citations-${++dbCount}`, { presets });
  await db.open();
  return db;
}

/** The stores as IndexedDB holds them, read without the app's middleware. */
async function raw(name: string) {
  const plain = new Dexie(name);
  await plain.open();
  try {
    return {
      scenarios: (await plain.table('scenarios').toArray()) as { id: string; scenario: Scenario }[],
      citations: (await plain.table('citations').toArray()) as { key: number; source: unknown }[],
    };
  } finally {
    plain.close();
  }
}

describe('sources stored once (citation-store.ts)', () => {
  it('stores a preset’s sources once each, cited by number, and reads the preset back whole', async () => {
    const db = await openDb();
    const stored = await raw(db.name);
    const rec = stored.scenarios.find((r) => r.id === QY.id)!;
    const cited = sourcesOf(rec.scenario);
    // qingyuan-policy cites dozens of sources (64 in `sources` alone): in the store each is a number
    expect(cited.length).toBeGreaterThan(64);
    expect(cited.every((s) => typeof s === 'number')).toBe(true);
    // one stored citation per distinct source, numbered from 1
    const all = sourcesOf(QY);
    expect(stored.citations).toHaveLength(distinct(all));
    expect(stored.citations.map((c) => c.key)).toEqual(Array.from({ length: distinct(all) }, (_, i) => i + 1));
    // the record, read through the app, is the preset as seeding checked and stored it
    const seeded = validateScenario(QY);
    if (!seeded.ok) throw new Error('qingyuan-policy does not validate');
    expect((await db.scenarios.get(QY.id))!.scenario).toEqual(seeded.scenario);
    // the stored record is a fraction of the whole: qingyuan-policy's sources are about 45 % of its JSON
    expect(JSON.stringify(rec.scenario).length).toBeLessThan(0.6 * JSON.stringify(QY).length);
    db.close();
  });

  it('a copy of the preset adds no citation; a new source adds one, and each record reads back as it was saved', async () => {
    const db = await openDb();
    const repo = createRepo(db);
    const before = (await raw(db.name)).citations.length;
    const copy = await repo.createFromPreset(QY.id, '我的清远');
    expect((await raw(db.name)).citations).toHaveLength(before);

    const note = { kind: 'user' as const, note: '按 2024 年统计公报核对' };
    const edited: Scenario = { ...copy.scenario, sources: { ...copy.scenario.sources, populationWan: note } };
    expect((await repo.save(edited, copy.rev)).status).toBe('saved');
    const after = await raw(db.name);
    expect(after.citations).toHaveLength(before + 1);
    expect(after.citations.at(-1)).toEqual({ key: before + 1, source: note });
    expect((await repo.get(copy.id))!.scenario).toEqual(edited);
    // saved again: the same source keeps its number
    expect((await repo.save({ ...edited, name: '我的清远 二稿' }, copy.rev + 1)).status).toBe('saved');
    expect((await raw(db.name)).citations).toHaveLength(before + 1);
    db.close();
  });

  it('a parent’s save refreshes its derived child in the same transaction, both stored compactly', async () => {
    const db = await openDb();
    const repo = createRepo(db);
    const parent = await repo.createFromPreset(QY.id, '清远 父情景');
    const child = await repo.deriveScenario(parent.id, '清远 子情景');
    const raised = { ...parent.scenario, economy: { ...parent.scenario.economy, gdpGrowthPct: 7.5 } };
    expect((await repo.save(raised, parent.rev)).status).toBe('saved');
    expect((await repo.get(child.id))!.scenario.economy.gdpGrowthPct).toBe(7.5);
    db.close();
  });

  it('gives records their own copies: changing a source read from one record changes no other', async () => {
    const db = await openDb();
    const repo = createRepo(db);
    const a = await repo.createFromPreset(QY.id, '甲');
    const b = await repo.createFromPreset(QY.id, '乙');
    const [ra, rb] = await db.scenarios.bulkGet([a.id, b.id]);
    const key = Object.keys(ra!.scenario.sources)[0]!;
    expect(ra!.scenario.sources[key]).toEqual(rb!.scenario.sources[key]);
    expect(ra!.scenario.sources[key]).not.toBe(rb!.scenario.sources[key]);
    db.close();
  });

  it('numbers sources apart across two connections (two windows): each reads the other’s', async () => {
    const first = await openDb();
    const second = new CarbonDb(first.name, { presets: [QY] });
    await second.open();
    const one = createRepo(first);
    const two = createRepo(second);
    const a = await one.createFromPreset(QY.id, '窗口一');
    const b = await two.createFromPreset(QY.id, '窗口二');
    // each window adds a source the other has not seen: the second must not reuse the first one's number
    const noteA = { kind: 'user' as const, note: '窗口一的说明' };
    const noteB = { kind: 'user' as const, note: '窗口二的说明' };
    expect((await one.save({ ...a.scenario, sources: { ...a.scenario.sources, populationWan: noteA } }, a.rev)).status).toBe('saved');
    expect((await two.save({ ...b.scenario, sources: { ...b.scenario.sources, populationWan: noteB } }, b.rev)).status).toBe('saved');
    const keys = (await raw(first.name)).citations.slice(-2).map((c) => c.key);
    expect(new Set(keys).size).toBe(2);
    expect((await one.get(b.id))!.scenario.sources.populationWan).toEqual(noteB);
    expect((await two.get(a.id))!.scenario.sources.populationWan).toEqual(noteA);
    first.close();
    second.close();
  });

  it('a failed write stores no citation, and the next write of the same source stores it', async () => {
    const db = await openDb();
    const repo = createRepo(db);
    const copy = await repo.createFromPreset(QY.id, '草稿');
    const before = (await raw(db.name)).citations.length;
    const rec = (await db.scenarios.get(copy.id))!;
    const note = { kind: 'user' as const, note: '未保存的说明' };
    const withNote = { ...rec, scenario: { ...rec.scenario, sources: { ...rec.scenario.sources, populationWan: note } } };
    await expect(
      db.transaction('rw', db.scenarios, async () => {
        await db.scenarios.put(withNote);
        throw new Error('refused after the write');
      }),
    ).rejects.toThrow('refused after the write');
    expect((await raw(db.name)).citations).toHaveLength(before);
    expect((await db.scenarios.get(copy.id))!.scenario.sources.populationWan).toEqual(rec.scenario.sources.populationWan);
    // this connection must not believe the aborted source stored
    await db.scenarios.put(withNote);
    expect((await raw(db.name)).citations).toHaveLength(before + 1);
    expect((await db.scenarios.get(copy.id))!.scenario.sources.populationWan).toEqual(note);
    db.close();
  });

  it('reads a record stored whole (an older version’s, or written around the app) as it is', async () => {
    const db = await openDb();
    const rec = (await db.scenarios.get(QY.id))!;
    const whole = { ...rec, id: 'whole-lz', kind: 'user' as const, name: LZ.name, scenario: { ...LZ, id: 'whole-lz' } };
    db.close();
    const plain = new Dexie(db.name);
    await plain.open();
    await plain.table('scenarios').put(whole);
    plain.close();
    const again = new CarbonDb(db.name, { presets: [QY] });
    await again.open();
    expect((await again.scenarios.get('whole-lz'))!.scenario).toEqual({ ...LZ, id: 'whole-lz' });
    again.close();
  });

  it('the worker’s own reader (library-read.ts) gives the records whole, as Dexie does', async () => {
    const db = await openDb([QY, LZ]);
    const repo = createRepo(db);
    const copy = await repo.createFromPreset(LZ.id, '连州 方案');
    const viaDexie = await db.scenarios.toArray();
    const live = await readLiveRecords(db.name);
    expect(live.map((r) => r.id).sort()).toEqual(viaDexie.map((r) => r.id).sort());
    for (const r of live) expect(r).toEqual(viaDexie.find((d) => d.id === r.id));
    // a source added after the reader first looked is found too
    const note = { kind: 'user' as const, note: '之后添加的说明' };
    expect((await repo.save({ ...copy.scenario, sources: { ...copy.scenario.sources, populationWan: note } }, copy.rev)).status).toBe('saved');
    const [read] = await readLibraryRecords(db.name, [copy.id]);
    expect(read!.scenario.sources.populationWan).toEqual(note);
    db.close();
  });

  it('stores every record of a version-6 database compactly when it opens at version 7, changing no scenario', async () => {
    const name = `citations-v6-${++dbCount}`;
    const v6 = new Dexie(name);
    v6.version(6).stores(V3_STORES);
    await v6.open();
    const rec = (s: Scenario, kind: 'user' | 'preset'): ScenarioRecord =>
      ({ id: s.id, kind, name: s.name, regionName: s.region.name, createdAt: 1, updatedAt: 1, rev: 1, scenario: s }) as ScenarioRecord;
    const mine = { ...QY, id: 'mine', name: '我的清远' };
    await v6.table('scenarios').bulkPut([rec(mine, 'user')]);
    v6.close();

    const db = new CarbonDb(name, { presets: [QY] });
    await db.open();
    expect(db.verno).toBe(7);
    const stored = await raw(name);
    expect(sourcesOf(stored.scenarios.find((r) => r.id === 'mine')!.scenario).every((s) => typeof s === 'number')).toBe(true);
    expect((await db.scenarios.get('mine'))!.scenario).toEqual(mine);
    db.close();
  });
});

describe('compactRecord and expandRecord', () => {
  it('are inverse on a preset, and leave a record without a scenario alone', () => {
    const cache = new CitationCache();
    const trans = {} as never;
    const rec = { id: LZ.id, scenario: LZ };
    const compact = compactRecord(rec, cache, trans);
    expect(sourcesOf(compact.scenario).every((s) => typeof s === 'number')).toBe(true);
    expect(cache.added(trans)).toHaveLength(distinct(sourcesOf(LZ)));
    expect(expandRecord(compact, cache)).toEqual(rec);
    expect(compactRecord({ key: 'language', value: 'zh' }, cache, trans)).toEqual({ key: 'language', value: 'zh' });
    expect(() => expandRecord({ scenario: { sources: { baseYear: 999 } } }, cache)).toThrow('citation 999');
  });
});

describe('wholeCursor', () => {
  it('calls the cursor’s native members on the cursor itself (IndexedDB refuses them on any other object)', () => {
    const cache = new CitationCache();
    const trans = {} as never;
    const stored = compactRecord({ id: LZ.id, scenario: LZ }, cache, trans);
    // like Chromium's IDBCursor: a member called on another object throws "Illegal invocation"
    const calls: string[] = [];
    const native = {
      continue(this: unknown, key?: unknown) {
        if (this !== native) throw new TypeError('Illegal invocation');
        calls.push(`continue ${String(key)}`);
      },
      continuePrimaryKey(this: unknown) {
        if (this !== native) throw new TypeError('Illegal invocation');
        calls.push('continuePrimaryKey');
      },
      advance(this: unknown, n: number) {
        if (this !== native) throw new TypeError('Illegal invocation');
        calls.push(`advance ${n}`);
      },
      get key() {
        if (this !== native) throw new TypeError('Illegal invocation');
        return LZ.id;
      },
      get primaryKey() {
        if (this !== native) throw new TypeError('Illegal invocation');
        return LZ.id;
      },
      get value() {
        if (this !== native) throw new TypeError('Illegal invocation');
        return stored;
      },
    };
    const cursor = wholeCursor(native as never, (v) => expandRecord(v, cache));
    cursor.continue('x');
    cursor.continuePrimaryKey('a', 'b');
    cursor.advance(2);
    expect(calls).toEqual(['continue x', 'continuePrimaryKey', 'advance 2']);
    expect([cursor.key, cursor.primaryKey]).toEqual([LZ.id, LZ.id]);
    expect(cursor.value).toEqual({ id: LZ.id, scenario: LZ });
    // read twice at the same place: expanded once
    expect(cursor.value).toBe(cursor.value);
  });
});
