import { computePrepared } from '../shared/engine/run-core';
import { runHourly } from '../shared/engine/hourly/run-hourly';
import { prepareScenario } from '../shared/engine/prepare';
import { resolveSeries } from '../shared/engine/series';
import type { Scenario } from '../shared/model/scenario';
import { median } from './support';

export type HourlyFigure = { id: string; years: number; hours: number; medianMs: number; worstMs: number; detailMedianMs: number };

/**
 * The hourly balance of each preset over 2020–2060 as the worker runs it after
 * the annual model (the annual results prepared once, outside the timing):
 * every year's 8,760 or 8,784 hours, with and without the detail year the views show.
 */
export function benchHourly(presets: Scenario[], runs = 300): HourlyFigure[] {
  return presets.map((preset) => {
    const s: Scenario = { ...preset, endYear: 2060 };
    const p = prepareScenario(s, resolveSeries);
    const annual = computePrepared(p);
    const time = (detail: number | null) => {
      for (let i = 0; i < 30; i++) runHourly(p, annual.years, detail);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        runHourly(p, annual.years, detail);
        times.push(performance.now() - t0);
      }
      return times;
    };
    const withDetail = time(2030);
    const bare = time(null);
    const hours = runHourly(p, annual.years, null)!.results.years.reduce((n, y) => n + y.hours, 0);
    return {
      id: s.id,
      years: annual.years.length,
      hours,
      medianMs: median(withDetail),
      worstMs: Math.max(...withDetail),
      detailMedianMs: median(withDetail) - median(bare),
    };
  });
}
