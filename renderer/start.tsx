import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { parseHash } from './app/route';
import { getAppRepo } from './db/RepoContext';
import { prefetchResults } from './engine/useScenarioResults';
import { initI18n } from './i18n';

// A scenario opened by URL (the usual start: the last one, or a link) is read,
// and its results requested from the worker, before React's first render.
const route = parseHash(location.hash);
if (route.name === 'scenario') {
  void getAppRepo()
    .readAhead(route.id)
    .then((r) => r && prefetchResults(r.scenario))
    .catch(() => {}); // the editor's own open reports it
}

initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
