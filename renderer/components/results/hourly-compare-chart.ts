import type { HourlyResults } from '../../../shared/engine/hourly/types';
import type { ChartOption } from '../Chart';
import { FONT, INK, LINE, MUTED, planYearLabels, type Series } from './chart-frame';
import type { NumberFormatter } from './format';
import { HOURLY_UNIT, hourlyValue, type HourlyIndicator } from './hourly-indicators';

/** A compared scenario with its hourly balance, in its compare colour. */
export type HourlyRun = { id: string; name: string; color: string; hourly: HourlyResults };

/**
 * One line per scenario of a yearly indicator of the hourly balance (the compare
 * page and the printed comparison draw the same): the engine's values on the
 * union of the scenarios' years, power in the capacity unit.
 */
export function hourlyCompareOption(
  runs: readonly HourlyRun[],
  indicator: HourlyIndicator,
  fmt: NumberFormatter,
  unitLabel: string,
): ChartOption {
  const years = [...new Set(runs.flatMap((r) => r.hourly.years.map((y) => y.year)))].sort((a, b) => a - b);
  const power = HOURLY_UNIT[indicator] === 'mw';
  const series: Series[] = runs.map((run, i) => ({
    type: 'line',
    name: run.name,
    data: run.hourly.years.map((y) => {
      const v = hourlyValue(y, indicator);
      return [String(y.year), power ? fmt.shown(v, 'mw') : v];
    }),
    color: run.color,
    symbol: 'none',
    // dashes tell the lines apart in greyscale print
    lineStyle: { width: 2.2, color: run.color, type: i % 2 ? 'dashed' : 'solid' },
  }));
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 12, right: 20, top: 30, bottom: 40, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, textStyle: { fontFamily: FONT, fontSize: 12 } },
    legend: {
      type: 'plain',
      bottom: 0,
      left: 'center',
      icon: 'roundRect',
      itemWidth: 12,
      itemHeight: 8,
      textStyle: { fontFamily: FONT, fontSize: 11, color: INK },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: years.map(String),
      axisLabel: { color: MUTED, fontSize: 11, hideOverlap: true, ...planYearLabels() },
      axisTick: { alignWithLabel: true, lineStyle: { color: LINE }, ...planYearLabels() },
      axisLine: { lineStyle: { color: LINE } },
    },
    yAxis: {
      type: 'value',
      name: unitLabel,
      min: 0,
      nameTextStyle: { color: MUTED, fontSize: 11, align: 'left' },
      axisLabel: { color: MUTED, fontSize: 11, formatter: (v: number) => fmt.axis(v) },
      splitLine: { lineStyle: { color: '#eef0f3' } },
    },
    series,
  };
}
