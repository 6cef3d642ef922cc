import { answerRequest, answerTransfer } from './answer';
import type { EngineBackend } from './client';
import type { EngineRequest, EngineResponse } from './protocol';

/**
 * The worker's answers computed in this thread, for Node (tests, benchmarks),
 * which has no Worker. Messages are cloned both ways (buffers transferred as the worker transfers them) and answered after the
 * caller's synchronous code, as the worker's are (on a microtask, so tests that
 * fake timers still get answers). Nothing in the app imports this module, so
 * the page's bundle never holds the engine.
 */
export function inProcessBackend(): EngineBackend {
  let nextId = 1;
  return {
    call(command, args, transfer = []) {
      const req = structuredClone({ id: nextId++, command, args }, { transfer }) as EngineRequest;
      return Promise.resolve()
        .then(() => answerRequest(req))
        .then((res: EngineResponse) => {
          const out = structuredClone(res, { transfer: answerTransfer(res) });
          if ('error' in out) throw new Error(out.error);
          return out.answer as never;
        });
    },
    dispose: () => {},
  };
}
