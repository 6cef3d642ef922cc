import Dexie from 'dexie';
import type { ExistingEntry, ImportPlan } from '../../shared/io/import-plan';
import type { DerivedScenario } from '../../shared/model/inherit';
import type { Scenario } from '../../shared/model/scenario';
import type { CarbonDb } from './db';
import { refreshDescendants, resolveRecord } from './inheritance';
import type { ScenarioRecord } from './records';
import { batchRecords, fileItemOf, inheritance, RepoError, userRecord, type ScenarioChecker } from './repo-core';
import { aboveStored } from './revision';

/** What an import of a scenario file (renderer/features/io) reads from the library and writes to it. */
export function importMethods(db: CarbonDb, now: () => number, checker: ScenarioChecker) {
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
  };
}
