import { useTranslation } from 'react-i18next';
import { routeHash } from '../../navigation/route';
import type { EditorDocument } from './document';
import { useEditor, useScenario } from './EditorContext';
import { displayName } from './InheritMark';

/** Top of a derived scenario's editor: its parent (a link), how much it overrides, and overrides that went stale. */
export function DerivedBanner({ doc }: { doc: EditorDocument }) {
  const { t, i18n } = useTranslation('editor');
  const { inherit } = useEditor();
  const count = useScenario((s) => (inherit ? inherit.count(s) : 0));
  const info = doc.inheritance;
  if (!info) return null;
  const href = routeHash({ name: 'scenario', id: info.parentId });
  if (info.broken || !info.parent) {
    return (
      <div className="derived-banner broken" role="status" data-testid="derived-banner">
        <span>{t('inherit.broken', { message: info.broken?.chain.join(' → ') ?? info.parentId })}</span>
      </div>
    );
  }
  const staleCount = info.stale.length;
  return (
    <div className="derived-banner" role="status" data-testid="derived-banner">
      <div className="derived-line">
        <svg className="derived-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M5 2.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm0 8a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm6-5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3ZM5 5.5v5M11 8.5c0 2-2 2-6 2" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
        <span>{t('inherit.banner')}</span>
        <a href={href} data-testid="derived-parent-link">
          {displayName(info.parent.scenario, i18n.language)}
        </a>
        <span className="derived-count" data-testid="derived-count">
          {t('inherit.count', { count })}
        </span>
        {doc.detach && (
          <button type="button" className="btn ghost small-btn" data-testid="btn-detach" title={t('inherit.detachHint')} onClick={() => void doc.detach?.()}>
            {t('inherit.detach')}
          </button>
        )}
      </div>
      <p className="muted small">{t('inherit.bannerHint')}</p>
      {staleCount > 0 && (
        <div className="derived-stale" role="alert" data-testid="derived-stale">
          <p>{t('inherit.stale', { count: staleCount })}</p>
          <ul>
            {info.stale.map((s, i) => (
              <li key={i}>
                <code>{s.override.path}</code> {s.scenarioId !== doc.scenario.id && t('inherit.staleOf', { id: s.scenarioId })}
              </li>
            ))}
          </ul>
          {doc.discardStale && info.stale.some((s) => s.scenarioId === doc.scenario.id) && (
            <button type="button" className="btn small-btn" data-testid="btn-discard-stale" onClick={() => void doc.discardStale?.()}>
              {t('inherit.discard')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
