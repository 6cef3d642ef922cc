import { useEffect, useId, useRef, useState } from 'react';
import type { ScenarioResults } from '../../shared/engine/results';
import type { ScenarioIssue } from '../../shared/engine/series';
import type { Scenario } from '../../shared/model/scenario';
import { engineClient, type EngineClient } from './client';
import { hasExpressions, resolveWithoutExpressions } from '../../shared/engine/series-values';
import { loadedExprEngine } from './expr-engine';
import { computeOutcomeWith } from './outcome';

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

type Shown = {
  /** the scenario the outcome belongs to */
  scenario: Scenario | null;
  results: ScenarioResults | null;
  issues: ScenarioIssue[] | null;
  computeMs: number | null;
};

const NOTHING: Shown = { scenario: null, results: null, issues: null, computeMs: null };

/** Whether the main thread can compute `scenario` now, without loading mathjs there. */
const computableNow = (scenario: Scenario) => loadedExprEngine() !== null || !hasExpressions(scenario);

/**
 * For a document just opened: when its first results will have to come from
 * the worker, asks for them now, so they compute while the editor renders.
 */
export function prefetchResults(scenario: Scenario, client: EngineClient = engineClient): void {
  if (!computableNow(scenario)) client.prefetch(scenario);
}

/** The first results, on the main thread; NOTHING (the worker answers) when they need mathjs before it has loaded. */
function computeNow(scenario: Scenario | null | undefined): Shown {
  if (!scenario || !computableNow(scenario)) return NOTHING;
  const engine = loadedExprEngine();
  const o = computeOutcomeWith(scenario, engine?.resolveSeries ?? resolveWithoutExpressions);
  return o.ok
    ? { scenario, results: o.results, issues: null, computeMs: o.computeMs }
    : { scenario, results: null, issues: o.issues, computeMs: null };
}

/**
 * Results that follow the scenario as it is edited. The first scenario is
 * computed at once on the main thread (about a millisecond) when it can be
 * without loading mathjs there (no expressions, or the expression engine has
 * loaded), so the panel mostly opens with results; every later version goes to the engine worker through
 * `runLatest`, so a fast slider drag computes only the newest value and
 * typing never waits for the engine. Until the newer results arrive the
 * previous ones stay visible and `pending` is true.
 */
export function useScenarioResults(scenario: Scenario | null | undefined, client: EngineClient = engineClient): ScenarioResultsState {
  const key = useId();
  const [shown, setShown] = useState<Shown>(() => computeNow(scenario));
  const requested = useRef<Scenario | null>(shown.scenario);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!scenario || requested.current === scenario) return;
    requested.current = scenario;
    void client.runLatest(key, scenario).then((o) => {
      // Older outcomes that were computed still show: during a drag the numbers move with it.
      if (o.status === 'superseded' || !mounted.current) return;
      setShown(
        o.status === 'done'
          ? { scenario, results: o.results, issues: null, computeMs: o.computeMs }
          : { scenario, results: null, issues: o.issues, computeMs: null },
      );
    });
  }, [scenario, client, key]);

  if (!scenario) return { results: null, issues: null, pending: false, computeMs: null };
  return {
    results: shown.results,
    issues: shown.issues,
    pending: shown.scenario !== scenario,
    computeMs: shown.computeMs,
  };
}
