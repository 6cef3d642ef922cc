import type { Scenario } from '../../shared/model/scenario';
import { echo } from '../../shared/model/echo';
import { issueAt } from '../../shared/model/issue-codes';
import type { ScenarioIssue } from '../../shared/model/validate';
import { ScenarioValidationError } from '../db/repo';

/** 'conflict': the stored copy changed elsewhere; nothing is written until the user decides. */
export type SaveState = 'saved' | 'saving' | 'error' | 'conflict';
export type SaveListener = (state: SaveState, issues: ScenarioIssue[]) => void;
/** What a write did: stored the version, or was refused because the stored copy changed elsewhere. */
export type WriteOutcome = 'saved' | 'conflict';

export const AUTOSAVE_DELAY_MS = 500;
const NO_ISSUES: ScenarioIssue[] = [];

/**
 * Debounced, serialised saving of one document. Edits reset the timer; a
 * flush writes the latest version at once. Saves run one after another so an
 * older version can never land after a newer one. A refused (invalid) version
 * leaves the stored copy as it was and reports 'error' with the issues. A
 * write refused as a conflict holds the saver: the version stays pending,
 * later edits only replace it, and nothing is written until `release`.
 */
export class AutoSaver {
  private latest: Scenario | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private disposed = false;
  private held = false;

  constructor(
    private readonly write: (s: Scenario) => Promise<WriteOutcome>,
    private readonly listener: SaveListener,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  get pending(): boolean {
    return this.latest !== null;
  }

  get holding(): boolean {
    return this.held;
  }

  schedule(scenario: Scenario): void {
    if (this.disposed) return;
    this.latest = scenario;
    if (this.held) {
      this.listener('conflict', NO_ISSUES);
      return;
    }
    // Unsaved edits count as 'saving' at once, so 'saved' always means "the stored copy is this".
    this.listener('saving', NO_ISSUES);
    this.stopTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes the pending version now (not while held); resolves when every save so far has finished. */
  flush(): Promise<void> {
    this.stopTimer();
    const scenario = this.latest;
    if (scenario && !this.held) {
      this.latest = null;
      this.listener('saving', NO_ISSUES);
      this.chain = this.chain.then(() => this.run(scenario));
    }
    return this.chain;
  }

  /** Stops writing (the stored copy changed elsewhere) until `release`; pending edits are kept. */
  hold(): void {
    this.stopTimer();
    if (!this.held && !this.disposed) this.listener('conflict', NO_ISSUES);
    this.held = true;
  }

  /** Writes again from the next edit or flush on. */
  release(): void {
    this.held = false;
  }

  /** Forgets the version waiting to be written (the user chose another). */
  drop(): void {
    this.stopTimer();
    this.latest = null;
  }

  /** Stops the timer; a version not yet flushed is dropped (call flush first). */
  dispose(): void {
    this.stopTimer();
    this.disposed = true;
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(scenario: Scenario): Promise<void> {
    try {
      const outcome = await this.write(scenario);
      if (outcome === 'conflict') {
        // keep the refused version unless a newer edit already replaced it
        this.latest ??= scenario;
        this.hold();
        return;
      }
      // Disposed (the editor closed while its last flush was writing): nobody to tell.
      if (this.disposed) return;
      // A newer edit is already waiting: stay 'saving' until it is written.
      if (!this.pending) this.listener('saved', NO_ISSUES);
    } catch (err) {
      if (this.disposed) return;
      const issues =
        err instanceof ScenarioValidationError
          ? err.issues
          : [issueAt('', 'save.failed', { detail: echo(err instanceof Error ? err.message : String(err), 200) })];
      this.listener('error', issues);
    }
  }
}
