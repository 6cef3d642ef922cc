import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { parseHash } from './app/route';
import { getAppRepo } from './db/RepoContext';
import { engineClient } from './engine/client';
import { prefetchResults } from './engine/useScenarioResults';
import { initI18n } from './i18n';

// A scenario opened by URL (the usual start: the last one, or a link) is read,
// and its results requested from the worker, before React's first render; a
// report's always come from the worker.
const route = parseHash(location.hash);
if (route.name === 'scenario' || route.name === 'report') {
  void getAppRepo()
    .readAhead(route.id)
    .then((r) => r && (route.name === 'report' ? engineClient.prefetch(r.scenario) : prefetchResults(r.scenario)))
    .catch(() => {}); // the page's own read reports it
}

initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
