import type { ChainStaleOverride } from '../../shared/model/inherit';
import type { Scenario } from '../../shared/model/scenario';
import type { ScenarioIssue } from '../../shared/model/validate-core';
import type { BrokenChain, ParentInfo, ResolvedScenario } from '../db/inheritance';
import type { ScenarioRepo } from '../db/repo';
import { evaluateScenario } from '../engine/outcomes';
import type { SaveState } from './autosave';
import { DocSync, type ConflictChoice, type DocConflict, type DocNotice } from './doc-sync';
import { createEditGate, type EditGate, type EditRequest } from './edit-gate';
import { canRedo, canUndo, commit, createHistory, redo, undo, type History } from './history';

/**
 * A derived scenario's link to its parent, as read when the document was
 * opened. The document itself is the resolved scenario; saving stores what
 * differs from `parent`.
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

/** One open scenario as the views see it: its current version, undo/redo, autosave and what happened to its stored copy. */
export type ScenarioDocument = {
  id: string;
  scenario: Scenario;
  /** the document now, for event handlers and subscriptions (`subscribe`) between renders */
  present(): Scenario;
  subscribe(listener: () => void): () => void;
  /** an edit, checked by the engine worker before the document takes it; resolves with its refusal (empty: taken) */
  propose(request: EditRequest): Promise<ScenarioIssue[]>;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  /** why the last save was refused ('error'); empty otherwise */
  saveIssues: ScenarioIssue[];
  /** presets open read-only: edits are refused and nothing is saved */
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
const LOADING: ScenarioDocumentState = { status: 'loading', doc: null };
const MISSING: ScenarioDocumentState = { status: 'missing', doc: null };

type Loaded = { readOnly: boolean; history: History<Scenario>; inheritance: DocInheritance | null };

/**
 * The open document: the one place it lives. It is read once from storage;
 * from then on this store owns it: edits pass the engine's check
 * (edit-gate.ts) before it takes them, it keeps undo/redo, autosaves ~500 ms
 * after the last edit (renderer/state/doc-sync.ts: against the revision it was
 * read at, with conflicts when another window wrote meanwhile), and asks the
 * engine for its first results as soon as it is read. Views subscribe to it:
 * the shell to `state()`, the editor's fields to `present()`.
 */
export class DocumentStore {
  private loaded: Loaded | null = null;
  private missing = false;
  private save: { state: SaveState; issues: ScenarioIssue[] } = { state: 'saved', issues: NO_ISSUES };
  private conflict: DocConflict | null = null;
  private notice: DocNotice | null = null;
  private snapshot: ScenarioDocumentState = LOADING;
  private closed = false;
  /** edits proposed and not yet decided by the engine */
  private readonly proposals = new Set<Promise<unknown>>();
  private readonly listeners = new Set<() => void>();
  private readonly sync: DocSync;
  private readonly gate: EditGate;
  /** resolves once the stored copy has been read (or found missing) */
  readonly ready: Promise<void>;

  constructor(
    private readonly repo: ScenarioRepo,
    readonly id: string,
    options: { copyName: (name: string) => string; after?: Promise<void> },
  ) {
    this.sync = new DocSync(repo, id, {
      present: () => this.loaded?.history.present ?? null,
      replace: (r, keepUndo) => {
        const cur = this.loaded;
        if (!cur) return;
        void evaluateScenario(r.scenario);
        const history = keepUndo ? commit(cur.history, r.scenario, null, Date.now()) : createHistory(r.scenario);
        this.set({ ...cur, history, inheritance: inheritanceOf(r) });
      },
      conflict: (c) => {
        this.conflict = c;
        this.changed();
      },
      notice: (n) => {
        this.notice = n;
        this.changed();
      },
      saveState: (state, issues) => {
        this.save = { state, issues };
        this.changed();
      },
      copyName: options.copyName,
    });
    this.gate = createEditGate({
      present: () => (this.closed ? null : (this.loaded?.history.present ?? null)),
      readOnly: () => this.loaded?.readOnly ?? true,
      accept: (next, key) => this.apply((h) => commit(h, next, key, Date.now())),
    });
    this.ready = (options.after ?? Promise.resolve())
      .then(() => repo.open(id))
      .then((r) => {
        if (this.closed) return;
        if (!r) {
          this.missing = true;
          return this.changed();
        }
        // its results compute while the editor renders
        void evaluateScenario(r.scenario);
        this.sync.loaded(r.rec.rev, r.scenario);
        this.set({ readOnly: r.rec.kind === 'preset', history: createHistory(r.scenario), inheritance: inheritanceOf(r) });
      });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  state = (): ScenarioDocumentState => this.snapshot;

  present = (): Scenario => this.loaded!.history.present;

  /**
   * An edit counts as unsaved from the moment it is proposed, while the engine
   * still checks it: 'saved' always means the stored copy is what the planner
   * last typed. A refused edit leaves the status as it was.
   */
  propose = (request: EditRequest): Promise<ScenarioIssue[]> => {
    const shown = this.shownSaveState();
    const decided = this.gate.propose(request);
    this.proposals.add(decided);
    const settled = () => {
      const before = this.shownSaveState();
      this.proposals.delete(decided);
      if (this.shownSaveState() !== before) this.changed();
    };
    decided.then(settled, settled);
    if (this.shownSaveState() !== shown) this.changed();
    return decided;
  };

  undo = (): void => this.apply(undo);
  redo = (): void => this.apply(redo);
  /** Writes pending edits now, those the engine is still checking included. */
  flush = async (): Promise<void> => {
    while (this.proposals.size) await Promise.allSettled([...this.proposals]);
    return this.sync.saver.flush();
  };
  resolveConflict = (choice: ConflictChoice): Promise<void> => this.sync.resolve(choice);
  dismissNotice = (): void => {
    this.notice = null;
    this.changed();
  };

  discardStale = async (): Promise<void> => {
    const cur = this.loaded;
    if (!cur?.inheritance) return;
    await this.flush();
    const r = await this.sync.mutate((rev) => this.repo.discardStale(this.id, rev));
    // refused (a conflict, now shown), or the document was closed meanwhile
    if (r?.status !== 'saved' || this.closed || !this.loaded?.inheritance) return;
    const stale = cur.inheritance.stale.filter((s) => s.scenarioId !== this.id);
    this.set({ ...this.loaded, inheritance: { ...this.loaded.inheritance, stale } });
  };

  detach = async (): Promise<void> => {
    if (!this.loaded?.inheritance) return;
    await this.flush();
    const r = await this.sync.mutate((rev) => this.repo.detach(this.id, rev));
    if (r?.status !== 'saved' || this.closed || !this.loaded) return;
    this.set({ ...this.loaded, inheritance: null });
  };

  /** The page is going away: write what is pending, or under a conflict keep unsaved edits as a copy. */
  keep = (): Promise<void> => this.sync.keep();

  /** Closes the document (as `keep`); resolves when its last write has finished. */
  close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    return this.sync.close();
  }

  private apply(step: (h: History<Scenario>) => History<Scenario>): void {
    const cur = this.loaded;
    if (!cur || cur.readOnly || this.closed) return;
    const history = step(cur.history);
    if (history === cur.history) return;
    this.set({ ...cur, history });
    this.sync.saver.schedule(history.present);
  }

  private set(next: Loaded): void {
    this.loaded = next;
    this.changed();
  }

  private changed(): void {
    this.snapshot = this.build();
    for (const l of [...this.listeners]) l();
  }

  private shownSaveState(): SaveState {
    return this.proposals.size && this.save.state === 'saved' ? 'saving' : this.save.state;
  }

  private build(): ScenarioDocumentState {
    if (this.missing) return MISSING;
    const cur = this.loaded;
    if (!cur) return LOADING;
    const h = cur.history;
    return {
      status: 'ready',
      doc: {
        id: this.id,
        scenario: h.present,
        present: this.present,
        subscribe: this.subscribe,
        propose: this.propose,
        undo: this.undo,
        redo: this.redo,
        canUndo: canUndo(h),
        canRedo: canRedo(h),
        saveState: this.shownSaveState(),
        saveIssues: this.save.issues,
        readOnly: cur.readOnly,
        flush: this.flush,
        inheritance: cur.inheritance,
        discardStale: this.discardStale,
        detach: this.detach,
        conflict: this.conflict,
        resolveConflict: this.resolveConflict,
        notice: this.notice,
        dismissNotice: this.dismissNotice,
      },
    };
  }
}
