import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/model/scenario';
import { hasProducts } from '../../../shared/model/uncertainty';
import { useResultsFormat } from '../../components/results/useResultsFormat';
import { useScenarioResults } from '../../engine/useScenarioResults';
import { analysisOf, usesDefaults } from './analysis';
import type { MarkOf, UncertaintyEdit } from './edit';
import { cancelEnsemble, isStale, startEnsemble, useEnsemble } from '../../engine/ensemble-results';
import { FailedRuns } from './FailedRuns';
import { CostBands } from './CostBands';
import { ProbabilityTable } from './ProbabilityTable';
import { RangesEditor } from './RangesEditor';
import { RunBar } from './RunBar';
import { BandCharts, PeakAndTornado } from './UncertaintyCharts';
import '../../components/results/results.css';
import './uncertainty.css';

export type UncertaintyPanelProps = {
  /** the open scenario, as edited */
  scenario: Scenario;
  readOnly: boolean;
  edit: UncertaintyEdit;
  /** the editor's inherited / overridden mark beside the analysis of a derived scenario */
  markOf?: MarkOf;
};

/**
 * 不确定性分析 under the results: the ranges, runs and seed, a run with its
 * progress and cancel, then what the ensemble says (达标概率, the bands, the
 * peak year's distribution, the tornado), always with its runs and seed. An
 * ensemble is made only on the button; an edit marks the one shown stale.
 */
export function UncertaintyPanel({ scenario, readOnly, edit, markOf }: UncertaintyPanelProps) {
  const { t } = useTranslation('uncertainty');
  const { fmt } = useResultsFormat();
  const state = useEnsemble(scenario.id);
  const { results: central, issues } = useScenarioResults(scenario);
  // one object per scenario, so the ranges table is not redrawn with every chunk of runs
  const analysis = useMemo(() => analysisOf(scenario), [scenario]);
  const done = state.done;
  const stale = isStale(state, scenario);
  const shownCentral = central?.scenarioId === scenario.id ? central : null;

  return (
    <section
      className="results unc-panel"
      aria-labelledby="unc-title"
      data-testid="uncertainty-panel"
      data-state={state.running ? 'running' : done ? (stale ? 'stale' : 'done') : 'none'}
    >
      <header className="res-head">
        <h2 id="unc-title">{t('title')}</h2>
      </header>
      <p className="muted small unc-note">{t('intro')}</p>
      {readOnly && <p className="muted small unc-note">{t('readOnly')}</p>}
      <RangesEditor
        analysis={analysis}
        defaults={usesDefaults(scenario)}
        hasProducts={hasProducts(scenario)}
        readOnly={readOnly}
        edit={edit}
        markOf={markOf}
      />
      <RunBar
        scenarioId={scenario.id}
        preset={readOnly}
        analysis={analysis}
        readOnly={readOnly}
        edit={edit}
        markOf={markOf}
        state={state}
        blocked={(issues?.length ?? 0) > 0}
        fmt={fmt}
        onRun={() => void startEnsemble(scenario)}
        onCancel={() => cancelEnsemble(scenario.id)}
      />
      {!done && !state.running && (
        <p className="muted" data-testid="uncertainty-none">
          {t('results.none')}
        </p>
      )}
      {done && (
        <div
          className={`unc-results${stale ? ' stale' : ''}`}
          data-testid="uncertainty-results"
          data-runs={done.results.runs}
          data-seed={done.results.seed}
        >
          {stale && (
            <p className="unc-stale" role="status" data-testid="uncertainty-stale">
              {t('results.stale')}
            </p>
          )}
          <p className="unc-basis" data-testid="uncertainty-basis">
            {t('results.basis', { runs: fmt.axis(done.results.runs), seed: done.results.seed })}
            {done.results.failed > 0 && (
              <span className="res-bad-text"> {t('results.failedRuns', { count: done.results.failed })}</span>
            )}
          </p>
          <FailedRuns ensemble={done.results} fmt={fmt} />
          {done.results.hourly === 'centralFeedback' && (
            <p className="muted small unc-note" data-testid="uncertainty-central-feedback">
              {t('results.centralFeedback')}
            </p>
          )}
          {shownCentral && (
            <ProbabilityTable scenario={scenario} central={shownCentral} ensemble={done.results} fmt={fmt} />
          )}
          {shownCentral && <BandCharts central={shownCentral} ensemble={done.results} fmt={fmt} />}
          <CostBands central={shownCentral} ensemble={done.results} fmt={fmt} />
          <PeakAndTornado ensemble={done.results} fmt={fmt} />
        </div>
      )}
    </section>
  );
}
