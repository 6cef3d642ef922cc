import { echo } from '../../shared/model/echo';
import { issueAt } from '../../shared/model/issue-codes';
import { isWithin } from '../../shared/model/path';
import type { Scenario } from '../../shared/model/scenario';
import type { ScenarioIssue } from '../../shared/model/validate-core';
import { evaluateScenario } from '../engine/outcomes';
import type { Evaluation } from '../engine/protocol';

/**
 * The editor's one rule: invalid input is shown at the field and never
 * reaches the document, the engine's results or storage. Every edit is a pure
 * operation on the scenario (shared/model/ops*.ts); the engine worker checks
 * the scenario it gives and runs it, in one request, and only then does the
 * document take it. The check and the results arrive together, so a slider
 * move is one check and one run, and its results show with it.
 */

export type EditRequest = {
  /** the field the edit is made at: its refusal is shown there */
  path: string;
  /** the edit, applied to the document as it is when the edit's turn comes */
  apply: (s: Scenario) => Scenario;
  /** edits with the same key in quick succession undo as one step (default: `path`) */
  key?: string;
  /** sets a value outright (a typed number, a slider): a newer edit with the same key replaces it while it waits */
  replaceable?: boolean;
};

/** What the gate needs of the document. */
export type GateHost = {
  /** the document now (null once closed) */
  present(): Scenario | null;
  readOnly(): boolean;
  /** takes a checked edit */
  accept(next: Scenario, key: string): void;
};

const issueKey = (i: ScenarioIssue) => `${i.path}\u0000${i.code}\u0000${JSON.stringify(i.params)}`;

/**
 * The issues to show at the field `path`: those on it or inside it (a point of
 * its series), and those on an enclosing value (shares of a row that must add
 * up to 100 %). When none is that close, all of them, so a refusal is never silent.
 */
export function issuesForPath(issues: readonly ScenarioIssue[], path: string): ScenarioIssue[] {
  const near = issues.filter((i) => isWithin(i.path, path) || (i.path !== '' && isWithin(path, i.path)));
  return near.length ? near : [...issues];
}

const issuesOf = (e: Evaluation): ScenarioIssue[] => (e.valid || e.outcome.ok ? [] : e.outcome.issues);

type Waiting = EditRequest & { settle: (issues: ScenarioIssue[]) => void };

export type EditGate = {
  /** Resolves with the issues to show at the field (none: the document took the edit). */
  propose(request: EditRequest): Promise<ScenarioIssue[]>;
};

/**
 * Edits are decided one at a time, in the order they were made, each against
 * the document as the previous ones left it; one request at a time is with
 * the worker. A scenario that was already invalid may still be repaired one
 * field at a time: an edit is refused only for issues it adds.
 */
export function createEditGate(host: GateHost, evaluate: (s: Scenario) => Promise<Evaluation> = evaluateScenario): EditGate {
  const queue: Waiting[] = [];
  let busy = false;

  const decide = async (e: EditRequest): Promise<ScenarioIssue[]> => {
    for (;;) {
      const base = host.present();
      if (!base) return [];
      if (host.readOnly()) return [issueAt(e.path, 'edit.readOnly')];
      let next: Scenario;
      try {
        next = e.apply(base);
      } catch (err) {
        return [issueAt(e.path, 'edit.failed', { detail: echo(err instanceof Error ? err.message : String(err), 200) })];
      }
      if (next === base) return [];
      const after = await evaluate(next);
      let fresh = issuesOf(after);
      if (fresh.length) {
        const before = new Set(issuesOf(await evaluate(base)).map(issueKey));
        fresh = fresh.filter((i) => !before.has(issueKey(i)));
      }
      // undone, redone or reloaded meanwhile: the edit applies to what the document is now
      if (host.present() !== base) continue;
      if (fresh.length) return issuesForPath(fresh, e.path);
      host.accept(next, e.key ?? e.path);
      return [];
    }
  };

  const pump = async () => {
    if (busy) return;
    busy = true;
    try {
      for (let e = queue.shift(); e; e = queue.shift()) {
        // an engine that fails (its worker gone) refuses the edit at its field: every proposal is answered
        let issues: ScenarioIssue[];
        try {
          issues = await decide(e);
        } catch (err) {
          issues = [issueAt(e.path, 'edit.failed', { detail: echo(err instanceof Error ? err.message : String(err), 200) })];
        }
        e.settle(issues);
      }
    } finally {
      busy = false;
    }
  };

  return {
    propose(request) {
      if (host.readOnly()) return Promise.resolve([issueAt(request.path, 'edit.readOnly')]);
      return new Promise<ScenarioIssue[]>((settle) => {
        const key = request.key ?? request.path;
        const last = queue[queue.length - 1];
        if (request.replaceable && last?.replaceable && (last.key ?? last.path) === key) {
          // never applied: the newer value stands for it
          queue.pop();
          last.settle([]);
        }
        queue.push({ ...request, settle });
        void pump();
      });
    },
  };
}
