import type { ScenarioResults, YearResult } from '../../../shared/engine/results';
import { COMBUSTION_FUELS, FUELS, RENEWABLE_TYPES, GENERATOR_TYPES } from '../../../shared/model/scenario';
import type { ChartOption } from '../Chart';
import { CO2_SOURCE_COLORS, FUEL_COLORS, GENERATOR_COLORS, SERIES_COLORS, scenarioColor } from '../chart/palette';
import { intensityTargetPath, levelTargets } from '../../../shared/engine/target-path';
import { flagPoints, historyAreas, legendOnly, plateauArea, plateauLegend, reboundPoint, withHistory } from './chart-marks';
import { FONT, INK, frame, type Ctx, type Series } from './chart-frame';

export { FONT, INK, LINE, MUTED, frame, isPlanYear, planYearLabels, type Ctx, type Series, type Translate } from './chart-frame';

/** Fossil carbon of waste burnt for power: apart from coal and gas power, near the local-power purple. */
const WASTE_COLOR = '#a05195';

/** Below this a series is noise on a chart (a fuel with no use in any year), so it is left out of the legend. */
const EPSILON = 1e-9;
const anyNonZero = (values: number[]) => values.some((v) => Math.abs(v) > EPSILON);

const yearsOf = (r: ScenarioResults) => r.years;
const col = (r: ScenarioResults, pick: (y: YearResult) => number) => yearsOf(r).map(pick);

function stackedArea(name: string, color: string, data: number[], stack: string): Series {
  return {
    type: 'line',
    name,
    stack,
    data,
    color,
    symbol: 'none',
    lineStyle: { width: 0.8, color },
    areaStyle: { color, opacity: 0.85 },
    emphasis: { focus: 'series' },
  };
}

/** Index of a year on the category axis (null outside the horizon). */
function xIndex(r: ScenarioResults, year: number): number | null {
  const i = year - r.baseYear;
  return i >= 0 && i < r.years.length ? i : null;
}

/** Bands over the category axis (statistics, plateau), silent so they never catch the tooltip. */
function markAreas(data: unknown[]): Series['markArea'] {
  return data.length ? ({ silent: true, data } as Series['markArea']) : undefined;
}

