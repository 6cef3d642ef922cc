import type { TFunction } from 'i18next';
import type { HourlyDetail, HourlyYear, StressWeek } from '../../../shared/engine/hourly/types';
import type { ChartOption } from '../../components/Chart';
import { GENERATOR_COLORS, SERIES_COLORS } from '../../components/chart/palette';
import { FONT, INK, LINE, MUTED, type Series } from '../../components/results/chart-frame';
import type { NumberFormatter } from '../../components/results/format';

/**
 * The hourly views' chart options, from the engine's figures as they are: the
 * only arithmetic here is the capacity unit of display (MW or 万千瓦) and the
 * sign that draws sinks below the axis.
 */

export type Translate = TFunction<'hourly'>;
export type ChartCtx = { t: Translate; fmt: NumberFormatter };

/** What the supply side of the week stacks, bottom up: must-run first, then what follows the deficit. */
export const SUPPLY = ['thermal', 'biomass', 'hydro', 'wind', 'pv', 'discharge', 'imported', 'unserved'] as const;
/** What takes power out of the local balance, drawn below the axis. */
export const SINKS = ['charge', 'exported', 'curtailed'] as const;

export const FLOW_COLORS: Record<(typeof SUPPLY)[number] | (typeof SINKS)[number], string> = {
  thermal: GENERATOR_COLORS.coal,
  biomass: GENERATOR_COLORS.biomass,
  hydro: GENERATOR_COLORS.hydro,
  wind: GENERATOR_COLORS.wind,
  pv: GENERATOR_COLORS.pv,
  discharge: SERIES_COLORS.pumpedStorage,
  imported: SERIES_COLORS.netImports,
  unserved: '#b42318',
  charge: '#e8a6bf',
  // apart from the imports' lilac: a week often has both
  exported: '#f28e2b',
  curtailed: '#9aa5b1',
};

const axisText = { color: MUTED, fontSize: 11 };
const legend = (items: number): ChartOption['legend'] => ({
  type: 'plain',
  bottom: 0,
  left: 'center',
  icon: 'roundRect',
  itemWidth: 12,
  itemHeight: 8,
  itemGap: 10,
  textStyle: { fontFamily: FONT, fontSize: 12, color: INK },
  ...(items > 8 ? { width: '95%' } : {}),
});

/** A power already in the display unit (a chart's data), with that unit; `abs` for sinks drawn below the axis. */
export function powerText(fmt: NumberFormatter, v: unknown, abs = false): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return '—';
  return fmt.withUnit(abs ? Math.abs(v) : v, fmt.shownUnit('mw'));
}

