import { FUELS, type Fuel, type Generator, type GeneratorType, type Scenario, type Sector } from './scenario';
import type { Series } from './series';
import type { SourceRef } from './provenance';
import { setAt } from './path';

/**
 * Pure edits of a scenario, the only way the UI changes one (Excalidraw's
 * actions). Each returns a new scenario sharing unchanged parts with the old,
 * and marks the edited field's source as the user's.
 */

const USER: SourceRef = { kind: 'user' };

export function setValue(s: Scenario, path: string, value: unknown, source: SourceRef = USER): Scenario {
  const next = setAt(s, path, value);
  return { ...next, sources: { ...next.sources, [path]: source } };
}

/**
 * Sets one fuel's share in a sector and rescales the other fuels so the
 * shares still add up to 100 % (the coal-share lever). Works on the base-year
 * value when a share is a series: the edited share becomes a constant.
 */
export function setFuelShare(s: Scenario, sector: Sector, fuel: Fuel, pct: number, baseValues: Record<Fuel, number>): Scenario {
  const clamped = Math.min(100, Math.max(0, pct));
  const othersTotal = FUELS.filter((f) => f !== fuel).reduce((sum, f) => sum + baseValues[f], 0);
  const rest = 100 - clamped;
  let next = s;
  for (const f of FUELS) {
    const v = f === fuel ? clamped : othersTotal > 0 ? (baseValues[f] / othersTotal) * rest : rest / (FUELS.length - 1);
    next = setValue(next, `energy.sectors.${sector}.fuelSharesPct.${f}`, roundTo(v, 6));
  }
  return next;
}

export function addProject(s: Scenario, project: Generator): Scenario {
  return { ...s, electricity: { ...s.electricity, projects: [...s.electricity.projects, project] } };
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

export function removeProject(s: Scenario, id: string): Scenario {
  return { ...s, electricity: { ...s.electricity, projects: s.electricity.projects.filter((p) => p.id !== id) } };
}

export const BUILDOUT_PREFIX = 'buildout-';

/** The MW per year of the generated build-out programme of a type, or 0. */
export function annualBuildoutMW(s: Scenario, type: GeneratorType): number {
  const first = s.electricity.projects.find((p) => p.id.startsWith(`${BUILDOUT_PREFIX}${type}-`));
  return first?.capacityMW ?? 0;
}

/**
 * The build-out lever: replaces the generated programme of one type by one
 * ledger entry per year of `mwPerYear` from `fromYear` to `toYear`, so the
 * lever's effect is visible (and editable) in the project ledger.
 */
export function setAnnualBuildout(
  s: Scenario,
  type: GeneratorType,
  mwPerYear: number,
  fromYear: number,
  toYear: number,
  utilisationHours: Series,
): Scenario {
  const prefix = `${BUILDOUT_PREFIX}${type}-`;
  const kept = s.electricity.projects.filter((p) => !p.id.startsWith(prefix));
  const added: Generator[] = [];
  if (mwPerYear > 0) {
    for (let y = fromYear; y <= toYear; y++) {
      added.push({
        id: `${prefix}${y}`,
        name: `${type.toUpperCase()} build-out ${y}`,
        type,
        capacityMW: mwPerYear,
        utilisationHours,
        commissioningYear: y,
        status: 'planned',
        included: true,
        source: { kind: 'user', note: `build-out lever: ${mwPerYear} MW/yr ${fromYear}–${toYear}` },
      });
    }
  }
  return { ...s, electricity: { ...s.electricity, projects: [...kept, ...added] } };
}

function roundTo(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
