import { checkExpression, evaluate, hourlyDetail, hourlyResults, methodComparison, seriesValues, validate } from './compute';
import { costAnalysis } from './cost-analysis';
import { goalSeekIn } from './goal-seek';
import { listVersions, readEntries } from './library-listing';
import type { CommandAnswer, CommandArgs, EngineCommand, EngineRequest, EngineResponse } from './protocol';

type Handlers = { [K in EngineCommand]: (args: CommandArgs<K>) => CommandAnswer<K> | Promise<CommandAnswer<K>> };

/** Scenario files and backups: loaded when first used, so the worker starts (and answers the first scenario) sooner. */
const files = () => import('./files');

/** How the worker answers each command (the page's side is client.ts). */
const handlers: Handlers = {
  evaluate: ({ scenario, balance }) => evaluate(scenario, balance),
  hourly: ({ scenario }) => hourlyResults(scenario),
  hourlyDetail: ({ scenario, year }) => hourlyDetail(scenario, year),
  compareMethods: ({ scenario }) => methodComparison(scenario),
  goalSeek: ({ scenario, request }) => goalSeekIn(scenario, request),
  costAnalysis: ({ scenario, reference, macc }) => costAnalysis(scenario, reference, macc !== false),
  validate: ({ inputs }) => inputs.map(validate),
  checkExpression: ({ text }) => checkExpression(text),
  seriesValues: ({ items }) => items.map((i) => seriesValues(i.series, i.baseYear, i.endYear)),
  listVersions: ({ db }) => listVersions(db),
  readEntries: ({ db, ids, summaries }) => readEntries(db, ids, summaries),
  readImport: async ({ input }) => (await files()).readImport(input),
  checkImport: async ({ token, parents }) => (await files()).checkImport(token, parents),
  writeImport: async ({ token, db, existing, mode }) => (await files()).writeImport(token, db, existing, mode),
  checkBackup: async ({ input, presets, acceptChecksumMismatch }) => (await files()).checkBackup(input, presets, acceptChecksumMismatch),
  scenarioFile: async ({ db, ids, meta }) => (await files()).scenarioFileBytes(db, ids, meta),
  backupFile: async ({ content, createdAt, appVersion }) => (await files()).backupFileBytes(content, createdAt, appVersion),
};

/** The engine worker's answer to one request; a command that fails answers with its message. */
export async function answerRequest(req: EngineRequest): Promise<EngineResponse> {
  try {
    const handle = handlers[req.command] as (args: unknown) => unknown;
    return { id: req.id, answer: await handle(req.args) };
  } catch (err) {
    return { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The buffers an answer hands back instead of copying: a file's bytes (built for this
 * request alone, tens of megabytes for a library) move to the page without a copy.
 */
export function answerTransfer(res: EngineResponse): Transferable[] {
  return 'answer' in res && res.answer instanceof Uint8Array ? [res.answer.buffer as ArrayBuffer] : [];
}
