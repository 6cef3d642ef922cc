import type { DerivedScenario } from '../model/inherit';
import type { Scenario } from '../model/scenario';

/**
 * Name and id clashes of an import, planned before anything is written.
 * Nothing is ever overwritten silently:
 * - `keepBoth`: an incoming scenario whose id is taken gets a new id (`-2`,
 *   `-3`, … appended); one whose name is taken gets `（导入）`-style names
 *   (`name (导入)`, `name (导入 2)`, …).
 * - `replace`: an incoming scenario replaces the library scenario with the
 *   same id, listed in `replaces` for the UI to confirm; read-only entries
 *   (presets) are never replaced (their clashes are handled as in keepBoth).
 *   A name shared with a scenario of another id is still renamed.
 * The UI shows `clashes` (the same whatever the mode), asks the user to choose
 * a mode explicitly, and writes `scenarios` and `derived` of the plan.
 * Derived scenarios follow their parent's new id.
 */

export type ImportMode = 'keepBoth' | 'replace';

export type ExistingEntry = { id: string; name: string; readOnly?: boolean };

/** What a plan needs of an incoming item: the engine worker plans whole scenarios, the page plans by ids and names alone. */
export type PlannedItem = { id: string; name: string };
export type PlannedDerived = PlannedItem & { parentId: string };

export type ImportIncoming<S extends PlannedItem = Scenario, D extends PlannedDerived = DerivedScenario> = { scenarios: readonly S[]; derived?: readonly D[] };

export type ImportRename = {
  kind: 'id' | 'name';
  /** id of the scenario in the file */
  scenarioId: string;
  from: string;
  to: string;
};

export type ImportClash = {
  by: 'id' | 'name';
  incomingId: string;
  incomingName: string;
  existingId: string;
  existingName: string;
  /** the existing entry is read-only (a preset) and can never be replaced */
  readOnly: boolean;
};

export type ImportPlan<S extends PlannedItem = Scenario, D extends PlannedDerived = DerivedScenario> = {
  mode: ImportMode;
  /** what to write, ids and names already changed */
  scenarios: S[];
  derived: D[];
  renames: ImportRename[];
  /** library entries the import overwrites (replace mode only) */
  replaces: { id: string; name: string }[];
  clashes: ImportClash[];
};

const MAX_ID = 80;
const nameKey = (name: string) => name.trim().toLowerCase();

