import type { LmdiDriver, LmdiResult } from '../../../shared/engine/lmdi';
import type { ChartOption } from '../../components/Chart';
import { SERIES_COLORS } from '../../components/chart/palette';
import { FONT, INK, LINE, MUTED, type Series } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';

/** Raises CO2 of B against A: drawn in the warning red of the app; lowers it: the "good" green. */
export const WATERFALL_COLORS = { up: '#c4463a', down: '#2e8b57', total: SERIES_COLORS.total } as const;

/** A part this small (万tCO2) is left off the chart (the table still lists it): a driver with nothing to say. */
const NEGLIGIBLE = 1e-6;

/**
 * One bar of the waterfall: from `start` to `end` on the running sum, in 万tCO2.
 * `kind` 'total' bars start at zero.
 */
export type WaterfallStep = {
  key: LmdiDriver | 'total';
  label: string;
  start: number;
  end: number;
  kind: 'up' | 'down' | 'total';
};

/** The drivers that move the gap, in `LMDI_DRIVERS` order, each from the running sum, then the total from zero. */
export function waterfallSteps(lmdi: LmdiResult, label: (key: LmdiDriver | 'total') => string): WaterfallStep[] {
  const steps: WaterfallStep[] = [];
  let run = 0;
  for (const p of lmdi.parts) {
    if (Math.abs(p.value) < NEGLIGIBLE) continue;
    steps.push({
      key: p.driver,
      label: label(p.driver),
      start: run,
      end: run + p.value,
      kind: p.value > 0 ? 'up' : 'down',
    });
    run += p.value;
  }
  steps.push({ key: 'total', label: label('total'), start: 0, end: lmdi.total, kind: 'total' });
  return steps;
}

/**
 * The invisible-base technique for a waterfall: a transparent bar lifts each
 * visible bar to where the running sum stood. ECharts stacks positive and
 * negative values apart, so a bar is split into its parts above and below
 * zero: `base` is the bar's end nearer zero (0 when it crosses zero), `above`
 * and `below` the visible lengths on each side.
 */
export function stackParts(step: Pick<WaterfallStep, 'start' | 'end'>): { base: number; above: number; below: number } {
  const lo = Math.min(step.start, step.end);
  const hi = Math.max(step.start, step.end);
  if (lo >= 0) return { base: lo, above: hi - lo, below: 0 };
  if (hi <= 0) return { base: hi, above: 0, below: lo - hi };
  return { base: 0, above: hi, below: lo };
}

/** The chart's title names the unit (万tCO2), so the value axis carries none: it would be cut off at the right edge. */
type Ctx = { lmdi: LmdiResult; fmt: NumberFormatter; label: (key: LmdiDriver | 'total') => string };

/**
 * The CO2 gap B − A (万tCO2) as a horizontal waterfall: one bar per driver
 * from the running sum, the total from zero at the bottom. Horizontal so the
 * drivers' names (long in English) have room and never overlap.
 */
export function lmdiWaterfallOption({ lmdi, fmt, label }: Ctx): ChartOption {
  const steps = waterfallSteps(lmdi, label);
  const parts = steps.map(stackParts);
  const color = (i: number) => WATERFALL_COLORS[steps[i]!.kind];
  const signed = (v: number) => fmt.withUnit(v, 'wanTCo2', { signed: true });
  // One label per bar, beside the end it grows to: right for a rise, left for a fall.
  const labelled = parts.map((p, i): 'above' | 'below' => {
    const rise = steps[i]!.end >= steps[i]!.start;
    if (p.above !== 0 && p.below !== 0) return rise ? 'above' : 'below';
    return p.above !== 0 ? 'above' : 'below';
  });
  const visible = (side: 'above' | 'below'): Series => ({
    type: 'bar',
    name: side,
    stack: 'gap',
    barWidth: '58%',
    data: parts.map((p, i) => ({
      value: p[side],
      itemStyle: { color: color(i) },
      label: { position: steps[i]!.end >= steps[i]!.start ? 'right' : 'left' },
    })),
    label: {
      show: true,
      distance: 6,
      color: INK,
      fontFamily: FONT,
      fontSize: 11,
      formatter: (p: { dataIndex: number }) =>
        labelled[p.dataIndex] === side ? signed(steps[p.dataIndex]!.end - steps[p.dataIndex]!.start) : '',
    },
  });
  const series: Series[] = [
    {
      type: 'bar',
      name: 'base',
      stack: 'gap',
      silent: true,
      itemStyle: { color: 'transparent' },
      emphasis: { disabled: true },
      data: parts.map((p) => p.base),
    },
    visible('above'),
    visible('below'),
  ];
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    // Room on both sides for the value labels of the outermost bars.
    grid: { left: 8, right: 24, top: 12, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      textStyle: { fontFamily: FONT, fontSize: 12 },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const s = first?.dataIndex !== undefined ? steps[first.dataIndex] : undefined;
        return s ? `${s.label}<br/>${signed(s.end - s.start)}` : '';
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: steps.map((s) => s.label),
      axisLabel: { color: INK, fontSize: 12, fontFamily: FONT },
      axisLine: { lineStyle: { color: LINE } },
      axisTick: { show: false },
    },
    xAxis: {
      type: 'value',
      // room beyond the outermost bars for their value labels
      boundaryGap: ['22%', '22%'],
      axisLabel: { color: MUTED, fontSize: 11, formatter: (v: number) => fmt.axis(v), hideOverlap: true },
      splitLine: { lineStyle: { color: '#eef0f3' } },
    },
    series,
  };
}
