import type { Scenario } from '../../shared/model/scenario';
import type { ScenarioIssue } from '../../shared/model/validate';
import type { ResolvedScenario } from '../db/inheritance';
import type { ScenarioRepo } from '../db/repo';
import type { SaveResult, StoredStamp } from '../db/revision';
import { AutoSaver, type SaveState, type WriteOutcome } from './autosave';

/** The stored copy of the open document changed elsewhere (another tab or window) while this one had edits of its own. */
export type DocConflict =
  /** saved, renamed, replaced by an import, or changed through its parent: `rev` is the stored revision */
  | { kind: 'changed'; rev: number }
  | { kind: 'deleted' };

/** What the user chooses: the stored version (theirs discarded, still undoable), theirs as a new scenario, or theirs over the stored one. */
export type ConflictChoice = 'reload' | 'copy' | 'overwrite';

/** A small notice of what happened to the document without the user asking. */
export type DocNotice =
  /** changed elsewhere while this window had no unsaved edits: now shows the stored version */
  | { kind: 'reloaded' }
  /** the user chose the stored version over their edits (Undo brings them back) */
  | { kind: 'discarded' }
  /** the user's version was written as a new scenario */
  | { kind: 'copied'; id: string; name: string };

/** What the document does about a stamp of its stored copy. */
export type StampAction = 'ignore' | 'wait' | 'reload' | 'changed' | 'deleted';

/**
 * Pure: how an open document answers a stamp of its stored copy. Its own
 * saves raise the revision too, so while one is under way nothing can be
 * told apart ('wait': look again when it ends); a revision at or below the
 * document's own is its own save or an older notice.
 */
export function stampAction(stamp: StoredStamp, doc: { rev: number; dirty: boolean; writing: boolean; conflict: DocConflict | null }): StampAction {
  if (doc.writing) return 'wait';
  if (stamp.deleted) return doc.conflict?.kind === 'deleted' ? 'ignore' : 'deleted';
  // it came back (a restore, an import of the same id): whatever its revision, it is not what this window last saw
  const back = doc.conflict?.kind === 'deleted';
  if (!back && stamp.rev <= doc.rev) return 'ignore';
  if (doc.conflict?.kind === 'changed' && doc.conflict.rev === stamp.rev) return 'ignore';
  return doc.dirty || doc.conflict?.kind === 'changed' ? 'changed' : 'reload';
}

/** What the editor's state gives the sync: the document as edited now, and ways to show what happened. */
export type DocHost = {
  present(): Scenario | null;
  /** shows the stored version; `keepUndo`: the version it replaces stays one undo step away */
  replace(r: ResolvedScenario, keepUndo: boolean): void;
  conflict(c: DocConflict | null): void;
  notice(n: DocNotice): void;
  saveState(state: SaveState, issues: ScenarioIssue[]): void;
  /** the name of a copy of a scenario named `name` ("<name>（副本）") */
  copyName(name: string): string;
};

const NO_ISSUES: ScenarioIssue[] = [];

/**
 * One open document's link to its stored copy: autosave against the revision
 * it was read at, notices of writes from other windows, and the conflict when
 * both changed it. Nothing the user typed is dropped without their choice:
 * an unresolved conflict holds autosave, and closing the document with
 * unsaved edits under a conflict keeps them as a copy.
 */
export class DocSync {
  readonly saver: AutoSaver;
  private base: { rev: number; saved: Scenario } | null = null;
  private stamp: StoredStamp | null = null;
  private writing = 0;
  private current: DocConflict | null = null;
  private reloading = false;
  private closed = false;
  private readonly unwatch: () => void;

  constructor(
    private readonly repo: ScenarioRepo,
    private readonly id: string,
    private readonly host: DocHost,
  ) {
    this.saver = new AutoSaver((s) => this.write(s), (state, issues) => host.saveState(state, issues));
    this.unwatch = repo.watch(id, (stamp) => {
      this.stamp = stamp;
      this.reconcile();
    });
  }

  /** The document was read at revision `rev` as `scenario`. */
  loaded(rev: number, scenario: Scenario): void {
    this.base = { rev, saved: scenario };
    this.reconcile();
  }

  get conflict(): DocConflict | null {
    return this.current;
  }

  /** Edits not yet in the stored copy (waiting, being written, refused, or held). */
  get dirty(): boolean {
    const present = this.host.present();
    return this.saver.pending || this.writing > 0 || (present !== null && this.base !== null && present !== this.base.saved);
  }

