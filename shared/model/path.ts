/**
 * Field paths. Validation messages and edits address list items by position
 * (`electricity.projects[3].capacityMW`); sources and inheritance address the
 * items of the id-keyed lists by id (`electricity.projects[id=pv-a].capacityMW`),
 * so what is said about an item stays with it when rows are added, removed or
 * reordered. Every function here reads both forms.
 */
export type PathKey = string | number | { id: string };

/** Lists whose items are addressed by id. */
export const KEYED_COLLECTIONS = ['electricity.fleet', 'electricity.projects', 'electricity.pumpedStorage', 'targets', 'hourly.batteries', 'industry.products', 'industry.processEmissions'] as const;
const KEYED = new Set<string>(KEYED_COLLECTIONS);

export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\[id=([^\]]+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) keys.push(m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? { id: m[3] } : m[1]!);
  return keys;
}

export function joinPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : typeof k === 'object' ? `[id=${k.id}]` : out ? `.${k}` : k;
  return out;
}

type Obj = Record<string, unknown>;
const hasId = (item: unknown, id: string) => typeof item === 'object' && item !== null && (item as Obj).id === id;

/** The child of `node` at one key (an item by id in a list), or undefined. */
function child(node: unknown, k: PathKey): unknown {
  if (node === null || typeof node !== 'object') return undefined;
  if (typeof k === 'object') return Array.isArray(node) ? node.find((item) => hasId(item, k.id)) : undefined;
  return (node as Record<string | number, unknown>)[k];
}

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const k of parsePath(path)) cur = child(cur, k);
  return cur;
}

/**
 * A copy of `root` with `value` at `path`; only the objects along the path
 * are copied, the rest is shared (cheap snapshots for undo history). An item
 * addressed by id must exist.
 */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const keys = parsePath(path);
  const go = (node: unknown, i: number): unknown => {
    if (i === keys.length) return value;
    const k = keys[i]!;
    if (typeof k !== 'string') {
      const arr = Array.isArray(node) ? [...(node as unknown[])] : [];
      const at = typeof k === 'number' ? k : arr.findIndex((item) => hasId(item, k.id));
      if (at < 0) throw new Error(`setAt: no item ${joinPath(keys.slice(0, i + 1))}`);
      arr[at] = go(arr[at], i + 1);
      return arr;
    }
    const obj = node && typeof node === 'object' ? { ...(node as Obj) } : {};
    obj[k] = go(obj[k], i + 1);
    return obj;
  };
  return go(root, 0) as T;
}

/** `a` is `b` or inside it: `x.y[2].z` is inside `x.y` and `x.y[2]`, not inside `x.yz`. */
export function isWithin(a: string, b: string): boolean {
  return b === '' || a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
}

/** Where a position in an id-keyed list finds no item with an id: the list and the position. */
export type MissingItem = { list: string; index: number; length: number };

/**
 * `path` with each position in an id-keyed list replaced by that item's id
 * (`electricity.projects[2].capacityMW` → `electricity.projects[id=pv-a].capacityMW`
 * in `root`): the form `scenario.sources` is keyed by. Other positions (the
 * points of a series) stay. A position with no item, or an item without an id,
 * is returned as `missing` instead.
 */
export function idPathOf(root: unknown, path: string): { path: string } | { missing: MissingItem } {
  const keys = parsePath(path);
  let cur: unknown = root;
  // the keyed lists are named by property names from the root, before any item
  let prefix: string | null = '';
  let changed = false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (typeof k === 'number' && prefix !== null && KEYED.has(prefix)) {
      const list = Array.isArray(cur) ? cur : [];
      const id = (list[k] as Obj | undefined)?.id;
      if (typeof id !== 'string') return { missing: { list: prefix, index: k, length: list.length } };
      keys[i] = { id };
      changed = true;
    }
    prefix = prefix !== null && typeof k === 'string' ? (prefix ? `${prefix}.${k}` : k) : null;
    cur = child(cur, keys[i]!);
  }
  return { path: changed ? joinPath(keys) : path };
}

/** `idPathOf` for paths known to exist (an edited field): the id form, or `path` itself when an item has no id. */
export function idPath(root: unknown, path: string): string {
  const r = idPathOf(root, path);
  return 'path' in r ? r.path : path;
}
