import Dexie from 'dexie';
import { applyOverrides } from '../../shared/model/inherit';
import type { Scenario } from '../../shared/model/scenario';
import type { BackupContent } from '../../shared/io/backup';
import type { ExistingEntry, ImportPlan } from '../../shared/io/import-plan';
import { createChainResolver, type DerivedScenario, type ScenarioLookup } from '../../shared/model/inherit';
import type { ScenarioIssue, ValidationResult } from '../../shared/model/validate-core';
import { checkScenarios } from '../engine/outcomes';
import type { CarbonDb } from './db';
import { derivedOf, detached, liveChildren, overridesToStore, refreshDescendants, resolveRecord, type ResolvedScenario } from './inheritance';
import type { ScenarioRecord } from './records';
import { aboveStored, conflictWith, nextRev, watchRevision, type SaveResult, type StoredStamp } from './revision';

/** A write was refused because the scenario does not validate; nothing was written. */
export class ScenarioValidationError extends Error {
  override name = 'ScenarioValidationError';
  constructor(readonly issues: ScenarioIssue[], readonly index?: number) {
    super(issues.map((i) => `${i.path}: ${i.code} ${JSON.stringify(i.params)}`).join('; '));
  }
}

/**
 * A write the repository refuses for another reason (unknown id, read-only
 * preset, a parent that still has derived scenarios: `names` lists them).
 */
export class RepoError extends Error {
  override name = 'RepoError';
  constructor(
    readonly code: 'not-found' | 'read-only' | 'empty-name' | 'has-children',
    message: string,
    readonly names: readonly string[] = [],
  ) {
    super(message);
  }
}

export type ListQuery = { search?: string };

/** The full check of scenarios about to be stored (the engine worker's, by default). */
export type ScenarioChecker = (inputs: readonly unknown[]) => Promise<ValidationResult[]>;

/** The checked scenarios, or the first refusal (thrown, with its index); nothing is written before this passes. */
async function checkAll(checker: ScenarioChecker, inputs: readonly unknown[], indexed = true): Promise<Scenario[]> {
  const results = await checker(inputs);
  return results.map((r, i) => {
    if (!r.ok) throw new ScenarioValidationError(r.issues, indexed ? i : undefined);
    return r.scenario;
  });
}

function newId(): string {
  const rand = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `u-${Date.now().toString(36)}-${rand}`;
}