  /**
   * A write other than a save (discard stale overrides, detach) based on the
   * document's revision; null when a conflict is pending (nothing is written).
   */
  async mutate(op: (baseRev: number) => Promise<SaveResult>): Promise<SaveResult | null> {
    if (this.current || !this.base) return null;
    this.writing++;
    try {
      const r = await op(this.base.rev);
      if (r.status === 'saved') this.base = { ...this.base, rev: r.rec.rev };
      else this.setConflict(r.reason === 'deleted' ? { kind: 'deleted' } : { kind: 'changed', rev: r.rev });
      return r;
    } finally {
      this.writing--;
      this.reconcile();
    }
  }

  async resolve(choice: ConflictChoice): Promise<void> {
    const c = this.current;
    if (!c || this.closed) return;
    if (choice === 'overwrite') {
      if (c.kind !== 'changed' || !this.base) return;
      // knowingly over the revision the user was shown; a newer one refuses again
      this.base = { ...this.base, rev: c.rev };
      this.setConflict(null);
      this.saver.release();
      const present = this.host.present();
      if (present) this.saver.schedule(present);
      return this.saver.flush();
    }
    if (choice === 'copy') {
      const present = this.host.present();
      if (!present) return;
      const rec = await this.repo.saveCopy(present, this.host.copyName(present.name));
      this.host.notice({ kind: 'copied', id: rec.id, name: rec.name });
      if (c.kind === 'changed') return this.reload(false);
      // deleted: nothing is written to it any more, and the copy holds this version
      this.saver.drop();
      if (this.base) this.base = { ...this.base, saved: present };
      return;
    }
    return this.reload(true);
  }

  /** The page is going away: write what is pending, or under a conflict keep unsaved edits as a copy. */
  keep(): Promise<void> {
    if (!this.current) return this.saver.flush();
    const present = this.host.present();
    if (!present || !this.dirty) return Promise.resolve();
    this.saver.drop();
    if (this.base) this.base = { ...this.base, saved: present };
    return this.repo.saveCopy(present, this.host.copyName(present.name)).then(
      () => undefined,
      (err: unknown) => console.warn('could not keep the unsaved version as a copy:', err),
    );
  }

  /** Closes the document (as `keep`); resolves when its last write has finished. */
  close(): Promise<void> {
    const last = this.keep();
    this.closed = true;
    this.unwatch();
    this.saver.dispose();
    return last;
  }

  private async write(s: Scenario): Promise<WriteOutcome> {
    // edits exist only once the document has loaded
    const base = this.base!;
    this.writing++;
    try {
      const r = await this.repo.save(s, base.rev);
      if (r.status === 'saved') {
        this.base = { rev: r.rec.rev, saved: s };
        return 'saved';
      }
      this.setConflict(r.reason === 'deleted' ? { kind: 'deleted' } : { kind: 'changed', rev: r.rev });
      return 'conflict';
    } finally {
      this.writing--;
      // a stamp that came while writing could not be told from this write's own
      this.reconcile();
    }
  }

  private setConflict(c: DocConflict | null): void {
    this.current = c;
    if (c) this.saver.hold();
    this.host.conflict(c);
  }

  private reconcile(): void {
    const stamp = this.stamp;
    if (!stamp || !this.base || this.closed || this.reloading) return;
    const action = stampAction(stamp, { rev: this.base.rev, dirty: this.dirty, writing: this.writing > 0, conflict: this.current });
    if (action === 'deleted') this.setConflict({ kind: 'deleted' });
    else if (action === 'changed') this.setConflict({ kind: 'changed', rev: stamp.rev });
    else if (action === 'reload') void this.reload(false, true);
  }

  /** Shows the stored version: after the user's choice (`discarding` their edits, which stay undoable) or silently. */
  private async reload(discarding: boolean, silent = false): Promise<void> {
    this.reloading = true;
    let r: ResolvedScenario | undefined;
    try {
      r = await this.repo.open(this.id);
    } finally {
      this.reloading = false;
    }
    if (this.closed) return;
    if (!r) return this.setConflict({ kind: 'deleted' });
    // edited while the stored version was read: that is a conflict after all
    if (silent && this.dirty) return this.setConflict({ kind: 'changed', rev: r.rec.rev });
    this.saver.drop();
    this.saver.release();
    this.base = { rev: r.rec.rev, saved: r.scenario };
    this.setConflict(null);
    this.host.replace(r, !silent);
    this.host.saveState('saved', NO_ISSUES);
    if (silent) this.host.notice({ kind: 'reloaded' });
    else if (discarding) this.host.notice({ kind: 'discarded' });
    // a write from elsewhere while reading
    this.reconcile();
  }
}
