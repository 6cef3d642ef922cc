import { decomposeCo2, LMDI_DRIVERS, type LmdiDriver } from '../../../shared/engine/lmdi';
import type { ScenarioResults, TargetStatus, YearResult } from '../../../shared/engine/results';
import { RENEWABLE_TYPES } from '../../../shared/model/scenario';
import type { ChartOption } from '../../components/Chart';
import type { UnitId } from '../results/format';
import { scenarioName } from './Cover';
import type { ReportText } from './report-text';
import { targetLabel, targetPeriod } from './target-text';
import type { ReportItem } from './useReportData';

/** One line of the side-by-side figures: a value per scenario (null: outside its horizon or no peak). */
export type FigureRow = { key: string; label: string; unit: UnitId; values: (number | null)[] };

const yearOf = (r: ScenarioResults, year: number): YearResult | undefined => r.years[year - r.baseYear];
/** The plan milestones shown side by side, where at least one scenario reaches them. */
const MILESTONES = [2025, 2030];

export function keyFigureRows(items: readonly ReportItem[], x: ReportText): FigureRow[] {
  const at = (year: number, pick: (y: YearResult) => number) => items.map(({ results }) => {
    const y = yearOf(results, year);
    return y ? pick(y) : null;
  });
  const years = MILESTONES.filter((year) => items.some(({ results: r }) => year >= r.baseYear && year <= r.endYear));
  const last = years[years.length - 1];
  const rows: FigureRow[] = [
    { key: 'peakYear', label: x.t('compare.row.peakYear'), unit: 'year', values: items.map(({ results: r }) => (r.peak.withinHorizon ? r.peak.year : null)) },
    { key: 'peakCo2', label: x.t('compare.row.peakCo2'), unit: 'wanTCo2', values: items.map(({ results: r }) => r.peak.co2) },
  ];
  for (const year of years) rows.push({ key: `co2-${year}`, label: x.t('compare.row.co2', { year }), unit: 'wanTCo2', values: at(year, (y) => y.co2) });
  for (const year of years) rows.push({ key: `co2PerGdp-${year}`, label: x.t('compare.row.co2PerGdp', { year }), unit: 'tCo2PerWanYuan', values: at(year, (y) => y.co2PerGdp) });
  for (const year of years) rows.push({ key: `energyPerGdp-${year}`, label: x.t('compare.row.energyPerGdp', { year }), unit: 'tcePerWanYuan', values: at(year, (y) => y.energyPerGdp) });
  for (const year of years) rows.push({ key: `nonFossil-${year}`, label: x.t('compare.row.nonFossil', { year }), unit: 'pct', values: at(year, (y) => y.nonFossilShare) });
  if (last !== undefined) {
    rows.push({ key: `gdp-${last}`, label: x.t('compare.row.gdp', { year: last }), unit: 'yiYuan', values: at(last, (y) => y.gdp) });
    rows.push({ key: `energy-${last}`, label: x.t('compare.row.energy', { year: last }), unit: 'wanTce', values: at(last, (y) => y.energy) });
    rows.push({
      key: `capacity-${last}`,
      label: x.t('compare.row.capacity', { year: last }),
      unit: 'mw',
      values: at(last, (y) => RENEWABLE_TYPES.reduce((sum, g) => sum + y.capacityMW[g], 0)),
    });
  }
  return rows;
}

export type MatrixRow = { key: string; label: string; detail: string; cells: (TargetStatus | null)[] };

/**
 * The union of the scenarios' targets, in first-seen order. Targets are the
 * same target when id, metric and years agree (a copy keeps its preset's ids).
 */
export function targetMatrix(items: readonly ReportItem[], x: ReportText): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  items.forEach(({ scenario, results }, i) => {
    for (const t of results.targets) {
      const key = `${t.id}|${t.metric}|${t.fromYear ?? ''}|${t.year}`;
      let row = rows.get(key);
      if (!row) {
        row = { key: t.id, label: targetLabel(scenario, t, x), detail: `${x.rt(`targets.metric.${t.metric}`)} · ${targetPeriod(t, x)}`, cells: items.map(() => null) };
        rows.set(key, row);
      }
      row.cells[i] = t;
    }
  });
  return [...rows.values()];
}

/** The year of the "why different" table: 2030 when every scenario reaches it, else the last common year. */
export function decompositionYear(items: readonly ReportItem[]): number | null {
  const from = Math.max(...items.map((i) => i.results.baseYear));
  const to = Math.min(...items.map((i) => i.results.endYear));
  if (from > to) return null;
  return 2030 >= from && 2030 <= to ? 2030 : to;
}

export type WhyTable = { year: number; drivers: { driver: LmdiDriver; values: number[] }[]; totals: number[] };

/** LMDI of each scenario's CO2 against the first one's, in `year`; drivers that are zero everywhere left out. */
export function whyDifferent(items: readonly ReportItem[], year: number): WhyTable {
  const ref = yearOf(items[0]!.results, year)!;
  const parts = items.slice(1).map(({ results }) => decomposeCo2(ref, yearOf(results, year)!));
  const drivers = LMDI_DRIVERS.map((driver) => ({ driver, values: parts.map((p) => p.parts.find((q) => q.driver === driver)!.value) })).filter((d) =>
    d.values.some((v) => Math.abs(v) >= 0.05),
  );
  return { year, drivers, totals: parts.map((p) => p.total) };
}

/** Distinct line colours for up to eight scenarios, dark to light so greyscale print still tells them apart. */
const LINE_COLORS = ['#1f2933', '#0b6e4f', '#4e79a7', '#f28e2b', '#b42318', '#7b5ea7', '#2a9d8f', '#9c6b3c'];
const FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', system-ui, sans-serif";

/** One line per scenario over the union of their years. */
export function compareLineOption(items: readonly ReportItem[], pick: (y: YearResult) => number, unit: UnitId, x: ReportText): ChartOption {
  const from = Math.min(...items.map((i) => i.results.baseYear));
  const to = Math.max(...items.map((i) => i.results.endYear));
  const years = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: '#1f2933' },
    grid: { left: 12, right: 20, top: 36, bottom: 56 },
    legend: { type: 'plain', bottom: 0, left: 'center', textStyle: { fontFamily: FONT, fontSize: 12 } },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: years.map(String),
      axisLabel: { color: '#616e7c', fontSize: 11, hideOverlap: true },
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
      color: LINE_COLORS[i % LINE_COLORS.length],
      symbol: 'none',
      lineStyle: { width: i === 0 ? 2.5 : 2, type: i === 0 ? ('solid' as const) : i % 2 ? ('solid' as const) : ('dashed' as const) },
    })),
  };
}
