import {
  applyOverridesWithReport,
  diffScenario,
  InheritanceError,
  parseOverridePath,
  resolveChainWithReport,
  type ChainStaleOverride,
  type DerivedScenario,
  type Override,
  type ScenarioLookup,
} from '../../shared/model/inherit';
import type { Scenario } from '../../shared/model/scenario';
import type { CarbonDb } from './db';
import type { ScenarioKind, ScenarioRecord } from './records';
import { nextRev } from './revision';

/**
 * Scenario inheritance in storage. A derived record is a user record
 * with `parentId` and `overrides`: **those two are the truth**. Its `scenario`
 * field holds the resolved scenario (parent chain + overrides) as a cache for
 * listing, search and target summaries; every write that can change it (saving
 * an ancestor, reseeding a preset, an import replacing an ancestor) refreshes
 * it, and every read that opens a scenario resolves the chain afresh.
 */

export type ParentInfo = { id: string; kind: ScenarioKind; scenario: Scenario };

/** Why a derived scenario could not be resolved (its chain has a cycle or a missing scenario). */
export type BrokenChain = { kind: InheritanceError['kind']; message: string; chain: string[] };

export type ResolvedScenario = {
  rec: ScenarioRecord;
  /** the scenario as it reads now; for a broken chain, the last stored snapshot */
  scenario: Scenario;
  /** the resolved parent; null for a root scenario or a broken chain */
  parent: ParentInfo | null;
  /** overrides that no longer apply, along the whole chain (`scenarioId` names whose they are) */
  stale: ChainStaleOverride[];
  broken?: BrokenChain;
};

/** The record as the pure core sees a derived scenario (null: not derived). Own fields come from the snapshot. */
export function derivedOf(rec: ScenarioRecord): DerivedScenario | null {
  if (rec.parentId === undefined) return null;
  const own = rec.scenario as Partial<Scenario> | undefined;
  const d: DerivedScenario = { id: rec.id, parentId: rec.parentId, name: own?.name ?? rec.name, overrides: rec.overrides ?? [] };
  if (own?.nameEn !== undefined) d.nameEn = own.nameEn;
  if (own?.description !== undefined) d.description = own.description;
  return d;
}

/** Adds `id` and its ancestors as stored to `map` (stops at a root, a missing record or one already there, so a cycle ends too). */
async function loadChainInto(db: CarbonDb, id: string, map: Map<string, ScenarioRecord>): Promise<void> {
  let cur: string | undefined = id;
  while (cur !== undefined && !map.has(cur)) {
    const rec: ScenarioRecord | undefined = await db.scenarios.get(cur);
    if (!rec) break;
    map.set(cur, rec);
    cur = rec.parentId;
  }
}

/** `id` and its ancestors as stored. */
async function loadChain(db: CarbonDb, id: string): Promise<Map<string, ScenarioRecord>> {
  const map = new Map<string, ScenarioRecord>();
  await loadChainInto(db, id, map);
  return map;
}

const lookupIn =
  (map: ReadonlyMap<string, ScenarioRecord>): ScenarioLookup =>
  (id) => {
    const rec = map.get(id);
    return rec ? (derivedOf(rec) ?? rec.scenario) : undefined;
  };

/** Resolves `id` through its parents among already loaded records (sync: no await inside a transaction's zone). */
function resolveIn(map: ReadonlyMap<string, ScenarioRecord>, id: string): ResolvedScenario | undefined {
  const rec = map.get(id);
  if (!rec) return undefined;
  const self = derivedOf(rec);
  if (!self) return { rec, scenario: rec.scenario, parent: null, stale: [] };
  try {
    const up = resolveChainWithReport(self.parentId, lookupIn(map));
    const mine = applyOverridesWithReport(up.scenario, self);
    const parentRec = map.get(self.parentId)!;
    return {
      rec,
      scenario: mine.scenario,
      parent: { id: parentRec.id, kind: parentRec.kind, scenario: up.scenario },
      stale: [...up.stale, ...mine.stale.map((s) => ({ ...s, scenarioId: id }))],
    };
  } catch (err) {
    if (!(err instanceof InheritanceError)) throw err;
    // A cycle through this record is reported from its parent's side: name it from here.
    const chain = err.chain[0] === id ? err.chain : [id, ...err.chain];
    return { rec, scenario: rec.scenario, parent: null, stale: [], broken: { kind: err.kind, message: err.message, chain } };
  }
}

