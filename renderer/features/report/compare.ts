import { co2Gaps, commonYears, horizonOf, lmdiYearFor, type Co2Gaps } from '../../../shared/engine/compare';
import type { YearResult } from '../../../shared/engine/results';
import type { ChartOption } from '../../components/Chart';
import { scenarioColors } from '../../components/chart/palette';
import { planYearLabels } from '../../components/results/chart-frame';
import type { UnitId } from '../../components/results/format';
import { scenarioName } from './Cover';
import type { ReportText } from './report-text';
import type { ReportItem } from './useReportData';

/**
 * The printed comparison shows the tables the compare page shows, built by
 * shared/engine/compare.ts; this module only picks what fits on paper.
 */

const yearOf = (r: ReportItem['results'], year: number): YearResult | undefined => r.years[year - r.baseYear];

/** The year of the "why different" table: the chosen one if all scenarios cover it, else as on the compare page. */
export function decompositionYear(items: readonly ReportItem[], chosen: number | null = null): number | null {
  return lmdiYearFor(chosen, commonYears(items.map((i) => i.results)));
}

/** Below this (万tCO2, half the last digit printed) a driver reads 0.0 in every column and is left out. */
const PRINTED_ZERO = 0.05;

/** LMDI of each scenario's CO2 against the first one's, in `year`; drivers that print as zero everywhere left out. */
export function whyDifferent(items: readonly ReportItem[], year: number): Co2Gaps {
  const gaps = co2Gaps(
    items.map((i) => i.results),
    year,
  );
  return { ...gaps, drivers: gaps.drivers.filter((d) => d.values.some((v) => Math.abs(v) >= PRINTED_ZERO)) };
}

const FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', system-ui, sans-serif";

/** One line per scenario over the union of their years. */
export function compareLineOption(items: readonly ReportItem[], pick: (y: YearResult) => number, unit: UnitId, x: ReportText): ChartOption {
  const { from, to } = horizonOf(items.map((i) => i.results));
  const years = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const colors = scenarioColors(items.map((i) => i.scenario.id));
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: '#1f2933' },
    grid: { left: 12, right: 20, top: 36, bottom: 56 },
    legend: { type: 'plain', bottom: 0, left: 'center', textStyle: { fontFamily: FONT, fontSize: 12 } },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: years.map(String),
      axisLabel: { color: '#616e7c', fontSize: 11, hideOverlap: true, ...planYearLabels() },
      axisTick: { alignWithLabel: true, ...planYearLabels() },
    },
    yAxis: {
      type: 'value',
      name: x.fmt.unit(unit),
      nameTextStyle: { color: '#616e7c', fontSize: 11, align: 'left' },
      scale: unit !== 'wanTCo2',
      axisLabel: { color: '#616e7c', fontSize: 11, formatter: (v: number) => x.fmt.axis(v) },
      splitLine: { lineStyle: { color: '#eef0f3' } },
    },
    series: items.map(({ scenario, results }, i) => ({
      type: 'line' as const,
      name: scenarioName(scenario, x),
      data: years.map((year) => {
        const y = yearOf(results, year);
        return y ? pick(y) : null;
      }),
      // each scenario in its compare-page colour; dashes tell lines apart in greyscale print
      color: colors[i],
      symbol: 'none',
      lineStyle: { width: i === 0 ? 2.5 : 2, type: i === 0 ? ('solid' as const) : i % 2 ? ('solid' as const) : ('dashed' as const) },
    })),
  };
}
