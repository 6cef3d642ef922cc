import type { Scenario } from './scenario';
import { getAt, idPath, isWithin, joinPath, parsePath, setAt } from './path';

/**
 * Removes an optional input (absent means its stated default: a feedstock
 * share of 0, no green power, an average hydro year), with the source entries
 * that spoke for it. A missing value leaves the scenario as it is.
 */
export function clearValue(s: Scenario, path: string): Scenario {
  const keys = parsePath(path);
  const last = keys[keys.length - 1];
  if (typeof last !== 'string') throw new Error(`clearValue: ${path} does not end in a field name`);
  const parentPath = joinPath(keys.slice(0, -1));
  const parent = (parentPath ? getAt(s, parentPath) : s) as Record<string, unknown> | undefined;
  if (!parent || !(last in parent)) return s;
  const key = idPath(s, path);
  const rest = { ...parent };
  delete rest[last];
  const next = parentPath ? setAt(s, parentPath, rest) : (rest as Scenario);
  const sources = Object.fromEntries(Object.entries(next.sources).filter(([k]) => !isWithin(k, key)));
  return Object.keys(sources).length === Object.keys(next.sources).length ? next : { ...next, sources };
}
