import { useEffect, useMemo, useState } from 'react';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { ScenarioRecord } from '../../db/records';
import { engineClient, type EngineClient } from '../../engine/client';

export type CompareResult =
  { status: 'computing' } | { status: 'done'; results: ScenarioResults } | { status: 'failed'; message: string };

type Settled = Exclude<CompareResult, { status: 'computing' }>;

/** Results by id and last change: a record's results only change when it does. Bounded, oldest out first. */
const cache = new Map<string, Settled>();
const CACHE_SIZE = 24;
const keyOf = (r: ScenarioRecord) => `${r.id}@${r.updatedAt}`;

function remember(key: string, value: Settled): void {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** Versions being computed now, so a re-render does not send them again. */
const inFlight = new Map<string, Promise<Settled>>();

function compute(r: ScenarioRecord, client: EngineClient): Promise<Settled> {
  const key = keyOf(r);
  let p = inFlight.get(key);
  if (!p) {
    p = client.run(r.scenario).then(
      (results): Settled => ({ status: 'done', results }),
      (err: unknown): Settled => ({ status: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
    inFlight.set(key, p);
    void p.then((value) => {
      remember(key, value);
      inFlight.delete(key);
    });
  }
  return p;
}

const COMPUTING: CompareResult = { status: 'computing' };

/**
 * Engine results of the compared scenarios by id, computed in the engine
 * worker (never in the renderer) and cached per version for the session, so
 * changing the selection or coming back to the page does not compute again.
 * A new map only when a record changes or a result arrives.
 */
export function useCompareResults(
  records: readonly ScenarioRecord[],
  client: EngineClient = engineClient,
): ReadonlyMap<string, CompareResult> {
  const [arrived, setArrived] = useState<ReadonlyMap<string, Settled>>(() => new Map());
  useEffect(() => {
    for (const r of records) {
      const key = keyOf(r);
      if (cache.has(key)) continue;
      // Setting state after unmount is a no-op; the result is cached for the next visit either way.
      void compute(r, client).then((value) => setArrived((m) => new Map(m).set(key, value)));
    }
  }, [records, client]);
  return useMemo(
    () => new Map(records.map((r) => [r.id, arrived.get(keyOf(r)) ?? cache.get(keyOf(r)) ?? COMPUTING])),
    [records, arrived],
  );
}
