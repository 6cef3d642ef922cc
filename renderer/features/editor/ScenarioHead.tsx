import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/model/scenario';
import { routeHash, type ScenarioView } from '../../navigation/route';
import { displayName } from './InheritMark';
import { useEditorSlots } from './slots';

const TABS: readonly ScenarioView[] = ['edit', 'results', 'rollup'];

/** The scenario's name and horizon, its commands, and the 编辑 | 结果 tabs (links: each tab has its address). */
export function ScenarioHead({ scenario: s, view }: { scenario: Scenario; view: ScenarioView }) {
  const { t, i18n } = useTranslation('editor');
  const { actions: Actions } = useEditorSlots();
  const region = i18n.language === 'en' && s.region.nameEn ? s.region.nameEn : s.region.name;
  return (
    <header className="editor-head">
      <div className="editor-title">
        <h1 data-testid="scenario-title">{displayName(s, i18n.language)}</h1>
        <p className="muted small">{t('page.meta', { region, base: s.baseYear, end: s.endYear })}</p>
      </div>
      <div className="editor-head-tools">
        {Actions && <Actions scenario={s} />}
        <a className="btn small-btn" data-testid="btn-report" href={`#/report/${encodeURIComponent(s.id)}`}>
          {t('page.report')}
        </a>
      </div>
      <div className="scenario-tabs" role="tablist" aria-label={t('page.tabs')}>
        {TABS.filter((tab) => tab !== 'rollup' || s.region.level !== 'county' || s.rollup).map((tab) => (
          <a
            key={tab}
            id={`tab-${tab}`}
            role="tab"
            className="scenario-tab"
            aria-selected={view === tab}
            aria-controls={`scenario-tab-${tab}`}
            href={routeHash(tab === 'edit' ? { name: 'scenario', id: s.id } : { name: 'scenario', id: s.id, view: tab })}
            data-testid={`tab-${tab}`}
          >
            {t(`page.tab.${tab}`)}
          </a>
        ))}
      </div>
    </header>
  );
}
