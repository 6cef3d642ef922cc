import { memo, startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorDocument } from './document';
import { ConflictBanner } from './ConflictBanner';
import { DerivedBanner } from './DerivedBanner';
import { EditorProvider } from './EditorContext';
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
import { EditorSlotsProvider, type EditorSlots } from './slots';
import './editor.css';
import '../../components/fields/fields.css';

// memo: the bodies read the scenario through `useScenario` subscriptions, so they need not
// re-render with the page on every edit (a slider move re-renders only what it changed).
export const PANELS = [
  ['region', memo(RegionPanel)],
  ['levers', memo(LeversPanel)],
  ['economy', memo(EconomyPanel)],
  ['energy', memo(EnergyPanel)],
  ['fuelMix', memo(FuelMixPanel)],
  ['supply', memo(SupplyPanel)],
  ['projects', memo(ProjectLedger)],
  ['storage', memo(StoragePanel)],
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
};

const NO_SLOTS: EditorSlots = {};

/** The scenario editor: levers and grouped input panels on the left, results on the right. */
export function EditorPage({ doc, onCopy, slots = NO_SLOTS }: EditorPageProps) {
  const { t, i18n } = useTranslation('editor');
  const [open, setOpen] = useState(() => allPanels(true));
  // The first paint mounts the levers and the economy only; the other panels (hundreds of
  // inputs, ~0.5 s to render on a slow machine) follow in an interruptible transition, so
  // the results arriving from the worker are not held up behind them.
  const [mounted, setMounted] = useState(FIRST_PAINT_PANELS);
  useEffect(() => {
    if (mounted < PANELS.length) startTransition(() => setMounted(PANELS.length));
  }, [mounted]);
  const s = doc.scenario;
  const Results = slots.results;
  const toggle = (id: string) => setOpen((o) => ({ ...o, [id]: !o[id as PanelId] }));
  const jump = (id: PanelId) => {
    setOpen((o) => ({ ...o, [id]: true }));
    requestAnimationFrame(() => document.getElementById(`panel-${id}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  };
  const name = i18n.language === 'en' && s.nameEn ? s.nameEn : s.name;
  const region = i18n.language === 'en' && s.region.nameEn ? s.region.nameEn : s.region.name;
  return (
    <EditorProvider doc={doc}>
      <EditorSlotsProvider slots={slots}>
      <div className="editor-page" data-testid="editor-page">
        <div className="editor-col">
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
          <header className="editor-head">
            <div>
              <h1>{name}</h1>
              <p className="muted small">{t('page.meta', { region, base: s.baseYear, end: s.endYear })}</p>
            </div>
            <div className="editor-head-tools">
              <a className="btn small-btn" data-testid="btn-report" href={`#/report/${encodeURIComponent(s.id)}`}>
                {t('page.report')}
              </a>
              <button type="button" className="btn ghost small-btn" data-testid="btn-expand-all" onClick={() => setOpen(allPanels(true))}>
                {t('page.expandAll')}
              </button>
              <button type="button" className="btn ghost small-btn" data-testid="btn-collapse-all" onClick={() => setOpen(allPanels(false))}>
                {t('page.collapseAll')}
              </button>
            </div>
          </header>
          <nav className="editor-nav" aria-label={t('page.nav')}>
            {PANELS.map(([id]) => (
              <button key={id} type="button" className="nav-chip" onClick={() => jump(id)}>
                {t(`panels.${id}.title`)}
              </button>
            ))}
          </nav>
          {PANELS.map(([id, Body], i) => (
            <Panel key={id} id={id} title={t(`panels.${id}.title`)} subtitle={t(`panels.${id}.sub`)} open={open[id]} onToggle={toggle}>
              {i < mounted ? <Body /> : <p className="muted small">{t('page.loadingPanel')}</p>}
            </Panel>
          ))}
        </div>
        <aside className="results-col" aria-label={t('page.results')}>
          {Results && <Results scenario={s} />}
        </aside>
      </div>
      </EditorSlotsProvider>
    </EditorProvider>
  );
}
