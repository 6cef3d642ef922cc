import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPRESSIONS_NOT_LOADED } from '../../../shared/engine/series-values';
import type { Scenario } from '../../../shared/model/scenario';
import type { ScenarioIssue } from '../../../shared/model/validate-core';
import { loadExprEngine } from '../../engine/expr-engine';
import type { EditorDocument } from './document';
import { createInheritLookup, resetToParent, restoreFromParent, type InheritLookup, type InheritStatus, type KeyedCollection } from '../../../shared/model/ops-inherit';
import { issueMessages } from './issue-text';
import { tryChange, tryEdit } from './try-edit';

/**
 * The open document for the editor's components. Fields read the scenario
 * through `useScenario(select)` and re-render only when what they selected
 * changes, so a slider drag re-renders the few fields it moves, not the
 * hundreds of inputs of the page.
 */
export type EditorApi = {
  readOnly: boolean;
  /** the latest scenario, for event handlers */
  get: () => Scenario;
  subscribe: (listener: () => void) => () => void;
  /** sets one field through `tryEdit`; returns the messages to show at it (empty: applied) */
  set: (path: string, value: unknown, undoKey?: string) => string[];
  /** applies a whole changed scenario (an op) through `tryChange` */
  change: (next: Scenario, path: string, undoKey?: string) => string[];
  /** set when the scenario derives from a parent (issue 4) */
  inherit: EditorInherit | null;
};

/** The parent of a derived scenario, and per-field status against it. */
export type EditorInherit = InheritLookup & {
  parentId: string;
  parent: Scenario;
  /** sets the field at `path` back to the parent's value (one undo step); returns the messages of a refusal */
  reset: (path: string) => string[];
  /** brings back the parent's item `id` of `collection` that this scenario removed (one undo step) */
  restore: (collection: KeyedCollection, id: string) => string[];
};

const Ctx = createContext<EditorApi | null>(null);

export function EditorProvider({ doc, children }: { doc: EditorDocument; children: ReactNode }) {
  const { t } = useTranslation('editor');
  const docRef = useRef(doc);
  const [listeners] = useState(() => new Set<() => void>());
  useLayoutEffect(() => {
    if (docRef.current === doc) return;
    docRef.current = doc;
    for (const l of [...listeners]) l();
  }, [doc, listeners]);
  const readOnly = doc.readOnly;
  const parent = doc.inheritance?.parent ?? null;
  const api = useMemo<EditorApi>(() => {
    // An edit made before the expression engine has loaded (the first instant after opening) cannot be
    // checked yet: it is applied once the engine is there, if nothing changed the document meanwhile.
    const apply = (attempt: () => ScenarioIssue[]): string[] => {
      const issues = attempt();
      if (issues.length !== 1 || issues[0]!.message !== EXPRESSIONS_NOT_LOADED) return issueMessages(issues, t);
      const before = docRef.current.scenario;
      void loadExprEngine().then(() => docRef.current.scenario === before && attempt());
      return [];
    };
    const change = (next: Scenario, path: string, undoKey?: string) => apply(() => tryChange(docRef.current, next, path, undoKey));
    const inherit: EditorInherit | null = parent && {
      ...createInheritLookup(parent.scenario),
      parentId: parent.id,
      parent: parent.scenario,
      reset: (path) => change(resetToParent(parent.scenario, docRef.current.scenario, path), path, `reset:${path}`),
      restore: (collection, id) =>
        change(restoreFromParent(parent.scenario, docRef.current.scenario, collection, id), collection, `restore:${collection}[id=${id}]`),
    };
    return {
      readOnly,
      get: () => docRef.current.scenario,
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      set: (path, value, undoKey) => apply(() => tryEdit(docRef.current, path, value, undoKey)),
      change,
      inherit,
    };
  }, [readOnly, parent, listeners, t]);
  return <Ctx.Provider value={api}>{children}</Ctx.Provider>;
}

export function useEditor(): EditorApi {
  const api = useContext(Ctx);
  if (!api) throw new Error('useEditor outside <EditorProvider>');
  return api;
}

type Cached<T> = { s: Scenario; select: (s: Scenario) => T; v: T };

/** Part of the scenario; the component re-renders only when it changes (by `equal`). */
export function useScenario<T>(select: (s: Scenario) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const { get, subscribe } = useEditor();
  const cache = useRef<Cached<T> | null>(null);
  const snapshot = () => {
    const s = get();
    const c = cache.current;
    if (c && c.s === s && c.select === select) return c.v;
    const v = select(s);
    const kept = c && equal(c.v, v) ? c.v : v;
    cache.current = { s, select, v: kept };
    return kept;
  };
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export const sameItems = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
export const sameYears = (a: { baseYear: number; endYear: number }, b: { baseYear: number; endYear: number }) => a.baseYear === b.baseYear && a.endYear === b.endYear;

/** Whether the field at `path` is inherited from the parent or this scenario's own; null for a scenario with no parent. */
export function useInheritStatus(path: string): InheritStatus | null {
  const { inherit } = useEditor();
  const select = useCallback((s: Scenario) => (inherit ? inherit.status(s, path) : null), [inherit, path]);
  return useScenario(select);
}

/** The scenario's horizon. */
export function useYears(): { baseYear: number; endYear: number } {
  return useScenario((s) => ({ baseYear: s.baseYear, endYear: s.endYear }), sameYears);
}
