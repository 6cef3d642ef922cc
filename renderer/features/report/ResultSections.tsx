import { useMemo } from 'react';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import { CHART_BUILDERS, CHART_IDS } from '../../components/results/chart-options';
import type { UnitId } from '../../components/results/format';
import type { ReportText } from './report-text';
import { CrossCheckTable } from './CrossCheckTable';
import { PrintChart } from './PrintChart';
import { Section } from './Section';

/**
 * The results panel's six charts, drawn as SVG (vector in the PDF, complete
 * as soon as `setOption` returns: the options turn animation off), without tooltips.
 */
export function ChartsSection({ results, x }: { results: ScenarioResults; x: ReportText }) {
  const options = useMemo(() => CHART_IDS.map((id) => ({ id, option: CHART_BUILDERS[id]({ results, fmt: x.fmt, t: x.rt }) })), [results, x]);
  return (
    <Section id="charts" title={x.t('charts.heading')} intro={x.t('charts.note')}>
      {options.map(({ id, option }) => (
        <figure key={id} className="report-chart" data-testid={`report-chart-${id}`}>
          <figcaption>{x.rt(`charts.${id}`)}</figcaption>
          <PrintChart option={option} ariaLabel={x.rt(`charts.${id}`)} />
        </figure>
      ))}
    </Section>
  );
}

type Column = { key: 'gdp' | 'energy' | 'co2' | 'co2PerGdp' | 'energyPerGdp' | 'energyPerGdpAssessed' | 'nonFossil'; unit: UnitId; value: (y: ScenarioResults['years'][number]) => number };

/**
 * One row per year: GDP, energy, CO2, both intensities and the non-fossil
 * share, units in the header; years of published statistics marked 实际, the
 * peak, its plateau and a rebound marked.
 */
export function YearsSection({ scenario, results, x }: { scenario: Scenario; results: ScenarioResults; x: ReportText }) {
  // the assessed intensity differs from the total's only under a rule that leaves something out
  const assessed = results.methods.energyControl !== 'none' || results.years.some((y) => y.feedstockEnergy > 0);
  const columns: Column[] = [
    { key: 'gdp', unit: 'yiYuan', value: (y) => y.gdp },
    { key: 'energy', unit: 'wanTce', value: (y) => y.energy },
    { key: 'co2', unit: 'wanTCo2', value: (y) => y.co2 },
    { key: 'co2PerGdp', unit: 'tCo2PerWanYuan', value: (y) => y.co2PerGdp },
    { key: 'energyPerGdp', unit: 'tcePerWanYuan', value: (y) => y.energyPerGdp },
    ...(assessed ? [{ key: 'energyPerGdpAssessed' as const, unit: 'tcePerWanYuan' as const, value: (y: ScenarioResults['years'][number]) => y.energyPerGdpAssessed }] : []),
    { key: 'nonFossil', unit: 'pct', value: (y) => y.nonFossilShare },
  ];
  const convention = x.t(`assumptions.convention.${scenario.conventions.primaryElectricity}`);
  const sep = x.lang === 'en' ? ' ' : '';
  const anyActual = results.years.some((y) => y.actual.gdp || y.actual.energy);
  const note = [
    x.t('years.note', { base: scenario.baseYear, convention }),
    ...(assessed ? [x.t('years.noteAssessed', { rule: x.t(`methods.short.energyControl.${results.methods.energyControl}`) })] : []),
    ...(anyActual ? [x.t('years.noteActual')] : []),
  ].join(sep);
  const p = results.peak;
  const onPlateau = (year: number) => p.withinHorizon && year !== p.year && year >= p.plateau.fromYear && year <= p.plateau.toYear;
  return (
    <Section id="years" title={x.t('years.heading')} intro={note}>
      <table className="report-table report-years-table">
        <thead>
          <tr>
            <th scope="col">{x.t('years.col.year')}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="num">
                {x.t(`years.col.${c.key}`)}
                <span className="report-unit">{x.fmt.unit(c.unit)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.years.map((y) => {
            const peak = p.withinHorizon && y.year === p.year;
            const actual = y.actual.gdp || y.actual.energy;
            const rebound = p.rebound?.year === y.year;
            return (
              <tr
                key={y.year}
                className={peak ? 'peak' : y.year % 5 === 0 ? 'milestone' : undefined}
                data-testid={`report-year-${y.year}`}
                data-actual={actual ? 'true' : 'false'}
              >
                <th scope="row" className="nowrap">
                  {y.year}
                  {actual && <span className="report-actual-tag">{x.t('years.actual')}</span>}
                  {peak && <span className="report-peak-tag">{x.t('years.peak')}</span>}
                  {onPlateau(y.year) && <span className="report-plateau-tag">{x.t('years.plateau')}</span>}
                  {rebound && <span className="report-rebound-tag">{x.t('years.rebound')}</span>}
                </th>
                {columns.map((c) => (
                  <td key={c.key} className="num">
                    {x.fmt.num(c.value(y), c.unit)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <CrossCheckTable results={results} x={x} />
    </Section>
  );
}
