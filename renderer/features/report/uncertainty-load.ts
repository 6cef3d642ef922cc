import type { EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { Scenario } from '../../../shared/model/scenario';
import { runEnsembleInWorkers } from '../../engine/ensemble';
import { ensembleOf, isStale } from '../../engine/ensemble-results';

/**
 * The uncertainty analysis the report shows: the one run on this very version
 * of the scenario in the app (defaults included), as the workbook takes it;
 * else, for a scenario with uncertainty settings of its own, its runs and seed
 * computed by the ensemble workers. None otherwise, so a report carries the
 * section only for a scenario whose analysis the planner ran or set up.
 */
export async function loadReportEnsemble(scenario: Scenario): Promise<EnsembleResults | undefined> {
  const shown = ensembleOf(scenario.id);
  if (shown.done && !isStale(shown, scenario)) return shown.done.results;
  const u = scenario.uncertainty;
  if (!u) return undefined;
  return runEnsembleInWorkers(scenario, { runs: u.runs, seed: u.seed });
}