/** The date of hour `hour` of `year` (CST calendar; the hours start 1 January 00:00). */
export function dateOfHour(year: number, hour: number): { month: number; day: number } {
  const d = new Date(Date.UTC(year, 0, 1) + hour * 3_600_000);
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The stress week: supply stacked above the axis, sinks below it, the load as a line. */
export function weekOption(week: StressWeek, year: number, { t, fmt }: ChartCtx): ChartOption {
  const shown = (v: number) => fmt.shown(v, 'mw');
  const hours = week.series.load.length;
  const labels = Array.from({ length: hours }, (_, i) => {
    const { month, day } = dateOfHour(year, week.startHour + i);
    return t('week.date', { month, day });
  });
  const area = (key: (typeof SUPPLY)[number] | (typeof SINKS)[number], stack: string, sign: 1 | -1): Series => ({
    type: 'line',
    name: t(`series.${key}`),
    stack,
    step: 'middle',
    symbol: 'none',
    lineStyle: { width: 0 },
    areaStyle: { color: FLOW_COLORS[key], opacity: key === 'curtailed' ? 0.55 : 0.9 },
    itemStyle: { color: FLOW_COLORS[key] },
    data: week.series[key].map((v) => sign * shown(v)),
  });
  // a flow that is zero all week only crowds the legend
  const some = (key: keyof StressWeek['series']) => week.series[key].some((v) => v > 1e-9);
  const series: Series[] = [
    ...SUPPLY.filter(some).map((k) => area(k, 'supply', 1)),
    ...SINKS.filter(some).map((k) => area(k, 'sinks', -1)),
    {
      type: 'line',
      name: t('series.load'),
      symbol: 'none',
      step: 'middle',
      lineStyle: { color: SERIES_COLORS.demand, width: 1.5 },
      itemStyle: { color: SERIES_COLORS.demand },
      data: week.series.load.map(shown),
      z: 5,
    },
  ];
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 8, right: 16, top: 30, bottom: 64, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      textStyle: { fontFamily: FONT, fontSize: 12 },
      valueFormatter: (v) => powerText(fmt, v, true),
    },
    legend: legend(series.length),
    xAxis: {
      type: 'category',
      data: labels,
      boundaryGap: false,
      axisLabel: { ...axisText, interval: (i: number) => i % 24 === 0 },
      axisTick: { interval: (i: number) => i % 24 === 0, lineStyle: { color: LINE } },
      axisLine: { lineStyle: { color: LINE } },
    },
    yAxis: {
      type: 'value',
      name: fmt.unit('mw'),
      nameTextStyle: { ...axisText, align: 'left' },
      axisLabel: { ...axisText, formatter: (v: number) => fmt.axis(v) },
      splitLine: { lineStyle: { color: '#eef0f3' } },
    },
    series,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Month (rows) × hour of day (columns), MW averages: net load (diverging at zero) or curtailment. */
export function heatmapOption(grid: readonly (readonly number[])[], kind: 'netLoad' | 'curtailed', { t, fmt }: ChartCtx): ChartOption {
  const data: [number, number, number][] = [];
  let lo = 0;
  let hi = 0;
  grid.forEach((row, m) =>
    row.forEach((v, h) => {
      const x = fmt.shown(v, 'mw');
      data.push([h, m, x]);
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }),
  );
  // net load: one scale either side of zero, so white is balance; curtailment: from zero up
  const reach = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
  const visualMap =
    kind === 'netLoad'
      ? { min: -reach, max: reach, inRange: { color: ['#2166ac', '#92c5de', '#f7f7f7', '#f4a582', '#b2182b'] } }
      : { min: 0, max: hi || 1, inRange: { color: ['#f7f7f7', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] } };
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 8, right: 16, top: 10, bottom: 56, containLabel: true },
    tooltip: {
      confine: true,
      textStyle: { fontFamily: FONT, fontSize: 12 },
      formatter: (p: unknown) => {
        const [h, m, v] = (p as { value: [number, number, number] }).value;
        return `${t('heatmap.month', { month: m + 1 })} ${h}:00 — ${powerText(fmt, v)}`;
      },
    },
    xAxis: {
      type: 'category',
      name: t('heatmap.hour'),
      nameTextStyle: axisText,
      data: Array.from({ length: 24 }, (_, h) => String(h)),
      axisLabel: { ...axisText, interval: 2 },
      axisLine: { lineStyle: { color: LINE } },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: Array.from({ length: 12 }, (_, m) => t('heatmap.month', { month: m + 1 })),
      axisLabel: axisText,
      axisLine: { lineStyle: { color: LINE } },
    },
    visualMap: {
      ...visualMap,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      itemWidth: 10,
      precision: fmt.shownUnit('mw') === 'mw' ? 0 : 2,
      // the scale's ends, in the display unit (the engine's averages as drawn)
      text: [powerText(fmt, round2(visualMap.max)), powerText(fmt, round2(visualMap.min))],
      textStyle: axisText,
    },
    series: [{ type: 'heatmap', name: t(`heatmap.${kind}`), data, progressive: 0 }],
  };
}

