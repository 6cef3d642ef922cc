import type { Generator, PumpedStorage, Scenario, Target } from './scenario';
import type { Series } from './series';
import type { SourceRef } from './provenance';
import type { GeneratorType } from './vocabulary';
import { getAt, idPath, isWithin, setAt } from './path';
import { BUILDOUT_PREFIX, buildoutId, buildoutNote, leverNamedRow } from './lever-rows';

export { BUILDOUT_PREFIX };

/**
 * Pure edits of a scenario, the only way the UI changes one (Excalidraw's
 * actions). Each returns a new scenario sharing unchanged parts with the old,
 * and marks the edited field's source as the user's. Topics of their own:
 * shares (ops-shares.ts), levers (ops-levers.ts), inheritance (ops-inherit.ts).
 */

const USER: SourceRef = { kind: 'user' };

/** Sets the value at `path` (positions or ids) and gives it `source`, keyed by the item's id when it is inside a ledger row. */
export function setValue(s: Scenario, path: string, value: unknown, source: SourceRef = USER): Scenario {
  const next = setAt(s, path, value);
  return { ...next, sources: { ...next.sources, [idPath(next, path)]: source } };
}

type Item = { id: string };

/**
 * The scenario with the list at `listPath` replaced by `items`. Sources of the
 * items' fields are keyed by id, so they stay with their items wherever those
 * move; the entries of items no longer in the list go with them (an item added
 * back later starts from its own source).
 */
export function withList(prev: Scenario, listPath: string, items: readonly Item[]): Scenario {
  const next = setAt(prev, listPath, items);
  const kept = new Set(items.map((x) => x.id));
  const gone = ((getAt(prev, listPath) as Item[] | undefined) ?? []).filter((x) => !kept.has(x.id)).map((x) => `${listPath}[id=${x.id}]`);
  if (!gone.length) return next;
  const sources = Object.fromEntries(Object.entries(next.sources).filter(([k]) => !gone.some((g) => isWithin(k, g))));
  return Object.keys(sources).length === Object.keys(next.sources).length ? next : { ...next, sources };
}

/** Every id in use in the scenario's power lists (fleet, projects, pumped storage): new items avoid them. */
export function usedIds(s: Scenario): string[] {
  const e = s.electricity;
  return [...e.fleet, ...e.projects, ...e.pumpedStorage].map((g) => g.id);
}

