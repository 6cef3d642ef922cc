import { useEffect, useState } from 'react';
import type { HourlyDetail, HourlyResults } from '../../../shared/engine/hourly/types';
import type { Scenario } from '../../../shared/model/scenario';
import { engineClient } from '../../engine/client';

export type DetailState = { detail: HourlyDetail | null; loading: boolean; failed: boolean };

type Asked = { scenario: Scenario; year: number; detail: HourlyDetail | null; failed: boolean };

/**
 * The hours of `year`: the results' own detail when it is that year (the default), else asked of the
 * engine worker (`hourlyDetail`) for the scenario as it is now; the previous year's stays on screen,
 * marked loading, until the answer arrives.
 */
export function useHourlyDetail(scenario: Scenario, hourly: HourlyResults | undefined, year: number | null, client: Pick<typeof engineClient, 'call'> = engineClient): DetailState {
  const own = hourly?.detail && (year === null || hourly.detail.year === year) ? hourly.detail : null;
  const [asked, setAsked] = useState<Asked | null>(null);
  const need = !own && hourly && year !== null;

  useEffect(() => {
    if (!need) return;
    let live = true;
    client
      .call('hourlyDetail', { scenario, year })
      .then((detail) => live && setAsked({ scenario, year, detail, failed: detail === null }))
      .catch(() => live && setAsked({ scenario, year, detail: null, failed: true }));
    return () => {
      live = false;
    };
  }, [need, scenario, year, client]);

  if (own) return { detail: own, loading: false, failed: false };
  if (!need) return { detail: null, loading: false, failed: false };
  const current = asked !== null && asked.scenario === scenario && asked.year === year;
  return { detail: asked?.detail ?? null, loading: !current, failed: current && asked.failed };
}
