import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/model/scenario';
import { navigate, routeHash, type Route, type ScenarioView } from '../../navigation/route';
import { displayName } from './InheritMark';
import { useEditorSlots } from './slots';

const TABS: readonly ScenarioView[] = ['edit', 'results', 'rollup'];

/** The scenario's name and horizon, its commands, and the tabs (links: each tab has its address). */
export function ScenarioHead({ scenario: s, view }: { scenario: Scenario; view: ScenarioView }) {
  const { t, i18n } = useTranslation('editor');
  const { actions: Actions } = useEditorSlots();
  const region = i18n.language === 'en' && s.region.nameEn ? s.region.nameEn : s.region.name;
  const tabs = TABS.filter((tab) => tab !== 'rollup' || s.region.level !== 'county' || s.rollup);
  const routeOf = (tab: ScenarioView): Route => (tab === 'edit' ? { name: 'scenario', id: s.id } : { name: 'scenario', id: s.id, view: tab });
  const onTabKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = tabs[(tabs.indexOf(view) + step + tabs.length) % tabs.length]!;
    navigate(routeOf(next));
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };
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
      <div className="scenario-tabs" role="tablist" aria-label={t('page.tabs')} onKeyDown={onTabKey}>
        {tabs.map((tab) => (
          <a
            key={tab}
            id={`tab-${tab}`}
            role="tab"
            className="scenario-tab"
            aria-selected={view === tab}
            aria-controls={`scenario-tab-${tab}`}
            // one stop in the Tab order, the arrow keys move between the tabs (the ARIA tabs pattern)
            tabIndex={view === tab ? 0 : -1}
            href={routeHash(routeOf(tab))}
            data-testid={`tab-${tab}`}
          >
            {t(`page.tab.${tab}`)}
          </a>
        ))}
      </div>
    </header>
  );
}
