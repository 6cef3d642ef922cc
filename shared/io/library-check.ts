import * as z from 'zod';
import {
  createChainResolver,
  InheritanceError,
  parseOverridePath,
  type DerivedScenario,
  type Override,
  type ScenarioLookup,
} from '../model/inherit';
import { ScenarioSchema, type Scenario } from '../model/scenario';
import { validateScenario, zodIssues, type ValidationResult } from '../model/validate';
import { isPlainObject, preview } from './text';
import { under, type IoProblem, type IoWarning } from './problems';

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
  parentId: z.string().min(1, 'parent id is empty'),
  name: z.string().min(1, 'name is empty'),
  nameEn: z.string().optional(),
  description: z.string().optional(),
  overrides: z.array(z.unknown()),
});

function checkOverride(o: unknown, path: string, problems: IoProblem[]): o is Override {
  const bad = (message: string, messageZh: string, at = path) => {
    problems.push({ path: at, message, messageZh, code: 'invalid' });
    return false;
  };
  if (!isPlainObject(o)) return bad(`expected { path, value } or { path, removed: true }, got ${preview(o)}`, `应为 { path, value } 或 { path, removed: true }`);
  if (typeof o.path !== 'string' || !o.path) return bad('is missing (expected a field path)', '缺少字段路径', `${path}.path`);
  const keys = Object.keys(o).filter((k) => k !== 'path');
  if ('removed' in o) {
    if (o.removed !== true) return bad('must be true', '必须为 true', `${path}.removed`);
    if (keys.length !== 1) return bad(`unknown field ${keys.filter((k) => k !== 'removed').map((k) => `'${k}'`).join(', ')}`, '含有未知字段');
    return true;
  }
  if (!('value' in o) || o.value === undefined) return bad('needs a value or removed: true', '需要 value 或 removed: true');
  if (keys.length !== 1) return bad(`unknown field ${keys.filter((k) => k !== 'value').map((k) => `'${k}'`).join(', ')}`, '含有未知字段');
  return true;
}

/** Shape of one derived scenario; problems carry `path` as prefix. */
export function checkDerivedShape(input: unknown, path: string, problems: IoProblem[]): DerivedScenario | null {
  const parsed = DerivedScenarioShapeSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of zodIssues(parsed.error)) problems.push({ path: under(path, i.path), message: i.message, code: 'invalid' });
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
    return { ok: false, issues: [{ path: '(root)', message: `could not be checked: ${err instanceof Error ? err.message : String(err)}` }] };
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
  if (err.kind === 'cycle') return { path, message: err.message, messageZh: `情景之间循环派生：${err.chain.join(' → ')}`, code: 'cycle' };
  if (err.kind === 'too-deep') {
    const [id, root] = err.chain;
    return { path, message: err.message, messageZh: `情景 '${id}' 从 '${root}' 起派生了 ${err.depth} 层，最多允许 ${err.limit} 层派生`, code: 'too-deep' };
  }
  return {
    path,
    message: `${err.message}: include the parent scenario in the file, or import it first`,
    messageZh: `找不到上级情景 '${err.chain[err.chain.length - 1]}'：请在文件中包含上级情景，或先导入它`,
    code: 'missing-parent',
  };
}

export function checkLibrary(input: LibraryCheckInput, problems: IoProblem[], warnings: IoWarning[]): CheckedLibrary | null {
  const { scenariosPath: sp, derivedPath: dp, validate = safeValidate } = input;
  const start = problems.length;
  const scenarios: Scenario[] = [];
  const where = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = where.get(id);
    if (first) {
      problems.push({
        path: `${path}.id`,
        message: `duplicate id '${id}' (also used by ${first})`,
        messageZh: `编号 '${id}' 重复（${first} 也使用了该编号）`,
        code: 'duplicate-id',
      });
    } else where.set(id, path);
  };

  input.scenarios.forEach((s, i) => {
    const path = `${sp}[${i}]`;
    const r = validate(s);
    if (!r.ok) {
      for (const issue of r.issues) problems.push({ path: under(path, issue.path), message: issue.message, code: 'invalid' });
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
        warnings.push({
          path: `${path}.overrides[${j}].path`,
          message: `${err instanceof Error ? err.message : String(err)}; this change is skipped`,
          messageZh: `字段路径无法识别，该项修改将被忽略`,
        });
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
        warnings.push({
          path: j >= 0 ? `${path}.overrides[${j}]` : `${path}.overrides`,
          message: `change to '${st.override.path}' is skipped: ${st.reason}`,
          messageZh: `对 '${st.override.path}' 的修改将被忽略：在上级情景中找不到对应项`,
        });
      }
    } catch (err) {
      if (err instanceof InheritanceError) {
        problems.push(inheritanceProblem(err, `${path}.parentId`));
      } else {
        problems.push({ path, message: `could not be resolved: ${err instanceof Error ? err.message : String(err)}`, code: 'invalid' });
      }
      return;
    }
    const r = validate(resolved);
    if (!r.ok) {
      for (const issue of r.issues) {
        problems.push({
          path: under(path, issue.path),
          message: `${issue.message} (after applying this scenario's changes to '${d.parentId}')`,
          messageZh: `应用对上级情景 '${d.parentId}' 的修改后：${issue.message}`,
          code: 'invalid',
        });
      }
      return;
    }
    derivedResolved.push(r.scenario);
  });
  if (problems.length > start) return null;
  return { scenarios, derived, derivedResolved };
}
