import type { EnsembleBackend } from './ensemble-pool';
import { answerEnsemble } from './ensemble-answer';
import type { EnsembleRequest, EnsembleResponse } from './ensemble-protocol';

/**
 * The ensemble workers' answers computed in this thread, for Node (tests),
 * which has no Worker: messages cloned both ways, each answered on a later
 * task, as a worker's would be. Nothing in the app imports this module.
 */
export function inProcessEnsembleBackend(size = 2): EnsembleBackend {
  let nextId = 1;
  return {
    size,
    call(_worker, command, transfer = []) {
      const req = structuredClone({ id: nextId++, command }, { transfer }) as EnsembleRequest;
      return new Promise<EnsembleResponse>((resolve) => setTimeout(() => resolve(answerEnsemble(req)), 0)).then(
        (res) => {
          const out = structuredClone(res);
          if ('error' in out) throw new Error(out.error);
          return out.answer as never;
        },
      );
    },
    dispose: () => {},
  };
}
