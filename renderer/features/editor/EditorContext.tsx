import { createContext, useCallback, useContext, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getAt } from '../../../shared/model/path';
import { setValue } from '../../../shared/model/ops';
import type { Scenario } from '../../../shared/model/scenario';
import type { EditorDocument } from './document';
import { createInheritLookup, resetToParent, restoreFromParent, type InheritLookup, type InheritStatus, type KeyedCollection } from '../../../shared/model/ops-inherit';
import { issueTexts } from '../../i18n/issue-text';

/**
 * The open document for the editor's components, read from the document's
 * own store (no copy of it is kept here). Fields read the scenario through
 * `useScenario(select)` and re-render only when what they selected changes,
 * so a slider drag re-renders the few fields it moves, not the hundreds of
 * inputs of the page. Edits go to the engine worker's check first
 * (renderer/state/edit-gate.ts): each resolves with the messages to show at
 * its field (none: the document took it).
 */
export type EditorApi = {
  readOnly: boolean;
  /** the latest scenario, for event handlers */
  get: () => Scenario;
  subscribe: (listener: () => void) => () => void;
  /** sets one field (marked as the user's); resolves with the messages to show at it (empty: applied) */
  set: (path: string, value: unknown, undoKey?: string) => Promise<string[]>;
  /**
   * An edit as a pure operation on the scenario (shared/model/ops*.ts), applied
   * to the document as it is when its turn comes; `replaceable` as for
   * `EditRequest` (a value set outright).
   */
  change: (apply: (s: Scenario) => Scenario, path: string, undoKey?: string, replaceable?: boolean) => Promise<string[]>;
  /** set when the scenario derives from a parent */
  inherit: EditorInherit | null;
};

/** The parent of a derived scenario, and per-field status against it. */
export type EditorInherit = InheritLookup & {
  parentId: string;
  parent: Scenario;
  /** sets the field at `path` back to the parent's value (one undo step); resolves with the messages of a refusal */
  reset: (path: string) => Promise<string[]>;
  /** brings back the parent's item `id` of `collection` that this scenario removed (one undo step) */
  restore: (collection: KeyedCollection, id: string) => Promise<string[]>;
};

const Ctx = createContext<EditorApi | null>(null);

export function EditorProvider({ doc, children }: { doc: EditorDocument; children: ReactNode }) {
  const { t } = useTranslation('editor');
  const { readOnly, present, subscribe, propose } = doc;
  const parent = doc.inheritance?.parent ?? null;
  const api = useMemo<EditorApi>(() => {
    const change: EditorApi['change'] = (apply, path, key, replaceable) =>
      propose({ path, apply, key, replaceable }).then((issues) => issueTexts(issues, t));
    const inherit: EditorInherit | null = parent && {
      ...createInheritLookup(parent.scenario),
      parentId: parent.id,
      parent: parent.scenario,
      reset: (path) => change((s) => resetToParent(parent.scenario, s, path), path, `reset:${path}`),
      restore: (collection, id) => change((s) => restoreFromParent(parent.scenario, s, collection, id), collection, `restore:${collection}[id=${id}]`),
    };
    return {
      readOnly,
      get: present,
      subscribe,
      set: (path, value, key) => change((s) => (Object.is(getAt(s, path), value) ? s : setValue(s, path, value)), path, key, true),
      change,
      inherit,
    };
  }, [readOnly, present, subscribe, propose, parent, t]);
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
