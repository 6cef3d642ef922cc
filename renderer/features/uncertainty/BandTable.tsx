import { useTranslation } from 'react-i18next';
import { BAND_METRICS, type EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { NumberFormatter } from '../../components/results/format';
import { BAND_UNITS, centralValues } from './chart-options';

/** The years a reviewer asks about: the plan years up to 2035 and the horizon's last year. */
export function tableYears(years: readonly number[]): number[] {
  const last = years[years.length - 1];
  return years.filter((y) => (y % 5 === 0 && y > years[0]! && y <= 2035) || y === last);
}

type Props = { central: ScenarioResults; ensemble: EnsembleResults; fmt: NumberFormatter };

/** The bands' numbers in the plan years: P50 with P10–P90 under it and the central run, so each figure can be quoted. */
export function BandTable({ central, ensemble, fmt }: Props) {
  const { t } = useTranslation('uncertainty');
  const years = tableYears(ensemble.bands.co2.years);
  return (
    <div className="res-table-wrap">
      <table className="res-table unc-band-table" data-testid="uncertainty-band-table">
        <thead>
          <tr>
            <th scope="col">{t('bands.table.metric')}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {BAND_METRICS.map((m) => {
            const band = ensemble.bands[m];
            const unit = BAND_UNITS[m];
            const mid = centralValues(central, m, band.years);
            return (
              <tr key={m} data-testid={`uncertainty-band-row-${m}`}>
                <th scope="row">
                  {t(`bands.${m}`)}
                  <span className="frow-hint unc-unit">{fmt.unit(unit)}</span>
                </th>
                {years.map((y) => {
                  const i = band.years.indexOf(y);
                  const c = mid[i];
                  return (
                    <td key={y} className="num" data-year={y}>
                      <div className="unc-p50">{fmt.num(band.p50[i]!, unit)}</div>
                      <div className="small muted nowrap">
                        {t('bands.table.range', { p10: fmt.num(band.p10[i]!, unit), p90: fmt.num(band.p90[i]!, unit) })}
                      </div>
                      {c != null && (
                        <div className="small muted nowrap">
                          {t('bands.table.central', { value: fmt.num(c, unit) })}
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
