import { memo, startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorDocument } from './document';
import { ConflictBanner } from './ConflictBanner';
import { DerivedBanner } from './DerivedBanner';
import { EditorProvider, useScenario } from './EditorContext';
import { Panel } from './Panel';
import { ConventionsPanel } from './panels/ConventionsPanel';
import { EconomyPanel } from './panels/EconomyPanel';
import { EnergyPanel } from './panels/EnergyPanel';
import { FactorsPanel } from './panels/FactorsPanel';
import { FuelMixPanel } from './panels/FuelMixPanel';
import { HistoryPanel } from './panels/HistoryPanel';
import { LeversPanel } from './panels/LeversPanel';
import { RegionPanel } from './panels/RegionPanel';
import { ProjectLedger } from './panels/ProjectLedger';
import { StoragePanel } from './panels/StoragePanel';
import { SupplyPanel } from './panels/SupplyPanel';
import { TargetsPanel } from './panels/TargetsPanel';
import { EditorSlotsProvider, useEditorSlots, type EditorSlots } from './slots';
import { ScenarioHead } from './ScenarioHead';
import type { ScenarioView } from '../../navigation/route';
import type { Scenario } from '../../../shared/model/scenario';
import './editor.css';
import '../../components/fields/fields.css';

const whole = (s: Scenario) => s;

/** The hourly balance, another feature's part (a slot): it follows every edit, as its results do. */
function HourlyBody() {
  const { hourly: Hourly } = useEditorSlots();
  const scenario = useScenario(whole);
  return Hourly ? <Hourly scenario={scenario} /> : null;
}

/** The cost settings, another feature's part (a slot). */
function CostsBody() {
  const { costs: Costs } = useEditorSlots();
  const scenario = useScenario(whole);
  return Costs ? <Costs scenario={scenario} /> : null;
}

/** Industry by product and process CO2, another feature's part (a slot). */
function IndustryBody() {
  const { industry: Industry } = useEditorSlots();
  const scenario = useScenario(whole);
  return Industry ? <Industry scenario={scenario} /> : null;
}

/** The plan-sector shares and the forest sink, another feature's part (a slot). */
function SinksBody() {
  const { sinks: Sinks } = useEditorSlots();
  const scenario = useScenario(whole);
  return Sinks ? <Sinks scenario={scenario} /> : null;
}

// memo: the bodies read the scenario through `useScenario` subscriptions, so they need not
// re-render with the page on every edit (a slider move re-renders only what it changed).
export const PANELS = [
  ['region', memo(RegionPanel)],
  ['levers', memo(LeversPanel)],
  ['economy', memo(EconomyPanel)],
  ['energy', memo(EnergyPanel)],
  ['fuelMix', memo(FuelMixPanel)],
  ['industry', memo(IndustryBody)],
  ['sinks', memo(SinksBody)],
  ['supply', memo(SupplyPanel)],
  ['projects', memo(ProjectLedger)],
  ['storage', memo(StoragePanel)],
  ['hourly', memo(HourlyBody)],
  ['costs', memo(CostsBody)],
  ['factors', memo(FactorsPanel)],
  ['conventions', memo(ConventionsPanel)],
  ['targets', memo(TargetsPanel)],
  ['history', memo(HistoryPanel)],
] as const;
export type PanelId = (typeof PANELS)[number][0];

const FIRST_PAINT_PANELS = 3;

const allPanels = (open: boolean) => Object.fromEntries(PANELS.map(([id]) => [id, open])) as Record<PanelId, boolean>;

export type EditorPageProps = {
  doc: EditorDocument;
  /** makes an editable copy of a read-only preset (shown in the read-only banner when given) */
  onCopy?: () => void;
  /** other features' parts shown in the editor (none in tests that need only the panels) */
  slots?: EditorSlots;
  /** the tab shown: the inputs with the headline results beside them, or the full results */
  view?: ScenarioView;
};

const NO_SLOTS: EditorSlots = {};

/** Each tab keeps its own scroll position: the results open at their top, and going back finds the input one was at. */
function useTabScroll(view: ScenarioView) {
  const positions = useRef<Partial<Record<ScenarioView, number>>>({});
  const shown = useRef(view);
  useEffect(() => {
    // recorded as the user scrolls: once the other tab is laid out, the old position may no longer exist
    const record = () => (positions.current[shown.current] = window.scrollY);
    window.addEventListener('scroll', record, { passive: true });
    return () => window.removeEventListener('scroll', record);
  }, []);
  useLayoutEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    window.scrollTo({ top: positions.current[view] ?? 0 });
  }, [view]);
}