/** CO2 by source, stacked, with the total drawn over it and the peak marked. Targets: peak year, caps. */
export function co2Option(ctx: Ctx): ChartOption {
  const { results: r, fmt, t } = ctx;
  const sources = [...COMBUSTION_FUELS, 'localPower', 'wasteIncineration', 'importedElectricity', 'storageLosses'] as const;
  const series: Series[] = [];
  for (const s of sources) {
    const data = col(r, (y) => y.co2BySource[s]);
    if (!anyNonZero(data)) continue;
    const name = s === 'localPower' || s === 'importedElectricity' || s === 'storageLosses' || s === 'wasteIncineration' ? t(`source.${s}`) : t(`fuel.${s}`);
    series.push(stackedArea(name, s === 'storageLosses' ? SERIES_COLORS.storageLoss : s === 'wasteIncineration' ? WASTE_COLOR : CO2_SOURCE_COLORS[s], data, 'co2'));
  }
  const peak = r.peak;
  const peakTargets = r.targets.filter((x) => x.metric === 'peakYear' && xIndex(r, x.target) !== null);
  // The peak's label goes above the point: the highest value has no line above it (and the axis keeps
  // headroom there), while beside it the line goes on. It grows away from the edges and from the labels
  // of target lines near the peak (printed at the top of each line), about a third of the axis wide.
  const peakIndex = xIndex(r, peak.year) ?? 0;
  const reach = Math.ceil(r.years.length / 3);
  const near = (side: 1 | -1) => peakTargets.some((x) => side * (x.target - peak.year) >= 0 && Math.abs(x.target - peak.year) <= reach);
  const leftEdge = peakIndex < r.years.length * 0.15;
  const rightEdge = peakIndex > r.years.length * 0.85;
  const peakAlign = leftEdge ? 'left' : rightEdge ? 'right' : !near(1) && !near(-1) ? 'center' : !near(1) ? 'left' : !near(-1) ? 'right' : peakIndex < r.years.length * 0.6 ? 'left' : 'right';
  // A peak followed by a rebound is no peak: its point is then only the highest value.
  const peakWord = peak.holds ? 'charts.peak' : 'charts.highest';
  const total: Series & { type: 'line' } = {
    type: 'line',
    name: t('charts.total'),
    data: col(r, (y) => y.co2),
    color: SERIES_COLORS.total,
    symbol: 'none',
    lineStyle: { width: 2.5, color: SERIES_COLORS.total },
    z: 5,
    markPoint:
      peak.withinHorizon || peak.rebound
        ? {
            symbol: 'circle',
            symbolSize: 9,
            itemStyle: { color: '#fff', borderColor: SERIES_COLORS.total, borderWidth: 2.5 },
            label: {
              show: true,
              position: 'top',
              align: peakAlign,
              distance: 8,
              formatter: `${t(peakWord, { year: peak.year })}\n${fmt.withUnit(peak.co2, 'wanTCo2')}`,
              color: INK,
              fontFamily: FONT,
              fontSize: 11,
              lineHeight: 15,
              backgroundColor: 'rgba(255,255,255,0.9)',
              padding: [2, 4],
              borderRadius: 3,
            },
            data: [{ name: 'peak', coord: [String(peak.year), peak.co2], value: peak.co2 }, ...reboundPoint(r, fmt, t)],
          }
        : undefined,
    markArea: markAreas([...historyAreas(r, 'energy', t), ...plateauArea(r)]),
    markLine: peakTargets.length
      ? {
          symbol: 'none',
          silent: true,
          lineStyle: { color: SERIES_COLORS.target, type: 'dashed', width: 1.2 },
          // named in the legend: on the plot, words along a line cross the emissions below the peak
          label: { show: false },
          data: peakTargets.map((x) => ({ xAxis: String(x.target), value: x.target })),
        }
      : undefined,
  };
  // A peak judged on energy and process CO2 is marked on that line, drawn apart from the sources'
  // stack (process CO2 is no source of energy CO2), so the mark sits on the values it was found on.
  const judged: Series[] = [];
  if (peak.scope === 'energyAndProcess') {
    judged.push({
      type: 'line',
      name: t('charts.judgedWithProcess'),
      data: col(r, (y) => y.co2Judged),
      color: SERIES_COLORS.total,
      symbol: 'none',
      lineStyle: { width: 1.8, type: 'dashed', color: SERIES_COLORS.total },
      z: 5,
      markPoint: total.markPoint,
    });
    total.markPoint = undefined;
  }
  series.push(...withHistory(total, r, 'energy', t), ...judged);
  if (peakTargets.length) {
    const years = [...new Set(peakTargets.map((x) => x.target))].sort((a, b) => a - b).join(t('charts.listSeparator'));
    series.push(legendOnly(t('charts.peakTargetYears', { years }), SERIES_COLORS.target));
  }
  series.push(...plateauLegend(r, fmt, t));
  const flagged = flagPoints(ctx, ['co2'], (y) => y.co2, 'wanTCo2');
  if (flagged) series.push(flagged);
  const caps = levelTargets(r, 'co2Cap').filter((p) => xIndex(r, p.year) !== null);
  if (caps.length) {
    series.push({
      type: 'scatter',
      name: t('charts.capTarget'),
      data: caps.map((p) => [String(p.year), p.value]),
      color: SERIES_COLORS.target,
      symbol: 'diamond',
      symbolSize: 11,
      z: 6,
    });
  }
  const exports = Math.min(0, ...col(r, (y) => y.co2BySource.importedElectricity)) < 0;
  return { ...frame(ctx, 'wanTCo2', { min: exports ? undefined : 0, headroom: peak.withinHorizon ? '22%' : undefined, legendItems: series.length }), series };
}

