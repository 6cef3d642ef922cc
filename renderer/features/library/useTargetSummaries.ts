import { useEffect, useReducer } from 'react';
import type { ScenarioRecord } from '../../db/records';
import { engineClient } from '../../engine/client';
import { summarizeTargets, type TargetSummary } from './format';

export type SummaryState = TargetSummary | 'computing' | 'failed';

/** Keyed by id and last change: a record's results only change when it does. */
const cache = new Map<string, TargetSummary | 'failed'>();
const keyOf = (r: ScenarioRecord) => `${r.id}@${r.updatedAt}`;

/**
 * Target status of each listed scenario, computed once per version and cached
 * for the session. Runs in the engine worker (one at a time, so the editor's
 * own requests never queue behind a whole library).
 */
export function useTargetSummaries(records: readonly ScenarioRecord[] | undefined): (r: ScenarioRecord) => SummaryState {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!records) return;
    let cancelled = false;
    const todo = records.filter((r) => !cache.has(keyOf(r)));
    void (async () => {
      for (const r of todo) {
        if (cancelled) return;
        try {
          cache.set(keyOf(r), summarizeTargets((await engineClient.run(r.scenario)).targets));
        } catch {
          cache.set(keyOf(r), 'failed');
        }
        if (!cancelled) bump();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [records]);
  return (r) => cache.get(keyOf(r)) ?? 'computing';
}
