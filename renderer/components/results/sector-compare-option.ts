import type { ScenarioResults, YearResult } from '../../../shared/engine/results';
import { PLAN_SECTORS } from '../../../shared/model/vocabulary';
import type { ChartOption } from '../Chart';
import { frame, MUTED, type Series } from './chart-frame';
import type { SectorCtx } from './sector-chart-option';
import { PROCESS_COLOR, SECTOR_COLORS, UNALLOCATED_COLORS } from './sector-palette';

/** A scenario as the comparison draws it. */
export type SectorRun = { name: string; results: ScenarioResults };

export type SectorCompareCtx = Omit<SectorCtx, 'results'> & { runs: readonly SectorRun[]; years: readonly number[] };

const EPSILON = 1e-9;

/** One bar per scenario and year, grouped by year: `[year, run index]`, the years in order. */
export function sectorCompareSlots(
  runs: readonly SectorRun[],
  years: readonly number[],
): { year: number; run: number }[] {
  return years.flatMap((year) => runs.map((_, run) => ({ year, run })));
}

const yearOf = (r: ScenarioResults, year: number): YearResult | undefined => r.years[year - r.baseYear];
const unallocated = (y: YearResult) =>
  y.co2Unallocated.storageLosses + y.co2Unallocated.wasteIncineration + y.co2Unallocated.electricity;

/**
 * CO2 by plan sector of each scenario side by side, one stacked bar per scenario in each chosen
 * year: the sectors' energy CO2, industry's process CO2 its own segment, and the CO2 no sector
 * takes as a last grey segment, so each bar's top is the scenario's energy and process CO2.
 * A scenario without the year has no bar there.
 */
export function sectorCompareOption(ctx: SectorCompareCtx): ChartOption {
  const { runs, years, ts } = ctx;
  const slots = sectorCompareSlots(runs, years);
  const data = (pick: (y: YearResult) => number) =>
    slots.map((s) => {
      const y = yearOf(runs[s.run]!.results, s.year);
      return y ? pick(y) : null;
    });
  const bar = (name: string, color: string, values: (number | null)[]): Series => ({
    type: 'bar',
    name,
    stack: 'sectors',
    data: values,
    color,
    barMaxWidth: 36,
    emphasis: { focus: 'series' },
  });
  const series: Series[] = [];
  const some = (values: (number | null)[]) => values.some((v) => v !== null && Math.abs(v) > EPSILON);
  for (const s of PLAN_SECTORS) {
    const energy = data((y) => y.sectorCo2[s].energy);
    if (some(energy)) series.push(bar(ts(`sector.${s}`), SECTOR_COLORS[s], energy));
    if (s === 'industry') {
      const process = data((y) => y.sectorCo2.industry.process);
      if (some(process)) series.push(bar(ts('chart.process'), PROCESS_COLOR, process));
    }
  }
  const rest = data(unallocated);
  if (some(rest)) series.push(bar(ts('compare.unallocated'), UNALLOCATED_COLORS.electricity, rest));
  const base = frame({ ...ctx, results: runs[0]!.results }, 'wanTCo2', { bars: true, legendItems: series.length });
  const xAxis = base.xAxis as Record<string, unknown>;
  return {
    ...base,
    grid: { left: 12, right: 20, top: 36, bottom: series.length > 5 ? 84 : 72 },
    xAxis: {
      ...xAxis,
      name: '',
      data: slots.map((s) => `${runs[s.run]!.name}\n${ts('compare.year', { year: s.year })}`),
      axisLabel: { color: MUTED, fontSize: 11, interval: 0, width: 96, overflow: 'truncate', lineHeight: 14 },
      axisTick: { show: false },
    },
    series,
  };
}
