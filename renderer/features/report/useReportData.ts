import { useEffect, useState } from 'react';
import { loadChartLibrary } from '../../components/chart/load';
import type { MethodComparison } from '../../../shared/engine/methods';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { ScenarioIssue } from '../../../shared/engine/series-values';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/model/scenario';
import { useRepo } from '../../db/RepoContext';
import { methodComparisonOf } from '../../engine/method-comparison';
import { evaluateScenario, resultsOf, revisionOf } from '../../engine/outcomes';
import { getDesktopApi } from '../../platform/desktop';
import { loadBaseline, type ReportBaseline } from './baseline-load';
import { loadReportFonts } from './report-fonts';
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
  | {
      status: 'ready';
      items: ReportItem[];
      appInfo: AppInfo;
      baseline?: ReportBaseline;
      /**
       * false while what a scenario's report adds to its own results (the other methods, the
       * roll-up, the costs against the reference, the uncertainty runs, the baseline) is still
       * computed: the sections of the scenario's own results are drawn meanwhile
       */
      complete: boolean;
    };

/**
 * Loads the scenarios from the repository and their results from the one
 * results cache (the engine worker computes what it does not hold: the report
 * shows nothing the engine did not compute) with the headline figures under
 * the other accounting methods, plus the app's name and version
 * for the cover. Read once: a report is a snapshot.
 *
 * A scenario's report is given twice: first with the scenario's own results
 * (`complete: false`), so the page draws them while the engine computes the
 * rest, then with everything. Everything is asked at once, so the worker
 * goes from one command to the next without waiting on the page.
 */
export function useReportData(ids: readonly string[], baseline?: { asked: string | null | undefined }): ReportData {
  const repo = useRepo();
  const [data, setData] = useState<{ key: string; data: ReportData } | null>(null);
  const wantBaseline = baseline !== undefined;
  const asked = baseline?.asked;
  const key = `${ids.join('\n')}\t${wantBaseline ? `baseline:${asked === undefined ? '' : asked === null ? '-' : `=${asked}`}` : ''}`;

  useEffect(() => {
    let cancelled = false;
    const show = (d: ReportData) => {
      if (!cancelled) setData({ key, data: d });
    };
    const wanted = key.split('\t')[0]!.split('\n');
    const load = async (): Promise<ReportData> => {
      const records = await Promise.all(wanted.map((id) => repo.get(id)));
      const missing = wanted.filter((_, i) => !records[i]);
      if (missing.length) return { status: 'missing', ids: missing };
      const scenarios = records.map((r) => r!.scenario);
      // the charts library and the report's typeface too: the charts draw on first render (ready =
      // printable), their labels measured in the font they are printed in
      const evaluating = Promise.all([
        getDesktopApi().getAppInfo(),
        loadChartLibrary(),
        loadReportFonts(),
        ...records.map((r) => evaluateScenario(r!.scenario, revisionOf(r!), { hourly: true })),
      ]);
      // Asked now, behind the results in the worker's queue, so it answers them in turn while
      // storage reads overlap. The methods page says when these are missing, a scenario's report
      // leaves out the roll-up (its attached counties, summed) when it fails: nothing waits on a failure.
      const comparing = Promise.all(scenarios.map((s) => methodComparisonOf(s).catch(() => null)));
      const first = records[0]!;
      const extras = wantBaseline
        ? Promise.all([
            loadRollup(repo, first.scenario, resultsOf(first.scenario, revisionOf(first))).catch(() => null),
            loadCostReference(repo, first.scenario).catch(() => undefined),
            loadReportEnsemble(first.scenario).catch(() => undefined),
            loadBaseline(repo, first, asked).catch(() => NO_BASELINE),
          ])
        : null;
      const [appInfo, , , ...evaluations] = await evaluating;
      const items: ReportItem[] = [];
      for (const [i, { outcome }] of evaluations.entries()) {
        const scenario = scenarios[i]!;
        if (!outcome.ok) return { status: 'issues', scenario, issues: outcome.issues };
        items.push({ scenario, results: outcome.results });
      }
      if (!extras) {
        const comparisons = await comparing;
        return { status: 'ready', items: items.map((item, i) => ({ ...item, methods: comparisons[i] })), appInfo, complete: true };
      }
      show({ status: 'ready', items, appInfo, complete: false });
      const own = items[0]!;
      const [comparisons, [rollup, costReference, ensemble, baseline]] = await Promise.all([comparing, extras]);
      return { status: 'ready', items: [{ ...own, methods: comparisons[0], rollup, costReference, ensemble }], appInfo, baseline, complete: true };
    };
    load().then(show, (err: unknown) => show({ status: 'error', message: err instanceof Error ? err.message : String(err) }));
    return () => {
      cancelled = true;
    };
  }, [key, repo, wantBaseline, asked]);

  return data?.key === key ? data.data : { status: 'loading' };
}
