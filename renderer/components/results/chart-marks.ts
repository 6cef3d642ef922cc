import type { LineSeriesOption } from 'echarts/charts';
import type { ScenarioResults, YearFlag, YearResult } from '../../../shared/engine/results';
import type { NumberFormatter, UnitId } from './format';
import type { Ctx, Series, Translate } from './chart-frame';

/**
 * What the result charts mark on top of the figures: published statistics
 * (实际, solid) against projections (预测, dashed), the peak's plateau and a
 * rebound after it, and the years flagged for a large change. Each reads the
 * engine's results as they are; nothing is computed here.
 */

export const FLAG_COLOR = '#b54708';
export const REBOUND_COLOR = '#b42318';
const HISTORY_FILL = 'rgba(97, 110, 124, 0.08)';
const PLATEAU_FILL = 'rgba(11, 110, 79, 0.10)';

/** Which statistics a chart's figure rests on: CO2 and energy on the energy total, intensities on GDP and energy both. */
export type ActualBasis = 'energy' | 'gdpAndEnergy';

export function isActual(y: YearResult, basis: ActualBasis): boolean {
  return basis === 'energy' ? y.actual.energy : y.actual.energy && y.actual.gdp;
}

/** Runs of consecutive years whose figure is a published statistic. */
export function actualRuns(r: ScenarioResults, basis: ActualBasis): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const y of r.years) {
    if (!isActual(y, basis)) continue;
    const last = runs.at(-1);
    if (last && last.to === y.year - 1) last.to = y.year;
    else runs.push({ from: y.year, to: y.year });
  }
  return runs;
}

type AreaItem = [Record<string, unknown>, Record<string, unknown>];

/** A shaded band over the years of published statistics, labelled 实际. */
export function historyAreas(r: ScenarioResults, basis: ActualBasis, t: Translate): AreaItem[] {
  return actualRuns(r, basis).map((run) => [
    {
      name: t('charts.actual'),
      xAxis: String(run.from),
      itemStyle: { color: HISTORY_FILL },
      label: { show: true, position: 'insideTop', color: '#616e7c', fontSize: 11, formatter: t('charts.actual') },
    },
    { xAxis: String(run.to) },
  ]);
}

/** The peak's plateau (years within the tolerance of it), when it spans more than the peak year. */
export function plateauArea(r: ScenarioResults): AreaItem[] {
  const { plateau } = r.peak;
  if (plateau.fromYear === plateau.toYear) return [];
  return [
    [
      {
        name: 'plateau',
        xAxis: String(plateau.fromYear),
        itemStyle: { color: PLATEAU_FILL },
        // named in the legend (plateauLegend): inside the plot the words would cross target lines and data
        label: { show: false },
      },
      { xAxis: String(plateau.toYear) },
    ],
  ];
}

/**
 * A legend entry with nothing drawn: marks named below the plot instead of
 * on it, where their words would cross the lines.
 */
export function legendOnly(name: string, color: string): Series {
  return { type: 'line', name, data: [], color, symbol: 'none', silent: true, tooltip: { show: false } } as Series;
}

/** The plateau's legend entry (the band is drawn by plateauArea), when there is a band. */
export function plateauLegend(r: ScenarioResults, fmt: NumberFormatter, t: Translate): Series[] {
  const { plateau, tolerancePct } = r.peak;
  if (plateau.fromYear === plateau.toYear) return [];
  return [legendOnly(t('charts.plateau', { pct: fmt.withUnit(tolerancePct, 'pct') }), 'rgba(11, 110, 79, 0.35)')];
}

type LineSeries = LineSeriesOption & { type: 'line' };
type MarkPointItem = NonNullable<NonNullable<LineSeries['markPoint']>['data']>[number];

/** The point where emissions climb back after the peak (the peak then does not hold). */
export function reboundPoint(r: ScenarioResults, fmt: NumberFormatter, t: Translate): MarkPointItem[] {
  const rb = r.peak.rebound;
  if (!rb) return [];
  return [
    {
      name: 'rebound',
      coord: [String(rb.year), rb.co2],
      value: rb.co2,
      symbol: 'triangle',
      symbolSize: 11,
      itemStyle: { color: REBOUND_COLOR, borderColor: '#fff', borderWidth: 1 },
      // below the point: the peak's label and the target lines sit above the line
      label: {
        show: true,
        position: 'bottom',
        distance: 8,
        formatter: `${t('charts.rebound', { year: rb.year })}\n${fmt.withUnit(rb.co2, 'wanTCo2')}`,
        color: REBOUND_COLOR,
        fontSize: 11,
        lineHeight: 15,
        backgroundColor: 'rgba(255,255,255,0.9)',
        padding: [2, 4],
        borderRadius: 3,
      },
    },
  ];
}

/**
 * A line over published and projected years: the whole line dashed (预测) and
 * the years of statistics drawn over it solid (实际), so the legend names both.
 * Without statistics the line stays as it was, solid.
 */
export function withHistory(line: LineSeries, r: ScenarioResults, basis: ActualBasis, t: Translate): Series[] {
  const mask = r.years.map((y) => isActual(y, basis));
  if (!mask.some(Boolean)) return [line];
  const data = line.data as (number | null)[];
  const width = (line.lineStyle as { width?: number } | undefined)?.width ?? 2.5;
  const projected: Series = { ...line, name: `${line.name as string}${t('charts.projectedSuffix')}`, lineStyle: { ...(line.lineStyle as object), width, type: 'dashed' } };
  const actual: Series = {
    type: 'line',
    name: `${line.name as string}${t('charts.actualSuffix')}`,
    // the solid part joins the dashed one at the first projected year
    data: data.map((v, i) => (mask[i] || (i > 0 && mask[i - 1]) ? v : null)),
    color: line.color as string,
    symbol: 'none',
    lineStyle: { width, type: 'solid', color: line.color as string },
    z: ((line.z as number | undefined) ?? 5) + 1,
    tooltip: { show: false },
  };
  return [projected, actual];
}

/** Points on a chart's line in the years flagged for one of `metrics`, each with the change in its tooltip. */
export function flagPoints(ctx: Ctx, metrics: readonly YearFlag['metric'][], value: (y: YearResult) => number, unit: UnitId): Series | null {
  const { results: r, fmt, t } = ctx;
  const flags = r.flags.filter((f) => metrics.includes(f.metric));
  if (!flags.length) return null;
  const years = [...new Set(flags.map((f) => f.year))].filter((year) => r.years[year - r.baseYear]);
  return {
    type: 'scatter',
    name: t('charts.flagged'),
    data: years.map((year) => {
      const y = r.years[year - r.baseYear]!;
      const changes = flags.filter((f) => f.year === year).map((f) => `${t(`flags.metric.${f.metric}`)} ${fmt.withUnit(f.changePct, 'pct', { signed: true })}`);
      return { value: [String(year), value(y)], name: changes.join('；') };
    }),
    color: FLAG_COLOR,
    symbol: 'pin',
    symbolSize: 14,
    z: 7,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name?: string; value?: unknown }) =>
        Array.isArray(p.value) ? `${t('year', { year: p.value[0] })}：${p.name ?? ''}（${fmt.withUnit(p.value[1] as number, unit)}）` : '',
    },
  };
}
