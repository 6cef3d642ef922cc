import type { ScenarioResults, TargetStatus } from '../../../shared/engine/results';
import type { TargetMetric } from '../../../shared/model/scenario';

/**
 * One row of the target matrix: a kind of target (metric and period), with each
 * scenario's own targets of that kind. Scenarios of different regions carry
 * different targets (their own values and labels); a row groups what is
 * comparable, and a scenario without such a target has an empty cell.
 */
export type MatrixRow = {
  key: string;
  metric: TargetMetric;
  fromYear?: number;
  year: number;
  /** per compared scenario, in order: its targets of this kind (usually one, none when it sets none) */
  cells: TargetStatus[][];
};

const METRIC_ORDER: TargetMetric[] = [
  'peakYear',
  'co2IntensityReduction',
  'energyIntensityReduction',
  'nonFossilShare',
  'co2Cap',
  'energyCap',
];

export const rowKey = (t: Pick<TargetStatus, 'metric' | 'fromYear' | 'year'>) =>
  `${t.metric}-${t.fromYear !== undefined ? `${t.fromYear}-` : ''}${t.year}`;

/** The target statuses the engine gave each scenario, grouped by metric and period, by year then metric. */
export function targetMatrix(runs: readonly ScenarioResults[]): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  runs.forEach((r, i) => {
    for (const t of r.targets) {
      const key = rowKey(t);
      let row = rows.get(key);
      if (!row) {
        row = { key, metric: t.metric, year: t.year, cells: runs.map(() => []) };
        if (t.fromYear !== undefined) row.fromYear = t.fromYear;
        rows.set(key, row);
      }
      row.cells[i]!.push(t);
    }
  });
  return [...rows.values()].sort(
    (a, b) =>
      a.year - b.year ||
      METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric) ||
      (a.fromYear ?? 0) - (b.fromYear ?? 0),
  );
}

/** met / missed / outside the horizon (null) / no such target: the cell's verdict over its targets. */
export function cellVerdict(targets: readonly TargetStatus[]): 'true' | 'false' | 'unknown' | 'none' {
  if (!targets.length) return 'none';
  if (targets.some((t) => t.met === false)) return 'false';
  if (targets.every((t) => t.met === true)) return 'true';
  return 'unknown';
}
