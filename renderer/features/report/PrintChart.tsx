import { useMemo } from 'react';
import { Chart, type ChartOption } from '../../components/Chart';
import { REPORT_FONT_STACK } from './report-fonts';

/** Chart height in px: three charts with their captions fill an A4 page inside the margins. */
export const REPORT_CHART_HEIGHT = 250;

/** `value` with every `fontFamily` in it set to `family`: copied only where something changed, so data arrays and formatters are the option's own. */
function inFamily(value: unknown, family: string): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((v, i) => {
      const w = inFamily(v, family);
      if (w !== v) (out ??= [...value])[i] = w;
    });
    return out ?? value;
  }
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const w = k === 'fontFamily' ? family : inFamily(v, family);
    if (w !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = w;
  }
  return out ?? value;
}

/**
 * The option as printed: without its tooltip (paper has no hover, and ECharts'
 * tooltip measures the page, a forced layout, for each chart), and in the
 * report's typeface, so labels are measured and drawn in the font the PDF embeds.
 */
export function printOption(option: ChartOption): ChartOption {
  const { tooltip: _paperHasNoHover, ...rest } = option;
  const printed = inFamily(rest, REPORT_FONT_STACK) as ChartOption;
  return { ...printed, textStyle: { ...(printed.textStyle as object | undefined), fontFamily: REPORT_FONT_STACK } };
}

/** A chart of a printed report: SVG (vector in the PDF), fixed height (a section sharing its page with tables may ask for less), no tooltip. */
export function PrintChart({ option, ariaLabel, height = REPORT_CHART_HEIGHT }: { option: ChartOption; ariaLabel: string; height?: number }) {
  const printable = useMemo(() => printOption(option), [option]);
  return <Chart option={printable} renderer="svg" height={height} ariaLabel={ariaLabel} />;
}
