import type { Scenario } from '../../../shared/model/scenario';
import { useScenarioResults } from '../../engine/useScenarioResults';
import { routeHash } from '../../navigation/route';
import { useResultsFormat } from '../../components/results/useResultsFormat';
import { IssueList } from './IssueList';
import { KpiCards } from './KpiCards';
import { TargetChecklist } from './TargetChecklist';
import '../../components/results/results.css';

/**
 * The headline results beside the inputs (the editor gives it to the app as a
 * slot): the KPIs and the targets, following each edit from the engine worker;
 * the charts and tables are one click away in the results tab.
 */
export function ResultsSummary({ scenario }: { scenario: Scenario }) {
  const { results, issues, pending } = useScenarioResults(scenario);
  const { t, lang, fmt } = useResultsFormat();
  const shown = results && results.scenarioId === scenario.id ? results : null;
  const state = issues?.length ? 'issues' : shown ? 'ready' : 'loading';
  const full = routeHash({ name: 'scenario', id: scenario.id, view: 'results' });
  return (
    <section
      className="results results-summary"
      aria-labelledby="res-summary-title"
      aria-busy={pending || state === 'loading'}
      data-testid="results-summary"
      data-state={state}
      data-pending={pending ? 'true' : 'false'}
    >
      <header className="res-head">
        <h2 id="res-summary-title">{t('summary.title')}</h2>
        <span className="res-status-line" aria-live="polite">
          {pending && <span className="res-pending">{t('pending')}</span>}
        </span>
      </header>
      {state === 'issues' && <IssueList issues={issues!} t={t} />}
      {state === 'loading' && <p className="muted">{t('loading')}</p>}
      {state === 'ready' && shown && (
        <>
          <KpiCards scenario={scenario} results={shown} fmt={fmt} t={t} lang={lang} />
          <TargetChecklist scenario={scenario} results={shown} fmt={fmt} t={t} lang={lang} />
        </>
      )}
      <a className="btn res-full-link" href={full} data-testid="link-full-results">
        {t('summary.full')}
      </a>
    </section>
  );
}
