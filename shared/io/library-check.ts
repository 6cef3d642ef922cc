import * as z from 'zod';
import {
  createChainResolver,
  InheritanceError,
  parseOverridePath,
  type DerivedScenario,
  type Override,
  type ScenarioLookup,
} from '../model/inherit';
import { echo, echoList } from '../model/echo';
import { bodyOf, issueAt, IssueError, placed } from '../model/issue-codes';
import { ScenarioSchema, type Scenario } from '../model/scenario';
import { validateScenario, zodIssues, type ValidationResult } from '../model/validate';
import { isPlainObject, preview } from './text';
import { under, within, type IoProblem, type IoWarning } from './problems';

/**
 * Checks a set of scenarios and derived scenarios read from a file (scenario
 * file or backup): every scenario through `validateScenario`, every derived
 * scenario's shape, ids unique across both lists, and every derived scenario
 * resolved through its parents (in the file first, then `parents`, e.g. the
 * presets or the library) and the result validated too.
 */

const idSchema = ScenarioSchema.shape.id;

export const DerivedScenarioShapeSchema = z.strictObject({
  id: idSchema,
  parentId: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  description: z.string().optional(),
  overrides: z.array(z.unknown()),
});

function checkOverride(o: unknown, path: string, problems: IoProblem[]): o is Override {
  const bad = (p: IoProblem) => {
    problems.push(p);
    return false;
  };
  if (!isPlainObject(o)) return bad(issueAt(path, 'override.shape', { got: preview(o) }));
  if (typeof o.path !== 'string' || !o.path) return bad(issueAt(`${path}.path`, 'override.noPath'));
  const keys = Object.keys(o).filter((k) => k !== 'path');
  const unknown = (known: string) => issueAt(path, 'override.unknownFields', { keys: echoList(keys.filter((k) => k !== known)) });
  if ('removed' in o) {
    if (o.removed !== true) return bad(issueAt(`${path}.removed`, 'override.removedTrue'));
    if (keys.length !== 1) return bad(unknown('removed'));
    return true;
  }
  if (!('value' in o) || o.value === undefined) return bad(issueAt(path, 'override.noValue'));
  if (keys.length !== 1) return bad(unknown('value'));
  return true;
}

/** Shape of one derived scenario; problems carry `path` as prefix. */
export function checkDerivedShape(input: unknown, path: string, problems: IoProblem[]): DerivedScenario | null {
  const parsed = DerivedScenarioShapeSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of zodIssues(parsed.error)) problems.push(within(path, i));
    return null;
  }
  const before = problems.length;
  const overrides: Override[] = [];
  parsed.data.overrides.forEach((o, j) => {
    if (checkOverride(o, `${path}.overrides[${j}]`, problems)) overrides.push(o);
  });
  if (problems.length > before) return null;
  const d: DerivedScenario = { id: parsed.data.id, parentId: parsed.data.parentId, name: parsed.data.name, overrides };
  if (parsed.data.nameEn !== undefined) d.nameEn = parsed.data.nameEn;
  if (parsed.data.description !== undefined) d.description = parsed.data.description;
  return d;
}

/** `validateScenario`, never throwing. */
export function safeValidate(input: unknown): ReturnType<typeof validateScenario> {
  try {
    return validateScenario(input);
  } catch (err) {
    const detail = echo(err instanceof Error ? err.message : String(err), 200);
    return { ok: false, issues: [issueAt('(root)', 'engine.checkFailed', { detail })] };
  }
}

export type LibraryCheckInput = {
  scenarios: unknown[];
  derived: unknown[];
  /** how the lists are addressed in problem paths */
  scenariosPath: string;
  derivedPath: string;
  /** parents that are not in the file (presets, the library) */
  parents?: ScenarioLookup;
  /** the full check of one scenario; `validateScenario` unless the caller brings its own (which must not throw) */
  validate?: (input: unknown) => ValidationResult;
};

export type CheckedLibrary = {
  scenarios: Scenario[];
  derived: DerivedScenario[];
  /** each derived scenario resolved through its parents, same order as `derived` */
  derivedResolved: Scenario[];
};

function inheritanceProblem(err: InheritanceError, path: string): IoProblem {
  return err.kind === 'missing' ? issueAt(path, 'file.missingParent', { issue: err.issue }) : placed(err.issue, path);
}

export function checkLibrary(input: LibraryCheckInput, problems: IoProblem[], warnings: IoWarning[]): CheckedLibrary | null {
  const { scenariosPath: sp, derivedPath: dp, validate = safeValidate } = input;
  const start = problems.length;
  const scenarios: Scenario[] = [];
  const where = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = where.get(id);
    if (first) {
      problems.push(issueAt(`${path}.id`, 'file.duplicateId', { id: echo(id), first }));
    } else where.set(id, path);
  };

  input.scenarios.forEach((s, i) => {
    const path = `${sp}[${i}]`;
    const r = validate(s);
    if (!r.ok) {
      for (const i of r.issues) problems.push(within(path, i));
      // still claim the id, so duplicates are reported even among invalid entries
      if (isPlainObject(s) && typeof s.id === 'string') claim(s.id, path);
      return;
    }
    claim(r.scenario.id, path);
    scenarios.push(r.scenario);
  });

  const derived: DerivedScenario[] = [];
  const derivedIndex: number[] = [];
  input.derived.forEach((d, i) => {
    const path = `${dp}[${i}]`;
    const shaped = checkDerivedShape(d, path, problems);
    if (!shaped) return;
    claim(shaped.id, path);
    for (const [j, o] of shaped.overrides.entries()) {
      try {
        parseOverridePath(o.path);
      } catch (err) {
        if (!(err instanceof IssueError)) throw err;
        warnings.push(issueAt(`${path}.overrides[${j}].path`, 'file.pathSkipped', { issue: err.issue }));
      }
    }
    derived.push(shaped);
    derivedIndex.push(i);
  });
  if (problems.length > start) return null;

  const own = new Map<string, Scenario | DerivedScenario>();
  for (const s of scenarios) own.set(s.id, s);
  for (const d of derived) own.set(d.id, d);
  const lookup: ScenarioLookup = (id) => own.get(id) ?? input.parents?.(id);
  // one resolver for the whole file: each scenario is resolved once, from its resolved parent
  const resolve = createChainResolver(lookup);

  const derivedResolved: Scenario[] = [];
  derived.forEach((d, k) => {
    const path = `${dp}[${derivedIndex[k]}]`;
    let resolved: Scenario;
    try {
      const r = resolve(d.id);
      resolved = r.scenario;
      // a parent's stale overrides are reported on its own entry
      for (const st of r.stale) {
        const j = d.overrides.indexOf(st.override);
        warnings.push(
          issueAt(j >= 0 ? `${path}.overrides[${j}]` : `${path}.overrides`, 'file.changeSkipped', {
            path: echo(st.override.path),
            reason: st.reason,
          }),
        );
      }
    } catch (err) {
      if (err instanceof InheritanceError) {
        problems.push(inheritanceProblem(err, `${path}.parentId`));
      } else {
        problems.push(issueAt(path, 'file.unresolved', { detail: echo(err instanceof Error ? err.message : String(err), 200) }));
      }
      return;
    }
    const r = validate(resolved);
    if (!r.ok) {
      for (const i of r.issues) {
        problems.push(issueAt(under(path, i.path), 'file.afterParent', { issue: bodyOf(i), parent: echo(d.parentId) }));
      }
      return;
    }
    derivedResolved.push(r.scenario);
  });
  if (problems.length > start) return null;
  return { scenarios, derived, derivedResolved };
}