/** The load and residual load sorted from the highest, one point every 24 hours (the engine's sampling). */
export function durationOption(detail: HourlyDetail, { t, fmt }: ChartCtx): ChartOption {
  const xs = (n: number) => Array.from({ length: n }, (_, i) => Math.min(i * 24, 8784));
  const line = (name: string, values: readonly number[], color: string): Series => ({
    type: 'line',
    name,
    symbol: 'none',
    lineStyle: { color, width: 1.8 },
    itemStyle: { color },
    data: values.map((v, i) => [xs(values.length)[i]!, fmt.shown(v, 'mw')]),
  });
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 8, right: 24, top: 30, bottom: 56, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, textStyle: { fontFamily: FONT, fontSize: 12 }, valueFormatter: (v) => powerText(fmt, v) },
    legend: legend(2),
    xAxis: {
      type: 'value',
      name: t('duration.axis'),
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: axisText,
      min: 0,
      max: (detail.loadDurationMW.length - 1) * 24 > 8760 ? 8784 : 8760,
      // the last hour's label would sit on 8,000's
      axisLabel: { ...axisText, showMaxLabel: false, formatter: (v: number) => fmt.axis(v) },
      splitLine: { show: false },
      axisLine: { lineStyle: { color: LINE } },
    },
    yAxis: {
      type: 'value',
      name: fmt.unit('mw'),
      nameTextStyle: { ...axisText, align: 'left' },
      axisLabel: { ...axisText, formatter: (v: number) => fmt.axis(v) },
      splitLine: { lineStyle: { color: '#eef0f3' } },
    },
    series: [line(t('duration.load'), detail.loadDurationMW, SERIES_COLORS.demand), line(t('duration.residual'), detail.residualDurationMW, GENERATOR_COLORS.hydro)],
  };
}

/** Over the years: curtailment % as bars (left axis), peak import and export as lines (right axis). */
export function indicatorsOption(years: readonly HourlyYear[], { t, fmt }: ChartCtx, pctLabel: string): ChartOption {
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 8, right: 8, top: 30, bottom: 56, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, textStyle: { fontFamily: FONT, fontSize: 12 } },
    legend: legend(3),
    xAxis: {
      type: 'category',
      data: years.map((y) => String(y.year)),
      axisLabel: { ...axisText, interval: (_i: number, v: string) => Number(v) % 5 === 0 },
      axisTick: { alignWithLabel: true, lineStyle: { color: LINE } },
      axisLine: { lineStyle: { color: LINE } },
    },
    yAxis: [
      {
        type: 'value',
        name: pctLabel,
        min: 0,
        // a few thousandths of a percent fill no axis of their own: at least 0–1 %
        max: years.every((y) => y.curtailmentPct < 1) ? 1 : undefined,
        nameTextStyle: { ...axisText, align: 'left' },
        axisLabel: { ...axisText, formatter: (v: number) => fmt.axis(v) },
        splitLine: { lineStyle: { color: '#eef0f3' } },
      },
      {
        type: 'value',
        name: fmt.unit('mw'),
        min: 0,
        nameTextStyle: { ...axisText, align: 'right' },
        axisLabel: { ...axisText, formatter: (v: number) => fmt.axis(v) },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: t('indicators.rows.curtailmentPct'),
        yAxisIndex: 0,
        itemStyle: { color: FLOW_COLORS.curtailed },
        data: years.map((y) => y.curtailmentPct),
        tooltip: { valueFormatter: (v) => (typeof v === 'number' ? fmt.withUnit(v, 'pct') : '—') },
      },
      {
        type: 'line',
        name: t('indicators.rows.peakImportMW'),
        yAxisIndex: 1,
        symbol: 'none',
        lineStyle: { color: FLOW_COLORS.imported, width: 2 },
        itemStyle: { color: FLOW_COLORS.imported },
        data: years.map((y) => fmt.shown(y.peakImportMW, 'mw')),
        tooltip: { valueFormatter: (v) => powerText(fmt, v) },
      },
      {
        type: 'line',
        name: t('indicators.rows.peakExportMW'),
        yAxisIndex: 1,
        symbol: 'none',
        lineStyle: { color: FLOW_COLORS.exported, width: 2 },
        itemStyle: { color: FLOW_COLORS.exported },
        data: years.map((y) => fmt.shown(y.peakExportMW, 'mw')),
        tooltip: { valueFormatter: (v) => powerText(fmt, v) },
      },
    ],
  };
}
