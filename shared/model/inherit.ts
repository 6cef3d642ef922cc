import { echo } from './echo';
import { issue, IssueError, type IssueBody } from './issue-codes';
import { KEYED_COLLECTIONS } from './path';
import type { Scenario } from './scenario';

export { KEYED_COLLECTIONS };

/**
 * Scenario inheritance: a derived scenario stores only what it changes against its parent.
 *
 * Paths address fields as validation messages do (`economy.gdpGrowthPct`), except that items
 * of the id-keyed lists (`KEYED_COLLECTIONS`) are addressed by id, never by index:
 * `electricity.projects[id=lz-pv-xingzi-40].capacityMW`; `sources` is keyed by paths of the same
 * form (shared/model/path.ts). Keys that are not plain identifiers are quoted as JSON strings,
 * which is how `sources` entries are addressed: `sources["economy.gdpGrowthPct"]`. Series values (number | points | { expr }) and source
 * references are replaced whole, never merged point by point.
 *
 * Overrides apply in order. A value at `list[id=x]` replaces that item in place, or appends
 * it when the list has no such item; a removal at `list[id=x]` drops it. So a removal
 * followed by a value for the same id moves the item to the end, which is how
 * `diffScenario` expresses a changed order.
 */
export type Override = { path: string; value: unknown } | { path: string; removed: true };

/** The child's id, name, nameEn and description are its own, never inherited. */
export type DerivedScenario = { id: string; parentId: string; name: string; nameEn?: string; description?: string; overrides: Override[] };

/** An override that could not be applied (its target no longer exists in the parent), and why. */
export type StaleOverride = { override: Override; reason: IssueBody };
export type ChainStaleOverride = StaleOverride & { scenarioId: string };

export type ScenarioLookup = (id: string) => Scenario | DerivedScenario | undefined;

/**
 * Why a chain cannot be resolved. `chain`: for a cycle, the scenarios in it (`a → b → a`);
 * for a missing scenario, the one asked for, the one whose parent is missing (when it is
 * another) and the missing id; for a chain too deep, the one asked for and its root.
 * `depth` and `limit` say how deep a too-deep chain is and how deep one may be.
 */
export class InheritanceError extends IssueError {
  override name = 'InheritanceError';
  constructor(
    readonly kind: 'cycle' | 'missing' | 'too-deep',
    issue: IssueBody,
    readonly chain: string[],
    readonly depth?: number,
    readonly limit?: number,
  ) {
    super(issue);
  }
}

const KEYED = new Set<string>(KEYED_COLLECTIONS);
const OWN_FIELDS = new Set(['id', 'name', 'nameEn', 'description']);

export type PathSegment = { key: string } | { id: string };
type Obj = Record<string, unknown>;

const IDENT = /^[A-Za-z_$][\w$]*$/;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRemoval = (o: Override): o is { path: string; removed: true } => 'removed' in o && o.removed === true;
const definedKeys = (o: Obj) => Object.keys(o).filter((k) => o[k] !== undefined);
const keyAt = (segs: readonly PathSegment[], i: number): string | undefined => {
  const s = segs[i];
  return s && 'key' in s ? s.key : undefined;
};

