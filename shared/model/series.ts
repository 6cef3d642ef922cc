import * as z from 'zod';

/**
 * A yearly input. Three forms, chosen by JSON type so files stay readable:
 * - a number: the same value every year;
 * - a list of `{ year, value }` points: linear interpolation between points, the
 *   first/last value held before/after them (LEAP's Interp convention);
 * - `{ expr }`: a restricted mathjs expression of `year` with the helpers
 *   `interp`, `growth`, `step` (see engine/expr.ts). `baseValue` is what
 *   `growth(rate)` compounds from.
 */
export const YearPointSchema = z.object({
  year: z.number().int('value.wholeYear').min(1990).max(2100),
  value: z.number(),
});

export const ExprSeriesSchema = z.object({
  expr: z.string().min(1),
  baseValue: z.number().optional(),
});

export const SeriesSchema = z.union([z.number(), z.array(YearPointSchema).min(1, 'series.noPoints'), ExprSeriesSchema]);

export type YearPoint = z.infer<typeof YearPointSchema>;
export type ExprSeries = z.infer<typeof ExprSeriesSchema>;
export type Series = z.infer<typeof SeriesSchema>;

export function isExprSeries(s: Series): s is ExprSeries {
  return typeof s === 'object' && !Array.isArray(s);
}
