import { answerRequest, answerTransfer } from './answer';
import type { EngineRequest } from './protocol';

// Requests are answered as they arrive (a library read waits for IndexedDB, and
// a scenario computed meanwhile is answered first). The page keeps one edit of
// a document in flight at a time and one library batch, so an edit waits behind
// one batch at most and there is no queue to manage here.
self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  void answerRequest(event.data).then((res) => self.postMessage(res, { transfer: answerTransfer(res) }));
});