/** `a.b[id=x]["k.y"]` → segments; throws an `IssueError` on a malformed path (index-based `[3]` included). */
export function parseOverridePath(path: string): PathSegment[] {
  const token = /(?:^|\.)([^.[\]"]+)|\[id=([^\]]+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  const segs: PathSegment[] = [];
  while (token.lastIndex < path.length) {
    const at = token.lastIndex;
    const m = token.exec(path);
    if (!m || (at === 0 && m[0].startsWith('.'))) {
      throw new IssueError(issue('derive.badPath', { path: echo(path), rest: echo(path.slice(at)) }));
    }
    segs.push(m[1] !== undefined ? { key: m[1] } : m[2] !== undefined ? { id: m[2] } : { key: JSON.parse(m[3]!) as string });
  }
  if (!segs.length) throw new IssueError(issue('derive.emptyPath'));
  return segs;
}

/** The inverse of `parseOverridePath`; `sources` entries are always quoted: `sources["populationWan"]`. */
export function formatOverridePath(segs: readonly PathSegment[]): string {
  let out = '';
  segs.forEach((s, i) => {
    if ('id' in s) out += `[id=${s.id}]`;
    else if (IDENT.test(s.key) && !(i === 1 && keyAt(segs, 0) === 'sources')) out += out ? `.${s.key}` : s.key;
    else out += `[${JSON.stringify(s.key)}]`;
  });
  return out;
}

/** The segments of a path, or why it is malformed. */
function parsed(path: string): PathSegment[] | IssueBody {
  try {
    return parseOverridePath(path);
  } catch (err) {
    if (err instanceof IssueError) return err.issue;
    throw err;
  }
}

function tryParse(path: string): PathSegment[] | null {
  const segs = parsed(path);
  return Array.isArray(segs) ? segs : null;
}

const sameSeg = (a: PathSegment, b: PathSegment) => ('id' in a ? 'id' in b && a.id === b.id : 'key' in b && a.key === b.key);
/** `prefix` is `path` or one of its ancestors */
const isPrefix = (prefix: PathSegment[], path: PathSegment[]) =>
  prefix.length <= path.length && prefix.every((s, i) => sameSeg(s, path[i]!));

/** The value at an override path, or undefined when any step is missing. */
export function valueAt(root: unknown, path: string): unknown {
  let cur = root;
  for (const s of parseOverridePath(path)) {
    if ('id' in s) cur = Array.isArray(cur) ? cur.find((item) => isObj(item) && item.id === s.id) : undefined;
    else cur = isObj(cur) ? cur[s.key] : undefined;
  }
  return cur;
}

/** Structural equality of JSON-like data (Object.is for values); a key holding `undefined` counts as absent. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (!isObj(a) || !isObj(b)) return false;
  const ka = definedKeys(a);
  return ka.length === definedKeys(b).length && ka.every((k) => deepEqual(a[k], b[k]));
}

/** A deep copy of JSON-like data, without `undefined`-valued keys. */
function clone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clone) as T;
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const k of definedKeys(v)) out[k] = clone(v[k]);
  return out as T;
}

class Stale extends IssueError {}

/** Copy-on-write application of one override below `node` (segments from `i`). */
function put(node: unknown, segs: PathSegment[], i: number, ov: Override): unknown {
  const seg = segs[i]!;
  const last = i === segs.length - 1;
  const here = () => formatOverridePath(segs.slice(0, i + 1));
  if ('id' in seg) {
    if (!Array.isArray(node)) throw new Stale(issue('derive.staleNotList', { path: formatOverridePath(segs.slice(0, i)) }));
    const idx = node.findIndex((item) => isObj(item) && item.id === seg.id);
    if (last && isRemoval(ov)) return idx < 0 ? node : node.filter((_, j) => j !== idx);
    if (!last && idx < 0) throw new Stale(issue('derive.staleGone', { path: here() }));
    const arr = [...node];
    const next = last ? clone((ov as { value: unknown }).value) : put(node[idx], segs, i + 1, ov);
    if (idx < 0) arr.push(next);
    else arr[idx] = next;
    return arr;
  }
  if (!isObj(node)) throw new Stale(issue('derive.staleNotObject', { path: formatOverridePath(segs.slice(0, i)) || '(root)' }));
  const copy = { ...node };
  if (!last) {
    if (node[seg.key] === undefined) throw new Stale(issue('derive.staleMissing', { path: here() }));
    copy[seg.key] = put(node[seg.key], segs, i + 1, ov);
  } else if (isRemoval(ov)) delete copy[seg.key];
  else copy[seg.key] = clone(ov.value);
  return copy;
}

