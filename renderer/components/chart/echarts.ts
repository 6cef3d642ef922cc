import { BarChart, HeatmapChart, LineChart, ScatterChart, type BarSeriesOption, type HeatmapSeriesOption, type LineSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  VisualMapComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type MarkLineComponentOption,
  type MarkPointComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { init, use as registerEcharts, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// Only what the charts use, so the bundle carries a fraction of ECharts.
// SVG is registered too: printed reports want vector charts.
registerEcharts([LineChart, BarChart, ScatterChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, MarkPointComponent, MarkLineComponent, MarkAreaComponent, CanvasRenderer, SVGRenderer]);

/** The option type of every chart in the app (only the registered series and components). */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | ScatterSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkPointComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
  | VisualMapComponentOption
>;

export type ChartRenderer = 'canvas' | 'svg';
export type ChartInstance = Pick<ECharts, 'setOption' | 'resize' | 'dispose' | 'getWidth' | 'getHeight'>;

export type ChartSize = { width: number; height: number };

/**
 * The one place ECharts instances are created (tests replace it, as happy-dom
 * has no canvas). With `size`, ECharts does not measure `el` (a forced layout).
 */
export function initChart(el: HTMLElement, renderer: ChartRenderer, size?: ChartSize): ChartInstance {
  return init(el, undefined, { renderer, ...(size && size.width > 0 && size.height > 0 ? size : {}) });
}
