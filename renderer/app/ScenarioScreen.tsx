import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorPage } from '../features/editor/EditorPage';
import { EDITOR_SLOTS } from './editor-slots';
import { scenarioName } from '../components/scenario-format';
import { useRepo } from '../db/RepoContext';
import type { ScenarioDocument, ScenarioDocumentState } from '../state/useScenarioDocument';
import { navigate, type ScenarioView } from '../navigation/route';

function SaveErrorBanner({ doc }: { doc: ScenarioDocument }) {
  const { t } = useTranslation('app');
  if (doc.saveState !== 'error') return null;
  return (
    <div className="banner warn" role="alert" data-testid="save-error">
      {t('save.errorDetail', { count: doc.saveIssues.length })}
    </div>
  );
}

/** Copies the open preset into a user scenario and opens the copy (the editor's read-only banner offers it). */
function useCopyToEdit(doc: ScenarioDocument | null): { copy?: () => void; error: string | null } {
  const { t, i18n } = useTranslation('app');
  const repo = useRepo();
  const [error, setError] = useState<string | null>(null);
  if (!doc?.readOnly) return { error: null };
  const copy = () =>
    void repo
      .createFromPreset(doc.id, t('scenario.copyName', { name: scenarioName(doc.scenario, i18n.language) }))
      .then((rec) => navigate({ name: 'scenario', id: rec.id }))
      .catch((err: unknown) => setError(t('scenario.copyFailed', { message: err instanceof Error ? err.message : String(err) })));
  return { copy, error };
}

/** The scenario route: the open document handed to the editor, with the shell's notices above it. */
export function ScenarioScreen({ state, view = 'edit' }: { state: ScenarioDocumentState; view?: ScenarioView }) {
  const { t } = useTranslation('app');
  const { copy, error } = useCopyToEdit(state.doc);
  if (state.status === 'ready') {
    return (
      <div className="scenario-screen">
        <SaveErrorBanner doc={state.doc} />
        {error && (
          <div className="banner bad" role="alert">
            {error}
          </div>
        )}
        <EditorPage doc={state.doc} onCopy={copy} slots={EDITOR_SLOTS} view={view} />
      </div>
    );
  }
  if (state.status === 'missing') {
    return (
      <main className="placeholder" data-testid="scenario-missing">
        <p>{t('scenario.missing')}</p>
        <a href="#/library">{t('scenario.back')}</a>
      </main>
    );
  }
  return (
    <main className="placeholder" aria-busy="true">
      <p className="muted">{t('scenario.loading')}</p>
    </main>
  );
}