/** The scenario's CO2 per GDP and the path its reduction targets ask for. */
export function co2PerGdpOption(ctx: Ctx): ChartOption {
  const { results: r, t } = ctx;
  const path = intensityTargetPath(r, 'co2IntensityReduction');
  const series: Series[] = withHistory(
    {
      type: 'line',
      name: t('charts.scenario'),
      data: col(r, (y) => y.co2PerGdp),
      color: scenarioColor(r.scenarioId),
      symbol: 'none',
      lineStyle: { width: 2.5 },
      z: 5,
      markArea: markAreas(historyAreas(r, 'gdpAndEnergy', t)),
    },
    r,
    'gdpAndEnergy',
    t,
  );
  const flagged = flagPoints(ctx, ['co2PerGdp'], (y) => y.co2PerGdp, 'tCo2PerWanYuan');
  if (flagged) series.push(flagged);
  const onAxis = path.filter((p) => xIndex(r, p.year) !== null);
  if (onAxis.length) {
    series.push({
      type: 'line',
      name: t('charts.targetPath'),
      data: onAxis.map((p) => [String(p.year), p.value]),
      color: SERIES_COLORS.target,
      symbol: 'diamond',
      symbolSize: 9,
      lineStyle: { type: 'dashed', width: 1.8 },
      z: 6,
    });
  }
  // Zoomed to the data: the gap to the target path is what matters here, often a few hundredths.
  return { ...frame(ctx, 'tCo2PerWanYuan', { scale: true }), series };
}

/** Energy consumption by fuel, stacked; the assessed total when new renewables are left out of it. */
export function energyOption(ctx: Ctx): ChartOption {
  const { results: r, t } = ctx;
  const series: Series[] = [];
  for (const f of FUELS) {
    const data = col(r, (y) => y.energyByFuel[f]);
    if (anyNonZero(data)) series.push(stackedArea(t(`fuel.${f}`), FUEL_COLORS[f], data, 'energy'));
  }
  if (series[0]) series[0] = { ...series[0], markArea: markAreas(historyAreas(r, 'energy', t)) };
  const flagged = flagPoints(ctx, ['energy'], (y) => y.energy, 'wanTce');
  if (flagged) series.push(flagged);
  if (r.years.some((y) => Math.abs(y.energyAssessed - y.energy) > 1e-6)) {
    series.push({
      type: 'line',
      name: t('charts.assessedEnergy'),
      data: col(r, (y) => y.energyAssessed),
      color: SERIES_COLORS.total,
      symbol: 'none',
      lineStyle: { type: 'dashed', width: 1.8 },
      z: 5,
    });
    const assessedFlags = flagPoints(ctx, ['energyAssessed'], (y) => y.energyAssessed, 'wanTce');
    if (assessedFlags) series.push(assessedFlags);
  }
  return { ...frame(ctx, 'wanTce', { min: 0, legendItems: series.length }), series };
}

/**
 * Supply stacked as bars (local generation by type, net imports; exports go
 * below zero), demand as a line, pumped-storage losses as a band on top of
 * demand: supply = demand + losses, so the bars reach the top of the band.
 */
export function electricityOption(ctx: Ctx): ChartOption {
  const { results: r, t } = ctx;
  const series: Series[] = [];
  for (const g of GENERATOR_TYPES) {
    const data = col(r, (y) => y.generationByType[g]);
    if (!anyNonZero(data)) continue;
    series.push({ type: 'bar', name: t(`generator.${g}`), stack: 'supply', data, color: GENERATOR_COLORS[g], barCategoryGap: '25%', emphasis: { focus: 'series' } });
  }
  const imports = col(r, (y) => y.netImports);
  if (anyNonZero(imports)) {
    series.push({ type: 'bar', name: t('charts.netImports'), stack: 'supply', data: imports, color: SERIES_COLORS.netImports, barCategoryGap: '25%', emphasis: { focus: 'series' } });
  }
  series.push({
    type: 'line',
    name: t('charts.demand'),
    stack: 'demand',
    data: col(r, (y) => y.electricityDemand),
    color: SERIES_COLORS.demand,
    symbol: 'none',
    lineStyle: { width: 2.2 },
    z: 5,
    markArea: markAreas(historyAreas(r, 'energy', t)),
  });
  // 全社会用电量 as published, beside the engine's demand (the cross-check table gives the differences)
  const reported = r.years.filter((y) => y.reported.electricityUse !== undefined);
  if (reported.length) {
    series.push({
      type: 'scatter',
      name: t('charts.reportedUse'),
      data: reported.map((y) => [String(y.year), y.reported.electricityUse!]),
      color: SERIES_COLORS.target,
      symbol: 'diamond',
      symbolSize: 10,
      z: 6,
    });
  }
  const losses = col(r, (y) => y.storageLoss);
  if (anyNonZero(losses)) {
    series.push({
      type: 'line',
      name: t('charts.storageLoss'),
      stack: 'demand',
      data: losses,
      color: SERIES_COLORS.storageLoss,
      symbol: 'none',
      lineStyle: { width: 1, type: 'dashed' },
      areaStyle: { color: SERIES_COLORS.storageLoss, opacity: 0.45 },
      z: 4,
    });
  }
  return { ...frame(ctx, 'yiKWh', { bars: true, legendItems: series.length }), series };
}

