import type { Scenario } from '../../model/scenario';
import type { Series } from '../../model/series';
import { MAX_CAPACITY_MW } from '../../model/bounds';
import { issueAt } from '../../model/issue-codes';
import type { ScenarioIssue } from '../series-values';

/** A storage plant in the local balance, by year of operation. */
export type PreparedStorageUnit = {
  id: string;
  name: string;
  kind: 'pumped' | 'battery';
  powerMW: number;
  energyMWh: number;
  /** round trip, 0–1 */
  efficiency: number;
  from: number;
  to: number;
};

/** The hourly settings resolved per year (index 0 = base year). */
export type PreparedHourly = {
  exportLimitMW: Float64Array;
  importLimitMW: Float64Array;
  hydroDispatchable: number;
  /** pumped storage serving the local balance (`host`, `legacyCo2Only`) and batteries, most efficient first */
  storage: PreparedStorageUnit[];
  feedback: boolean;
};

type SeriesOf = (value: Series, path: string, range: { min: number; max: number }) => Float64Array;

/**
 * The hourly balance's settings for a scenario whose `hourly.enabled` is set;
 * null otherwise. Problems (limits out of range, duplicate battery ids, a
 * battery retiring before it starts) go to `issues` with their field paths.
 */
export function prepareHourly(
  s: Scenario,
  count: number,
  series: SeriesOf,
  usedIds: Set<string>,
  issues: ScenarioIssue[],
): PreparedHourly | null {
  const hourly = s.hourly;
  if (!hourly?.enabled) return null;
  const limit = (value: Series | undefined, path: string) =>
    value === undefined
      ? new Float64Array(count).fill(Number.POSITIVE_INFINITY)
      : series(value, path, { min: 0, max: MAX_CAPACITY_MW });
  const storage: PreparedStorageUnit[] = [];
  for (const p of s.electricity.pumpedStorage) {
    // a grid asset serves the provincial grid: outside the local balance, as in the accounting
    if (!p.included || p.attribution === 'gridAsset') continue;
    storage.push({
      id: p.id,
      name: p.name,
      kind: 'pumped',
      powerMW: p.capacityMW,
      energyMWh: p.capacityMW * p.storageHours,
      efficiency: p.roundTripEfficiencyPct / 100,
      from: p.commissioningYear,
      to: p.retirementYear ?? Number.POSITIVE_INFINITY,
    });
  }
  hourly.batteries.forEach((b, i) => {
    const path = `hourly.batteries[${i}]`;
    if (usedIds.has(b.id)) issues.push(issueAt(`${path}.id`, 'id.duplicate', { id: b.id }));
    usedIds.add(b.id);
    if (b.retirementYear !== undefined && b.retirementYear <= b.commissioningYear)
      issues.push(issueAt(`${path}.retirementYear`, 'year.retirement'));
    if (!b.included) return;
    storage.push({
      id: b.id,
      name: b.name,
      kind: 'battery',
      powerMW: b.powerMW,
      energyMWh: b.energyMWh,
      efficiency: b.roundTripEfficiencyPct / 100,
      from: b.commissioningYear,
      to: b.retirementYear ?? Number.POSITIVE_INFINITY,
    });
  });
  // stable: equal efficiencies keep the ledger's order
  storage.sort((a, b) => b.efficiency - a.efficiency);
  return {
    exportLimitMW: limit(hourly.exportLimitMW, 'hourly.exportLimitMW'),
    importLimitMW: limit(hourly.importLimitMW, 'hourly.importLimitMW'),
    hydroDispatchable: hourly.hydroDispatchablePct / 100,
    storage,
    feedback: hourly.feedback,
  };
}
