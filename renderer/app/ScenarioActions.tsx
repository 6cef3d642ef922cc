import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../shared/model/scenario';
import { scenarioName } from '../components/scenario-format';
import { useRepo } from '../db/RepoContext';
import { useEditor } from '../features/editor/EditorContext';
import { RenameDialog } from '../features/library/RenameDialog';
import { navigate } from '../navigation/route';
import { useCompareHref } from './useCompareHref';

/** A name change as an edit of the open document: one undo step, saved with the rest (another window sees a new revision). */
function renamed(s: Scenario, name: string): Scenario {
  // the English name was the old name's; a renamed scenario is shown by its new name in both languages
  const { nameEn: _old, ...rest } = s;
  return { ...rest, name };
}

/**
 * The scenario's commands in the editor's head: rename (user scenarios), 派生
 * (a child that follows this scenario, opened at once) and 情景对比 opened with
 * this scenario and what it is measured against.
 */
export function ScenarioActions({ scenario }: { scenario: Scenario }) {
  const { t, i18n } = useTranslation('library');
  const { t: tApp } = useTranslation('app');
  const repo = useRepo();
  const { change, readOnly, inherit } = useEditor();
  const [renaming, setRenaming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const compareHref = useCompareHref(scenario.id, inherit?.parentId ?? null);
  const name = scenarioName(scenario, i18n.language);

  const derive = () =>
    void repo
      .deriveScenario(scenario.id, t('deriveName', { name }))
      .then((child) => navigate({ name: 'scenario', id: child.id }))
      .catch((err: unknown) => setFailure(t('failed', { message: err instanceof Error ? err.message : String(err) })));

  return (
    <>
      {!readOnly && (
        <button type="button" className="btn small-btn" data-testid="btn-rename" onClick={() => setRenaming(true)}>
          {t('action.rename')}
        </button>
      )}
      <button type="button" className="btn small-btn" data-testid="btn-derive" title={t('action.deriveHint')} onClick={derive}>
        {t('action.derive')}
      </button>
      <a className="btn small-btn" data-testid="btn-compare" href={compareHref}>
        {tApp('nav.compare')}
      </a>
      {failure && (
        <p className="field-error" role="alert" data-testid="actions-error">
          {failure}
        </p>
      )}
      {renaming && (
        <RenameDialog
          initialName={name}
          onCancel={() => setRenaming(false)}
          onRename={async (next) => {
            const refused = await change((s) => renamed(s, next), 'name', 'rename');
            if (refused.length) throw new Error(refused.join(' '));
            setRenaming(false);
          }}
        />
      )}
    </>
  );
}
