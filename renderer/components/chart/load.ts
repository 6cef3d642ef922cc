import type * as Echarts from './echarts';

/**
 * ECharts (~0.6 MB with zrender) loads on demand: the first screen's numbers do
 * not wait for it. Once loaded it stays, and later charts draw synchronously.
 */
let library: typeof Echarts | null = null;
let loading: Promise<typeof Echarts> | null = null;

export const loadedChartLibrary = (): typeof Echarts | null => library;

export function loadChartLibrary(): Promise<typeof Echarts> {
  loading ??= import('./echarts').then((m) => (library = m));
  return loading;
}