/**
 * The child's scenario: the parent with the child's overrides applied in order, and the
 * child's own id, name, nameEn and description. Pure: the parent is not changed, and the
 * result shares unchanged parts with it (treat both as immutable). Overrides whose target
 * no longer exists in the parent (a field of a project the parent deleted), malformed
 * paths and overrides of the child's own fields are skipped and listed in `stale`.
 * The result is not validated; the caller runs `validateScenario`.
 */
export function applyOverridesWithReport(parent: Scenario, child: DerivedScenario): { scenario: Scenario; stale: StaleOverride[] } {
  let root: unknown = parent;
  const stale: StaleOverride[] = [];
  for (const override of child.overrides) {
    const segs = parsed(override.path);
    if (!Array.isArray(segs)) stale.push({ override, reason: segs });
    else if (segs.length === 1 && OWN_FIELDS.has(keyAt(segs, 0) ?? '')) {
      stale.push({ override, reason: issue('derive.ownField', { path: override.path }) });
    } else try {
      root = put(root, segs, 0, override);
    } catch (err) {
      if (!(err instanceof Stale)) throw err;
      stale.push({ override, reason: err.issue });
    }
  }
  const out = { ...(root as Scenario), id: child.id, name: child.name };
  delete out.nameEn;
  delete out.description;
  if (child.nameEn !== undefined) out.nameEn = child.nameEn;
  if (child.description !== undefined) out.description = child.description;
  return { scenario: out, stale };
}

/** `applyOverridesWithReport` without the report (stale overrides are dropped silently). */
export const applyOverrides = (parent: Scenario, child: DerivedScenario): Scenario => applyOverridesWithReport(parent, child).scenario;

/** Objects replaced whole: source references (`*.source`, `sources[…]`) and expression series. */
const isWhole = (segs: PathSegment[], p: Obj, e: Obj) =>
  keyAt(segs, segs.length - 1) === 'source' || (segs.length === 2 && keyAt(segs, 0) === 'sources') || 'expr' in p || 'expr' in e;

const idOf = (item: unknown) => (item as Obj).id as string;
function uniqueIds(list: unknown[]): boolean {
  const ids = list.map((item) => (isObj(item) ? item.id : undefined));
  return ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
}

/**
 * Keyed list: removals for items gone; the longest prefix of the edited list made of parent
 * items in parent order stays in place and is diffed field by field; every later item is
 * appended whole (a parent item there is first removed: that is a move).
 */
function diffKeyed(p: unknown[], e: unknown[], segs: PathSegment[], out: Override[]): void {
  const at = (id: string) => formatOverridePath([...segs, { id }]);
  const pIndex = new Map(p.map((item, i) => [idOf(item), i]));
  const eIds = new Set(e.map(idOf));
  for (const item of p) if (!eIds.has(idOf(item))) out.push({ path: at(idOf(item)), removed: true });
  let k = 0;
  for (let last = -1; k < e.length; k++) {
    const i = pIndex.get(idOf(e[k]));
    if (i === undefined || i < last) break;
    last = i;
  }
  for (let j = 0; j < k; j++) diffNode(p[pIndex.get(idOf(e[j]))!], e[j], [...segs, { id: idOf(e[j]) }], out);
  for (let j = k; j < e.length; j++) {
    if (pIndex.has(idOf(e[j]))) out.push({ path: at(idOf(e[j])), removed: true });
    out.push({ path: at(idOf(e[j])), value: clone(e[j]) });
  }
}

function diffNode(p: unknown, e: unknown, segs: PathSegment[], out: Override[]): void {
  if (deepEqual(p, e)) return;
  const keyedPath = segs.every((s) => 'key' in s) && KEYED.has(formatOverridePath(segs));
  if (keyedPath && Array.isArray(p) && Array.isArray(e) && uniqueIds(p) && uniqueIds(e)) return diffKeyed(p, e, segs, out);
  if (isObj(p) && isObj(e) && !isWhole(segs, p, e)) {
    const own = (k: string) => segs.length === 0 && OWN_FIELDS.has(k);
    for (const k of definedKeys(p)) {
      if (own(k)) continue;
      const next = [...segs, { key: k }];
      if (e[k] === undefined) out.push({ path: formatOverridePath(next), removed: true });
      else diffNode(p[k], e[k], next, out);
    }
    for (const k of definedKeys(e)) {
      if (!own(k) && p[k] === undefined) out.push({ path: formatOverridePath([...segs, { key: k }]), value: clone(e[k]) });
    }
    return;
  }
  if (!segs.length) throw new Error('diffScenario: both sides must be scenario objects');
  out.push({ path: formatOverridePath(segs), value: clone(e) });
}

