import type { ScenarioResults, YearResult } from '../../shared/engine/results';
import type { Fuel, Generator, GeneratorType, PumpedStorage, Scenario, Sector } from '../../shared/model/scenario';
import type { Series } from '../../shared/model/series';

/**
 * Small builders for engine and validation tests. `makeScenario` (test/helpers)
 * shares one `empty` sector object between services, transport, households and
 * agriculture, so tests replace a sector's fuel shares with a fresh object
 * (`setFuels`) rather than editing them in place.
 */

export const assumed = { kind: 'assumed', reason: 'test value' } as const;

export function gen(
  id: string,
  type: GeneratorType,
  capacityMW: number,
  utilisationHours: Series,
  commissioningYear = 2015,
  extra: Partial<Generator> = {},
): Generator {
  return {
    id, name: id, type, capacityMW, utilisationHours, commissioningYear,
    status: 'operating', included: true, source: assumed, ...extra,
  };
}

export function pumped(
  id: string,
  capacityMW: number,
  storageHours: number,
  roundTripEfficiencyPct: number,
  annualCycles: number,
  commissioningYear = 2020,
  extra: Partial<PumpedStorage> = {},
): PumpedStorage {
  return {
    id, name: id, capacityMW, storageHours, roundTripEfficiencyPct, annualCycles, commissioningYear,
    attribution: 'legacyCo2Only', status: 'planned', included: true, source: assumed, ...extra,
  };
}

export function fuels(shares: Partial<Record<Fuel, Series>>): Record<Fuel, Series> {
  return { coal: 0, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0, ...shares };
}

/** Replaces one sector's fuel shares with a fresh object (see the note above). */
export function setFuels(s: Scenario, sector: Sector, shares: Partial<Record<Fuel, Series>>): void {
  s.energy.sectors[sector] = { ...s.energy.sectors[sector], fuelSharesPct: fuels(shares) };
}

export function yearOf(r: ScenarioResults, year: number): YearResult {
  const y = r.years.find((x) => x.year === year);
  if (!y) throw new Error(`no results for ${year}`);
  return y;
}

/** A JSON round trip: what a scenario looks like after being saved and loaded (no shared objects). */
export function json<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
