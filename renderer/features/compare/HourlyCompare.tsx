import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import type { NumberFormatter } from '../../components/results/format';
import { hourlyCompareOption, type HourlyRun } from '../../components/results/hourly-compare-chart';
import {
  HOURLY_UNIT,
  compareIndicators,
  hourlyNumber,
  hourlyUnitKey,
  hourlyValue,
  hourlyYear,
  zeroEverywhere,
} from '../../components/results/hourly-indicators';
import type { ComparedRun } from './compare-chart-options';

type Props = { runs: readonly ComparedRun[]; years: readonly number[]; fmt: NumberFormatter };

/** The charts beside the table: curtailment and the peak import each plan asks of the grid. */
const CHARTS = ['curtailmentPct', 'peakImportMW'] as const;

/**
 * Build-out plans side by side on the hourly balance: each scenario's
 * curtailment, peak import and export (and unserved load where any has
 * some) in the table's years, as the engine computed them, and two small
 * charts over the horizon. Shown when a compared scenario has the balance;
 * the others are named as having none.
 */
export function HourlyCompare({ runs, years, fmt }: Props) {
  const { t } = useTranslation('compare');
  const withHourly = useMemo(
    () =>
      runs.flatMap((r): HourlyRun[] =>
        r.results.hourly ? [{ id: r.id, name: r.name, color: r.color, hourly: r.results.hourly }] : [],
      ),
    [runs],
  );
  const without = runs.filter((r) => !r.results.hourly);
  const unitText = (k: keyof typeof HOURLY_UNIT) => t(`hourly.units.${hourlyUnitKey(HOURLY_UNIT[k], fmt)}`);
  const hourlies = useMemo(() => withHourly.map((r) => r.hourly), [withHourly]);
  // a chart of an indicator that is zero everywhere would be a line on the axis
  const charts = useMemo(
    () =>
      CHARTS.filter((k) => !zeroEverywhere(hourlies, k)).map((k) => ({
        id: k,
        option: hourlyCompareOption(withHourly, k, fmt, t(`hourly.units.${hourlyUnitKey(HOURLY_UNIT[k], fmt)}`)),
      })),
    [withHourly, hourlies, fmt, t],
  );
  if (withHourly.length === 0) return null;
  const indicators = compareIndicators(hourlies);
  return (
    <section className="cmp-section" aria-labelledby="cmp-hourly-h" data-testid="compare-hourly">
      <h2 id="cmp-hourly-h">{t('hourly.heading')}</h2>
      <p className="muted small cmp-lead">{t('hourly.intro')}</p>
      {without.length > 0 && (
        <p className="muted small cmp-lead" data-testid="compare-hourly-none">
          {t('hourly.none', { names: without.map((r) => r.name).join(t('hourly.listSeparator')) })}
        </p>
      )}
      <div className="res-table-wrap cmp-fit">
        <table className="res-table cmp-table cmp-hourly-table" data-testid="compare-hourly-table">
          <thead>
            <tr>
              <th scope="col">{t('hourly.col')}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="num">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indicators.map((k) => (
              <Fragment key={k}>
                <tr className="cmp-group">
                  <th scope="colgroup" colSpan={years.length + 1}>
                    {t(`hourly.indicators.${k}`)} <span className="cmp-unit">{unitText(k)}</span>
                  </th>
                </tr>
                {withHourly.map((run) => (
                  <tr key={run.id}>
                    <th scope="row">
                      <span className="cmp-swatch" style={{ background: run.color }} aria-hidden="true" /> {run.name}
                    </th>
                    {years.map((year) => {
                      const y = hourlyYear(run.hourly, year);
                      const v = y === undefined ? null : hourlyValue(y, k);
                      return (
                        <td
                          key={year}
                          className={`num${v === null ? ' muted' : ''}`}
                          data-testid={`compare-hourly-${run.id}-${k}-${year}`}
                          data-value={v === null ? '' : String(v)}
                        >
                          {v === null ? t('table.outside') : hourlyNumber(v, HOURLY_UNIT[k], fmt)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <div className="cmp-charts">
        {charts.map(({ id, option }) => (
          <figure key={id} className="res-chart cmp-chart" data-testid={`compare-hourly-chart-${id}`}>
            <figcaption>{t(`hourly.charts.${id}`)}</figcaption>
            <Chart option={option} height={240} ariaLabel={t(`hourly.charts.${id}`)} />
          </figure>
        ))}
      </div>
      {zeroEverywhere(hourlies, 'curtailmentPct') && (
        <p className="muted small cmp-lead" data-testid="compare-hourly-no-curtailment">
          {t('hourly.noCurtailment')}
        </p>
      )}
      <p className="muted small cmp-lead">{t('hourly.note')}</p>
    </section>
  );
}