/** `${prefix}n` for the first n from `start` that is not in `used`. */
function freshId(used: ReadonlySet<string>, prefix: string, start: number): string {
  let n = start;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** The first year a new item can count: the year after the base year, within the horizon. */
const firstNewYear = (s: Scenario) => Math.min(s.baseYear + 1, s.endYear);

/**
 * Typical full-load hours a year by generator type: what a project gets when
 * nobody gave its hours (a row typed into the ledger, an imported row with an
 * empty cell, a build-out lever). One table, kept with its sources in
 * seeds/reference/utilisation-hours.json; shared code takes it as a parameter.
 */
export type TypicalHours = Readonly<Record<GeneratorType, number>>;

/** Typical operating figures of a new pumped-storage plant (seeds/reference/utilisation-hours.json). */
export type TypicalStorage = Readonly<Pick<PumpedStorage, 'storageHours' | 'roundTripEfficiencyPct' | 'annualCycles'>>;

/** A planned, included project of 0 MW with the typical hours of its type: it changes nothing until the planner enters its capacity. */
export function newProject(s: Scenario, type: GeneratorType, name: string, hours: TypicalHours): Generator {
  return {
    id: freshId(new Set(usedIds(s)), 'p-user-', s.electricity.projects.length + 1),
    name,
    type,
    capacityMW: 0,
    utilisationHours: hours[type],
    commissioningYear: firstNewYear(s),
    status: 'planned',
    included: true,
    source: { kind: 'user', note: 'added in the project ledger' },
  };
}

export function addProject(s: Scenario, project: Generator): Scenario {
  return addProjects(s, [project]);
}

/** Appends projects in order (an imported ledger: one edit, one undo step). */
export function addProjects(s: Scenario, projects: readonly Generator[]): Scenario {
  if (!projects.length) return s;
  return { ...s, electricity: { ...s.electricity, projects: [...s.electricity.projects, ...projects] } };
}

export function updateProject(s: Scenario, id: string, patch: Partial<Generator>): Scenario {
  return {
    ...s,
    electricity: {
      ...s.electricity,
      projects: s.electricity.projects.map((p) => (p.id === id ? { ...p, ...patch, source: patch.source ?? p.source } : p)),
    },
  };
}

/** Removes a project and the per-field source entries that belonged to it. */
export function removeProject(s: Scenario, id: string): Scenario {
  return removeItem(s, 'electricity.projects', id);
}

/** A planned, included plant of 0 MW with typical operating figures to edit. */
export function newStorage(s: Scenario, name: string, typical: TypicalStorage): PumpedStorage {
  return {
    id: freshId(new Set(usedIds(s)), 'ps-user-', s.electricity.pumpedStorage.length + 1),
    name,
    capacityMW: 0,
    storageHours: typical.storageHours,
    roundTripEfficiencyPct: typical.roundTripEfficiencyPct,
    annualCycles: typical.annualCycles,
    // Most pumped storage in Guangdong is built and owned by the grid company (南方电网调峰调频发电有限公司).
    attribution: 'gridAsset',
    commissioningYear: firstNewYear(s),
    status: 'planned',
    included: true,
    source: { kind: 'user', note: 'added in the editor' },
  };
}

/** A CO2-intensity target over the first five years (value 0 until the planner enters it), not binding. */
export function newTarget(s: Scenario, label: string): Target {
  return {
    id: freshId(new Set(s.targets.map((x) => x.id)), 't-user-', s.targets.length + 1),
    label,
    metric: 'co2IntensityReduction',
    fromYear: s.baseYear,
    year: Math.min(s.endYear, s.baseYear + 5),
    value: 0,
    binding: false,
    source: { kind: 'user' },
  };
}

/** The MW per year of the generated build-out programme of a type, or 0. */
export function annualBuildoutMW(s: Scenario, type: GeneratorType): number {
  const first = s.electricity.projects.find((p) => p.id.startsWith(`${BUILDOUT_PREFIX}${type}-`));
  return first?.capacityMW ?? 0;
}

/**
 * The build-out lever: replaces the generated programme of one type by one
 * ledger entry per year of `mwPerYear` from `fromYear` to `toYear`, so the
 * lever's effect is visible (and editable) in the project ledger. `nameOf`
 * names a new row in the user's language (shown rows are named from their
 * type and year, lever-rows.ts); a row the planner renamed keeps its name.
 */
export function setAnnualBuildout(
  s: Scenario,
  type: GeneratorType,
  mwPerYear: number,
  fromYear: number,
  toYear: number,
  utilisationHours: Series,
  nameOf: (type: GeneratorType, year: number) => string,
): Scenario {
  const prefix = `${BUILDOUT_PREFIX}${type}-`;
  const kept = s.electricity.projects.filter((p) => !p.id.startsWith(prefix));
  const before = new Map(s.electricity.projects.filter((p) => p.id.startsWith(prefix)).map((p) => [p.id, p]));
  const added: Generator[] = [];
  if (mwPerYear > 0) {
    for (let y = fromYear; y <= toYear; y++) {
      const id = buildoutId(type, y);
      const prev = before.get(id);
      added.push({
        id,
        name: prev && !leverNamedRow(s, prev) ? prev.name : nameOf(type, y),
        type,
        capacityMW: mwPerYear,
        utilisationHours,
        commissioningYear: y,
        status: 'planned',
        included: true,
        source: { kind: 'user', note: buildoutNote(mwPerYear, fromYear, toYear) },
      });
    }
  }
  return withList(s, 'electricity.projects', [...kept, ...added]);
}

/** A list of items with ids (projects, fleet, pumped storage, targets). */
export type ItemList = 'electricity.fleet' | 'electricity.projects' | 'electricity.pumpedStorage' | 'targets';

/** Appends an item to one of the scenario's lists. */
export function appendItem(s: Scenario, list: ItemList, item: Item): Scenario {
  return withList(s, list, [...((getAt(s, list) as Item[] | undefined) ?? []), item]);
}

/** Removes the item `id` from one of the scenario's lists, with its per-field source entries. */
export function removeItem(s: Scenario, list: ItemList, id: string): Scenario {
  const items = (getAt(s, list) as Item[] | undefined) ?? [];
  return items.some((x) => x.id === id) ? withList(s, list, items.filter((x) => x.id !== id)) : s;
}
