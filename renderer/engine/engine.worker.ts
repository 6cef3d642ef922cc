import { computeOutcome } from './compute';
import type { EngineRequest, EngineResponse } from './protocol';

// Requests are answered in arrival order; the client keeps at most one in
// flight per key, so there is no queue to manage here.
self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  const { id, scenario } = event.data;
  const response: EngineResponse = { id, ...computeOutcome(scenario) };
  self.postMessage(response);
});
