import { Fragment, useMemo } from 'react';
import { tableYears } from '../../../shared/engine/compare';
import type { Peak, YearResult } from '../../../shared/engine/results';
import { PLAN_SECTORS } from '../../../shared/model/vocabulary';
import { sectorCompareOption } from '../../components/results/sector-compare-option';
import { scenarioName } from './Cover';
import type { ChartOption } from '../../components/Chart';
import { PrintChart } from './PrintChart';
import type { ReportText } from './report-text';
import { Section } from './Section';
import { peakScopeText, sectorsText } from './SectorSection';
import type { ReportItem } from './useReportData';

type Props = { items: ReportItem[]; years?: number[] | null; x: ReportText };

/** px: the bars share their page with the peaks. */
const CHART_HEIGHT = 280;

/** px of the plot across an A4 page inside the margins. */
const PAPER_PLOT_WIDTH = 600;

/** The bars' labels wrapped to the width a bar has on paper, where the screen's width would overlap them. */
function forPaper(option: ChartOption, bars: number): ChartOption {
  const xAxis = option.xAxis as Record<string, unknown>;
  const grid = option.grid as { bottom?: number };
  const width = Math.max(40, Math.floor(PAPER_PLOT_WIDTH / Math.max(1, bars)) - 8);
  return {
    ...option,
    grid: { ...grid, bottom: (grid.bottom ?? 72) + 28 },
    xAxis: { ...xAxis, axisLabel: { ...(xAxis.axisLabel as Record<string, unknown>), width, overflow: 'break' } },
  };
}

type Line = { id: string; label: string; get: (y: YearResult) => number | undefined; className?: string };

/** A peak in one cell: its year, or that the horizon shows none, or that it rebounds. */
function peakText(p: Peak | undefined, x: ReportText): string {
  if (!p) return x.t('sectors.peaks.noCo2');
  if (!p.withinHorizon) return x.t('sectors.compare.noPeak');
  return p.rebound
    ? x.t('sectors.compare.rebound', { year: p.year, rebound: p.rebound.year })
    : x.rt('year', { year: p.year });
}

/**
 * 分领域碳排放 side by side: a stacked bar per scenario in each year of the
 * comparison's table (the compare page's chart), the peak of the
 * region and of each sector with the scope each scenario judges it on, then per
 * year of the comparison's table each sector's CO2, process CO2, the totals and
 * net emissions with a column per scenario.
 */
export function SectorCompareSection({ items, years = null, x }: Props) {
  const ts = useMemo(() => sectorsText(x), [x]);
  const shown = useMemo(
    () =>
      tableYears(
        items.map((i) => i.results),
        years,
      ),
    [items, years],
  );
  const option = useMemo(
    () =>
      forPaper(
        sectorCompareOption({
          runs: items.map((i) => ({ name: scenarioName(i.scenario, x), results: i.results })),
          years: shown,
          fmt: x.fmt,
          t: x.rt,
          ts,
        }),
        items.length * shown.length,
      ),
    [items, x, ts, shown],
  );
  const at = (i: ReportItem, year: number): YearResult | undefined => i.results.years[year - i.results.baseYear];
  const anyProcess = items.some((i) => i.results.years.some((y) => y.processCo2 !== 0));
  const anyForest = items.some((i) => i.results.years.some((y) => y.forest));
  const lines: Line[] = [
    ...PLAN_SECTORS.map((s) => ({ id: s, label: ts(`sector.${s}`), get: (y: YearResult) => y.sectorCo2[s].energy })),
    {
      id: 'unallocated',
      label: x.t('sectors.compare.unallocated'),
      get: (y) => y.co2Unallocated.storageLosses + y.co2Unallocated.wasteIncineration + y.co2Unallocated.electricity,
      className: 'apart',
    },
    { id: 'co2', label: x.t('sectors.table.co2'), get: (y) => y.co2, className: 'total' },
    ...(anyProcess
      ? [
          {
            id: 'process',
            label: x.t('sectors.table.process'),
            get: (y: YearResult) => y.processCo2,
            className: 'apart',
          },
        ]
      : []),
    ...(anyForest
      ? [
          {
            id: 'sink',
            label: x.t('sinks.row.sinkCo2'),
            get: (y: YearResult) => y.forest?.sinkCo2,
            className: 'apart',
          },
          { id: 'net', label: x.t('sectors.compare.net'), get: (y: YearResult) => y.netCo2 },
        ]
      : []),
  ];
  const head = (
    <thead>
      <tr>
        <th scope="col">{x.t('sectors.table.item')}</th>
        {items.map(({ scenario }) => (
          <th key={scenario.id} scope="col" className="num">
            {scenarioName(scenario, x)}
          </th>
        ))}
      </tr>
    </thead>
  );
  return (
    <Section id="sectors" title={x.t('sectors.heading')} intro={x.t('sectors.compare.intro')}>
      <figure className="report-chart" data-testid="report-chart-sectors-compare">
        <figcaption>{x.t('sectors.compare.chart', { unit: x.fmt.unit('wanTCo2') })}</figcaption>
        <PrintChart
          option={option}
          ariaLabel={x.t('sectors.compare.chart', { unit: x.fmt.unit('wanTCo2') })}
          height={CHART_HEIGHT}
        />
      </figure>
      <div className="report-keep">
        <h3>{x.t('sectors.peaks.heading')}</h3>
        <table className="report-table report-compare-table" data-testid="report-sector-peaks-compare">
          {head}
          <tbody>
            <tr>
              <th scope="row">{x.t('sectors.compare.scope')}</th>
              {items.map((i) => (
                <td key={i.scenario.id} className="num">
                  {peakScopeText(i.results, x)}
                </td>
              ))}
            </tr>
            <tr className="total" data-testid="report-sector-peaks-compare-region">
              <th scope="row">{x.t('sectors.peaks.region')}</th>
              {items.map((i) => (
                <td key={i.scenario.id} className="num">
                  {peakText(i.results.peak, x)}
                </td>
              ))}
            </tr>
            {PLAN_SECTORS.map((s) => (
              <tr key={s} data-testid={`report-sector-peaks-compare-${s}`}>
                <th scope="row">{ts(`sector.${s}`)}</th>
                {items.map((i) => (
                  <td key={i.scenario.id} className="num">
                    {peakText(i.results.sectorPeaks[s], x)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{x.t('sectors.table.heading', { unit: x.fmt.unit('wanTCo2') })}</h3>
      <table className="report-table report-compare-table" data-testid="report-sectors-compare">
        {head}
        <tbody>
          {shown.map((year) => (
            <Fragment key={year}>
              <tr className="report-group">
                <th scope="colgroup" colSpan={items.length + 1}>
                  {x.t('compare.yearGroup', { year })}
                </th>
              </tr>
              {lines.map((l) => (
                <tr key={l.id} className={l.className} data-testid={`report-sectors-compare-${l.id}-${year}`}>
                  <th scope="row">{l.label}</th>
                  {items.map((i) => {
                    const y = at(i, year);
                    const v = y ? l.get(y) : undefined;
                    return (
                      <td key={i.scenario.id} className="num">
                        {v === undefined ? '—' : x.fmt.num(v, 'wanTCo2')}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
      <p className="report-small">{x.t('sectors.compare.note')}</p>
    </Section>
  );
}
