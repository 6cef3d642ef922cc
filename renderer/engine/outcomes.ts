import type { ScenarioResults } from '../../shared/engine/results';
import { ScenarioError } from '../../shared/engine/scenario-error';
import type { Scenario } from '../../shared/model/scenario';
import { echo } from '../../shared/model/echo';
import { issueAt } from '../../shared/model/issue-codes';
import type { ValidationResult } from '../../shared/model/validate-core';
import { engineClient } from './client';
import { rememberSeriesValues } from './expression-values';
import type { Evaluation } from './protocol';

/**
 * The page's one cache of what the engine worker said about scenarios: every
 * view (the editor's results, the comparison, the report, results files) asks
 * here. A scenario is known by its object (an open document's versions are
 * immutable snapshots) and, when it comes from storage, by its revision
 * (`id@rev`), which names the same content however often it is read.
 *
 * It also remembers which scenario objects passed the worker's full check, so
 * storage writes what the worker checked without checking it again
 * (`checkScenarios`); such a scenario is frozen, so it cannot change after its check.
 */

type Entry = { promise: Promise<Evaluation>; value?: Evaluation };

const byObject = new WeakMap<object, Entry>();
const byRevision = new Map<string, Entry>();
const REVISIONS = 64;
const checked = new WeakSet<object>();
const listeners = new Set<() => void>();
let version = 0;

function deepFreeze(v: unknown): void {
  if (!v || typeof v !== 'object' || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const x of Object.values(v)) deepFreeze(x);
}

/** Only for what the worker's full check itself answered with (renderer/engine/file-commands.ts). */
export function markChecked(s: object): void {
  deepFreeze(s);
  checked.add(s);
}

/** Whether the worker's full check passed this very object. */
export const passedCheck = (s: unknown): boolean => typeof s === 'object' && s !== null && checked.has(s);

function keep(key: string, entry: Entry): void {
  byRevision.delete(key);
  byRevision.set(key, entry);
  while (byRevision.size > REVISIONS) byRevision.delete(byRevision.keys().next().value!);
}

const failed = (err: unknown): Evaluation => ({
  valid: false,
  outcome: { ok: false, issues: [issueAt('', 'engine.failed', { detail: echo(err instanceof Error ? err.message : String(err), 200) })] },
  series: [],
});

/**
 * The worker's check and results for `scenario` (its `revision` when it was
 * read from storage), asked once and kept. Never rejects: an engine that
 * cannot answer gives an issue saying why.
 */
export function evaluateScenario(scenario: Scenario, revision?: string): Promise<Evaluation> {
  const hit = byObject.get(scenario) ?? (revision !== undefined ? byRevision.get(revision) : undefined);
  if (hit) {
    byObject.set(scenario, hit);
    if (revision !== undefined) keep(revision, hit);
    return hit.promise;
  }
  const settle = (e: Evaluation): Evaluation => {
    entry.value = e;
    version++;
    for (const l of [...listeners]) l();
    return e;
  };
  const entry: Entry = {
    promise: engineClient.call('evaluate', { scenario }).then(
      (e) => {
        if (e.valid) markChecked(scenario);
        rememberSeriesValues(e.series);
        return settle(e);
      },
      (err: unknown) => {
        // shown for this version; a stored revision is asked again when next wanted
        if (revision !== undefined && byRevision.get(revision) === entry) byRevision.delete(revision);
        return settle(failed(err));
      },
    ),
  };
  byObject.set(scenario, entry);
  if (revision !== undefined) keep(revision, entry);
  return entry.promise;
}

/** What is known of `scenario` now, without asking. */
export function knownEvaluation(scenario: Scenario, revision?: string): Evaluation | undefined {
  return (byObject.get(scenario) ?? (revision !== undefined ? byRevision.get(revision) : undefined))?.value;
}

/** Calls `listener` whenever an evaluation arrives; returns the unsubscribe. */
export function subscribeEvaluations(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever an evaluation arrives. */
export const evaluationsVersion = (): number => version;

/** The results of `scenario`; rejects with `ScenarioError` (its issues) when the engine refuses it. */
export async function resultsOf(scenario: Scenario, revision?: string): Promise<ScenarioResults> {
  const { outcome } = await evaluateScenario(scenario, revision);
  if (!outcome.ok) throw new ScenarioError(outcome.issues);
  return outcome.results;
}

/**
 * The full check of what is about to be stored. A scenario the worker passed
 * before (the editor's accepted edits) is not sent again; the others are
 * checked in one command, and those that pass come back frozen and marked.
 */
export async function checkScenarios(inputs: readonly unknown[]): Promise<ValidationResult[]> {
  const out: (ValidationResult | undefined)[] = inputs.map((s) => (passedCheck(s) ? { ok: true, scenario: s as Scenario } : undefined));
  const todo = inputs.flatMap((s, i) => (out[i] ? [] : [i]));
  if (todo.length) {
    const answers = await engineClient.call('validate', { inputs: todo.map((i) => inputs[i]) });
    todo.forEach((i, k) => {
      const r = answers[k]!;
      if (r.ok) markChecked(r.scenario);
      out[i] = r;
    });
  }
  return out as ValidationResult[];
}

/** The cache's name for a stored scenario's content: its id and revision. */
export const revisionOf = (rec: { id: string; rev: number }): string => `${rec.id}@${rec.rev}`;
