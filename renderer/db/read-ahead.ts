import type { ResolvedScenario } from './inheritance';
import type { ScenarioRepo } from './repo';

/** Methods that only read: every other one may write, and drops a read made ahead. */
const READS = new Set<string>(['db', 'list', 'get', 'open', 'watch', 'getSetting', 'backupContent']);

export type ReadAheadRepo = ScenarioRepo & {
  /**
   * Starts `open(id)` now, before anything asks for it (at start-up, while
   * React has yet to render): the next `open` (or `get`) of that id takes this read.
   * Any write, or an `open` of another id, drops it, so it is never stale.
   */
  readAhead(id: string): Promise<ResolvedScenario | undefined>;
};

export function withReadAhead(repo: ScenarioRepo): ReadAheadRepo {
  let ahead: { id: string; read: Promise<ResolvedScenario | undefined> } | null = null;
  const out = { ...repo } as Record<string, unknown>;
  for (const [name, value] of Object.entries(repo)) {
    if (READS.has(name) || typeof value !== 'function') continue;
    const write = value as (...args: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => {
      ahead = null;
      return write(...args);
    };
  }
  out.open = (id: string) => {
    const taken = ahead;
    ahead = null;
    return taken?.id === id ? taken.read : repo.open(id);
  };
  // `get` through the wrapper's `open`, so a report's read (it uses `get`) takes the read ahead too
  out.get = async (id: string) => {
    const r = await (out.open as ScenarioRepo['open'])(id);
    return r && { ...r.rec, scenario: r.scenario };
  };
  out.readAhead = (id: string) => {
    ahead = { id, read: repo.open(id) };
    return ahead.read;
  };
  return out as ReadAheadRepo;
}
