import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { ScenarioIssue } from '../../../shared/engine/series-values';
import type { ScenarioRecord } from '../../db/records';
import { evaluateScenario, evaluationsVersion, knownEvaluation, revisionOf, subscribeEvaluations } from '../../engine/outcomes';

export type CompareResult =
  { status: 'computing' } | { status: 'done'; results: ScenarioResults } | { status: 'failed'; issues: ScenarioIssue[] };

const COMPUTING: CompareResult = { status: 'computing' };

/**
 * Engine results of the compared scenarios by id, from the one results cache
 * (renderer/engine/outcomes.ts) under each record's revision: changing the
 * selection or coming back to the page does not compute again, and a
 * scenario the editor or the report already computed is not computed twice.
 */
export function useCompareResults(records: readonly ScenarioRecord[]): ReadonlyMap<string, CompareResult> {
  const version = useSyncExternalStore(subscribeEvaluations, evaluationsVersion, evaluationsVersion);
  useEffect(() => {
    for (const r of records) void evaluateScenario(r.scenario, revisionOf(r), { hourly: true });
  }, [records]);
  return useMemo(
    () =>
      new Map(
        records.map((r): [string, CompareResult] => {
          const o = knownEvaluation(r.scenario, revisionOf(r))?.outcome;
          if (!o) return [r.id, COMPUTING];
          return [r.id, o.ok ? { status: 'done', results: o.results } : { status: 'failed', issues: o.issues }];
        }),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is what changes what the cache knows
    [records, version],
  );
}
