import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../navigation/route';
import type { ConflictChoice } from '../../state/useScenarioDocument';
import type { EditorDocument } from './document';

/**
 * Top of the editor when the open scenario changed in another tab or window:
 * the conflict and the user's three choices, or a notice of what happened
 * without them (a silent reload, a copy made).
 */
export function ConflictBanner({ doc }: { doc: EditorDocument }) {
  const { t } = useTranslation('editor');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const conflict = doc.conflict ?? null;
  const notice = doc.notice ?? null;
  if (!conflict && !notice) return null;

  const choose = (choice: ConflictChoice) => {
    if (!doc.resolveConflict) return;
    setBusy(true);
    setError(null);
    doc
      .resolveConflict(choice)
      .catch((err: unknown) => setError(t('conflict.failed', { message: err instanceof Error ? err.message : String(err) })))
      .finally(() => setBusy(false));
  };
  const button = (choice: ConflictChoice, primary = false) => (
    <button
      type="button"
      className={`btn small-btn${primary ? ' primary' : ''}`}
      data-testid={`btn-conflict-${choice}`}
      title={t(`conflict.${choice}Hint`)}
      disabled={busy}
      onClick={() => choose(choice)}
    >
      {t(`conflict.${choice}`)}
    </button>
  );

  return (
    <>
      {conflict && (
        <div className="conflict-banner" role="alert" data-testid="conflict-banner" data-kind={conflict.kind}>
          <strong>{t(conflict.kind === 'changed' ? 'conflict.changedTitle' : 'conflict.deletedTitle')}</strong>
          <p>{t(conflict.kind === 'changed' ? 'conflict.changedBody' : 'conflict.deletedBody')}</p>
          <div className="conflict-actions">
            {button('copy', true)}
            {conflict.kind === 'changed' ? (
              <>
                {button('reload')}
                {button('overwrite')}
              </>
            ) : (
              <a className="btn small-btn ghost" href={routeHash({ name: 'library' })}>
                {t('conflict.back')}
              </a>
            )}
          </div>
          <ul className="conflict-hints muted small">
            <li>{t('conflict.copyHint')}</li>
            {conflict.kind === 'changed' && <li>{t('conflict.reloadHint')}</li>}
            {conflict.kind === 'changed' && <li>{t('conflict.overwriteHint')}</li>}
            <li>{t('conflict.leave')}</li>
          </ul>
          {error && <p className="conflict-error">{error}</p>}
        </div>
      )}
      {notice && (
        <div className="doc-notice" role="status" data-testid="doc-notice" data-kind={notice.kind}>
          <span>{notice.kind === 'copied' ? t('conflict.copied', { name: notice.name }) : t(`conflict.${notice.kind}`)}</span>
          {notice.kind === 'copied' && (
            <a href={routeHash({ name: 'scenario', id: notice.id })} data-testid="notice-copy-link">
              {t('conflict.openCopy')}
            </a>
          )}
          {doc.dismissNotice && (
            <button type="button" className="btn ghost small-btn" data-testid="btn-notice-dismiss" onClick={doc.dismissNotice}>
              {t('conflict.dismiss')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
