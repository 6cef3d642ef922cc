import { computeOutcome } from './compute';
import { listVersions, readEntries } from './library-listing';
import type { EngineRequest, EngineResponse } from './protocol';

/** The engine worker's answer to one request. */
export async function answerRequest(req: EngineRequest): Promise<EngineResponse> {
  if ('scenario' in req) return { id: req.id, ...computeOutcome(req.scenario) };
  try {
    if ('listVersions' in req) return { id: req.id, versions: await listVersions(req.listVersions) };
    return { id: req.id, entries: await readEntries(req.readEntries.db, req.readEntries.ids) };
  } catch (err) {
    return { id: req.id, failed: err instanceof Error ? err.message : String(err) };
  }
}