/** Non-fossil share of energy consumption, with the share targets as points. */
export function nonFossilOption(ctx: Ctx): ChartOption {
  const { results: r, fmt, t } = ctx;
  const series: Series[] = withHistory(
    {
      type: 'line',
      name: t('charts.scenario'),
      data: col(r, (y) => y.nonFossilShare),
      color: scenarioColor(r.scenarioId),
      symbol: 'none',
      lineStyle: { width: 2.5 },
      areaStyle: { color: scenarioColor(r.scenarioId), opacity: 0.08 },
      z: 5,
      markArea: markAreas(historyAreas(r, 'energy', t)),
    },
    r,
    'energy',
    t,
  );
  const targets = levelTargets(r, 'nonFossilShare').filter((p) => xIndex(r, p.year) !== null);
  if (targets.length) {
    series.push({
      type: 'scatter',
      name: t('charts.target'),
      data: targets.map((p) => [String(p.year), p.value]),
      color: SERIES_COLORS.target,
      symbol: 'diamond',
      symbolSize: 11,
      z: 6,
      label: {
        show: true,
        position: 'top',
        distance: 6,
        formatter: (p: { value?: unknown }) => (Array.isArray(p.value) && typeof p.value[1] === 'number' ? fmt.withUnit(p.value[1], 'pct') : ''),
        color: SERIES_COLORS.target,
        fontSize: 11,
        backgroundColor: 'rgba(255,255,255,0.85)',
        padding: [1, 3],
        borderRadius: 2,
      },
    });
  }
  const highest = Math.max(...col(r, (y) => y.nonFossilShare), ...targets.map((p) => p.value));
  return { ...frame(ctx, 'pct', { min: 0, max: highest > 60 ? 100 : undefined }), series };
}

/** Renewable capacity in operation by type (stacked bars) and pumped storage (a line, as it is no generation). */
export function capacityOption(ctx: Ctx): ChartOption {
  const { results: r, fmt, t } = ctx;
  // drawn in the unit capacity is shown in (万千瓦 or MW); the axis and tooltip name it
  const unit = fmt.shownUnit('mw');
  const shown = (mw: number) => fmt.shown(mw, 'mw');
  const series: Series[] = [];
  for (const g of RENEWABLE_TYPES) {
    const data = col(r, (y) => shown(y.capacityMW[g]));
    if (anyNonZero(data)) series.push({ type: 'bar', name: t(`generator.${g}`), stack: 'capacity', data, color: GENERATOR_COLORS[g], barCategoryGap: '25%', emphasis: { focus: 'series' } });
  }
  const ps = col(r, (y) => shown(y.pumpedStorageMW));
  if (anyNonZero(ps)) {
    series.push({
      type: 'line',
      name: t('charts.pumpedStorage'),
      // no line along zero before the first station opens
      data: ps.map((v) => (v > 0 ? v : null)),
      color: SERIES_COLORS.pumpedStorage,
      step: 'middle',
      symbol: 'none',
      lineStyle: { width: 2.2 },
      z: 5,
    });
  }
  return { ...frame(ctx, unit, { bars: true, min: 0, legendItems: series.length }), series };
}

export const CHART_IDS = ['co2', 'co2PerGdp', 'energy', 'electricity', 'nonFossil', 'capacity'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const CHART_BUILDERS: Record<ChartId, (ctx: Ctx) => ChartOption> = {
  co2: co2Option,
  co2PerGdp: co2PerGdpOption,
  energy: energyOption,
  electricity: electricityOption,
  nonFossil: nonFossilOption,
  capacity: capacityOption,
};
