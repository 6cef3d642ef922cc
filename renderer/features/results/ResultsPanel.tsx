import type { ReactNode } from 'react';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { ScenarioIssue } from '../../../shared/engine/series-values';
import type { Scenario } from '../../../shared/model/scenario';
import type { ChartRenderer } from '../../components/Chart';
import { useScenarioResults } from '../../engine/useScenarioResults';
import { FlagList } from './FlagList';
import { HistoryTable } from './HistoryTable';
import { IssueList } from './IssueList';
import { KpiCards } from './KpiCards';
import { MethodsLine } from './MethodsLine';
import { OtherMethods } from './OtherMethods';
import { PeriodTable } from './PeriodTable';
import { ResultCharts } from './ResultCharts';
import { TargetTable } from '../../components/results/TargetTable';
import { useResultsFormat } from '../../components/results/useResultsFormat';
import '../../components/results/results.css';

export type ResultsPanelProps = {
  scenario: Scenario;
  results: ScenarioResults | null;
  /** the engine's reasons when the scenario cannot be computed: shown instead of any numbers */
  issues?: ScenarioIssue[] | null;
  /** newer results are computing; the ones shown stay until they arrive */
  pending?: boolean;
  computeMs?: number | null;
  /** 'svg' for print */
  chartRenderer?: ChartRenderer;
  /** other features' sections of these results, placed under the charts (the app composes them) */
  sections?: ResultSections;
};

export type ResultSections = (results: ScenarioResults, renderer: ChartRenderer) => ReactNode;

/**
 * Everything the engine says about one scenario: headline figures, targets
 * met or missed, the charts and the five-year-plan changes, laid out for the
 * page's full width (narrower containers stack them). Presentational:
 * the results come from `useScenarioResults` (or `LiveResultsPanel` below).
 */
export function ResultsPanel({ scenario, results, issues, pending = false, computeMs, chartRenderer = 'canvas', sections }: ResultsPanelProps) {
  const { t, lang, fmt } = useResultsFormat();
  // Results of another scenario (the hook catching up after switching documents) are never shown as this one's.
  const shown = results && results.scenarioId === scenario.id ? results : null;
  const state = issues?.length ? 'issues' : shown ? 'ready' : 'loading';

  return (
    <section
      className="results"
      aria-labelledby="res-title"
      aria-busy={pending || state === 'loading'}
      data-testid="results-panel"
      data-state={state}
      data-pending={pending ? 'true' : 'false'}
    >
      <header className="res-head">
        <h2 id="res-title">{t('title')}</h2>
        <span className="res-status-line" aria-live="polite">
          {pending && <span className="res-pending">{t('pending')}</span>}
          {!pending && state === 'ready' && computeMs != null && (
            <span className="muted small" data-testid="results-compute-ms">
              {t('computeMs', { ms: fmt.axis(Math.round(computeMs * 100) / 100) })}
            </span>
          )}
        </span>
      </header>
      {state === 'issues' && <IssueList issues={issues!} t={t} />}
      {state === 'loading' && <p className="muted">{t('loading')}</p>}
      {state === 'ready' && shown && (
        <>
          {/* the headline figures beside the targets they are judged against; side by side where the width allows */}
          <div className="res-top">
            <div className="res-top-main">
              <KpiCards scenario={scenario} results={shown} fmt={fmt} t={t} lang={lang} />
              <MethodsLine scenario={scenario} results={shown} fmt={fmt} t={t} />
            </div>
            <TargetTable scenario={scenario} results={shown} fmt={fmt} t={t} lang={lang} />
          </div>
          <section className="res-section" aria-labelledby="res-charts-h">
            <div className="res-section-head">
              <h3 id="res-charts-h">{t('charts.heading')}</h3>
            </div>
            <ResultCharts results={shown} fmt={fmt} t={t} renderer={chartRenderer} />
          </section>
          {sections?.(shown, chartRenderer)}
          <div className="res-pair">
            <PeriodTable scenario={scenario} results={shown} fmt={fmt} t={t} lang={lang} />
            <FlagList results={shown} fmt={fmt} t={t} />
          </div>
          <HistoryTable results={shown} fmt={fmt} t={t} />
          <OtherMethods scenario={scenario} fmt={fmt} t={t} lang={lang} />
        </>
      )}
    </section>
  );
}

/** `ResultsPanel` computing its own results (engine worker, newest edit wins). */
export function LiveResultsPanel({ scenario, chartRenderer }: { scenario: Scenario; chartRenderer?: ChartRenderer }) {
  const { results, issues, pending, computeMs } = useScenarioResults(scenario);
  return <ResultsPanel scenario={scenario} results={results} issues={issues} pending={pending} computeMs={computeMs} chartRenderer={chartRenderer} />;
}
