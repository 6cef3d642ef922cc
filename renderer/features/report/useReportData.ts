import { useEffect, useState } from 'react';
import { loadChartLibrary } from '../../components/chart/load';
import type { MethodComparison } from '../../../shared/engine/methods';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { ScenarioIssue } from '../../../shared/engine/series-values';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/model/scenario';
import { useRepo } from '../../db/RepoContext';
import { methodComparisonOf } from '../../engine/method-comparison';
import { evaluateScenario, revisionOf } from '../../engine/outcomes';
import { getDesktopApi } from '../../platform/desktop';
import { loadBaseline, type ReportBaseline } from './baseline-load';
import { loadRollup } from './rollup-load';
import { loadCostReference, type ReportCostReference } from './cost-load';
import { loadReportEnsemble } from './uncertainty-load';
import type { EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { Rollup } from '../../../shared/engine/rollup';

// the rest of the report does not wait on the baseline failing: its section is left out
const NO_BASELINE: ReportBaseline = { candidates: [], choice: null, item: null };

/** A scenario, its results and its headline figures under the other accounting methods (null when they could not be computed). */
export type ReportItem = {
  scenario: Scenario;
  results: ScenarioResults;
  methods?: MethodComparison | null;
  /** the counties attached to a city scenario, summed by the engine (null: none attached or not computed) */
  rollup?: Rollup | null;
  /** the scenario's costs against its reference scenario (`costs.referenceScenarioId`) */
  costReference?: ReportCostReference;
  /** the uncertainty analysis of a scenario with its own settings (absent: none, or it failed) */
  ensemble?: EnsembleResults;
};

export type ReportData =
  | { status: 'loading' }
  | { status: 'missing'; ids: string[] }
  | { status: 'issues'; scenario: Scenario; issues: ScenarioIssue[] }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: ReportItem[]; appInfo: AppInfo; baseline?: ReportBaseline };

/**
 * Loads the scenarios from the repository and their results from the one
 * results cache (the engine worker computes what it does not hold: the report
 * shows nothing the engine did not compute) with the headline figures under
 * the other accounting methods, plus the app's name and version
 * for the cover. Read once: a report is a snapshot.
 */
export function useReportData(ids: readonly string[], baseline?: { asked: string | null | undefined }): ReportData {
  const repo = useRepo();
  const [data, setData] = useState<{ key: string; data: ReportData } | null>(null);
  const wantBaseline = baseline !== undefined;
  const asked = baseline?.asked;
  const key = `${ids.join('\n')}\t${wantBaseline ? `baseline:${asked === undefined ? '' : asked === null ? '-' : `=${asked}`}` : ''}`;

  useEffect(() => {
    let cancelled = false;
    const wanted = key.split('\t')[0]!.split('\n');
    const load = async (): Promise<ReportData> => {
      const records = await Promise.all(wanted.map((id) => repo.get(id)));
      const missing = wanted.filter((_, i) => !records[i]);
      if (missing.length) return { status: 'missing', ids: missing };
      const scenarios = records.map((r) => r!.scenario);
      // the charts library too: the report's charts must draw on first render (ready = printable)
      const [appInfo, , ...evaluations] = await Promise.all([
        getDesktopApi().getAppInfo(),
        loadChartLibrary(),
        ...records.map((r) => evaluateScenario(r!.scenario, revisionOf(r!), { hourly: true })),
      ]);
      const items: ReportItem[] = [];
      for (const [i, { outcome }] of evaluations.entries()) {
        const scenario = scenarios[i]!;
        if (!outcome.ok) return { status: 'issues', scenario, issues: outcome.issues };
        items.push({ scenario, results: outcome.results, methods: null });
      }
      // the methods page says when these are missing; the rest of the report does not wait on them failing
      const comparing = Promise.all(scenarios.map((s) => methodComparisonOf(s).catch(() => null)));
      if (!wantBaseline) {
        (await comparing).forEach((c, i) => (items[i]!.methods = c));
        return { status: 'ready', items, appInfo };
      }
      // asked together: the workers answer them in turn while storage reads overlap. A scenario's
      // report sums its attached counties; that section is left out when the roll-up fails
      const first = items[0]!;
      const [comparisons, rollup, costReference, ensemble, baseline] = await Promise.all([
        comparing,
        loadRollup(repo, first.scenario, first.results).catch(() => null),
        loadCostReference(repo, first.scenario).catch(() => undefined),
        loadReportEnsemble(first.scenario).catch(() => undefined),
        loadBaseline(repo, records[0]!, asked).catch(() => NO_BASELINE),
      ]);
      comparisons.forEach((c, i) => (items[i]!.methods = c));
      first.rollup = rollup;
      first.costReference = costReference;
      first.ensemble = ensemble;
      return { status: 'ready', items, appInfo, baseline };
    };
    load().then(
      (d) => !cancelled && setData({ key, data: d }),
      (err: unknown) => !cancelled && setData({ key, data: { status: 'error', message: err instanceof Error ? err.message : String(err) } }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, repo, wantBaseline, asked]);

  return data?.key === key ? data.data : { status: 'loading' };
}
