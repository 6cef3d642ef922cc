import type { CarbonDb } from './db';
import { resolveRecord, type ResolvedScenario } from './inheritance';
import type { ScenarioRecord } from './records';
import { watchRevision, type StoredStamp } from './revision';

export type ListQuery = { search?: string };

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

/** The live scenario `id` with its parent chain resolved. */
export async function openLive(db: CarbonDb, id: string): Promise<ResolvedScenario | undefined> {
  const r = await resolveRecord(db, id);
  return r && r.rec.deletedAt === undefined ? r : undefined;
}

/** What the repository reads: the list, one scenario, its revision, settings. */
export function readMethods(db: CarbonDb) {
  return {
    async list(query: ListQuery = {}): Promise<ScenarioRecord[]> {
      const all = await db.scenarios.filter((r) => r.deletedAt === undefined && matchesSearch(r, query.search)).toArray();
      return all.sort(byListOrder);
    },
    /** A live scenario; a derived one is resolved through its parents (its stored snapshot is only a cache). */
    async get(id: string): Promise<ScenarioRecord | undefined> {
      const r = await openLive(db, id);
      return r && { ...r.rec, scenario: r.scenario };
    },
    /** `get` with what the editor needs of a derived scenario: the resolved parent, stale overrides, a broken chain. */
    open: (id: string): Promise<ResolvedScenario | undefined> => openLive(db, id),
    /** Follows the stored revision of `id` (writes from any window); returns the unsubscribe. */
    watch: (id: string, listener: (stamp: StoredStamp) => void) => watchRevision(db, id, listener),
    async getSetting<T>(key: string): Promise<T | undefined> {
      return (await db.settings.get(key))?.value as T | undefined;
    },
  };
}
