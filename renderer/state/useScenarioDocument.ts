import { useCallback, useEffect, useSyncExternalStore } from 'react';
import i18next from 'i18next';
import type { ScenarioRepo } from '../db/repo';
import { useRepo } from '../db/RepoContext';
import type { SaveState } from './autosave';
import type { ConflictChoice, DocConflict, DocNotice } from './doc-sync';
import { DocumentStore, type DocInheritance, type ScenarioDocument, type ScenarioDocumentState } from './document-store';

export type { ConflictChoice, DocConflict, DocInheritance, DocNotice, SaveState, ScenarioDocument, ScenarioDocumentState };

/** in the language shown when the copy is made */
const copyName = (name: string) => i18next.t('app:scenario.copyName', { name });

/**
 * The open documents by repository and id, with how many views hold each: a
 * document is closed (its last edits written) when the last view lets go.
 * One opened before any view asked (`openDocumentEarly`) waits for the first.
 */
const open = new Map<ScenarioRepo, Map<string, { store: DocumentStore; users: number }>>();
/** The last closed document's final write: a document opened after it must read what it wrote. */
let lastClose: Promise<void> = Promise.resolve();

function entry(repo: ScenarioRepo, id: string) {
  let byId = open.get(repo);
  if (!byId) open.set(repo, (byId = new Map()));
  let e = byId.get(id);
  if (!e) byId.set(id, (e = { store: new DocumentStore(repo, id, { copyName, after: lastClose }), users: 0 }));
  return e;
}

function release(repo: ScenarioRepo, id: string): void {
  const e = open.get(repo)?.get(id);
  if (!e || --e.users > 0) return;
  open.get(repo)!.delete(id);
  lastClose = e.store.close();
}

/**
 * Starts reading scenario `id` (and its first results) now, before React has
 * rendered anything: the scenario screen takes this document when it opens.
 */
export function openDocumentEarly(repo: ScenarioRepo, id: string): void {
  entry(repo, id);
}

const IDLE: ScenarioDocumentState = { status: 'idle', doc: null };
const LOADING: ScenarioDocumentState = { status: 'loading', doc: null };

/**
 * Opens scenario `id` (null: none) as the open document (renderer/state/document-store.ts)
 * while the calling view is mounted; it is written and closed when the view
 * goes or opens another. Pending edits are written when the page is hidden,
 * and kept (as a copy under a conflict) when it unloads.
 */
export function useScenarioDocument(id: string | null): ScenarioDocumentState {
  const repo = useRepo();
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (id === null) return () => {};
      const e = entry(repo, id);
      e.users++;
      const off = e.store.subscribe(onChange);
      return () => {
        off();
        release(repo, id);
      };
    },
    [repo, id],
  );
  const store = id === null ? undefined : open.get(repo)?.get(id)?.store;
  const state = useSyncExternalStore(subscribe, () => (id === null ? IDLE : (open.get(repo)?.get(id)?.store.state() ?? LOADING)));

  useEffect(() => {
    if (!store) return;
    const keep = () => void store.keep();
    // hidden is not gone: a pending conflict waits for the user's choice
    const onVisibility = () => document.visibilityState === 'hidden' && void store.flush();
    window.addEventListener('pagehide', keep);
    window.addEventListener('beforeunload', keep);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', keep);
      window.removeEventListener('beforeunload', keep);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);

  return state;
}
