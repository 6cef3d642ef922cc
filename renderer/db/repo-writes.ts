import Dexie from 'dexie';
import { applyOverrides } from '../../shared/model/inherit';
import type { Scenario } from '../../shared/model/scenario';
import type { CarbonDb } from './db';
import { derivedOf, detached, liveChildren, overridesToStore, refreshDescendants, resolveRecord } from './inheritance';
import type { ScenarioRecord } from './records';
import { checkAll, newId, RepoError, userRecord, withoutNameEn, type ScenarioChecker } from './repo-core';
import { openLive } from './repo-reads';
import { aboveStored, conflictWith, nextRev, type SaveResult } from './revision';

/**
 * What the repository writes one scenario at a time (and the whole-library
 * writes `putMany` and `replaceAll`). Every write is checked first and refuses
 * an invalid scenario whole; a check that depends on what the transaction read
 * waits inside it (`Dexie.waitFor`: the worker answers in milliseconds, and
 * the transaction must not end meanwhile).
 */
export function writeMethods(db: CarbonDb, now: () => number, checker: ScenarioChecker) {
  const check = async (input: unknown): Promise<Scenario> => (await checkAll(checker, [input], false))[0]!;
  const checkInTransaction = (input: unknown): Promise<Scenario> => Dexie.waitFor(check(input));
  const live = async (id: string) => {
    const rec = await db.scenarios.get(id);
    return rec && rec.deletedAt === undefined ? rec : undefined;
  };
  const mustGet = async (id: string) => {
    const rec = await live(id);
    if (!rec) throw new RepoError('not-found', `no scenario '${id}'`);
    return rec;
  };
  const mustOwn = async (id: string) => {
    const rec = await mustGet(id);
    if (rec.kind === 'preset') throw new RepoError('read-only', `'${id}' is a preset; copy it to edit`);
    return rec;
  };
  const cleanName = (name: string) => {
    const n = name.trim();
    if (!n) throw new RepoError('empty-name', 'the name is empty');
    return n;
  };
  /** A copy of `source` under a fresh id and a new name, as a user scenario; a derived source's copy derives from the same parent. */
  const copyOf = async (source: ScenarioRecord, name: string) => {
    const scenario = await check({ ...withoutNameEn(source.scenario), id: newId(), name: cleanName(name) });
    const link = source.parentId !== undefined ? { parentId: source.parentId, overrides: source.overrides ?? [] } : {};
    const rec = userRecord(scenario, now(), { ...(source.presetId ? { presetId: source.presetId } : {}), ...link });
    await db.scenarios.add(rec);
    return rec;
  };

  return {
    /**
     * A new user scenario derived from `parentId` (a user scenario, a preset or
     * another derived one): it stores the parent link and no overrides yet.
     */
    async deriveScenario(parentId: string, name: string): Promise<ScenarioRecord> {
      return db.transaction('rw', db.scenarios, async () => {
        const parent = await openLive(db, parentId);
        if (!parent) throw new RepoError('not-found', `no scenario '${parentId}'`);
        const id = newId();
        const scenario = await checkInTransaction(applyOverrides(parent.scenario, { id, parentId, name: cleanName(name), overrides: [] }));
        const rec = userRecord(scenario, now(), { parentId, overrides: [], ...(parent.rec.presetId ? { presetId: parent.rec.presetId } : {}) });
        await db.scenarios.add(rec);
        return rec;
      });
    },
    async createFromPreset(presetId: string, name: string): Promise<ScenarioRecord> {
      const preset = await mustGet(presetId);
      return copyOf(preset, name);
    },
    async duplicate(id: string, name: string): Promise<ScenarioRecord> {
      return copyOf(await mustGet(id), name);
    },
    async rename(id: string, name: string): Promise<ScenarioRecord> {
      return db.transaction('rw', db.scenarios, async () => {
        const rec = await mustOwn(id);
        const scenario = await checkInTransaction({ ...withoutNameEn(rec.scenario), name: cleanName(name) });
        const next = { ...rec, name: scenario.name, scenario, updatedAt: now(), rev: nextRev(rec) };
        await db.scenarios.put(next);
        return next;
      });
    },
    /**
     * Saves an edited document (by its id) read at revision `baseRev`; refuses
     * invalid scenarios and presets (thrown). When the stored scenario has moved
     * past `baseRev` or was deleted (another window), nothing is written and a
     * conflict is returned. A derived scenario stores what differs from its
     * parent (plus overrides that went stale, until discarded); one whose parent
     * is gone is saved standalone. Scenarios derived from this one are refreshed
     * in the same transaction.
     */
    async save(input: Scenario, baseRev: number): Promise<SaveResult> {
      const scenario = await check(input);
      return db.transaction('rw', db.scenarios, async (): Promise<SaveResult> => {
        const stored = await db.scenarios.get(scenario.id);
        if (stored?.kind === 'preset') throw new RepoError('read-only', `'${stored.id}' is a preset; copy it to edit`);
        const conflict = conflictWith(stored, baseRev);
        if (conflict || !stored) return conflict!;
        const t = now();
        let next: ScenarioRecord = { ...stored, name: scenario.name, regionName: scenario.region.name, scenario, updatedAt: t, rev: nextRev(stored) };
        if (stored.parentId !== undefined) {
          const parent = (await resolveRecord(db, stored.id))?.parent;
          next = parent ? { ...next, overrides: overridesToStore(parent.scenario, scenario, derivedOf(stored)) } : detached(next);
        }
        await db.scenarios.put(next);
        await refreshDescendants(db, stored.id, t);
        return { status: 'saved', rec: next };
      });
    },
    /**
     * Writes `input` (a document that could not be saved over its original) as
     * a new user scenario named `name`. The copy of a derived scenario derives
     * from the same parent when that parent is still there; otherwise it is standalone.
     */
    async saveCopy(input: Scenario, name: string): Promise<ScenarioRecord> {
      const scenario = await check({ ...withoutNameEn(input), id: newId(), name: cleanName(name) });
      return db.transaction('rw', db.scenarios, async () => {
        const source = await db.scenarios.get(input.id);
        const parent = source?.parentId !== undefined ? await openLive(db, source.parentId) : undefined;
        const link = parent && !parent.broken ? { parentId: parent.rec.id, overrides: overridesToStore(parent.scenario, scenario, null) } : {};
        const rec = userRecord(scenario, now(), { ...(source?.presetId ? { presetId: source.presetId } : {}), ...link });
        await db.scenarios.add(rec);
        return rec;
      });
    },
    /** Forgets this scenario's overrides that no longer apply to its parent (after the user saw them); `baseRev` as for `save`. */
    async discardStale(id: string, baseRev: number): Promise<SaveResult> {
      return db.transaction('rw', db.scenarios, async (): Promise<SaveResult> => {
        await mustOwn(id);
        const r = (await resolveRecord(db, id))!;
        const conflict = conflictWith(r.rec, baseRev);
        if (conflict) return conflict;
        const stale = new Set(r.stale.filter((s) => s.scenarioId === id).map((s) => s.override));
        const next = { ...r.rec, overrides: (r.rec.overrides ?? []).filter((o) => !stale.has(o)), rev: nextRev(r.rec) };
        await db.scenarios.put(next);
        return { status: 'saved', rec: next };
      });
    },
    /** Makes a derived scenario standalone: its current values become its own, the parent link goes; `baseRev` as for `save`. */
    async detach(id: string, baseRev: number): Promise<SaveResult> {
      return db.transaction('rw', db.scenarios, async (): Promise<SaveResult> => {
        await mustOwn(id);
        const r = (await resolveRecord(db, id))!;
        const conflict = conflictWith(r.rec, baseRev);
        if (conflict) return conflict;
        const next = { ...detached(r.rec, r.scenario), updatedAt: now(), rev: nextRev(r.rec) };
        await db.scenarios.put(next);
        return { status: 'saved', rec: next };
      });
    },
    /**
     * Soft delete: hidden everywhere, restorable with `restore` until the next session.
     * Refused ('has-children') while live scenarios derive from it; children deleted
     * earlier in this session are made standalone, so undoing their deletion still works.
     */
    async remove(id: string): Promise<void> {
      await db.transaction('rw', db.scenarios, async () => {
        const rec = await mustOwn(id);
        const kids = await liveChildren(db, id);
        if (kids.length) {
          const names = kids.map((k) => k.name);
          throw new RepoError('has-children', `'${rec.name}' has derived scenarios (${names.join(', ')}); delete or detach them first`, names);
        }
        for (const kid of await db.scenarios.where('parentId').equals(id).toArray()) await db.scenarios.put({ ...detached(kid), rev: nextRev(kid) });
        await db.scenarios.update(id, { deletedAt: now(), rev: nextRev(rec) });
      });
    },
    async restore(id: string): Promise<void> {
      await db.transaction('rw', db.scenarios, async () => {
        const rec = await db.scenarios.get(id);
        if (!rec || rec.kind !== 'user') throw new RepoError('not-found', `no deleted scenario '${id}'`);
        const { deletedAt: _gone, ...rest } = rec;
        await db.scenarios.put({ ...rest, rev: nextRev(rec) });
      });
    },
    /**
     * Import: adds or replaces user scenarios by id, all or nothing. A scenario
     * whose id is a preset's gets a fresh id, so an import never shadows a preset.
     */
    async putMany(inputs: readonly unknown[]): Promise<ScenarioRecord[]> {
      const scenarios = await checkAll(checker, inputs);
      return db.transaction('rw', db.scenarios, async () => {
        const t = now();
        const out: ScenarioRecord[] = [];
        const seen = new Set<string>();
        for (const s of scenarios) {
          const prev = await db.scenarios.get(s.id);
          // Two files holding the same scenario id must not silently overwrite each other.
          const scenario = prev?.kind === 'preset' || seen.has(s.id) ? { ...s, id: newId() } : s;
          seen.add(scenario.id);
          const keep = prev?.kind === 'user' ? { createdAt: prev.createdAt, rev: nextRev(prev), ...(prev.presetId ? { presetId: prev.presetId } : {}) } : {};
          out.push(userRecord(scenario, t, keep));
        }
        await db.scenarios.bulkPut(out);
        // an imported scenario may replace a parent: its children follow it
        await refreshDescendants(db, out.map((r) => r.id), t);
        return out;
      });
    },
    /** Restore from a backup: the user's scenarios become exactly `inputs` (presets stay). */
    async replaceAll(inputs: readonly unknown[]): Promise<ScenarioRecord[]> {
      const scenarios = await checkAll(checker, inputs);
      return db.transaction('rw', db.scenarios, async () => {
        const taken = new Set((await db.scenarios.where('kind').equals('preset').primaryKeys()).map(String));
        const t = now();
        const fresh = scenarios.map((s) => {
          const scenario = taken.has(s.id) ? { ...s, id: newId() } : s;
          taken.add(scenario.id);
          return userRecord(scenario, t);
        });
        const out = await aboveStored(db, fresh);
        await db.scenarios.where('kind').equals('user').delete();
        await db.scenarios.bulkAdd(out);
        return out;
      });
    },
    async setSetting(key: string, value: unknown): Promise<void> {
      await db.settings.put({ key, value });
    },
  };
}