function freshId(id: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, MAX_ID - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function freshName(name: string, taken: Set<string>): string {
  const base = name.trim();
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base} (导入)` : `${base} (导入 ${n})`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

export function planImport<S extends PlannedItem = Scenario, D extends PlannedDerived = DerivedScenario>(
  existing: readonly ExistingEntry[],
  incoming: ImportIncoming<S, D>,
  mode: ImportMode = 'keepBoth',
): ImportPlan<S, D> {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const byName = new Map<string, ExistingEntry>();
  for (const e of existing) if (!byName.has(nameKey(e.name))) byName.set(nameKey(e.name), e);

  const items: { item: S | D; derived: boolean }[] = [
    ...incoming.scenarios.map((item) => ({ item, derived: false })),
    ...(incoming.derived ?? []).map((item) => ({ item, derived: true })),
  ];

  const clashes: ImportClash[] = [];
  for (const { item } of items) {
    const sameId = byId.get(item.id);
    if (sameId) {
      clashes.push({ by: 'id', incomingId: item.id, incomingName: item.name, existingId: sameId.id, existingName: sameId.name, readOnly: !!sameId.readOnly });
    }
    const sameName = byName.get(nameKey(item.name));
    if (sameName && sameName !== sameId) {
      clashes.push({ by: 'name', incomingId: item.id, incomingName: item.name, existingId: sameName.id, existingName: sameName.name, readOnly: !!sameName.readOnly });
    }
  }

  // Ids and names taken: the library, minus what will be replaced, plus what this plan assigns.
  const replaced = new Set<string>();
  if (mode === 'replace') {
    for (const { item } of items) {
      const e = byId.get(item.id);
      if (e && !e.readOnly) replaced.add(e.id);
    }
  }
  const takenIds = new Set(existing.map((e) => e.id));
  const incomingIds = new Set(items.map(({ item }) => item.id));
  const takenNames = new Set(existing.filter((e) => !replaced.has(e.id)).map((e) => nameKey(e.name)));

  const renames: ImportRename[] = [];
  const idMap = new Map<string, string>();
  const assigned = new Set<string>();
  for (const { item } of items) {
    let id = item.id;
    const clash = (takenIds.has(id) && !replaced.has(id)) || assigned.has(id);
    if (clash) {
      id = freshId(item.id, new Set([...takenIds, ...incomingIds, ...assigned]));
      renames.push({ kind: 'id', scenarioId: item.id, from: item.id, to: id });
    }
    assigned.add(id);
    idMap.set(item.id, id);
  }

  const out: { scenarios: S[]; derived: D[] } = { scenarios: [], derived: [] };
  for (const { item, derived } of items) {
    let name = item.name;
    if (takenNames.has(nameKey(name))) {
      name = freshName(item.name, takenNames);
      renames.push({ kind: 'name', scenarioId: item.id, from: item.name, to: name });
    }
    takenNames.add(nameKey(name));
    const id = idMap.get(item.id)!;
    if (derived) {
      const d = withMembersFollowing(item as D, idMap);
      out.derived.push({ ...d, id, name, parentId: idMap.get(d.parentId) ?? d.parentId });
    } else {
      // unchanged scenarios stay the very objects that were checked
      const s = withMembersFollowing(item as S, idMap);
      out.scenarios.push(id === s.id && name === s.name ? s : { ...s, id, name });
    }
  }

  const replaces = existing.filter((e) => replaced.has(e.id)).map((e) => ({ id: e.id, name: e.name }));
  return { mode, ...out, renames, replaces, clashes };
}

type MemberLink = { scenarioId: string };
const isMemberList = (v: unknown): v is MemberLink[] =>
  Array.isArray(v) && v.every((m) => typeof m === 'object' && m !== null && typeof (m as MemberLink).scenarioId === 'string');

function followIds(members: MemberLink[], idMap: ReadonlyMap<string, string>): MemberLink[] | null {
  if (!members.some((m) => (idMap.get(m.scenarioId) ?? m.scenarioId) !== m.scenarioId)) return null;
  return members.map((m) => ({ ...m, scenarioId: idMap.get(m.scenarioId) ?? m.scenarioId }));
}

/**
 * A city's roll-up names its member scenarios by id: members imported in the
 * same file follow their new ids, as derived scenarios follow their parent's.
 * A scenario holds its members in `rollup.members`; a derived one may change
 * them as an override of `rollup` or `rollup.members`. Unchanged items are
 * returned as they were.
 */
function withMembersFollowing<T extends PlannedItem>(item: T, idMap: ReadonlyMap<string, string>): T {
  const it = item as T & { rollup?: { members?: unknown }; overrides?: { path: string; value?: unknown }[] };
  if (it.rollup && isMemberList(it.rollup.members)) {
    const members = followIds(it.rollup.members, idMap);
    if (members) return { ...item, rollup: { ...it.rollup, members } };
  }
  if (Array.isArray(it.overrides)) {
    let changed = false;
    const overrides = it.overrides.map((o) => {
      const value = o.path === 'rollup' && typeof o.value === 'object' && o.value !== null ? (o.value as { members?: unknown }).members : o.path === 'rollup.members' ? o.value : undefined;
      if (!isMemberList(value)) return o;
      const members = followIds(value, idMap);
      if (!members) return o;
      changed = true;
      return { ...o, value: o.path === 'rollup' ? { ...(o.value as object), members } : members };
    });
    if (changed) return { ...item, overrides };
  }
  return item;
}
