import { checkExpression, evaluate, seriesValues, validate } from './compute';
import { backupFileBytes, checkBackup, checkImport, readImport, scenarioFileBytes } from './files';
import { listVersions, readEntries } from './library-listing';
import type { CommandAnswer, CommandArgs, EngineCommand, EngineRequest, EngineResponse } from './protocol';

type Handlers = { [K in EngineCommand]: (args: CommandArgs<K>) => CommandAnswer<K> | Promise<CommandAnswer<K>> };

/** How the worker answers each command (the page's side is client.ts). */
const handlers: Handlers = {
  evaluate: ({ scenario }) => evaluate(scenario),
  validate: ({ inputs }) => inputs.map(validate),
  checkExpression: ({ text }) => checkExpression(text),
  seriesValues: ({ items }) => items.map((i) => seriesValues(i.series, i.baseYear, i.endYear)),
  listVersions: ({ db }) => listVersions(db),
  readEntries: ({ db, ids }) => readEntries(db, ids),
  readImport: ({ input }) => readImport(input),
  checkImport: ({ token, parents }) => checkImport(token, parents),
  checkBackup: ({ input, presets, acceptChecksumMismatch }) => checkBackup(input, presets, acceptChecksumMismatch),
  scenarioFile: ({ records, ids, meta }) => scenarioFileBytes(records, ids, meta),
  backupFile: ({ content, createdAt, appVersion }) => backupFileBytes(content, createdAt, appVersion),
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
