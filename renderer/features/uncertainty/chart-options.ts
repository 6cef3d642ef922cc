import type { TFunction } from 'i18next';
import type { ScenarioResults, YearResult } from '../../../shared/engine/results';
import type { Band, BandMetric, EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { ChartOption } from '../../components/Chart';
import { SERIES_COLORS, scenarioColor } from '../../components/chart/palette';
import { FONT, INK, LINE, MUTED, frame, type Series, type Translate } from '../../components/results/chart-options';
import type { NumberFormatter, UnitId } from '../../components/results/format';

type T = TFunction<'uncertainty'>;

/** Each band's unit, and the central run's figure it is drawn against. */
export const BAND_UNITS: Record<BandMetric, UnitId> = {
  co2: 'wanTCo2',
  co2PerGdp: 'tCo2PerWanYuan',
  energyPerGdpAssessed: 'tcePerWanYuan',
  nonFossilShare: 'pct',
};

const CENTRAL: Record<BandMetric, (y: YearResult) => number> = {
  co2: (y) => y.co2,
  co2PerGdp: (y) => y.co2PerGdp,
  energyPerGdpAssessed: (y) => y.energyPerGdpAssessed,
  nonFossilShare: (y) => y.nonFossilShare,
};

/** The central run's value of `metric` in each of the band's years (null where the run has no such year). */
export function centralValues(
  results: ScenarioResults,
  metric: BandMetric,
  years: readonly number[],
): (number | null)[] {
  const byYear = new Map(results.years.map((y) => [y.year, y]));
  return years.map((year) => {
    const y = byYear.get(year);
    return y ? CENTRAL[metric](y) : null;
  });
}

/** `#rrggbb` as rgba with `alpha` (other forms as they are). */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})` : hex;
}

type Ctx = { central: ScenarioResults; fmt: NumberFormatter; t: T; tr: Translate };

/**
 * A band as ECharts draws it: P10 as an invisible line, P90 − P10 stacked on it with the shading (one
 * legend entry for both), the P50 line over it and the central run dashed. The tooltip gives the three
 * percentiles and the central run as numbers, not the stacked difference.
 */
export function bandOption(metric: BandMetric, band: Band, { central, fmt, t, tr }: Ctx): ChartOption {
  const unit = BAND_UNITS[metric];
  const color = scenarioColor(central.scenarioId);
  const mid = centralValues(central, metric, band.years);
  const bandName = t('bands.band');
  const quiet = { symbol: 'none', lineStyle: { opacity: 0 }, emphasis: { disabled: true }, silent: true } as const;
  // the band's legend icon and shading in the scenario's colour, lighter than its P50 line
  const shade = withAlpha(color, 0.22);
  const series: Series[] = [
    { type: 'line', name: bandName, stack: 'band', data: band.p10, color: shade, ...quiet },
    {
      type: 'line',
      name: bandName,
      stack: 'band',
      data: band.p90.map((v, i) => v - band.p10[i]!),
      color: shade,
      ...quiet,
      areaStyle: { color: shade, opacity: 1 },
    },
    {
      type: 'line',
      name: t('bands.p50'),
      data: band.p50,
      color,
      symbol: 'none',
      lineStyle: { width: 2.4, color },
      z: 5,
    },
    {
      type: 'line',
      name: t('bands.central'),
      data: mid,
      color: SERIES_COLORS.total,
      symbol: 'none',
      lineStyle: { width: 1.6, type: 'dashed', color: SERIES_COLORS.total },
      z: 6,
    },
  ];
  const value = (v: number | null | undefined) =>
    typeof v === 'number' && Number.isFinite(v) ? fmt.withUnit(v, unit) : '—';
  const base = frame({ results: central, fmt, t: tr }, unit, {
    years: band.years,
    min: metric === 'co2' || metric === 'nonFossilShare' ? 0 : undefined,
    scale: metric === 'co2PerGdp' || metric === 'energyPerGdpAssessed',
  });
  return {
    ...base,
    legend: { ...(base.legend as object), data: [bandName, t('bands.p50'), t('bands.central')] },
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const i =
          (Array.isArray(params) ? (params[0] as { dataIndex?: number } | undefined)?.dataIndex : undefined) ?? 0;
        const rows: [string, number | null | undefined][] = [
          [t('bands.p90'), band.p90[i]],
          [t('bands.p50'), band.p50[i]],
          [t('bands.p10'), band.p10[i]],
          [t('bands.central'), mid[i]],
        ];
        return [
          String(band.years[i] ?? ''),
          ...rows.map(([name, v]) => t('tooltipRow', { name, value: value(v) })),
        ].join('<br/>');
      },
    },
    series,
  };
}

/** Runs by peak year as bars, those without a peak within the horizon as a bar of their own at the end. */
export function peakOption(e: EnsembleResults, { fmt, t }: { fmt: NumberFormatter; t: T }): ChartOption {
  const counts = new Map(e.peakYears.map((p) => [p.year, p.count]));
  const years = e.peakYears.map((p) => p.year);
  const first = years.length ? Math.min(...years) : null;
  const last = years.length ? Math.max(...years) : null;
  const categories: string[] = [];
  const data: { value: number; itemStyle?: { color: string } }[] = [];
  if (first !== null && last !== null) {
    for (let y = first; y <= last; y++) {
      categories.push(String(y));
      data.push({ value: counts.get(y) ?? 0 });
    }
  }
  if (e.noPeak > 0) {
    categories.push(t('peak.noPeakBar'));
    data.push({ value: e.noPeak, itemStyle: { color: SERIES_COLORS.target } });
  }
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 12, right: 20, top: 36, bottom: 28, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v: unknown) => (typeof v === 'number' ? fmt.axis(v) : '—'),
      textStyle: { fontFamily: FONT, fontSize: 12 },
    },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { color: MUTED, fontSize: 11, hideOverlap: true },
      axisLine: { lineStyle: { color: LINE } },
      axisTick: { alignWithLabel: true, lineStyle: { color: LINE } },
    },
    yAxis: {
      type: 'value',
      name: t('peak.runs'),
      nameLocation: 'end',
      nameGap: 12,
      nameTextStyle: { color: MUTED, fontSize: 11, align: 'left' },
      minInterval: 1,
      axisLabel: { color: MUTED, fontSize: 11, formatter: (v: number) => fmt.axis(v) },
      splitLine: { lineStyle: { color: '#eef0f3' } },
    },
    series: [{ type: 'bar', name: t('peak.runs'), data, color: SERIES_COLORS.scenario, barCategoryGap: '20%' }],
  };
}

/** The tornado's bars, largest swing first: each input's CO2 at its low and at its high value less the central CO2. */
export function tornadoRows(
  e: EnsembleResults,
): { input: string; low: number; high: number; atLow: number; atHigh: number }[] {
  return e.tornado
    .map((b) => ({
      input: b.input,
      atLow: b.atLow,
      atHigh: b.atHigh,
      low: b.atLow - e.tornadoCentral,
      high: b.atHigh - e.tornadoCentral,
    }))
    .sort((a, b) => Math.abs(b.atHigh - b.atLow) - Math.abs(a.atHigh - a.atLow));
}

/** Horizontal bars from the central CO2: the input at its low value, at its high value; the largest on top. */
export function tornadoOption(
  e: EnsembleResults,
  labelOf: (input: string) => string,
  { fmt, t }: { fmt: NumberFormatter; t: T },
): ChartOption {
  const rows = tornadoRows(e).reverse();
  const signed = (v: number) => fmt.withUnit(v, 'wanTCo2', { signed: true });
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 12, right: 28, top: 36, bottom: 40, containLabel: true },
    legend: {
      bottom: 0,
      left: 'center',
      icon: 'roundRect',
      itemWidth: 12,
      itemHeight: 8,
      textStyle: { fontFamily: FONT, fontSize: 12, color: INK },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      textStyle: { fontFamily: FONT, fontSize: 12 },
      formatter: (params: unknown) => {
        const i =
          (Array.isArray(params) ? (params[0] as { dataIndex?: number } | undefined)?.dataIndex : undefined) ?? 0;
        const r = rows[i];
        if (!r) return '';
        return [
          labelOf(r.input),
          t('tornado.tooltipRow', {
            name: t('tornado.low'),
            value: fmt.withUnit(r.atLow, 'wanTCo2'),
            change: signed(r.low),
          }),
          t('tornado.tooltipRow', {
            name: t('tornado.high'),
            value: fmt.withUnit(r.atHigh, 'wanTCo2'),
            change: signed(r.high),
          }),
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      name: t('tornado.axis', { unit: fmt.unit('wanTCo2') }),
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { color: MUTED, fontSize: 11 },
      axisLabel: { color: MUTED, fontSize: 11, formatter: (v: number) => (v > 0 ? `+${fmt.axis(v)}` : fmt.axis(v)) },
      splitLine: { lineStyle: { color: '#eef0f3' } },
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => labelOf(r.input)),
      axisLabel: { color: INK, fontSize: 12 },
      axisLine: { lineStyle: { color: LINE } },
      axisTick: { show: false },
    },
    series: [
      // overlapping, not stacked: both bars start at the central value, even when both go the same way
      {
        type: 'bar',
        name: t('tornado.low'),
        data: rows.map((r) => r.low),
        color: '#4e79a7',
        barCategoryGap: '35%',
        barGap: '-100%',
      },
      {
        type: 'bar',
        name: t('tornado.high'),
        data: rows.map((r) => r.high),
        color: '#e15759',
        barCategoryGap: '35%',
        barGap: '-100%',
      },
    ],
  };
}
