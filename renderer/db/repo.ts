import type { Scenario } from '../../shared/model/scenario';
import { validateScenario, type ScenarioIssue } from '../../shared/model/validate';
import type { CarbonDb } from './db';
import type { ScenarioRecord } from './records';

/** A write was refused because the scenario does not validate; nothing was written. */
export class ScenarioValidationError extends Error {
  override name = 'ScenarioValidationError';
  constructor(readonly issues: ScenarioIssue[], readonly index?: number) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  }
}

/** A write the repository refuses for another reason (unknown id, read-only preset). */
export class RepoError extends Error {
  override name = 'RepoError';
  constructor(readonly code: 'not-found' | 'read-only' | 'empty-name', message: string) {
    super(message);
  }
}

export type ListQuery = { search?: string };

function check(input: unknown, index?: number): Scenario {
  const r = validateScenario(input);
  if (!r.ok) throw new ScenarioValidationError(r.issues, index);
  return r.scenario;
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
 * All reads and writes of scenarios. Every write validates first and refuses
 * an invalid scenario whole; writes that belong together share a transaction.
 */
export function createRepo(db: CarbonDb, now: () => number = Date.now) {
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
  /** A copy of `source` under a fresh id and a new name, as a user scenario. */
  const copyOf = async (source: ScenarioRecord, name: string) => {
    const scenario = check({ ...withoutNameEn(source.scenario), id: newId(), name: cleanName(name) });
    const rec = userRecord(scenario, now(), source.presetId ? { presetId: source.presetId } : {});
    await db.scenarios.add(rec);
    return rec;
  };

  return {
    db,
    async list(query: ListQuery = {}): Promise<ScenarioRecord[]> {
      const all = await db.scenarios.filter((r) => r.deletedAt === undefined && matchesSearch(r, query.search)).toArray();
      return all.sort(byListOrder);
    },
    get: live,
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
        const scenario = check({ ...withoutNameEn(rec.scenario), name: cleanName(name) });
        const next = { ...rec, name: scenario.name, scenario, updatedAt: now() };
        await db.scenarios.put(next);
        return next;
      });
    },
    /** Saves an edited document (by its id); refuses invalid scenarios and presets. */
    async save(input: Scenario): Promise<ScenarioRecord> {
      const scenario = check(input);
      return db.transaction('rw', db.scenarios, async () => {
        const rec = await mustOwn(scenario.id);
        const next = { ...rec, name: scenario.name, regionName: scenario.region.name, scenario, updatedAt: now() };
        await db.scenarios.put(next);
        return next;
      });
    },
    /** Soft delete: hidden everywhere, restorable with `restore` until the next session. */
    async remove(id: string): Promise<void> {
      await db.transaction('rw', db.scenarios, async () => {
        await mustOwn(id);
        await db.scenarios.update(id, { deletedAt: now() });
      });
    },
    async restore(id: string): Promise<void> {
      await db.transaction('rw', db.scenarios, async () => {
        const rec = await db.scenarios.get(id);
        if (!rec || rec.kind !== 'user') throw new RepoError('not-found', `no deleted scenario '${id}'`);
        const { deletedAt: _gone, ...rest } = rec;
        await db.scenarios.put(rest);
      });
    },
    /**
     * Import: adds or replaces user scenarios by id, all or nothing. A scenario
     * whose id is a preset's gets a fresh id, so an import never shadows a preset.
     */
    async putMany(inputs: readonly unknown[]): Promise<ScenarioRecord[]> {
      const scenarios = inputs.map((s, i) => check(s, i));
      return db.transaction('rw', db.scenarios, async () => {
        const t = now();
        const out: ScenarioRecord[] = [];
        const seen = new Set<string>();
        for (const s of scenarios) {
          const prev = await db.scenarios.get(s.id);
          // Two files holding the same scenario id must not silently overwrite each other.
          const scenario = prev?.kind === 'preset' || seen.has(s.id) ? { ...s, id: newId() } : s;
          seen.add(scenario.id);
          const keep = prev?.kind === 'user' ? { createdAt: prev.createdAt, ...(prev.presetId ? { presetId: prev.presetId } : {}) } : {};
          out.push(userRecord(scenario, t, keep));
        }
        await db.scenarios.bulkPut(out);
        return out;
      });
    },
    /** Restore from a backup: the user's scenarios become exactly `inputs` (presets stay). */
    async replaceAll(inputs: readonly unknown[]): Promise<ScenarioRecord[]> {
      const scenarios = inputs.map((s, i) => check(s, i));
      return db.transaction('rw', db.scenarios, async () => {
        await db.scenarios.where('kind').equals('user').delete();
        const taken = new Set((await db.scenarios.toCollection().primaryKeys()).map(String));
        const t = now();
        const out = scenarios.map((s) => {
          const scenario = taken.has(s.id) ? { ...s, id: newId() } : s;
          taken.add(scenario.id);
          return userRecord(scenario, t);
        });
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
  };
}

export type ScenarioRepo = ReturnType<typeof createRepo>;
