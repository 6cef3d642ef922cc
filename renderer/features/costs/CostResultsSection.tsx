import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/model/scenario';
import { useScenarioResults } from '../../engine/useScenarioResults';
import { CostResultsView } from './CostResultsView';
import { useCostAnalysis } from './useCostAnalysis';
import { useSeenOnce } from '../../components/useSeenOnce';

/**
 * The costs in the scenario's results tab (the app places it under the results
 * panel): the scenario's own costs come with every run; the comparison with the
 * reference and the abatement curve are asked for once the section is in view.
 */
export function CostResultsSection({ scenario }: { scenario: Scenario }) {
  const { t, i18n } = useTranslation('costs');
  const root = useRef<HTMLElement>(null);
  const seen = useSeenOnce(root);
  const { results, issues } = useScenarioResults(scenario);
  const { reference, macc } = useCostAnalysis(scenario, i18n.language, seen);
  const costs = results?.scenarioId === scenario.id ? results.costs : undefined;
  return (
    <section className="res-section costs-section" aria-labelledby="costs-h" data-testid="costs-results" ref={root} data-state={costs ? 'ready' : issues?.length ? 'issues' : 'loading'}>
      <div className="res-section-head">
        <h3 id="costs-h">{t('results.heading')}</h3>
      </div>
      {costs ? (
        <CostResultsView costs={costs} from={scenario.baseYear + 1} to={scenario.endYear} reference={reference} macc={macc} charts={seen} />
      ) : (
        <p className="muted">{issues?.length ? t('unavailable') : t('loading')}</p>
      )}
    </section>
  );
}