/**
 * The scenario page: its head and two tabs, 编辑 (grouped input panels, the
 * headline results beside them following each edit) and 结果 (the full results
 * over the page's width). The inputs stay mounted under the results tab, so
 * going back finds them as they were.
 */
export function EditorPage({ doc, onCopy, slots = NO_SLOTS, view = 'edit' }: EditorPageProps) {
  const { t } = useTranslation('editor');
  const [open, setOpen] = useState(() => allPanels(true));
  // The first paint mounts the levers and the economy only; the other panels (hundreds of
  // inputs, ~0.5 s to render on a slow machine) follow in an interruptible transition, so
  // the results arriving from the worker are not held up behind them.
  const [mounted, setMounted] = useState(FIRST_PAINT_PANELS);
  useEffect(() => {
    if (mounted < PANELS.length) startTransition(() => setMounted(PANELS.length));
  }, [mounted]);
  const s = doc.scenario;
  const { results: Results, summary: Summary, rollup: Rollup } = slots;
  const toggle = (id: string) => setOpen((o) => ({ ...o, [id]: !o[id as PanelId] }));
  const jump = (id: PanelId) => {
    setOpen((o) => ({ ...o, [id]: true }));
    requestAnimationFrame(() => document.getElementById(`panel-${id}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  };
  const editing = view === 'edit';
  // a panel whose body is another feature's part is left out where that part is not given (tests of the editor alone)
  const panels = PANELS.filter(([id]) => (id !== 'hourly' || slots.hourly) && (id !== 'costs' || slots.costs) && (id !== 'industry' || slots.industry) && (id !== 'sinks' || slots.sinks));
  useTabScroll(view);
  return (
    <EditorProvider doc={doc}>
      <EditorSlotsProvider slots={slots}>
      <div className="scenario-page" data-testid="scenario-page" data-view={view}>
        {doc.readOnly && (
          <div className="editor-readonly" role="status" data-testid="editor-readonly">
            <svg className="lock" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 7V5a4 4 0 0 1 8 0v2h.5A1.5 1.5 0 0 1 14 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 13.5v-5A1.5 1.5 0 0 1 3.5 7H4Zm1.5 0h5V5a2.5 2.5 0 0 0-5 0v2Z" fill="currentColor" />
            </svg>
            <span>{t('page.readOnly')}</span>
            {onCopy && (
              <button type="button" className="btn primary small-btn" data-testid="btn-copy" onClick={onCopy}>
                {t('page.copy')}
              </button>
            )}
          </div>
        )}
        <ConflictBanner doc={doc} />
        <DerivedBanner doc={doc} />
        <ScenarioHead scenario={s} view={view} />
        <div className="editor-page" data-testid="editor-page" id="scenario-tab-edit" role="tabpanel" aria-labelledby="tab-edit" hidden={!editing}>
          <div className="editor-col">
            <div className="editor-nav-row">
              <nav className="editor-nav" aria-label={t('page.nav')}>
                {panels.map(([id]) => (
                  <button key={id} type="button" className="nav-chip" onClick={() => jump(id)}>
                    {t(`panels.${id}.title`)}
                  </button>
                ))}
              </nav>
              <div className="editor-nav-tools">
                <button type="button" className="btn ghost small-btn" data-testid="btn-expand-all" onClick={() => setOpen(allPanels(true))}>
                  {t('page.expandAll')}
                </button>
                <button type="button" className="btn ghost small-btn" data-testid="btn-collapse-all" onClick={() => setOpen(allPanels(false))}>
                  {t('page.collapseAll')}
                </button>
              </div>
            </div>
            {panels.map(([id, Body], i) => (
              <Panel key={id} id={id} title={t(`panels.${id}.title`)} subtitle={t(`panels.${id}.sub`)} open={open[id]} onToggle={toggle}>
                {i < mounted ? <Body /> : <p className="muted small">{t('page.loadingPanel')}</p>}
              </Panel>
            ))}
          </div>
          {/* unmounted under the other tab: the full results carry the same figures (and test ids) */}
          {editing && Summary && (
            <aside className="summary-col" aria-label={t('page.results')}>
              <Summary scenario={s} />
            </aside>
          )}
        </div>
        {view === 'results' && (
          <div className="results-page" id="scenario-tab-results" role="tabpanel" aria-labelledby="tab-results">
            {Results && <Results scenario={s} />}
          </div>
        )}
        {view === 'rollup' && (
          <div className="results-page" id="scenario-tab-rollup" role="tabpanel" aria-labelledby="tab-rollup">
            {Rollup && <Rollup scenario={s} />}
          </div>
        )}
      </div>
      </EditorSlotsProvider>
    </EditorProvider>
  );
}
