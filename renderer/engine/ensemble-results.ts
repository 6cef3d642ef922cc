import { useCallback, useSyncExternalStore } from 'react';
import type { EnsembleResults } from '../../shared/engine/ensemble/types';
import type { Scenario } from '../../shared/model/scenario';
import { uncertaintyOf } from '../../shared/model/ops-uncertainty';
import { isCancelled, runEnsembleInWorkers, type EnsembleProgress } from './ensemble';

/**
 * The ensembles of the scenarios, one per scenario id, shared by the results
 * tab and the comparison (the same runs are not made twice), kept while the
 * page lives. An ensemble is made only when asked for (a button): each edit
 * marks the one shown stale instead of starting 1,000 runs.
 */
export type EnsembleState = {
  /** the job under way, if any; its runs done */
  running: { progress: EnsembleProgress; controller: AbortController } | null;
  /** the newest finished ensemble and the scenario it was made of */
  done: { results: EnsembleResults; basis: string } | null;
  /** why the newest job gave nothing: cancelled, or the engine's message */
  ended: { kind: 'cancelled' } | { kind: 'failed'; message: string } | null;
};

const EMPTY: EnsembleState = { running: null, done: null, ended: null };
const states = new Map<string, EnsembleState>();
const listeners = new Set<() => void>();
let version = 0;

function set(id: string, next: EnsembleState): void {
  states.set(id, next);
  version++;
  for (const l of [...listeners]) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const ensembleOf = (id: string): EnsembleState => states.get(id) ?? EMPTY;

/**
 * What an ensemble depends on: the scenario as computed (its ranges, runs and
 * seed included). Scenarios are immutable snapshots, so one text per object.
 */
const basisTexts = new WeakMap<Scenario, string>();
export function basisOf(s: Scenario): string {
  let text = basisTexts.get(s);
  if (text === undefined) {
    // the analysis written out: a scenario on the defaults and one that stored them are the same ensemble
    text = JSON.stringify(s.uncertainty ? s : { ...s, uncertainty: uncertaintyOf(s) });
    basisTexts.set(s, text);
  }
  return text;
}

/** Whether the shown ensemble was made of another version of the scenario. */
export const isStale = (state: EnsembleState, s: Scenario): boolean =>
  state.done !== null && state.done.basis !== basisOf(s);

/**
 * Starts an ensemble of `s` (its own ranges, runs and seed, or the defaults),
 * cancelling the scenario's job under way. Resolves when it ends, however it ends.
 */
export async function startEnsemble(s: Scenario): Promise<void> {
  ensembleOf(s.id).running?.controller.abort();
  const { runs, seed } = uncertaintyOf(s);
  const controller = new AbortController();
  const basis = basisOf(s);
  set(s.id, { ...ensembleOf(s.id), running: { progress: { done: 0, total: runs }, controller }, ended: null });
  const mine = () => ensembleOf(s.id).running?.controller === controller;
  try {
    const results = await runEnsembleInWorkers(
      s,
      { runs, seed },
      {
        signal: controller.signal,
        onProgress: (progress) => mine() && set(s.id, { ...ensembleOf(s.id), running: { progress, controller } }),
      },
    );
    if (mine()) set(s.id, { running: null, done: { results, basis }, ended: null });
  } catch (err) {
    if (!mine()) return;
    set(s.id, {
      ...ensembleOf(s.id),
      running: null,
      ended: isCancelled(err)
        ? { kind: 'cancelled' }
        : { kind: 'failed', message: err instanceof Error ? err.message : String(err) },
    });
  }
}

/** Stops the scenario's job under way; the ensemble shown before it stays, nothing of the job is kept. */
export function cancelEnsemble(id: string): void {
  ensembleOf(id).running?.controller.abort();
}

/** The scenario's ensemble state, re-rendering as it moves. */
export function useEnsemble(id: string): EnsembleState {
  const get = useCallback(() => ensembleOf(id), [id]);
  return useSyncExternalStore(subscribe, get, get);
}

/** Re-renders on any ensemble's change (the comparison follows several). */
export function useEnsembles(): number {
  return useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
}

/** For tests: forget every ensemble. */
export function resetEnsembles(): void {
  for (const s of states.values()) s.running?.controller.abort();
  states.clear();
  version++;
  for (const l of [...listeners]) l();
}
