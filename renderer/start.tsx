import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { comparePageCode, reportPageCode } from './app/page-code';
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

// A page loaded on first visit that the app opens on (a report to print, a comparison) is
// waited for before the first render: drawn through a suspended lazy component instead, it
// would appear only after React's 300 ms hold on revealing suspended content.
const firstPage =
  route.name === 'report' || route.name === 'compareReport' ? reportPageCode.load() : route.name === 'compare' ? comparePageCode.load() : null;

initI18n();
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
if (firstPage) void firstPage.then(render, render);
else render();
