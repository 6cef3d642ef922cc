/**
 * Field paths as used in validation messages, sources and edits:
 * `energy.sectors.industry.fuelSharesPct.coal`, `electricity.projects[3].capacityMW`.
 */
export type PathKey = string | number;

export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return keys;
}

export function joinPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
  return out;
}

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const k of parsePath(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PathKey, unknown>)[k];
  }
  return cur;
}

/**
 * A copy of `root` with `value` at `path`; only the objects along the path
 * are copied, the rest is shared (cheap snapshots for undo history).
 */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const keys = parsePath(path);
  const go = (node: unknown, i: number): unknown => {
    if (i === keys.length) return value;
    const k = keys[i]!;
    if (typeof k === 'number') {
      const arr = Array.isArray(node) ? [...(node as unknown[])] : [];
      arr[k] = go(arr[k], i + 1);
      return arr;
    }
    const obj = node && typeof node === 'object' ? { ...(node as Record<string, unknown>) } : {};
    obj[k] = go(obj[k], i + 1);
    return obj;
  };
  return go(root, 0) as T;
}

/** `a` is `b` or inside it: `x.y[2].z` is inside `x.y` and `x.y[2]`, not inside `x.yz`. */
export function isWithin(a: string, b: string): boolean {
  return b === '' || a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
}
