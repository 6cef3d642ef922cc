import type { Scenario } from '../../../shared/model/scenario';
import { useScenarioResults } from '../../engine/useScenarioResults';
import { ResultsPanel } from '../results/ResultsPanel';

/**
 * The results column: the results owner's panel fed by the engine worker. The
 * editor only ever hands it scenarios that passed `tryEdit`, so it never sees
 * a half-typed value.
 */
export function ResultsSlot({ scenario }: { scenario: Scenario }) {
  const { results, issues, pending, computeMs } = useScenarioResults(scenario);
  return <ResultsPanel scenario={scenario} results={results} issues={issues} pending={pending} computeMs={computeMs} />;
}
