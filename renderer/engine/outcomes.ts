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

/**
 * `first`: the check and the figures (the hourly balance only where its feedback changes
 * them); `full`: the same with the balance's own outputs, asked for only by the views that
 * show them, so a slider move or a first KPI never waits for 350,000 hours. `value` is the
 * newest answer.
 */
type Entry = { first: Promise<Evaluation>; full?: Promise<Evaluation>; value?: Evaluation };

/** Whether the answer still lacks the balance's outputs that the scenario asks for. */
const lacksHourly = (e: Evaluation, scenario: Scenario): boolean => e.outcome.ok && !e.outcome.results.hourly && scenario.hourly?.enabled === true;

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

function settleWith(entry: Entry, e: Evaluation): Evaluation {
  entry.value = e;
  version++;
  for (const l of [...listeners]) l();
  return e;
}

/** The entry's answer with the hourly balance's outputs, asked for once. */
function fullOf(entry: Entry, scenario: Scenario): Promise<Evaluation> {
  entry.full ??= entry.first.then((e) => {
    const o = e.outcome;
    if (!o.ok || !lacksHourly(e, scenario)) return e;
    return engineClient.call('hourly', { scenario }).then(
      (hourly) => (hourly ? settleWith(entry, { ...e, outcome: { ...o, results: { ...o.results, hourly } } }) : e),
      () => e,
    );
  });
  return entry.full;
}

/**
 * The worker's check and results for `scenario` (its `revision` when it was
 * read from storage), asked once and kept; with `hourly`, once the hourly
 * balance's outputs are there too (when the scenario has it on). Never
 * rejects: an engine that cannot answer gives an issue saying why.
 */
export function evaluateScenario(scenario: Scenario, revision?: string, options: { hourly?: boolean } = {}): Promise<Evaluation> {
  const hit = byObject.get(scenario) ?? (revision !== undefined ? byRevision.get(revision) : undefined);
  if (hit) {
    byObject.set(scenario, hit);
    if (revision !== undefined) keep(revision, hit);
    return options.hourly ? fullOf(hit, scenario) : hit.first;
  }
  const settle = (e: Evaluation): Evaluation => settleWith(entry, e);
  // a view that shows the hours from the start (a report, a comparison) asks for all of it in one answer
  const entry: Entry = {
    first: engineClient.call('evaluate', { scenario, balance: options.hourly ? 'full' : 'headline' }).then(
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
  return options.hourly ? fullOf(entry, scenario) : entry.first;
}

/** Whether what is known of `scenario` still lacks the hourly balance's outputs it asks for. */
export function hourlyPending(scenario: Scenario, revision?: string): boolean {
  const e = knownEvaluation(scenario, revision);
  return e !== undefined && lacksHourly(e, scenario);
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

/** The results of `scenario`, the hourly balance's included; rejects with `ScenarioError` (its issues) when the engine refuses it. */
export async function resultsOf(scenario: Scenario, revision?: string): Promise<ScenarioResults> {
  const { outcome } = await evaluateScenario(scenario, revision, { hourly: true });
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
