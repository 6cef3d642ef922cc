import i18next from 'i18next';
import { useMemo } from 'react';
import type { Peak, ScenarioResults, YearResult } from '../../../shared/engine/results';
import { planYears } from '../../../shared/engine/study-tables';
import { PLAN_SECTORS, type PlanSector } from '../../../shared/model/vocabulary';
import {
  sectorCo2Option,
  UNALLOCATED_KINDS,
  type SectorsTranslate,
} from '../../components/results/sector-chart-option';
import { PrintChart } from './PrintChart';
import type { ReportText } from './report-text';
import { Section } from './Section';
import { YearsHead } from './YearsHead';

type Props = { results: ScenarioResults; x: ReportText };

type Row = { id: string; label: string; cells: string[]; className?: string };

const EPSILON = 1e-9;
/** px: the chart, the sector table and the peaks share one A4 page. */
const SECTOR_CHART_HEIGHT = 220;

/** The `sectors` namespace in the report's language (the sector names the results and the chart's legend use). */
export const sectorsText = (x: ReportText): SectorsTranslate => i18next.getFixedT(x.lang, 'sectors');

/** The scope the peaks are judged on, in words. */
export const peakScopeText = (results: ScenarioResults, x: ReportText): string =>
  x.t(`sectors.scope.${results.methods.peakScope}`);

function YearsTable({ testId, first, years, rows }: { testId: string; first: string; years: number[]; rows: Row[] }) {
  return (
    <table className="report-table" data-testid={testId}>
      <YearsHead first={first} years={years} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid={`${testId}-${row.id}`} className={row.className}>
            <th scope="row">{row.label}</th>
            {row.cells.map((c, i) => (
              <td key={i} className="num">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A peak as the report reads it: the year (or that there is none), CO2, plateau and whether it holds. */
function PeakCells({ peak, x }: { peak: Peak; x: ReportText }) {
  const verdict = !peak.withinHorizon
    ? x.t('sectors.peaks.noPeak', { year: peak.year })
    : peak.rebound
      ? x.t('sectors.peaks.rebound', { year: peak.rebound.year })
      : x.t('sectors.peaks.holds', { year: peak.reachedYear });
  return (
    <>
      <td className="num">{x.rt('year', { year: peak.year })}</td>
      <td className="num">{x.fmt.num(peak.co2, 'wanTCo2')}</td>
      <td className="num nowrap">
        {x.t('sectors.peaks.plateau', { from: peak.plateau.fromYear, to: peak.plateau.toYear })}
      </td>
      <td>{verdict}</td>
    </>
  );
}

/**
 * 分领域碳排放: CO2 by the plan sectors of the 1+N carbon-peak plans (the
 * results' chart, drawn for paper), the same by plan year in a table with the
 * lines no sector takes and the totals they add up to, and the peak of the
 * region and of each sector with the scope they were judged on.
 */
export function SectorSection({ results: r, x }: Props) {
  const ts = useMemo(() => sectorsText(x), [x]);
  const option = useMemo(() => sectorCo2Option({ results: r, fmt: x.fmt, t: x.rt, ts }), [r, x, ts]);
  const years = planYears(r.years);
  const at = (y: number): YearResult => r.years[y - r.baseYear]!;
  const cells = (get: (y: YearResult) => number) => years.map((y) => x.fmt.num(get(at(y)), 'wanTCo2'));
  const any = (get: (y: YearResult) => number) => r.years.some((y) => Math.abs(get(y)) > EPSILON);
  const sectorName = (s: PlanSector) => ts(`sector.${s}`);
  const rows: Row[] = [
    ...PLAN_SECTORS.flatMap((s): Row[] => [
      { id: s, label: sectorName(s), cells: cells((y) => y.sectorCo2[s].energy) },
      ...(s === 'industry' && any((y) => y.processCo2)
        ? [
            {
              id: 'process',
              label: x.t('sectors.table.process'),
              cells: cells((y) => y.sectorCo2.industry.process),
              className: 'apart',
            },
          ]
        : []),
    ]),
    ...UNALLOCATED_KINDS.filter((k) => any((y) => y.co2Unallocated[k])).map((k) => ({
      id: `unallocated-${k}`,
      label: x.t(`sectors.table.unallocated.${k}`),
      cells: cells((y) => y.co2Unallocated[k]),
      className: 'apart',
    })),
    { id: 'co2', label: x.t('sectors.table.co2'), cells: cells((y) => y.co2), className: 'total' },
    ...(any((y) => y.processCo2)
      ? [
          {
            id: 'co2WithProcess',
            label: x.t('sectors.table.co2WithProcess'),
            cells: cells((y) => y.co2WithProcess),
            className: 'total',
          },
        ]
      : []),
  ];
  const method = x.t(`methods.short.electricityCo2.${r.methods.electricityCo2}`);
  return (
    <Section id="sectors" title={x.t('sectors.heading')} intro={x.t('sectors.intro', { method })}>
      <figure className="report-chart" data-testid="report-chart-sectors">
        <figcaption>{x.t('sectors.chart', { unit: x.fmt.unit('wanTCo2') })}</figcaption>
        <PrintChart
          option={option}
          ariaLabel={x.t('sectors.chart', { unit: x.fmt.unit('wanTCo2') })}
          height={SECTOR_CHART_HEIGHT}
        />
      </figure>
      <h3>{x.t('sectors.table.heading', { unit: x.fmt.unit('wanTCo2') })}</h3>
      <YearsTable testId="report-sectors-table" first={x.t('sectors.table.item')} years={years} rows={rows} />
      <p className="report-small">{x.t('sectors.table.note')}</p>
      <div className="report-keep">
        <h3>{x.t('sectors.peaks.heading')}</h3>
        <p className="report-small" data-testid="report-sectors-scope">
          {x.t('sectors.peaks.scope', { scope: peakScopeText(r, x), pct: r.methods.peakTolerancePct })}
        </p>
        <table className="report-table" data-testid="report-sector-peaks">
          <thead>
            <tr>
              <th scope="col">{x.t('sectors.peaks.col.sector')}</th>
              <th scope="col" className="num">
                {x.t('sectors.peaks.col.year')}
              </th>
              <th scope="col" className="num">
                {x.t('sectors.peaks.col.co2')}
                <span className="report-unit">{x.fmt.unit('wanTCo2')}</span>
              </th>
              <th scope="col" className="num">
                {x.t('sectors.peaks.col.plateau')}
              </th>
              <th scope="col">{x.t('sectors.peaks.col.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            <tr data-testid="report-sector-peak-region" className="total">
              <th scope="row">{x.t('sectors.peaks.region')}</th>
              <PeakCells peak={r.peak} x={x} />
            </tr>
            {PLAN_SECTORS.map((s) => {
              const p = r.sectorPeaks[s];
              return (
                <tr key={s} data-testid={`report-sector-peak-${s}`}>
                  <th scope="row">{sectorName(s)}</th>
                  {p ? (
                    <PeakCells peak={p} x={x} />
                  ) : (
                    <td colSpan={4} className="muted">
                      {x.t('sectors.peaks.noCo2')}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
