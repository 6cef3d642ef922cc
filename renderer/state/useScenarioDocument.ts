import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../shared/model/scenario';
import type { ScenarioIssue } from '../../shared/model/validate';
import type { ChainStaleOverride } from '../../shared/model/inherit';
import type { BrokenChain, ParentInfo, ResolvedScenario } from '../db/inheritance';
import { useRepo } from '../db/RepoContext';
import { prefetchResults } from '../engine/useScenarioResults';
import { AutoSaver, type SaveState } from './autosave';
import { canRedo, canUndo, commit, createHistory, redo, undo, type History } from './history';

export type { SaveState };

/**
 * A derived scenario's link to its parent, as read when the document was
 * opened (issue 4). The document itself is the resolved scenario; saving
 * stores what differs from `parent`.
 */
export type DocInheritance = {
  parentId: string;
  /** the resolved parent; null when the chain is broken */
  parent: ParentInfo | null;
  /** overrides that no longer apply (their target is gone from the parent), along the chain */
  stale: ChainStaleOverride[];
  broken: BrokenChain | null;
};

function inheritanceOf(r: ResolvedScenario): DocInheritance | null {
  if (r.rec.parentId === undefined) return null;
  return { parentId: r.rec.parentId, parent: r.parent, stale: r.stale, broken: r.broken ?? null };
}

/** One open scenario: its current version, edits with undo/redo, and autosave status. */
export type ScenarioDocument = {
  id: string;
  scenario: Scenario;
  /** replaces the scenario; edits with the same `key` in quick succession undo as one step */
  edit(next: Scenario, key?: string): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  /** why the last save was refused ('error'); empty otherwise */
  saveIssues: ScenarioIssue[];
  /** presets open read-only: edits are ignored and nothing is saved */
  readOnly: boolean;
  /** writes pending edits now (navigation, tests) */
  flush(): Promise<void>;
  /** set for a scenario derived from another */
  inheritance: DocInheritance | null;
  /** forgets this scenario's stale overrides (after the user saw them) */
  discardStale(): Promise<void>;
  /** makes a derived scenario standalone: its current values become its own */
  detach(): Promise<void>;
};

export type ScenarioDocumentState =
  | { status: 'idle' | 'loading' | 'missing'; doc: null }
  | { status: 'ready'; doc: ScenarioDocument };

const NO_ISSUES: ScenarioIssue[] = [];

type Loaded = { id: string; readOnly: boolean; history: History<Scenario>; inheritance: DocInheritance | null };
/** the loaded document, or `missing` for an id with no (live) scenario */
type Slot = Loaded | { id: string; missing: true };

/**
 * Opens scenario `id` (null: none) for editing. The stored copy is read once;
 * from then on this hook owns the document and autosaves it ~500 ms after the
 * last edit, and at once when the page is hidden or unloaded and on unmount,
 * so a reload loses at most the last half second of typing.
 */
export function useScenarioDocument(id: string | null): ScenarioDocumentState {
  const repo = useRepo();
  const [loaded, setLoaded] = useState<Slot | null>(null);
  // Tagged with the document's id so a newly opened document starts out 'saved'.
  const [save, setSave] = useState<{ id: string; state: SaveState; issues: ScenarioIssue[] } | null>(null);
  const historyRef = useRef<Loaded | null>(null);
  const saverRef = useRef<AutoSaver | null>(null);
  // The previous document's last flush: a reopened document must see it.
  const lastFlush = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    const saver = new AutoSaver(
      (s) => repo.save(s),
      (state, issues) => setSave({ id, state, issues }),
    );
    saverRef.current = saver;
    void lastFlush.current
      .then(() => repo.open(id))
      .then((r) => {
        if (cancelled) return;
        const next: Slot = r
          ? { id, readOnly: r.rec.kind === 'preset', history: createHistory(r.scenario), inheritance: inheritanceOf(r) }
          : { id, missing: true };
        historyRef.current = 'missing' in next ? null : next;
        if (r) prefetchResults(r.scenario);
        setLoaded(next);
      });
    return () => {
      cancelled = true;
      lastFlush.current = saver.flush();
      saver.dispose();
      if (saverRef.current === saver) saverRef.current = null;
      historyRef.current = null;
    };
  }, [id, repo]);

  useEffect(() => {
    const flush = () => void saverRef.current?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const apply = useCallback((step: (h: History<Scenario>) => History<Scenario>) => {
    const cur = historyRef.current;
    if (!cur || cur.readOnly) return;
    const history = step(cur.history);
    if (history === cur.history) return;
    const next = { ...cur, history };
    historyRef.current = next;
    setLoaded(next);
    saverRef.current?.schedule(history.present);
  }, []);

  const edit = useCallback((s: Scenario, key?: string) => apply((h) => commit(h, s, key ?? null, Date.now())), [apply]);
  const doUndo = useCallback(() => apply(undo), [apply]);
  const doRedo = useCallback(() => apply(redo), [apply]);
  const flush = useCallback(() => saverRef.current?.flush() ?? Promise.resolve(), []);
  const discardStale = useCallback(async () => {
    const cur = historyRef.current;
    if (!cur?.inheritance) return;
    await flush();
    await repo.discardStale(cur.id);
    // the document may have been closed meanwhile
    if (historyRef.current?.id !== cur.id) return;
    const inheritance = { ...historyRef.current.inheritance!, stale: cur.inheritance.stale.filter((s) => s.scenarioId !== cur.id) };
    historyRef.current = { ...historyRef.current, inheritance };
    setLoaded(historyRef.current);
  }, [flush, repo]);
  const detach = useCallback(async () => {
    const cur = historyRef.current;
    if (!cur?.inheritance) return;
    await flush();
    await repo.detach(cur.id);
    if (historyRef.current?.id !== cur.id) return;
    historyRef.current = { ...historyRef.current, inheritance: null };
    setLoaded(historyRef.current);
  }, [flush, repo]);

  return useMemo((): ScenarioDocumentState => {
    if (id === null) return { status: 'idle', doc: null };
    if (!loaded || loaded.id !== id) return { status: 'loading', doc: null };
    if ('missing' in loaded) return { status: 'missing', doc: null };
    const h = loaded.history;
    const doc: ScenarioDocument = {
      id,
      scenario: h.present,
      edit,
      undo: doUndo,
      redo: doRedo,
      canUndo: canUndo(h),
      canRedo: canRedo(h),
      saveState: save?.id === id ? save.state : 'saved',
      saveIssues: save?.id === id ? save.issues : NO_ISSUES,
      readOnly: loaded.readOnly,
      flush,
      inheritance: loaded.inheritance,
      discardStale,
      detach,
    };
    return { status: 'ready', doc };
  }, [id, loaded, save, edit, doUndo, doRedo, flush, discardStale, detach]);
}
