import { useEffect, useSyncExternalStore } from 'react';
import type { compileExpression } from '../../shared/engine/expr';
import type { resolveSeries } from '../../shared/engine/series';
import { afterFirstScreen } from './first-screen';

/**
 * The expression engine (mathjs, ~0.2 MB to load and parse) on the
 * main thread, loaded after the first screen is complete: the editor needs it
 * only for expression fields (inline errors, sparklines, a lever over an
 * expression) and for checking edits (renderer/engine/validation.ts); numbers
 * and point lists are resolved without it (shared/engine/series-values.ts).
 * The results never wait for it: they come from the worker, which has its own copy.
 */
export type ExprEngine = { compileExpression: typeof compileExpression; resolveSeries: typeof resolveSeries };

let engine: ExprEngine | null = null;
let loading: Promise<ExprEngine> | null = null;
const listeners = new Set<() => void>();

export const loadedExprEngine = (): ExprEngine | null => engine;

export function loadExprEngine(): Promise<ExprEngine> {
  loading ??= Promise.all([import('../../shared/engine/expr'), import('../../shared/engine/series')]).then(([e, s]) => {
    engine = { compileExpression: e.compileExpression, resolveSeries: s.resolveSeries };
    for (const l of [...listeners]) l();
    return engine;
  });
  return loading;
}

/**
 * For what only shows an expression's values (a sparkline, a lever's position):
 * loads the engine once the first screen is complete, not in front of it. A
 * user's own action on an expression calls `loadExprEngine` instead.
 */
export function requestExprEngine(): void {
  if (!engine) void afterFirstScreen().then(loadExprEngine);
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The engine once loaded (null before; see `requestExprEngine`); the component re-renders when it arrives. */
export function useExprEngine(): ExprEngine | null {
  const e = useSyncExternalStore(subscribe, loadedExprEngine, loadedExprEngine);
  useEffect(() => {
    if (!e) requestExprEngine();
  }, [e]);
  return e;
}