/**
 * The fewest overrides (under the rules above) that turn `parent` into `edited`:
 * `applyOverrides(parent, { ...own fields of edited, overrides })` deep-equals `edited`.
 * Own fields (id, name, nameEn, description) are not diffed.
 */
export function diffScenario(parent: Scenario, edited: Scenario): Override[] {
  const out: Override[] = [];
  diffNode(parent, edited, [], out);
  return out;
}

/** A derived scenario that stores `edited` as changes to `parent`. */
export function deriveFrom(parent: Scenario, edited: Scenario): DerivedScenario {
  const child: DerivedScenario = { id: edited.id, parentId: parent.id, name: edited.name, overrides: diffScenario(parent, edited) };
  if (edited.nameEn !== undefined) child.nameEn = edited.nameEn;
  if (edited.description !== undefined) child.description = edited.description;
  return child;
}

/**
 * Whether the value at `path` is (wholly or partly) the child's own: an override sits at
 * `path`, above it (e.g. the whole project was added) or below it (a field of the project).
 */
export function isOverridden(child: DerivedScenario, path: string): boolean {
  const target = parseOverridePath(path);
  return child.overrides.some((o) => {
    const s = tryParse(o.path);
    return s !== null && (isPrefix(s, target) || isPrefix(target, s));
  });
}

/**
 * A copy of the child without the overrides at `path` and below it, so the parent's value
 * shows through again. The source entries of those fields (`sources["<path>"]` and below)
 * are reset too, so provenance follows the value.
 */
export function resetOverride(child: DerivedScenario, path: string): DerivedScenario {
  const target = parseOverridePath(path);
  const overrides = child.overrides.filter((o) => {
    const s = tryParse(o.path);
    const sourceOf = s?.length === 2 && keyAt(s, 0) === 'sources' ? tryParse(keyAt(s, 1) ?? '') : null;
    return !s || !(isPrefix(target, s) || (sourceOf && isPrefix(target, sourceOf)));
  });
  return { ...child, overrides };
}

const isDerived = (x: Scenario | DerivedScenario): x is DerivedScenario => 'parentId' in x && 'overrides' in x;

/**
 * How many derivations may separate a scenario from its root. Planners derive variants of
 * variants a handful of levels deep; 100 is far beyond any real use, yet it bounds the work
 * of opening one scenario (its whole chain is applied) and refuses files built to make a
 * library slow (a chain of thousands, each a copy of the one before).
 */
export const MAX_DERIVATION_DEPTH = 100;

/** A resolved scenario: `stale` holds its own skipped overrides only; `depth` 0 is a root. */
export type ResolvedLink = { scenario: Scenario; stale: ChainStaleOverride[]; depth: number; rootId: string; parentId?: string };

/**
 * Resolves scenarios through their parents, each at most once: a scenario's result is its
 * parent's (already resolved, or resolved on the way up) with its own overrides applied, so
 * resolving every scenario of a library or a file costs one lookup and one application per
 * scenario, in any order. Cycles are found while walking up (a scenario met twice on one
 * walk), once; a scenario deeper than `maxDepth` is refused. Failures are remembered too,
 * and every scenario derived from a failed one fails with the same cause. Throws
 * `InheritanceError`. The lookup's answers are taken to stay the same for the resolver's life.
 */
