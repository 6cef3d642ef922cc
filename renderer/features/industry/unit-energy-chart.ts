import type { ChartOption } from '../../components/Chart';
import { FONT, INK, LINE, MUTED } from '../../components/results/chart-frame';

export type UnitEnergyLine = { name: string; values: readonly (number | null)[]; color: string; dashed?: boolean };

type Labels = { benchmark: string; baseline: string; unit: string; value: (v: number) => string };

const axisText = { color: MUTED, fontSize: 11 };
export const BENCHMARK_COLOR = '#2a9d8f';
export const BASELINE_COLOR = '#c0392b';

/**
 * Unit energy use by year (the engine's output-weighted figure, and each route's input path
 * when there are several) against the 标杆 and 基准 levels as flat reference lines. Below the
 * benchmark is best practice; above the floor is to be upgraded or retired.
 */
export function unitEnergyOption(years: readonly number[], lines: readonly UnitEnergyLine[], levels: { benchmark?: number; baseline?: number }, l: Labels): ChartOption {
  const flat = (v: number | undefined, name: string, color: string) =>
    v === undefined ? [] : [{ type: 'line' as const, name, data: years.map(() => v), color, symbol: 'none', lineStyle: { type: 'dashed' as const, width: 1.5 }, silent: true }];
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 8, right: 16, top: 28, bottom: 40, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => (typeof v === 'number' ? l.value(v) : '—'), textStyle: { fontFamily: FONT, fontSize: 12 } },
    legend: { bottom: 0, left: 'center', itemWidth: 14, itemHeight: 6, textStyle: { fontFamily: FONT, fontSize: 11, color: INK } },
    xAxis: { type: 'category', data: years.map(String), axisLabel: { ...axisText, hideOverlap: true }, axisLine: { lineStyle: { color: LINE } } },
    yAxis: { type: 'value', name: l.unit, scale: true, nameTextStyle: { ...axisText, align: 'left' }, axisLabel: axisText, splitLine: { lineStyle: { color: '#eef0f3' } } },
    series: [
      ...lines.map((x) => ({ type: 'line' as const, name: x.name, data: [...x.values], color: x.color, symbol: 'none', lineStyle: { width: 2, type: x.dashed ? ('dotted' as const) : ('solid' as const) } })),
      ...flat(levels.benchmark, l.benchmark, BENCHMARK_COLOR),
      ...flat(levels.baseline, l.baseline, BASELINE_COLOR),
    ],
  };
}
