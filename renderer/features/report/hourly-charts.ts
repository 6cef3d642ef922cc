import type { HourlyDetail, StressWeek } from '../../../shared/engine/hourly/types';
import type { ChartOption } from '../../components/Chart';
import { GENERATOR_COLORS, SERIES_COLORS } from '../../components/chart/palette';
import { FONT, INK, LINE, MUTED, type Series } from '../../components/results/chart-frame';
import type { ReportText } from './report-text';

/**
 * The hourly balance's charts for paper: a stress week as stacked hourly
 * flows and the duration curves, power in the report's capacity unit.
 */

type Flow = keyof StressWeek['series'];

/** Where the load's power comes from (stacked above zero), in merit order of the dispatch. */
const SUPPLY: readonly Flow[] = ['pv', 'wind', 'hydro', 'biomass', 'thermal', 'discharge', 'imported', 'unserved'];
/** Where a surplus goes (stacked below zero). */
const SURPLUS: readonly Flow[] = ['charge', 'exported', 'curtailed'];

const FLOW_COLORS: Record<Flow, string> = {
  load: SERIES_COLORS.demand,
  pv: GENERATOR_COLORS.pv,
  wind: GENERATOR_COLORS.wind,
  hydro: GENERATOR_COLORS.hydro,
  biomass: GENERATOR_COLORS.biomass,
  thermal: GENERATOR_COLORS.coal,
  discharge: SERIES_COLORS.pumpedStorage,
  imported: SERIES_COLORS.netImports,
  unserved: SERIES_COLORS.target,
  charge: '#e8a9c1',
  exported: '#9c6b3c',
  curtailed: '#8a96a3',
};

const EPSILON = 1e-6;
const DAY = 24;
const WEEK = 168;

const axisText = { color: MUTED, fontSize: 11 };

function legend(): ChartOption['legend'] {
  return {
    type: 'plain',
    bottom: 0,
    left: 'center',
    icon: 'roundRect',
    itemWidth: 12,
    itemHeight: 8,
    itemGap: 10,
    textStyle: { fontFamily: FONT, fontSize: 11, color: INK },
  };
}

function valueAxis(x: ReportText): ChartOption['yAxis'] {
  return {
    type: 'value',
    name: x.fmt.unit('mw'),
    nameLocation: 'end',
    nameGap: 12,
    nameTextStyle: { ...axisText, align: 'left' },
    axisLabel: { ...axisText, formatter: (v: number) => x.fmt.axis(v) },
    splitLine: { lineStyle: { color: '#eef0f3' } },
  };
}

/** The day labels' format per language: made once (a chart's axis asks for its labels over and over, and a new format costs more than the label). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Day label of the week's day `d` (0–6): the calendar date of that day of `year` ('3月5日', '5 Mar'). */
export function weekDayLabel(year: number, startHour: number, d: number, x: ReportText): string {
  const date = new Date(Date.UTC(year, 0, 1 + Math.floor(startHour / DAY) + d));
  const key = `${x.locale}:${x.lang}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(x.locale, { month: x.lang === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  return format.format(date);
}

/** The week's hourly flows: supply stacked above zero with the load drawn over it, charging, export and curtailment below. */
export function stressWeekOption(week: StressWeek, year: number, x: ReportText): ChartOption {
  const shown = (v: number) => x.fmt.shown(v, 'mw');
  const area = (f: Flow, sign: 1 | -1): Series => ({
    type: 'line',
    name: x.t(`hourly.flows.${f}`),
    stack: sign > 0 ? 'supply' : 'surplus',
    data: week.series[f].map((v) => shown(sign * v)),
    color: FLOW_COLORS[f],
    symbol: 'none',
    lineStyle: { width: 0 },
    areaStyle: { color: FLOW_COLORS[f], opacity: 0.9 },
  });
  const any = (f: Flow) => week.series[f].some((v) => v > EPSILON);
  const series: Series[] = [
    ...SUPPLY.filter(any).map((f) => area(f, 1)),
    ...SURPLUS.filter(any).map((f) => area(f, -1)),
    {
      type: 'line',
      name: x.t('hourly.flows.load'),
      data: week.series.load.map(shown),
      color: FLOW_COLORS.load,
      symbol: 'none',
      lineStyle: { width: 1.6, color: FLOW_COLORS.load },
      z: 5,
    },
  ];
  const dayTicks = { interval: (i: number) => i % DAY === 0 };
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 12, right: 20, top: 30, bottom: series.length > 7 ? 52 : 34, containLabel: true },
    legend: legend(),
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: Array.from({ length: WEEK }, (_, h) => String(h)),
      axisLabel: {
        ...axisText,
        ...dayTicks,
        formatter: (v: string) => weekDayLabel(year, week.startHour, Math.floor(Number(v) / DAY), x),
      },
      axisTick: { ...dayTicks, lineStyle: { color: LINE } },
      axisLine: { onZero: false, lineStyle: { color: LINE } },
    },
    yAxis: valueAxis(x),
    series,
  };
}

/** Load and residual load (load − PV − wind − run-of-river hydro) sorted from the highest; below zero the renewables exceed the load. */
export function durationOption(detail: HourlyDetail, hours: number, x: ReportText): ChartOption {
  const last = detail.loadDurationMW.length - 1;
  // the engine samples every 24th hour of the sorted year, then its last hour
  const hourOf = (i: number) => (i === last ? hours : i * DAY);
  const line = (name: string, values: number[], color: string, width: number): Series => ({
    type: 'line',
    name,
    data: values.map((v, i) => [hourOf(i), x.fmt.shown(v, 'mw')]),
    color,
    symbol: 'none',
    lineStyle: { width, color },
  });
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 12, right: 36, top: 30, bottom: 34, containLabel: true },
    legend: legend(),
    xAxis: {
      type: 'value',
      min: 0,
      max: hours,
      interval: 1000,
      name: x.t('hourly.charts.hoursAxis'),
      nameLocation: 'end',
      nameGap: 6,
      nameTextStyle: { ...axisText, verticalAlign: 'top', padding: [8, 0, 0, 0] },
      // the year's last hour is no round number and would run into the axis name
      axisLabel: { ...axisText, hideOverlap: true, showMaxLabel: false, formatter: (v: number) => x.fmt.axis(v) },
      axisLine: { onZero: false, lineStyle: { color: LINE } },
      splitLine: { show: false },
    },
    yAxis: valueAxis(x),
    series: [
      line(x.t('hourly.charts.load'), detail.loadDurationMW, SERIES_COLORS.demand, 1.6),
      {
        ...line(x.t('hourly.charts.residual'), detail.residualDurationMW, GENERATOR_COLORS.hydro, 2),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: MUTED, type: 'dashed', width: 1 },
          data: [{ yAxis: 0 }],
        },
      } as Series,
    ],
  };
}
