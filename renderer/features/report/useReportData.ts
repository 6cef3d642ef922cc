import { useEffect, useState } from 'react';
import { loadChartLibrary } from '../../components/chart/load';
import { ScenarioError } from '../../../shared/engine/prepare';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { ScenarioIssue } from '../../../shared/engine/series';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/model/scenario';
import { useRepo } from '../../db/RepoContext';
import { engineClient, type EngineClient } from '../../engine/client';
import { getDesktopApi } from '../../platform/desktop';

export type ReportItem = { scenario: Scenario; results: ScenarioResults };

export type ReportData =
  | { status: 'loading' }
  | { status: 'missing'; ids: string[] }
  | { status: 'issues'; scenario: Scenario; issues: ScenarioIssue[] }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: ReportItem[]; appInfo: AppInfo };

/**
 * Loads the scenarios from the repository and has the engine worker compute
 * each one (the report shows nothing the engine did not compute), plus the
 * app's name and version for the cover. Read once: a report is a snapshot.
 */
export function useReportData(ids: readonly string[], client: EngineClient = engineClient): ReportData {
  const repo = useRepo();
  const [data, setData] = useState<{ key: string; data: ReportData } | null>(null);
  const key = ids.join('\n');

  useEffect(() => {
    let cancelled = false;
    const wanted = key.split('\n');
    const load = async (): Promise<ReportData> => {
      const records = await Promise.all(wanted.map((id) => repo.get(id)));
      const missing = wanted.filter((_, i) => !records[i]);
      if (missing.length) return { status: 'missing', ids: missing };
      const scenarios = records.map((r) => r!.scenario);
      // the charts library too: the report's charts must draw on first render (ready = printable)
      const [appInfo, , ...outcomes] = await Promise.all([
        getDesktopApi().getAppInfo(),
        loadChartLibrary(),
        ...scenarios.map((s) =>
          client.run(s).then(
            (results) => ({ ok: true as const, results }),
            (err: unknown) => ({ ok: false as const, err }),
          ),
        ),
      ]);
      const items: ReportItem[] = [];
      for (const [i, o] of outcomes.entries()) {
        const scenario = scenarios[i]!;
        if (o.ok) items.push({ scenario, results: o.results });
        else if (o.err instanceof ScenarioError) return { status: 'issues', scenario, issues: o.err.issues };
        else throw o.err;
      }
      return { status: 'ready', items, appInfo };
    };
    load().then(
      (d) => !cancelled && setData({ key, data: d }),
      (err: unknown) => !cancelled && setData({ key, data: { status: 'error', message: err instanceof Error ? err.message : String(err) } }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, repo, client]);

  return data?.key === key ? data.data : { status: 'loading' };
}
