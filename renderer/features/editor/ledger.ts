import { addProject, removeProject } from '../../../shared/model/ops';
import { GENERATOR_TYPES, type Generator, type GeneratorType, type ProjectStatus, type Scenario } from '../../../shared/model/scenario';
import type { Series } from '../../../shared/model/series';
import { remapItemSources } from './sources';

/**
 * Typical full-load hours for a new ledger row whose type has no project in the
 * scenario yet. A starting value for the planner to replace; the row is marked
 * as the user's own entry.
 */
export const DEFAULT_HOURS: Readonly<Record<GeneratorType, number>> = {
  coal: 4500,
  gas: 3000,
  hydro: 3500,
  pv: 1100,
  wind: 2000,
  biomass: 5000,
};

/** Utilisation hours of the first generator of that type (fleet, then projects), else the default. */
export function hoursForType(s: Scenario, type: GeneratorType): Series {
  const g = [...s.electricity.fleet, ...s.electricity.projects].find((x) => x.type === type);
  return g?.utilisationHours ?? DEFAULT_HOURS[type];
}

function freshId(s: Scenario, prefix: string): string {
  const used = new Set([...s.electricity.fleet, ...s.electricity.projects, ...s.electricity.pumpedStorage].map((g) => g.id));
  let n = s.electricity.projects.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** A planned, included project of 0 MW: it changes nothing until the planner enters its capacity. */
export function newProject(s: Scenario, type: GeneratorType, name: string): Generator {
  return {
    id: freshId(s, 'p-user-'),
    name,
    type,
    capacityMW: 0,
    utilisationHours: hoursForType(s, type),
    commissioningYear: Math.min(s.baseYear + 1, s.endYear),
    status: 'planned',
    included: true,
    source: { kind: 'user', note: 'added in the project ledger' },
  };
}

export function withProject(s: Scenario, p: Generator): Scenario {
  return addProject(s, p);
}

/** Removes a project and the per-field source entries that belonged to it. */
export function withoutProject(s: Scenario, id: string): Scenario {
  return remapItemSources(s, removeProject(s, id), 'electricity.projects');
}

export type LedgerFilter = { type: GeneratorType | 'all'; status: ProjectStatus | 'all' };

export function matches(p: Generator, f: LedgerFilter): boolean {
  return (f.type === 'all' || p.type === f.type) && (f.status === 'all' || p.status === f.status);
}

/** MW by type of the included projects (what the engine counts). */
export function totalsByType(projects: readonly Generator[]): Record<GeneratorType, number> {
  const out = Object.fromEntries(GENERATOR_TYPES.map((t) => [t, 0])) as Record<GeneratorType, number>;
  for (const p of projects) if (p.included) out[p.type] += p.capacityMW;
  return out;
}
