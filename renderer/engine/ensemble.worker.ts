import { answerEnsemble } from './ensemble-answer';
import { transferablesOf, type EnsembleRequest } from './ensemble-protocol';

// One command at a time, in order: a slice is a few tens of milliseconds, so a
// cancelled job's last chunk ends soon and the next job's load waits behind it.
self.addEventListener('message', (event: MessageEvent<EnsembleRequest>) => {
  const res = answerEnsemble(event.data);
  // the slices' arrays go back to the page without a copy
  self.postMessage(res, {
    transfer: 'answer' in res && event.data.command.kind === 'slice' ? transferablesOf(res.answer) : [],
  });
});
