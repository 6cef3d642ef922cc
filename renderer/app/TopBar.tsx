import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import type { ScenarioDocument } from '../state/useScenarioDocument';
import type { Route } from '../navigation/route';
import { SaveStatus } from './SaveStatus';
import { CapacityUnitSelect } from '../features/settings/CapacityUnitSelect';

type Props = {
  route: Route;
  doc: ScenarioDocument | null;
  /** 情景对比: from a scenario, opened with it and what it is measured against (useCompareHref) */
  compareHref: string;
  lang: Language;
  onLanguage(lang: Language): void;
  onAbout(): void;
};

export function TopBar({ route, doc, compareHref, lang, onLanguage, onAbout }: Props) {
  const { t } = useTranslation('app');
  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  const other: Language = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="topbar">
      <span className="app-name">{t('appName')}</span>
      <nav aria-label={t('nav.label')} className="topnav">
        <a href="#/library" aria-current={current('library')} data-testid="nav-library">
          {t('nav.library')}
        </a>
        <a href={compareHref} aria-current={current('compare')} data-testid="nav-compare">
          {t('nav.compare')}
        </a>
      </nav>
      <div className="topbar-tools">
        {doc && !doc.readOnly && (
          <>
            <button type="button" className="btn" onClick={doc.undo} disabled={!doc.canUndo} title={t('toolbar.undoHint')} data-testid="btn-undo">
              {t('toolbar.undo')}
            </button>
            <button type="button" className="btn" onClick={doc.redo} disabled={!doc.canRedo} title={t('toolbar.redoHint')} data-testid="btn-redo">
              {t('toolbar.redo')}
            </button>
            <SaveStatus doc={doc} />
          </>
        )}
        <CapacityUnitSelect />
        <button
          type="button"
          className="btn ghost"
          onClick={() => onLanguage(other)}
          lang={other === 'zh' ? 'zh-CN' : 'en'}
          title={t('nav.languageHint')}
          data-testid="btn-language"
        >
          {t('nav.language')}
        </button>
        <button type="button" className="btn ghost" onClick={onAbout} data-testid="btn-about">
          {t('toolbar.about')}
        </button>
      </div>
    </header>
  );
}
