import { getAt, isWithin } from '../../../shared/model/path';
import { setValue } from '../../../shared/model/ops';
import type { Scenario } from '../../../shared/model/scenario';
import { EXPRESSIONS_NOT_LOADED } from '../../../shared/engine/series-values';
import type { ScenarioIssue } from '../../../shared/model/validate-core';
import { validateOnMainThread } from '../../engine/validation';
import type { EditorDocument } from './document';

/**
 * The editor's one rule: invalid input is shown at the field and never reaches
 * the engine or storage. Every change is validated in full (≈1 ms) before it is
 * handed to `doc.edit`; a refused change returns the issues to show instead.
 */

export type EditPlan = { ok: true; next: Scenario } | { ok: false; issues: ScenarioIssue[] };

export const READ_ONLY_ISSUE = 'read-only';

const key = (i: ScenarioIssue) => `${i.path}\u0000${i.message}`;
const known = new WeakMap<Scenario, Set<string>>();

const notLoaded = (issues: readonly ScenarioIssue[]) => issues.some((i) => i.message === EXPRESSIONS_NOT_LOADED);

/**
 * Issues the scenario already had (normally none): an edit is not blamed for
 * them. Unknown (none forgiven, nothing cached) while its expressions cannot
 * be evaluated yet.
 */
function existingIssues(s: Scenario): Set<string> {
  let set = known.get(s);
  if (!set) {
    const r = validateOnMainThread(s);
    if (!r.ok && notLoaded(r.issues)) return new Set();
    set = new Set(r.ok ? [] : r.issues.map(key));
    known.set(s, set);
  }
  return set;
}

/**
 * The issues to show at the field `path`: those on it or inside it (a point of
 * its series), and those on an enclosing value (shares of a row that must add
 * up to 100 %). When none is that close, all of them, so a refusal is never silent.
 */
export function issuesForPath(issues: readonly ScenarioIssue[], path: string): ScenarioIssue[] {
  const near = issues.filter((i) => isWithin(i.path, path) || (i.path !== '' && isWithin(path, i.path)));
  return near.length ? near : [...issues];
}

/** Checks a changed scenario; `path` is the field that changed it (where refusals are shown). */
export function planChange(base: Scenario, next: Scenario, path: string): EditPlan {
  const r = validateOnMainThread(next);
  if (r.ok) return { ok: true, next };
  // Not checked is not valid: refused (at this field) until the expression engine has loaded;
  // the editor then loads it and tries the edit again (EditorContext.tsx).
  if (notLoaded(r.issues)) return { ok: false, issues: [{ path, message: EXPRESSIONS_NOT_LOADED }] };
  const before = existingIssues(base);
  const fresh = r.issues.filter((i) => !before.has(key(i)));
  // An already broken scenario may still be repaired one field at a time.
  if (fresh.length === 0) return { ok: true, next };
  return { ok: false, issues: issuesForPath(fresh, path) };
}

/** `setValue` (marks the field as the user's) then `planChange`. */
export function planSetValue(base: Scenario, path: string, value: unknown): EditPlan {
  return planChange(base, setValue(base, path, value), path);
}

/** Applies a checked change to the document under the undo key (same key in a burst = one undo step). */
export function tryChange(doc: EditorDocument, next: Scenario, path: string, undoKey: string = path): ScenarioIssue[] {
  if (doc.readOnly) return [{ path, message: READ_ONLY_ISSUE }];
  if (next === doc.scenario) return [];
  const plan = planChange(doc.scenario, next, path);
  if (!plan.ok) return plan.issues;
  doc.edit(plan.next, undoKey);
  return [];
}

/** Sets one field: validated, then `doc.edit(next, path)`; otherwise the issues for that field, and no edit. */
export function tryEdit(doc: EditorDocument, path: string, value: unknown, undoKey: string = path): ScenarioIssue[] {
  if (doc.readOnly) return [{ path, message: READ_ONLY_ISSUE }];
  if (Object.is(getAt(doc.scenario, path), value)) return [];
  return tryChange(doc, setValue(doc.scenario, path, value), path, undoKey);
}
