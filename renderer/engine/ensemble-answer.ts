import { mergeEnsemble, runEnsembleSlice } from '../../shared/engine/ensemble';
import type { Scenario } from '../../shared/model/scenario';
import type { EnsembleCommand, EnsembleRequest, EnsembleResponse } from './ensemble-protocol';

/**
 * The scenarios of the jobs this worker takes part in. A job is dropped when
 * it ends; the cap only guards against a page that never says so.
 */
const jobs = new Map<number, Scenario>();
const JOBS = 4;

const scenarioOf = (job: number): Scenario => {
  const s = jobs.get(job);
  if (!s) throw new Error(`ensemble job ${job} has no scenario`);
  return s;
};

function answer(command: EnsembleCommand): unknown {
  switch (command.kind) {
    case 'load':
      jobs.set(command.job, command.scenario);
      while (jobs.size > JOBS) jobs.delete(jobs.keys().next().value!);
      return null;
    case 'slice':
      return runEnsembleSlice(scenarioOf(command.job), {
        runs: command.runs,
        seed: command.seed,
        from: command.from,
        to: command.to,
      });
    case 'merge':
      return mergeEnsemble(
        scenarioOf(command.job),
        { runs: command.runs, seed: command.seed },
        command.slices as never,
      );
    case 'drop':
      jobs.delete(command.job);
      return null;
  }
}

/** An ensemble worker's answer to one request; a command that fails answers with its message. */
export function answerEnsemble(req: EnsembleRequest): EnsembleResponse {
  try {
    return { id: req.id, answer: answer(req.command) };
  } catch (err) {
    return { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
}
