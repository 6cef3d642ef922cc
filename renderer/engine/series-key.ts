import type { ExprSeries } from '../../shared/model/series';

/**
 * What an expression series' values depend on: its text, the value `growth()`
 * compounds from and the horizon. The page and the worker name values by it,
 * so values the worker computed for one scenario serve any equal series.
 */
export function seriesKey(series: ExprSeries, baseYear: number, endYear: number): string {
  return JSON.stringify([series.expr, series.baseValue ?? null, baseYear, endYear]);
}