/** Every word of the query must appear in the name, region or their English forms. */
export function matchesSearch(rec: ScenarioRecord, search: string | undefined): boolean {
  const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const s = rec.scenario;
  const hay = [rec.name, rec.regionName, s.nameEn, s.region?.nameEn, s.region?.parentRegion].filter(Boolean).join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** User scenarios newest first, then the presets in a stable order. */
function byListOrder(a: ScenarioRecord, b: ScenarioRecord): number {
  if (a.kind !== b.kind) return a.kind === 'user' ? -1 : 1;
  if (a.kind === 'user') return b.updatedAt - a.updatedAt;
  return a.id.localeCompare(b.id);
}

/** A name the user typed replaces both names: a preset's English name would otherwise show in English. */
function withoutNameEn(s: Scenario): Scenario {
  const { nameEn: _dropped, ...rest } = s;
  return rest;
}

function userRecord(scenario: Scenario, now: number, extra: Partial<ScenarioRecord> = {}): ScenarioRecord {
  return {
    createdAt: now,
    rev: 1,
    ...extra,
    id: scenario.id,
    kind: 'user',
    name: scenario.name,
    regionName: scenario.region.name,
    updatedAt: now,
    scenario,
  };
}

/**
 * All reads and writes of scenarios. Every write is checked first (by the
 * engine worker, `check`) and refuses an invalid scenario whole; writes that
 * belong together share a transaction. A check that depends on what the
 * transaction read waits inside it (`Dexie.waitFor`: the worker answers in
 * milliseconds, and the transaction must not end meanwhile).
 */
export function createRepo(db: CarbonDb, now: () => number = Date.now, checker: ScenarioChecker = checkScenarios) {
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
  /** The live scenario `id` with its parent chain resolved. */
  const open = async (id: string): Promise<ResolvedScenario | undefined> => {
    const r = await resolveRecord(db, id);
    return r && r.rec.deletedAt === undefined ? r : undefined;
  };

  return {
    db,
    async list(query: ListQuery = {}): Promise<ScenarioRecord[]> {
      const all = await db.scenarios.filter((r) => r.deletedAt === undefined && matchesSearch(r, query.search)).toArray();
      return all.sort(byListOrder);
    },
    /** A live scenario; a derived one is resolved through its parents (its stored snapshot is only a cache). */
    async get(id: string): Promise<ScenarioRecord | undefined> {
      const r = await open(id);
      return r && { ...r.rec, scenario: r.scenario };
    },
    /** `get` with what the editor needs of a derived scenario: the resolved parent, stale overrides, a broken chain. */
    open,
    /** Follows the stored revision of `id` (writes from any window); returns the unsubscribe. */
    watch: (id: string, listener: (stamp: StoredStamp) => void) => watchRevision(db, id, listener),
    /**
     * A new user scenario derived from `parentId` (a user scenario, a preset or
     * another derived one): it stores the parent link and no overrides yet.
     */
    async deriveScenario(parentId: string, name: string): Promise<ScenarioRecord> {
      return db.transaction('rw', db.scenarios, async () => {
        const parent = await open(parentId);
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
        const parent = source?.parentId !== undefined ? await open(source.parentId) : undefined;
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
    async getSetting<T>(key: string): Promise<T | undefined> {
      return (await db.settings.get(key))?.value as T | undefined;
    },
    async setSetting(key: string, value: unknown): Promise<void> {
      await db.settings.put({ key, value });
    },
    ...importExportMethods(db, now, checker),
  };
}

export type ScenarioRepo = ReturnType<typeof createRepo>;

// ---- Import, export, backup (renderer/features/io) ----

/** A library record as a scenario file or backup holds it: a derived scenario as its changes, others whole. */
export function fileItemOf(rec: ScenarioRecord): Scenario | DerivedScenario {
  return derivedOf(rec) ?? rec.scenario;
}

/**
 * Records for scenarios and derived scenarios written together; derived ones
 * are resolved through `lookup` (the batch first, then what the caller adds)
 * and every result is checked (one request to the worker; what it checked
 * before, such as an import's scenarios, is not sent again), so a bad item
 * throws before anything is written. Called inside the write's transaction.
 */
async function batchRecords(
  scenarios: readonly Scenario[],
  derived: readonly DerivedScenario[],
  outside: ScenarioLookup,
  record: (scenario: Scenario, derivedFrom?: DerivedScenario) => ScenarioRecord,
  checker: ScenarioChecker,
): Promise<ScenarioRecord[]> {
  const own = new Map<string, Scenario | DerivedScenario>();
  for (const s of scenarios) own.set(s.id, s);
  for (const d of derived) own.set(d.id, d);
  // one resolver for the batch: each derived scenario is resolved once, from its resolved parent
  const resolve = createChainResolver((id) => own.get(id) ?? outside(id));
  const all = [...scenarios, ...derived.map((d) => resolve(d.id).scenario)];
  const checked = await Dexie.waitFor(checkAll(checker, all));
  return checked.map((s, i) => (i < scenarios.length ? record(s) : record(s, derived[i - scenarios.length])));
}

const inheritance = (d?: DerivedScenario): Partial<ScenarioRecord> => (d ? { parentId: d.parentId, overrides: d.overrides } : {});

function importExportMethods(db: CarbonDb, now: () => number, checker: ScenarioChecker) {
  return {
    /**
     * Writes an import plan (shared/io/import-plan.ts) in one transaction, all
     * or nothing. Refuses (and writes nothing) when an id of the plan belongs to
     * a preset, or to a library scenario the plan does not list in `replaces`:
     * the library changed since the plan was shown, and nothing is overwritten
     * silently. A replaced scenario keeps its creation time.
     */
    async importScenarios(plan: ImportPlan): Promise<ScenarioRecord[]> {
      return db.transaction('rw', db.scenarios, async () => {
        const t = now();
        const replaces = new Set(plan.replaces.map((r) => r.id));
        const ids = [...plan.scenarios.map((s) => s.id), ...plan.derived.map((d) => d.id)];
        const prev = new Map<string, ScenarioRecord>();
        for (const r of await db.scenarios.bulkGet(ids)) if (r && r.deletedAt === undefined) prev.set(r.id, r);
        for (const [id, r] of prev) {
          if (r.kind === 'preset') throw new RepoError('read-only', `'${id}' is a preset and cannot be replaced by an import`);
          if (!replaces.has(id)) throw new RepoError('not-found', `'${id}' was added to the library after the import was planned; import again`);
        }
        const inPlan = new Set(ids);
        const outsideIds = [...new Set(plan.derived.map((d) => d.parentId).filter((id) => !inPlan.has(id)))];
        const parents = new Map<string, Scenario>();
        for (const id of outsideIds) {
          const r = await resolveRecord(db, id);
          if (r && r.rec.deletedAt === undefined && !r.broken) parents.set(id, r.scenario);
        }
        const out = await batchRecords(plan.scenarios, plan.derived, (id) => parents.get(id), (scenario, d) => {
          const old = prev.get(scenario.id);
          const keep = old ? { createdAt: old.createdAt, ...(old.presetId ? { presetId: old.presetId } : {}) } : {};
          return userRecord(scenario, t, { ...keep, ...inheritance(d) });
        }, checker);
        // an id may also hold a deleted record, which a window may still show
        const written = await aboveStored(db, out);
        await db.scenarios.bulkPut(written);
        // a replaced scenario may be a parent: its children follow it (one pass over the library for all of them)
        await refreshDescendants(db, [...replaces], t);
        return written;
      });
    },
    /**
     * What an import's clash check needs of the library: each live scenario's
     * id and name and whether it is a preset, read from the indexes alone (a
     * thousand scenarios are tens of megabytes to decode; their names are not).
     */
    async importEntries(): Promise<ExistingEntry[]> {
      return db.transaction('r', db.scenarios, async () => {
        const [deleted, presets] = await Promise.all([
          db.scenarios.where('deletedAt').aboveOrEqual(Dexie.minKey).primaryKeys(),
          db.scenarios.where('kind').equals('preset').primaryKeys(),
        ]);
        const gone = new Set(deleted);
        const preset = new Set(presets);
        const out: ExistingEntry[] = [];
        await db.scenarios.orderBy('name').eachKey((name, cursor) => {
          const id = cursor.primaryKey;
          if (!gone.has(id)) out.push({ id, name: String(name), readOnly: preset.has(id) });
        });
        return out;
      });
    },
    /**
     * The live scenarios `ids` and every scenario they derive from, as a file
     * holds them (a derived one as its changes): the parents an import's
     * derived scenarios find in the library. Absent and deleted ones are left out.
     */
    async fileItems(ids: readonly string[]): Promise<Map<string, Scenario | DerivedScenario>> {
      return db.transaction('r', db.scenarios, async () => {
        const out = new Map<string, Scenario | DerivedScenario>();
        const asked = new Set<string>();
        for (let todo = [...new Set(ids)]; todo.length; ) {
          for (const id of todo) asked.add(id);
          const next = new Set<string>();
          for (const r of await db.scenarios.bulkGet(todo)) {
            if (!r || r.deletedAt !== undefined) continue;
            out.set(r.id, fileItemOf(r));
            if (r.parentId !== undefined && !asked.has(r.parentId)) next.add(r.parentId);
          }
          todo = [...next];
        }
        return out;
      });
    },
    /** What a full backup holds: the user's scenarios (derived ones as their changes), record times, settings. */
    async backupContent(): Promise<BackupContent> {
      return db.transaction('r', db.scenarios, db.settings, async () => {
        const recs = await db.scenarios.where('kind').equals('user').filter((r) => r.deletedAt === undefined).toArray();
        recs.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
        const content: BackupContent = { scenarios: [], derived: [], settings: {}, meta: {} };
        for (const r of recs) {
          const item = fileItemOf(r);
          if ('overrides' in item) content.derived.push(item);
          else content.scenarios.push(item);
          content.meta![r.id] = { createdAt: r.createdAt, updatedAt: r.updatedAt, ...(r.presetId ? { presetId: r.presetId } : {}) };
        }
        for (const s of await db.settings.toArray()) content.settings[s.key] = s.value;
        return content;
      });
    },
    /**
     * Restore from a checked backup (shared/io/backup.ts `parseBackup`): the
     * user's scenarios and the settings become exactly the backup's, presets
     * stay. One transaction: if anything fails nothing has changed.
     */
    async restoreBackup(content: BackupContent): Promise<ScenarioRecord[]> {
      return db.transaction('rw', db.scenarios, db.settings, async () => {
        const presets = new Map((await db.scenarios.where('kind').equals('preset').toArray()).map((r) => [r.id, r.scenario]));
        for (const item of [...content.scenarios, ...content.derived]) {
          if (presets.has(item.id)) throw new RepoError('read-only', `the backup holds '${item.id}', which is now a preset's id`);
        }
        const t = now();
        const out = await batchRecords(content.scenarios, content.derived, (id) => presets.get(id), (scenario, d) => {
          const m = content.meta?.[scenario.id] ?? {};
          return { ...userRecord(scenario, m.createdAt ?? t, { ...(m.presetId ? { presetId: m.presetId } : {}), ...inheritance(d) }), updatedAt: m.updatedAt ?? t };
        }, checker);
        const revised = await aboveStored(db, out);
        await db.scenarios.where('kind').equals('user').delete();
        await db.scenarios.bulkAdd(revised);
        await db.settings.clear();
        await db.settings.bulkPut(Object.entries(content.settings).map(([key, value]) => ({ key, value })));
        return revised;
      });
    },
  };
}
