import type { TFunction } from 'i18next';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { ChartOption } from '../Chart';
import type { NumberFormatter, UnitId } from './format';

/** The frame every result chart shares (axes, legend, tooltip, fonts) and the types the chart builders use. */

/** i18next's `t` for the `results` namespace. */
export type Translate = TFunction<'results'>;

export type Ctx = { results: ScenarioResults; fmt: NumberFormatter; t: Translate };
/** One series of a chart option (line, bar or scatter). */
export type Series = NonNullable<ChartOption['series']> extends infer S ? (S extends readonly (infer E)[] ? E : S) : never;

export const FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', system-ui, sans-serif";
export const INK = '#1f2933';
export const MUTED = '#616e7c';
export const LINE = '#d9dee4';

/** The years of the five-year plans (2020, 2025, 2030, …): the ones a planner reads a chart by. */
export function isPlanYear(year: number): boolean {
  return year % 5 === 0;
}

/**
 * Labels and ticks of a category axis of years on the plan years only, whatever the horizon and the
 * chart's width (ECharts' automatic interval would pick 2021, 2027, … on a narrow chart).
 */
export function planYearLabels(): { interval: (index: number, value: string) => boolean } {
  return { interval: (_index, value) => isPlanYear(Number(value)) };
}

function tooltipValue(fmt: NumberFormatter, unit: UnitId) {
  return (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? fmt.withUnit(value, unit) : '—');
}

/**
 * Shared frame: category axis of years, value axis named by its unit, legend under the plot, locale tooltips.
 * `years` replaces the axis of `ctx.results` (a comparison spans the union of several horizons).
 */
export function frame(
  ctx: Ctx,
  unit: UnitId,
  opts: { bars?: boolean; min?: number; max?: number; scale?: boolean; headroom?: string; legendItems?: number; years?: readonly number[] } = {},
): ChartOption {
  const { results, fmt, t } = ctx;
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    // The legend wraps rather than scrolls (every series stays named); more series, more room (three rows
    // on a half-width chart past nine: the fuels, waste incineration, the total and the peak's marks).
    grid: { left: 12, right: 20, top: 36, bottom: !opts.legendItems || opts.legendItems <= 5 ? 56 : opts.legendItems <= 9 ? 76 : 96 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      order: 'seriesDesc',
      valueFormatter: tooltipValue(fmt, unit),
      textStyle: { fontFamily: FONT, fontSize: 12 },
    },
    legend: {
      type: 'plain',
      bottom: 0,
      left: 'center',
      icon: 'roundRect',
      itemWidth: 12,
      itemHeight: 8,
      itemGap: 12,
      textStyle: { fontFamily: FONT, fontSize: 12, color: INK },
    },
    xAxis: {
      type: 'category',
      name: t('charts.year'),
      nameLocation: 'end',
      nameGap: 6,
      nameTextStyle: { color: MUTED, fontSize: 11, verticalAlign: 'top', padding: [8, 0, 0, 0] },
      boundaryGap: opts.bars ?? false,
      data: (opts.years ?? results.years.map((y) => y.year)).map(String),
      axisLabel: { color: MUTED, fontSize: 11, hideOverlap: true, ...planYearLabels() },
      axisLine: { lineStyle: { color: LINE } },
      axisTick: { alignWithLabel: true, lineStyle: { color: LINE }, ...planYearLabels() },
    },
    yAxis: {
      type: 'value',
      name: fmt.unit(unit),
      nameLocation: 'end',
      nameGap: 12,
      nameTextStyle: { color: MUTED, fontSize: 11, align: 'left' },
      min: opts.min,
      max: opts.max,
      scale: opts.scale ?? false,
      // room above the highest value for the labels drawn there (the peak)
      boundaryGap: opts.headroom ? [0, opts.headroom] : undefined,
      axisLabel: { color: MUTED, fontSize: 11, formatter: (v: number) => fmt.axis(v) },
      splitLine: { lineStyle: { color: '#eef0f3' } },
    },
  };
}
