import type { EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { Scenario } from '../../../shared/model/scenario';
import { runEnsembleInWorkers } from '../../engine/ensemble';

/**
 * The uncertainty analysis the report shows: the scenario's own (runs, seed and
 * ranges as the planner set them), computed by the ensemble workers; none when
 * the scenario has no uncertainty settings of its own, so a report carries the
 * section only for a scenario whose analysis the planner set up.
 */
export async function loadReportEnsemble(scenario: Scenario): Promise<EnsembleResults | undefined> {
  const u = scenario.uncertainty;
  if (!u) return undefined;
  return runEnsembleInWorkers(scenario, { runs: u.runs, seed: u.seed });
}
