import type { Scenario } from '../../../shared/model/scenario';
import { useScenarioResults } from '../../engine/useScenarioResults';
import { ResultsPanel, type ResultSections } from './ResultsPanel';

/**
 * The scenario's results tab (the app gives it to the editor as a slot): the
 * results panel fed by the engine worker. The editor only ever hands it scenarios the worker checked (renderer/state/edit-gate.ts),
 * so it never sees a half-typed value, and their results came with the check.
 */
export function ResultsSlot({ scenario, sections }: { scenario: Scenario; sections?: ResultSections }) {
  const { results, issues, pending, computeMs } = useScenarioResults(scenario);
  return <ResultsPanel scenario={scenario} results={results} issues={issues} pending={pending} computeMs={computeMs} sections={sections} />;
}