export function createChainResolver(lookup: ScenarioLookup, maxDepth = MAX_DERIVATION_DEPTH): (id: string) => ResolvedLink {
  const done = new Map<string, ResolvedLink | InheritanceError>();
  return (id) => {
    // Up to a root or a scenario already resolved (or failed); then down, applying overrides.
    const path: DerivedScenario[] = [];
    const onPath = new Map<string, number>();
    let base: ResolvedLink | InheritanceError;
    for (let curId = id; ; ) {
      const known = done.get(curId);
      if (known) {
        base = known;
        break;
      }
      const at = onPath.get(curId);
      if (at !== undefined) {
        const cycle = [...path.slice(at).map((d) => d.id), curId];
        base = new InheritanceError('cycle', issue('derive.cycle', { chain: cycle }), cycle);
        break;
      }
      const item = lookup(curId);
      if (!item) {
        const holder = path[path.length - 1];
        base = holder
          ? new InheritanceError('missing', issue('derive.missing', { id: echo(holder.id), parent: echo(curId) }), [holder.id, curId])
          : new InheritanceError('missing', issue('derive.notFound', { id: echo(curId) }), [curId]);
        break;
      }
      if (!isDerived(item)) {
        base = { scenario: item, stale: [], depth: 0, rootId: curId };
        done.set(curId, base);
        break;
      }
      onPath.set(curId, path.length);
      path.push(item);
      curId = item.parentId;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const child = path[i]!;
      base = base instanceof InheritanceError ? inheritedFailure(base, child.id) : link(base, child, maxDepth);
      done.set(child.id, base);
    }
    if (base instanceof InheritanceError) throw base;
    return base;
  };
}

const tooDeep = (id: string, depth: number, root: string, limit: number) =>
  new InheritanceError('too-deep', issue('derive.tooDeep', { id, depth, root, limit }), [id, root], depth, limit);

function link(parent: ResolvedLink, child: DerivedScenario, maxDepth: number): ResolvedLink | InheritanceError {
  const depth = parent.depth + 1;
  if (depth > maxDepth) {
    return tooDeep(child.id, depth, parent.rootId, maxDepth);
  }
  const r = applyOverridesWithReport(parent.scenario, child);
  return { scenario: r.scenario, stale: r.stale.map((s) => ({ ...s, scenarioId: child.id })), depth, rootId: parent.rootId, parentId: child.parentId };
}

/** A scenario below a failed one fails for the same reason (deeper still, for a chain too deep). */
function inheritedFailure(cause: InheritanceError, childId: string): InheritanceError {
  if (cause.chain[0] === childId || cause.kind === 'cycle') return cause;
  if (cause.kind === 'missing') return new InheritanceError('missing', cause.issue, [childId, ...cause.chain.slice(-2)]);
  const depth = cause.depth! + 1;
  const root = cause.chain[1]!;
  return tooDeep(childId, depth, root, cause.limit!);
}

/**
 * Resolves `id` through any number of parents down to a root scenario and applies the
 * overrides from the root up. Throws `InheritanceError` naming the cycle
 * (`a → b → a`), the missing scenario or the depth limit. `stale` lists skipped overrides
 * along the whole chain, root side first.
 */
export function resolveChainWithReport(id: string, lookup: ScenarioLookup, maxDepth = MAX_DERIVATION_DEPTH): { scenario: Scenario; stale: ChainStaleOverride[] } {
  const resolve = createChainResolver(lookup, maxDepth);
  const top = resolve(id);
  // the whole chain is resolved now, so going up again looks nothing up
  const stale: ChainStaleOverride[][] = [];
  for (let cur: ResolvedLink | undefined = top; cur; cur = cur.parentId === undefined ? undefined : resolve(cur.parentId)) stale.push(cur.stale);
  return { scenario: top.scenario, stale: stale.reverse().flat() };
}

/** `resolveChainWithReport` without the report. */
export const resolveChain = (id: string, lookup: ScenarioLookup): Scenario => resolveChainWithReport(id, lookup).scenario;
