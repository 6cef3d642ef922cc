import { useTranslation } from 'react-i18next';
import { CURTAILED_TYPES, type HourlyYear } from '../../../shared/engine/hourly/types';
import type { NumberFormatter, UnitId } from '../../components/results/format';
import { numberLocale } from '../../i18n';

type Row = { key: string; label: string; unit: string; cell: (y: HourlyYear) => string };

/** The plan years (every fifth), the first and last year, and the year picked above. */
export function tableYears(years: readonly HourlyYear[], picked: number | null): HourlyYear[] {
  const last = years.length - 1;
  return years.filter((y, i) => i === 0 || i === last || y.year % 5 === 0 || y.year === picked);
}

/** The yearly indicators of the balance: indicators as rows, the years as columns (as the statistical tables). */
export function IndicatorTable({ years, picked, fmt }: { years: readonly HourlyYear[]; picked: number | null; fmt: NumberFormatter }) {
  const { t } = useTranslation('hourly');
  const shown = tableYears(years, picked);
  const num = (unit: UnitId) => (v: number) => fmt.num(v, unit);
  const pct = num('pct');
  const yi = (v: number) => fmt.num(v, 'yiKWh');
  const mw = num('mw');
  // hours are whole; cycles to one decimal (a battery's 300 or a pumped-storage plant's 2.5)
  const whole = (v: number) => fmt.num(v, 'year');
  const cycles = new Intl.NumberFormat(numberLocale(fmt.lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const curtailedTypes = CURTAILED_TYPES.filter((k) => years.some((y) => y.curtailedYiKWh[k] > 0));
  const rows: Row[] = [
    { key: 'curtailmentPct', label: t('indicators.rows.curtailmentPct'), unit: fmt.unit('pct'), cell: (y) => pct(y.curtailmentPct) },
    { key: 'curtailmentPctPv', label: t('indicators.rows.curtailmentPctPv'), unit: fmt.unit('pct'), cell: (y) => pct(y.curtailmentPctByType.pv) },
    { key: 'curtailmentPctWind', label: t('indicators.rows.curtailmentPctWind'), unit: fmt.unit('pct'), cell: (y) => pct(y.curtailmentPctByType.wind) },
    ...curtailedTypes.map((k) => ({ key: `curtailedYiKWh_${k}`, label: t(`indicators.rows.curtailedYiKWh_${k}`), unit: fmt.unit('yiKWh'), cell: (y: HourlyYear) => yi(y.curtailedYiKWh[k]) })),
    { key: 'selfConsumptionPct', label: t('indicators.rows.selfConsumptionPct'), unit: fmt.unit('pct'), cell: (y) => pct(y.selfConsumptionPct) },
    { key: 'selfSufficiencyPct', label: t('indicators.rows.selfSufficiencyPct'), unit: fmt.unit('pct'), cell: (y) => pct(y.selfSufficiencyPct) },
    { key: 'peakImportMW', label: t('indicators.rows.peakImportMW'), unit: fmt.unit('mw'), cell: (y) => mw(y.peakImportMW) },
    { key: 'peakExportMW', label: t('indicators.rows.peakExportMW'), unit: fmt.unit('mw'), cell: (y) => mw(y.peakExportMW) },
    { key: 'netExportHours', label: t('indicators.rows.netExportHours'), unit: t('indicators.hoursUnit'), cell: (y) => whole(y.netExportHours) },
    { key: 'unservedHours', label: t('indicators.rows.unservedHours'), unit: t('indicators.hoursUnit'), cell: (y) => whole(y.unservedHours) },
    { key: 'unservedYiKWh', label: t('indicators.rows.unservedYiKWh'), unit: fmt.unit('yiKWh'), cell: (y) => yi(y.unservedYiKWh) },
    {
      key: 'storageThroughputYiKWh',
      label: t('indicators.rows.storageThroughputYiKWh'),
      unit: fmt.unit('yiKWh'),
      cell: (y) => t('indicators.throughput', { charge: yi(y.storageChargeYiKWh), discharge: yi(y.storageDischargeYiKWh) }),
    },
    { key: 'storageCycles', label: t('indicators.rows.storageCycles'), unit: t('indicators.cyclesUnit'), cell: (y) => cycles.format(y.storageCycles) },
    { key: 'storageLossYiKWh', label: t('indicators.rows.storageLossYiKWh'), unit: fmt.unit('yiKWh'), cell: (y) => yi(y.storageLossYiKWh) },
  ];
  return (
    <div className="table-scroll">
      <table className="res-table hourly-indicators" data-testid="hourly-indicators">
        <thead>
          <tr>
            <th scope="col">{t('indicators.indicator')}</th>
            <th scope="col">{t('indicators.unit')}</th>
            {shown.map((y) => (
              <th key={y.year} scope="col" className={y.year === picked ? 'num picked' : 'num'}>
                {y.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`hourly-row-${r.key}`}>
              <th scope="row">{r.label}</th>
              <td className="muted">{r.unit}</td>
              {shown.map((y) => (
                <td key={y.year} className={y.year === picked ? 'num picked' : 'num'} data-year={y.year}>
                  {r.cell(y)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
