import type { CostAssetType, InvestmentYear, MaccEntry } from '../../../shared/engine/costs/types';
import type { ChartOption } from '../../components/Chart';
import { GENERATOR_COLORS, SERIES_COLORS } from '../../components/chart/palette';
import { FONT, INK, LINE, MUTED, planYearLabels } from '../../components/results/chart-frame';

/** The order types are stacked and listed in: thermal at the bottom, renewables, then storage. */
export const COST_ASSET_TYPES: readonly CostAssetType[] = ['coal', 'gas', 'hydro', 'pv', 'wind', 'biomass', 'pumpedStorage', 'battery'];

export const COST_TYPE_COLORS: Record<CostAssetType, string> = { ...GENERATOR_COLORS, pumpedStorage: SERIES_COLORS.pumpedStorage, battery: '#7b5ea7' };

/** Below this a type's investment is noise (a type never built), so it is left out of the legend. */
const EPSILON = 1e-9;

type Labels = {
  type: (t: CostAssetType) => string;
  /** the value axis' unit (亿元) */
  unit: string;
  /** a value with its unit, for the tooltip */
  value: (v: number) => string;
  /** tick labels of the value axis */
  axis: (v: number) => string;
};

const axisText = { color: MUTED, fontSize: 11 };

/** Investment per year, stacked by type (only the types with any investment). */
export function investmentOption(years: readonly InvestmentYear[], l: Labels): ChartOption {
  const types = COST_ASSET_TYPES.filter((t) => years.some((y) => Math.abs(y.byType[t] ?? 0) > EPSILON));
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 12, right: 20, top: 36, bottom: 56, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, order: 'seriesDesc', valueFormatter: (v) => (typeof v === 'number' ? l.value(v) : '—'), textStyle: { fontFamily: FONT, fontSize: 12 } },
    legend: { bottom: 0, left: 'center', icon: 'roundRect', itemWidth: 12, itemHeight: 8, textStyle: { fontFamily: FONT, fontSize: 12, color: INK } },
    xAxis: {
      type: 'category',
      data: years.map((y) => String(y.year)),
      axisLabel: { ...axisText, hideOverlap: true, ...planYearLabels() },
      axisLine: { lineStyle: { color: LINE } },
      axisTick: { alignWithLabel: true, lineStyle: { color: LINE }, ...planYearLabels() },
    },
    yAxis: { type: 'value', name: l.unit, nameTextStyle: { ...axisText, align: 'left' }, axisLabel: { ...axisText, formatter: (v: number) => l.axis(v) }, splitLine: { lineStyle: { color: '#eef0f3' } } },
    series: types.map((t) => ({ type: 'bar', name: l.type(t), stack: 'investment', color: COST_TYPE_COLORS[t], data: years.map((y) => y.byType[t] ?? 0), barMaxWidth: 18 })),
  };
}

/** One bar of the abatement cost curve: its entry, where it starts and ends on the CO2 axis (万tCO2) and its height (元/tCO2). */
export type MaccStep = { entry: MaccEntry; x0: number; x1: number; yuanPerT: number };

/**
 * The curve's bars, cheapest first, each as wide as the CO2 it avoids and
 * placed after the ones before it; entries that avoid no CO2 have no width and
 * no cost per tonne, so they are returned apart (`none`) to be listed in words.
 */
export function maccSteps(entries: readonly MaccEntry[]): { steps: MaccStep[]; none: MaccEntry[] } {
  const drawn = entries.filter((e) => e.costPerTonneYuan !== null && e.co2AvoidedWanT > 0);
  const none = entries.filter((e) => !drawn.includes(e));
  // ties by label, so the order does not depend on the engine's
  const sorted = [...drawn].sort((a, b) => a.costPerTonneYuan! - b.costPerTonneYuan! || a.label.localeCompare(b.label));
  let x = 0;
  const steps = sorted.map((entry) => {
    const step = { entry, x0: x, x1: x + entry.co2AvoidedWanT, yuanPerT: entry.costPerTonneYuan! };
    x = step.x1;
    return step;
  });
  return { steps, none };
}

const KIND_COLORS: Record<MaccEntry['kind'], string> = { project: '#4e79a7', buildout: '#2a9d8f', storage: SERIES_COLORS.pumpedStorage, lever: '#9c6b3c' };
export const maccColor = (e: MaccEntry): string => (e.type ? COST_TYPE_COLORS[e.type] : KIND_COLORS[e.kind]);

type MaccLabels = {
  /** the x axis' name (累计减排量, 万吨CO2) and the y axis' (元/吨) */
  x: string;
  y: string;
  tooltip: (s: MaccStep) => string;
  /** tick labels of both axes */
  axis: (v: number) => string;
};

/**
 * 边际减排成本曲线: each step drawn as a filled rectangle from the axis to its
 * cost per tonne (a line over its width with the area under it filled), on a
 * CO2 axis of values, so widths are true to the tonnes.
 */
export function maccOption(steps: readonly MaccStep[], l: MaccLabels): ChartOption {
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 12, right: 28, top: 36, bottom: 40, containLabel: true },
    tooltip: { trigger: 'item', confine: true, textStyle: { fontFamily: FONT, fontSize: 12 }, formatter: (p) => l.tooltip(steps[(p as { seriesIndex: number }).seriesIndex]!) },
    xAxis: {
      type: 'value',
      name: l.x,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: axisText,
      min: 0,
      max: steps.length ? steps[steps.length - 1]!.x1 : 1,
      // the last tick is the total, which is not a round number
      axisLabel: { ...axisText, formatter: (v: number) => l.axis(v), showMaxLabel: false },
      axisLine: { lineStyle: { color: LINE } },
      splitLine: { show: false },
    },
    yAxis: { type: 'value', name: l.y, nameTextStyle: { ...axisText, align: 'left' }, axisLabel: { ...axisText, formatter: (v: number) => l.axis(v) }, splitLine: { lineStyle: { color: '#eef0f3' } } },
    series: steps.map((s) => {
      const color = maccColor(s.entry);
      return {
        type: 'line',
        name: s.entry.label,
        data: [
          [s.x0, s.yuanPerT],
          [s.x1, s.yuanPerT],
        ],
        symbol: 'none',
        color,
        lineStyle: { width: 1, color: '#ffffff' },
        areaStyle: { color, opacity: 0.9, origin: 0 },
        emphasis: { focus: 'series' },
      };
    }),
  };
}
