import { Fragment, useMemo } from 'react';
import { tableYears } from '../../../shared/engine/compare';
import { scenarioColors } from '../../components/chart/palette';
import { hourlyCompareOption, type HourlyRun } from '../../components/results/hourly-compare-chart';
import {
  HOURLY_UNIT,
  compareIndicators,
  hourlyNumber,
  hourlyUnitKey,
  hourlyValue,
  hourlyYear,
  zeroEverywhere,
  type HourlyIndicator,
} from '../../components/results/hourly-indicators';
import { scenarioName } from './Cover';
import { PrintChart } from './PrintChart';
import type { ReportText } from './report-text';
import { Section } from './Section';
import type { ReportItem } from './useReportData';
import { YearsHead } from './YearsHead';

/** The compare page's hourly table and charts, for paper: the same indicators, years and engine values. */
export function HourlyCompareSection({
  items,
  years = null,
  x,
}: {
  items: ReportItem[];
  years?: number[] | null;
  x: ReportText;
}) {
  const runs = useMemo(() => {
    const colors = scenarioColors(items.map((i) => i.scenario.id));
    return items.flatMap(({ scenario, results }, i): HourlyRun[] =>
      results.hourly
        ? [{ id: scenario.id, name: scenarioName(scenario, x), color: colors[i]!, hourly: results.hourly }]
        : [],
    );
  }, [items, x]);
  const unitText = (k: HourlyIndicator) => x.t(`hourly.units.${hourlyUnitKey(HOURLY_UNIT[k], x.fmt)}`);
  const hourlies = useMemo(() => runs.map((r) => r.hourly), [runs]);
  // a chart of an indicator that is zero everywhere would be a line on the axis
  const charts = useMemo(
    () =>
      (['curtailmentPct', 'peakImportMW'] as const)
        .filter((k) => !zeroEverywhere(hourlies, k))
        .map((k) => ({
          id: k,
          option: hourlyCompareOption(runs, k, x.fmt, x.t(`hourly.units.${hourlyUnitKey(HOURLY_UNIT[k], x.fmt)}`)),
        })),
    [runs, hourlies, x],
  );
  if (runs.length === 0) return null;
  const shown = tableYears(
    items.map((i) => i.results),
    years,
  );
  const without = items.filter((i) => !i.results.hourly).map((i) => scenarioName(i.scenario, x));
  return (
    <Section id="hourly-compare" title={x.t('hourly.compare.heading')} intro={x.t('hourly.compare.intro')}>
      {without.length > 0 && (
        <p className="report-intro" data-testid="report-hourly-compare-none">
          {x.t('hourly.compare.none', { names: without.join(x.lang === 'en' ? ', ' : '、') })}
        </p>
      )}
      <table
        className="report-table report-compare-table report-hourly-table"
        data-testid="report-hourly-compare-table"
      >
        <YearsHead first={x.t('hourly.compare.col')} years={shown} />
        <tbody>
          {compareIndicators(hourlies).map((k) => (
            <Fragment key={k}>
              <tr className="report-group">
                <th scope="colgroup" colSpan={shown.length + 1}>
                  {x.t('hourly.compare.group', { metric: x.t(`hourly.indicators.${k}`), unit: unitText(k) })}
                </th>
              </tr>
              {runs.map((run) => (
                <tr key={run.id}>
                  <th scope="row">{run.name}</th>
                  {shown.map((year) => {
                    const y = hourlyYear(run.hourly, year);
                    const v = y === undefined ? null : hourlyValue(y, k);
                    return (
                      <td
                        key={year}
                        className="num"
                        data-testid={`report-hourly-compare-${run.id}-${k}-${year}`}
                        data-value={v ?? ''}
                      >
                        {v === null ? '—' : hourlyNumber(v, HOURLY_UNIT[k], x.fmt)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
      <p className="report-small">
        {zeroEverywhere(hourlies, 'curtailmentPct') &&
          `${x.t('hourly.compare.noCurtailment')}${x.lang === 'en' ? ' ' : ''}`}
        {x.t('hourly.compare.note')}
      </p>
      {charts.map((c) => (
        <figure key={c.id} className="report-chart" data-testid={`report-chart-hourly-compare-${c.id}`}>
          <figcaption>{x.t(`hourly.compare.charts.${c.id}`)}</figcaption>
          <PrintChart option={c.option} ariaLabel={x.t(`hourly.compare.charts.${c.id}`)} />
        </figure>
      ))}
    </Section>
  );
}
