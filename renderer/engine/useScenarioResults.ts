import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ScenarioResults } from '../../shared/engine/results';
import type { ScenarioIssue } from '../../shared/engine/series-values';
import type { Scenario } from '../../shared/model/scenario';
import { evaluateScenario, evaluationsVersion, hourlyPending, knownEvaluation, subscribeEvaluations } from './outcomes';
import type { EngineOutcome } from './protocol';

export type ScenarioResultsState = {
  /** results of the newest scenario computed so far; kept on screen while a newer one computes */
  results: ScenarioResults | null;
  /** the engine's reasons when the newest computed scenario cannot be computed (then `results` is null) */
  issues: ScenarioIssue[] | null;
  /** a newer scenario than the one shown is being computed */
  pending: boolean;
  /** engine time of the shown outcome, ms (null for issues) */
  computeMs: number | null;
};

type Shown = { scenario: Scenario; outcome: EngineOutcome };

/**
 * Results that follow the scenario as it is edited, from the one results
 * cache (renderer/engine/outcomes.ts). An edit the editor accepted was
 * computed by the worker as it was checked, so its results are there on the
 * render that shows the edit; anything else is asked for, and until it
 * arrives the previous results stay visible with `pending` true. With `hourly`,
 * the hourly balance's outputs are asked for too (the figures come first).
 */
export function useScenarioResults(scenario: Scenario | null | undefined, revision?: string, options: { hourly?: boolean } = {}): ScenarioResultsState {
  const hourly = options.hourly === true;
  useSyncExternalStore(subscribeEvaluations, evaluationsVersion, evaluationsVersion);
  const known = scenario ? knownEvaluation(scenario, revision) : undefined;
  const [shown, setShown] = useState<Shown | null>(null);
  if (scenario && known && shown?.scenario !== scenario) setShown({ scenario, outcome: known.outcome });

  useEffect(() => {
    if (scenario && (!knownEvaluation(scenario, revision) || (hourly && hourlyPending(scenario, revision)))) void evaluateScenario(scenario, revision, { hourly });
  }, [scenario, revision, hourly]);

  if (!scenario) return { results: null, issues: null, pending: false, computeMs: null };
  const o = known?.outcome ?? shown?.outcome ?? null;
  return {
    results: o?.ok ? o.results : null,
    issues: o && !o.ok ? o.issues : null,
    pending: !known || (hourly && hourlyPending(scenario, revision)),
    computeMs: o?.ok ? o.computeMs : null,
  };
}
