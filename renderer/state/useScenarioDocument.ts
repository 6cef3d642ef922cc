import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../shared/model/scenario';
import type { ScenarioIssue } from '../../shared/model/validate';
import type { ChainStaleOverride } from '../../shared/model/inherit';
import type { BrokenChain, ParentInfo, ResolvedScenario } from '../db/inheritance';
import { useRepo } from '../db/RepoContext';
import { prefetchResults } from '../engine/useScenarioResults';
import type { SaveState } from './autosave';
import { DocSync, type ConflictChoice, type DocConflict, type DocNotice } from './doc-sync';
import { canRedo, canUndo, commit, createHistory, redo, undo, type History } from './history';

export type { ConflictChoice, DocConflict, DocNotice, SaveState };

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
  /** the stored copy changed or was deleted elsewhere while this document had edits: autosave waits for `resolveConflict` */
  conflict: DocConflict | null;
  resolveConflict(choice: ConflictChoice): Promise<void>;
  /** what happened to the document without the user asking (reloaded, copied), until dismissed */
  notice: DocNotice | null;
  dismissNotice(): void;
};

export type ScenarioDocumentState =
  | { status: 'idle' | 'loading' | 'missing'; doc: null }
  | { status: 'ready'; doc: ScenarioDocument };

const NO_ISSUES: ScenarioIssue[] = [];

type Loaded = { id: string; readOnly: boolean; history: History<Scenario>; inheritance: DocInheritance | null };
/** the loaded document, or `missing` for an id with no (live) scenario */
type Slot = Loaded | { id: string; missing: true };

type Tagged<T> = { id: string; value: T };

/**
 * Opens scenario `id` (null: none) for editing. The stored copy is read once;
 * from then on this hook owns the document and autosaves it ~500 ms after the
 * last edit, and at once when the page is hidden or unloaded and on unmount,
 * so a reload loses at most the last half second of typing. Writes from other
 * tabs or windows reach it (renderer/state/doc-sync.ts): without unsaved edits
 * it shows the stored version, with them it reports a conflict.
 */
export function useScenarioDocument(id: string | null): ScenarioDocumentState {
  const repo = useRepo();
  const { i18n } = useTranslation('app');
  const [loaded, setLoaded] = useState<Slot | null>(null);
  // Tagged with the document's id so a newly opened document starts out 'saved'.
  const [save, setSave] = useState<{ id: string; state: SaveState; issues: ScenarioIssue[] } | null>(null);
  const [conflict, setConflict] = useState<Tagged<DocConflict | null> | null>(null);
  const [notice, setNotice] = useState<Tagged<DocNotice | null> | null>(null);
  const historyRef = useRef<Loaded | null>(null);
  const syncRef = useRef<DocSync | null>(null);
  // The previous document's last flush: a reopened document must see it.
  const lastFlush = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    const show = (next: Loaded) => {
      historyRef.current = next;
      setLoaded(next);
    };
    const sync = new DocSync(repo, id, {
      present: () => (historyRef.current?.id === id ? historyRef.current.history.present : null),
      replace: (r, keepUndo) => {
        const cur = historyRef.current;
        if (cur?.id !== id) return;
        const history = keepUndo ? commit(cur.history, r.scenario, null, Date.now()) : createHistory(r.scenario);
        show({ ...cur, history, inheritance: inheritanceOf(r) });
      },
      conflict: (c) => setConflict({ id, value: c }),
      notice: (n) => setNotice({ id, value: n }),
      saveState: (state, issues) => setSave({ id, state, issues }),
      // in the language shown when the copy is made
      copyName: (name) => i18n.t('app:scenario.copyName', { name }),
    });
    syncRef.current = sync;
    void lastFlush.current
      .then(() => repo.open(id))
      .then((r) => {
        if (cancelled) return;
        if (!r) return setLoaded({ id, missing: true });
        sync.loaded(r.rec.rev, r.scenario);
        prefetchResults(r.scenario);
        show({ id, readOnly: r.rec.kind === 'preset', history: createHistory(r.scenario), inheritance: inheritanceOf(r) });
      });
    return () => {
      cancelled = true;
      lastFlush.current = sync.close();
      if (syncRef.current === sync) syncRef.current = null;
      historyRef.current = null;
    };
  }, [id, repo, i18n]);

  useEffect(() => {
    const keep = () => void syncRef.current?.keep();
    // hidden is not gone: a pending conflict waits for the user's choice
    const onVisibility = () => document.visibilityState === 'hidden' && void syncRef.current?.saver.flush();
    window.addEventListener('pagehide', keep);
    window.addEventListener('beforeunload', keep);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', keep);
      window.removeEventListener('beforeunload', keep);
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
    syncRef.current?.saver.schedule(history.present);
  }, []);

  const edit = useCallback((s: Scenario, key?: string) => apply((h) => commit(h, s, key ?? null, Date.now())), [apply]);
  const doUndo = useCallback(() => apply(undo), [apply]);
  const doRedo = useCallback(() => apply(redo), [apply]);
  const flush = useCallback(() => syncRef.current?.saver.flush() ?? Promise.resolve(), []);
  const discardStale = useCallback(async () => {
    const cur = historyRef.current;
    const sync = syncRef.current;
    if (!cur?.inheritance || !sync) return;
    await flush();
    const r = await sync.mutate((rev) => repo.discardStale(cur.id, rev));
    // refused (a conflict, now shown), or the document was closed meanwhile
    if (r?.status !== 'saved' || historyRef.current?.id !== cur.id) return;
    const inheritance = { ...historyRef.current.inheritance!, stale: cur.inheritance.stale.filter((s) => s.scenarioId !== cur.id) };
    historyRef.current = { ...historyRef.current, inheritance };
    setLoaded(historyRef.current);
  }, [flush, repo]);
  const detach = useCallback(async () => {
    const cur = historyRef.current;
    const sync = syncRef.current;
    if (!cur?.inheritance || !sync) return;
    await flush();
    const r = await sync.mutate((rev) => repo.detach(cur.id, rev));
    if (r?.status !== 'saved' || historyRef.current?.id !== cur.id) return;
    historyRef.current = { ...historyRef.current, inheritance: null };
    setLoaded(historyRef.current);
  }, [flush, repo]);
  const resolveConflict = useCallback((choice: ConflictChoice) => syncRef.current?.resolve(choice) ?? Promise.resolve(), []);
  const dismissNotice = useCallback(() => setNotice(null), []);

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
      conflict: conflict?.id === id ? conflict.value : null,
      resolveConflict,
      notice: notice?.id === id ? notice.value : null,
      dismissNotice,
    };
    return { status: 'ready', doc };
  }, [id, loaded, save, conflict, notice, edit, doUndo, doRedo, flush, discardStale, detach, resolveConflict, dismissNotice]);
}
