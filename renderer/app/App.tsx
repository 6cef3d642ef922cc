import { Suspense, useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { SETTINGS } from '../db/records';
import { useRepo } from '../db/RepoContext';
import { requestIo } from '../features/io/io-commands';
import { IoArea } from '../features/io/IoArea';
import { LibraryPage } from '../features/library/LibraryPage';
import { isDesktopShell } from '../platform/desktop';
import { useScenarioDocument, type ScenarioDocument } from '../state/useScenarioDocument';
import { AboutDialog } from './AboutDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { navigate, routeHash, useRoute, type Route } from '../navigation/route';
import { onDemandPage } from './on-demand-page';
import { comparePageCode, reportPageCode } from './page-code';
import { ScenarioScreen } from './ScenarioScreen';
import { TopBar } from './TopBar';
import { useCompareHref } from './useCompareHref';
import { useLanguage } from './useLanguage';
import { useMenuCommands } from '../platform/useMenuCommands';
import { isTextEditing, useUndoShortcuts } from './useUndoShortcuts';
import './app.css';

// Loaded when first visited: the editor, the screen most starts land on, does not wait for them.
const ComparePage = onDemandPage(comparePageCode, (m) => m.ComparePage);
const ReportPage = onDemandPage(reportPageCode, (m) => m.ReportPage);

/** Undo/redo from the native Edit menu: text undo while typing in a field, document undo otherwise. */
function menuUndo(doc: ScenarioDocument | null, which: 'undo' | 'redo'): void {
  if (isTextEditing(document.activeElement)) {
    // The menu accelerator swallowed the key the field would have handled itself.
    document.execCommand(which);
    return;
  }
  if (which === 'undo') doc?.undo();
  else doc?.redo();
}

/** A new page starts afresh after an error; the scenario's two tabs are one page (switching keeps the editor as it was). */
const boundaryKey = (route: Route) => (route.name === 'scenario' ? routeHash({ name: 'scenario', id: route.id }) : routeHash(route));

/** The shell: top bar, hash routes, native menu commands and shortcuts around the open document. */
export function App() {
  const route = useRoute();
  const repo = useRepo();
  const docState = useScenarioDocument(route.name === 'scenario' ? route.id : null);
  const doc = docState.doc;
  const [lang, setLang] = useLanguage();
  const [about, setAbout] = useState<'about' | 'data-sources' | null>(null);
  const [createOpen, setCreateOpen] = useState(false);

  const compareHref = useCompareHref(route.name === 'scenario' ? route.id : null, doc?.inheritance?.parentId ?? null);

  useUndoShortcuts(doc, !isDesktopShell());
  useMenuCommands((command: MenuCommand) => {
    switch (command) {
      case 'file:new':
        navigate({ name: 'library' });
        setCreateOpen(true);
        return;
      case 'edit:undo':
      case 'edit:redo':
        return menuUndo(doc, command === 'edit:undo' ? 'undo' : 'redo');
      case 'view:library':
        return navigate({ name: 'library' });
      case 'view:compare':
        // from a scenario: with it and what it is measured against, as the top bar's link
        window.location.hash = compareHref;
        return;
      case 'file:print-report':
        // From the editor: open the scenario's report (it prints itself from there).
        if (route.name === 'scenario') navigate({ name: 'report', id: route.id });
        return;
      case 'help:about':
        return setAbout('about');
      case 'help:data-sources':
        return setAbout('data-sources');
      case 'file:import':
      case 'file:export':
        // the import/export area lives on the library page; it takes the request when it mounts
        navigate({ name: 'library' });
        return requestIo(command === 'file:import' ? { kind: 'import' } : { kind: 'export', ...(doc ? { ids: [doc.id] } : {}) });
      default:
        return;
    }
  });

  const openedId = docState.status === 'ready' && !docState.doc.readOnly ? docState.doc.id : null;
  useEffect(() => {
    if (openedId) void repo.setSetting(SETTINGS.lastOpened, openedId).catch(() => {});
  }, [openedId, repo]);

  return (
    <div className="app">
      <TopBar route={route} doc={doc} compareHref={compareHref} lang={lang} onLanguage={setLang} onAbout={() => setAbout('about')} />
      <ErrorBoundary key={boundaryKey(route)}>
        <Suspense fallback={null}>
          {route.name === 'library' && <LibraryPage createOpen={createOpen} onCreateOpenChange={setCreateOpen} ioArea={<IoArea />} />}
          {route.name === 'scenario' && <ScenarioScreen state={docState} view={route.view ?? 'edit'} />}
          {route.name === 'compare' && <ComparePage query={route.query} />}
          {route.name === 'report' && <ReportPage ids={[route.id]} lang={route.lang} baseline={route.baseline} />}
          {route.name === 'compareReport' && <ReportPage ids={route.ids} lang={route.lang} years={route.years} lmdiYear={route.lmdiYear} compare />}
        </Suspense>
      </ErrorBoundary>
      {about && <AboutDialog focus={about} onClose={() => setAbout(null)} />}
    </div>
  );
}
