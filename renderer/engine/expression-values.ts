import { useSyncExternalStore } from 'react';
import type { ExprSeries } from '../../shared/model/series';
import { engineClient } from './client';
import type { SeriesValues } from './protocol';
import { seriesKey } from './series-key';

/**
 * Values of expression series, as the engine worker computed them: the page
 * evaluates no expression itself. Every scenario the worker checks sends the
 * values of its expressions along (renderer/engine/outcomes.ts), so an open
 * document's are known by the time it shows; any other is asked for on first
 * use, and whoever shows it re-renders when it arrives (`useExpressionValues`).
 */

const LIMIT = 2000;
const known = new Map<string, Float64Array | null>();
const asked = new Set<string>();
let batch: { series: ExprSeries; baseYear: number; endYear: number; key: string }[] = [];
let version = 0;
const listeners = new Set<() => void>();

function changed(): void {
  version++;
  for (const l of [...listeners]) l();
}

function store(key: string, values: Float64Array | null): void {
  known.delete(key);
  known.set(key, values);
  asked.delete(key);
  while (known.size > LIMIT) known.delete(known.keys().next().value!);
}

/** Takes values the worker sent along with a scenario's evaluation. */
export function rememberSeriesValues(entries: readonly SeriesValues[]): void {
  if (!entries.length) return;
  for (const [key, values] of entries) store(key, values);
  changed();
}

function requestBatch(): void {
  const items = batch;
  batch = [];
  void engineClient.call('seriesValues', { items: items.map(({ series, baseYear, endYear }) => ({ series, baseYear, endYear })) }).then(
    (values) => {
      items.forEach((item, i) => store(item.key, values[i] ?? null));
      changed();
    },
    () => {
      // the engine could not answer: shown as not evaluable, as a broken expression is
      for (const item of items) store(item.key, null);
      changed();
    },
  );
}

/**
 * The series' values per year from `baseYear` to `endYear` (do not mutate);
 * null when it cannot be evaluated; undefined while the worker has not said
 * yet (it is asked now).
 */
export function expressionValues(series: ExprSeries, baseYear: number, endYear: number): Float64Array | null | undefined {
  const key = seriesKey(series, baseYear, endYear);
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  if (!asked.has(key)) {
    asked.add(key);
    if (!batch.length) queueMicrotask(requestBatch);
    batch.push({ series, baseYear, endYear, key });
  }
  return undefined;
}

/** Resolves once the series' values are known (they are asked for if need be). */
export function loadExpressionValues(series: ExprSeries, baseYear: number, endYear: number): Promise<Float64Array | null> {
  const now = expressionValues(series, baseYear, endYear);
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    const off = subscribe(() => {
      const v = known.get(seriesKey(series, baseYear, endYear));
      if (v === undefined) return;
      off();
      resolve(v);
    });
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => version;

/** For components that show expression values: re-renders them when new values arrive. */
export function useExpressionValues(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