/** Resolves a stored scenario through its parents. Undefined when no record has this id (deleted ones included). */
export async function resolveRecord(db: CarbonDb, id: string): Promise<ResolvedScenario | undefined> {
  return resolveIn(await loadChain(db, id), id);
}

const within = (prefix: string, path: string) => {
  try {
    const a = parseOverridePath(prefix);
    const b = parseOverridePath(path);
    return a.length <= b.length && a.every((s, i) => JSON.stringify(s) === JSON.stringify(b[i]));
  } catch {
    return false;
  }
};

/**
 * The overrides to store for `edited` under `parent`: the diff, plus the
 * previous overrides that are stale against this parent (kept, not silently
 * dropped, until the user discards them; a parent that gets the item back
 * applies them again). A stale override the new diff now covers is dropped.
 */
export function overridesToStore(parent: Scenario, edited: Scenario, previous: DerivedScenario | null): Override[] {
  const fresh = diffScenario(parent, edited);
  if (!previous) return fresh;
  const stale = applyOverridesWithReport(parent, previous).stale.map((s) => s.override);
  const kept = stale.filter((o) => !fresh.some((f) => within(f.path, o.path) || within(o.path, f.path)));
  return [...fresh, ...kept];
}

/** A record made standalone: the resolved scenario becomes its own, the parent link goes. */
export function detached(rec: ScenarioRecord, scenario: Scenario = rec.scenario): ScenarioRecord {
  const { parentId: _p, overrides: _o, ...rest } = rec;
  return { ...rest, scenario };
}

/**
 * After `ids` changed: re-resolves every scenario derived from it (children,
 * grandchildren…) and rewrites the cached snapshot of each one whose values
 * changed (its `updatedAt` too, so target summaries are recomputed). Run it
 * inside the transaction of the write.
 */
export async function refreshDescendants(db: CarbonDb, ids: string | readonly string[], now: number): Promise<string[]> {
  const roots = typeof ids === 'string' ? [ids] : ids;
  if (!roots.length) return [];
  // Only the family is read: each root's chain up (to resolve through it), then its descendants
  // level by level through the parentId index. The rest of the library is never read.
  // Dexie keeps the transaction only across awaits of its own promises: no other await in here.
  const map = new Map<string, ScenarioRecord>();
  for (const id of roots) await loadChainInto(db, id, map);
  const changed: ScenarioRecord[] = [];
  const done = new Set(roots);
  for (let level: string[] = [...roots]; level.length; ) {
    const kids = (await db.scenarios.where('parentId').anyOf(level).toArray()).filter((kid) => !done.has(kid.id));
    for (const kid of kids) {
      done.add(kid.id);
      map.set(kid.id, kid);
    }
    for (const kid of kids) {
      const r = resolveIn(map, kid.id);
      if (!r || r.broken || diffScenario(kid.scenario, r.scenario).length === 0) continue;
      // a new revision: a window with the child open must not save its older resolution over this one
      changed.push({ ...kid, scenario: r.scenario, regionName: r.scenario.region.name, updatedAt: now, rev: nextRev(kid) });
    }
    level = kids.map((kid) => kid.id);
  }
  await db.scenarios.bulkPut(changed);
  return changed.map((r) => r.id);
}

/** Live (not soft-deleted) scenarios derived directly from `id`. */
export async function liveChildren(db: CarbonDb, id: string): Promise<ScenarioRecord[]> {
  const kids = await db.scenarios.where('parentId').equals(id).toArray();
  return kids.filter((k) => k.deletedAt === undefined);
}
