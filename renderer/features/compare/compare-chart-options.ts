import type { ScenarioResults, YearResult } from '../../../shared/engine/results';
import { horizonOf } from '../../../shared/engine/compare';
import { renewableCapacityMW } from '../../../shared/engine/derived';
import { intensityTargetPath, levelTargets } from '../../../shared/engine/target-path';
import type { ChartOption } from '../../components/Chart';
import { frame, type Series, type Translate } from '../../components/results/chart-options';
import type { NumberFormatter, UnitId } from '../../components/results/format';
import { isActual, type ActualBasis } from '../../components/results/chart-marks';

/** A compared scenario as the charts draw it. */
export type ComparedRun = { id: string; name: string; color: string; results: ScenarioResults };

/** `t` of the `results` namespace (charts share its axis, unit and target words). */
export type CompareChartCtx = { runs: readonly ComparedRun[]; fmt: NumberFormatter; t: Translate };

export const COMPARE_CHART_IDS = ['co2', 'co2PerGdp', 'nonFossil', 'renewableCapacity'] as const;
export type CompareChartId = (typeof COMPARE_CHART_IDS)[number];

/** Every year any of the scenarios covers, as the shared category axis. */
export function unionYears(runs: readonly ComparedRun[]): number[] {
  const { from, to } = horizonOf(runs.map((r) => r.results));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** [year, value] pairs: each scenario sits on the shared axis by its own years. */
const points = (r: ScenarioResults, pick: (y: YearResult) => number) => r.years.map((y) => [String(y.year), pick(y)]);

function scenarioLine(run: ComparedRun, pick: (y: YearResult) => number): Series {
  return {
    type: 'line',
    name: run.name,
    data: points(run.results, pick),
    color: run.color,
    symbol: 'none',
    lineStyle: { width: 2.4, color: run.color },
    emphasis: { focus: 'series' },
    z: 5,
  };
}

/**
 * A scenario's line with its published years (实际) solid and its projection (预测)
 * dashed; the solid part is a second series of the same name, so the legend
 * entry of the scenario shows and hides both. Without statistics: one solid line.
 */
export function historyLines(run: ComparedRun, pick: (y: YearResult) => number, basis: ActualBasis, extra: Partial<Series> = {}): Series[] {
  const line = { ...scenarioLine(run, pick), ...extra } as Series;
  const mask = run.results.years.map((y) => isActual(y, basis));
  if (!mask.some(Boolean)) return [line];
  const pts = points(run.results, pick);
  return [
    { ...line, lineStyle: { width: 2.4, color: run.color, type: 'dashed' } } as Series,
    {
      type: 'line',
      name: run.name,
      // up to the first projected year, where the dashed line takes over
      data: pts.map((p, i) => (mask[i] || (i > 0 && mask[i - 1]) ? p : [p[0], null])),
      color: run.color,
      symbol: 'none',
      lineStyle: { width: 2.4, color: run.color, type: 'solid' },
      tooltip: { show: false },
      z: 6,
    },
  ];
}

/** The frame of the single-scenario charts over the union of the horizons; the legend names the scenarios only. */
function compareFrame(ctx: CompareChartCtx, unit: UnitId, opts: Parameters<typeof frame>[2] = {}): ChartOption {
  const { runs, fmt, t } = ctx;
  const base = frame({ results: runs[0]!.results, fmt, t }, unit, { ...opts, years: unionYears(runs) });
  return { ...base, legend: { ...(base.legend as object), data: runs.map((r) => r.name) } };
}

/** CO2 of each scenario (万tCO2), its peak marked with a ring in the scenario's colour. */
export function co2CompareOption(ctx: CompareChartCtx): ChartOption {
  const series = ctx.runs.flatMap((run): Series[] => {
    const { peak } = run.results;
    return historyLines(run, (y) => y.co2, 'energy', {
      // a ring at the peak; where emissions rebound after it, the ring names only the highest year and a triangle marks the rebound
      markPoint: peak.withinHorizon
        ? {
            symbol: 'circle',
            symbolSize: 9,
            itemStyle: { color: '#fff', borderColor: run.color, borderWidth: 2.5 },
            label: { show: false },
            data: [
              {
                name: ctx.t(peak.holds ? 'charts.peak' : 'charts.highest', { year: peak.year }),
                coord: [String(peak.year), peak.co2],
                value: peak.co2,
              },
              ...(peak.rebound
                ? [
                    {
                      name: ctx.t('charts.rebound', { year: peak.rebound.year }),
                      coord: [String(peak.rebound.year), peak.rebound.co2],
                      value: peak.rebound.co2,
                      symbol: 'triangle',
                      symbolSize: 11,
                      itemStyle: { color: run.color, borderColor: '#fff', borderWidth: 1 },
                    },
                  ]
                : []),
            ],
          }
        : undefined,
    });
  });
  return { ...compareFrame(ctx, 'wanTCo2', { min: 0 }), series };
}

/** CO2 per GDP of each scenario (solid) and the path its own reduction targets ask for (dashed, same colour). */
export function co2PerGdpCompareOption(ctx: CompareChartCtx): ChartOption {
  const series: Series[] = [];
  for (const run of ctx.runs) {
    series.push(...historyLines(run, (y) => y.co2PerGdp, 'gdpAndEnergy'));
    const path = intensityTargetPath(run.results, 'co2IntensityReduction');
    if (!path.length) continue;
    series.push({
      type: 'line',
      name: `${run.name} · ${ctx.t('charts.targetPath')}`,
      data: path.map((p) => [String(p.year), p.value]),
      color: run.color,
      symbol: 'diamond',
      symbolSize: 8,
      lineStyle: { type: 'dashed', width: 1.6, color: run.color },
      z: 6,
    });
  }
  return { ...compareFrame(ctx, 'tCo2PerWanYuan', { scale: true }), series };
}

/** Non-fossil share of each scenario (%), its own share targets as diamonds in its colour. */
export function nonFossilCompareOption(ctx: CompareChartCtx): ChartOption {
  const series: Series[] = [];
  let highest = 0;
  for (const run of ctx.runs) {
    series.push(...historyLines(run, (y) => y.nonFossilShare, 'energy'));
    const targets = levelTargets(run.results, 'nonFossilShare');
    highest = Math.max(highest, ...run.results.years.map((y) => y.nonFossilShare), ...targets.map((p) => p.value));
    if (!targets.length) continue;
    series.push({
      type: 'scatter',
      name: `${run.name} · ${ctx.t('charts.target')}`,
      data: targets.map((p) => [String(p.year), p.value]),
      color: run.color,
      symbol: 'diamond',
      symbolSize: 11,
      itemStyle: { color: '#fff', borderColor: run.color, borderWidth: 2 },
      z: 6,
    });
  }
  return { ...compareFrame(ctx, 'pct', { min: 0, max: highest > 60 ? 100 : undefined }), series };
}

/** Renewable capacity in operation of each scenario, a step at each commissioning. */
export function renewableCapacityCompareOption(ctx: CompareChartCtx): ChartOption {
  // in the unit capacity is shown in (万千瓦 or MW), the axis named by it
  const series = ctx.runs.map((run): Series => ({ ...scenarioLine(run, (y) => ctx.fmt.shown(renewableCapacityMW(y), 'mw')), step: 'end' }));
  return { ...compareFrame(ctx, ctx.fmt.shownUnit('mw'), { min: 0 }), series };
}

export const COMPARE_CHART_BUILDERS: Record<CompareChartId, (ctx: CompareChartCtx) => ChartOption> = {
  co2: co2CompareOption,
  co2PerGdp: co2PerGdpCompareOption,
  nonFossil: nonFossilCompareOption,
  renewableCapacity: renewableCapacityCompareOption,
};
