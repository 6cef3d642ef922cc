import { useMemo } from 'react';
import { Chart, type ChartOption } from '../../components/Chart';

/** Chart height in px: three charts with their captions fill an A4 page inside the margins. */
export const REPORT_CHART_HEIGHT = 250;

/** The option without its tooltip: paper has no hover, and ECharts' tooltip measures the page (a forced layout) for each chart. */
export function printOption(option: ChartOption): ChartOption {
  const { tooltip: _paperHasNoHover, ...rest } = option;
  return rest;
}

/** A chart of a printed report: SVG (vector in the PDF), fixed height (a section sharing its page with tables may ask for less), no tooltip. */
export function PrintChart({ option, ariaLabel, height = REPORT_CHART_HEIGHT }: { option: ChartOption; ariaLabel: string; height?: number }) {
  const printable = useMemo(() => printOption(option), [option]);
  return <Chart option={printable} renderer="svg" height={height} ariaLabel={ariaLabel} />;
}
