import type { Scenario } from '../../shared/model/scenario';
import type { ScenarioIssue } from '../../shared/model/validate';
import { ScenarioValidationError } from '../db/repo';

export type SaveState = 'saved' | 'saving' | 'error';
export type SaveListener = (state: SaveState, issues: ScenarioIssue[]) => void;

export const AUTOSAVE_DELAY_MS = 500;
const NO_ISSUES: ScenarioIssue[] = [];

/**
 * Debounced, serialised saving of one document. Edits reset the timer; a
 * flush writes the latest version at once. Saves run one after another so an
 * older version can never land after a newer one. A refused (invalid) version
 * leaves the stored copy as it was and reports 'error' with the issues.
 */
export class AutoSaver {
  private latest: Scenario | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(
    private readonly write: (s: Scenario) => Promise<unknown>,
    private readonly listener: SaveListener,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  get pending(): boolean {
    return this.latest !== null;
  }

  schedule(scenario: Scenario): void {
    if (this.disposed) return;
    this.latest = scenario;
    // Unsaved edits count as 'saving' at once, so 'saved' always means "the stored copy is this".
    this.listener('saving', NO_ISSUES);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes the pending version now; resolves when every save so far has finished. */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const scenario = this.latest;
    this.latest = null;
    if (scenario) {
      this.listener('saving', NO_ISSUES);
      this.chain = this.chain.then(() => this.run(scenario));
    }
    return this.chain;
  }

  /** Stops the timer; a version not yet flushed is dropped (call flush first). */
  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.disposed = true;
  }

  private async run(scenario: Scenario): Promise<void> {
    try {
      await this.write(scenario);
      // Disposed (the editor closed while its last flush was writing): nobody to tell.
      if (this.disposed) return;
      // A newer edit is already waiting: stay 'saving' until it is written.
      if (!this.pending) this.listener('saved', NO_ISSUES);
    } catch (err) {
      if (this.disposed) return;
      const issues =
        err instanceof ScenarioValidationError ? err.issues : [{ path: '', message: err instanceof Error ? err.message : String(err) }];
      this.listener('error', issues);
    }
  }
}
