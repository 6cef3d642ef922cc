import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { parseHash } from './navigation/route';
import { getAppRepo } from './db/RepoContext';
import { evaluateScenario, revisionOf } from './engine/outcomes';
import { initI18n } from './i18n';
import { openDocumentEarly } from './state/useScenarioDocument';

// A scenario opened by URL (the usual start: the last one, or a link) is
// opened, and its results asked of the worker, before React's first render.
const route = parseHash(location.hash);
if (route.name === 'scenario') openDocumentEarly(getAppRepo(), route.id);
else if (route.name === 'report') {
  void getAppRepo()
    .get(route.id)
    .then((r) => r && evaluateScenario(r.scenario, revisionOf(r), { hourly: true }))
    .catch(() => {}); // the page's own read reports it
}

initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
