import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostResults } from '../../../shared/engine/costs/types';
import { Chart, type ChartRenderer } from '../../components/Chart';
import { COST_ASSET_TYPES, investmentOption } from './cost-charts';
import type { CostFormat } from './costs-format';
import { planName } from '../../components/plan-name';

type Props = { costs: CostResults; cf: CostFormat; renderer?: ChartRenderer };

/** Investment by year and type (stacked bars), then the funding need per five-year plan period. */
export function InvestmentSection({ costs, cf, renderer = 'canvas' }: Props) {
  const { t, i18n } = useTranslation('costs');
  const option = useMemo(
    () =>
      investmentOption(costs.investmentByYear, {
        type: (x) => t(`type.${x}`),
        unit: t('results.yiYuan'),
        value: (v) => `${cf.yi(v)} ${t('results.yiYuan')}`,
        axis: (v) => cf.plain(v, Number.isInteger(v) ? 0 : 1),
      }),
    [costs.investmentByYear, cf, t],
  );
  // the types any period invests in, in the chart's order
  const types = COST_ASSET_TYPES.filter((x) => costs.investmentByPeriod.some((p) => Math.abs(p.byType[x] ?? 0) > 1e-9));
  return (
    <>
      <figure className="res-chart costs-chart" data-testid="costs-investment-chart">
        <figcaption>{t('results.investmentChart')}</figcaption>
        <Chart option={option} renderer={renderer} height={280} ariaLabel={t('results.investmentChart')} />
      </figure>
      <section className="res-section" aria-labelledby="costs-periods-h">
        <div className="res-section-head">
          <h4 id="costs-periods-h">{t('periods.heading')}</h4>
        </div>
        {costs.investmentByPeriod.length === 0 ? (
          <p className="muted small">{t('periods.none')}</p>
        ) : (
          <div className="res-table-wrap">
            <table className="res-table" data-testid="costs-period-table">
              <thead>
                <tr>
                  <th scope="col">{t('lcoe.col.type')}</th>
                  {costs.investmentByPeriod.map((p) => (
                    <th key={p.plan} scope="col" className="num">
                      {t('periods.plan', { name: planName(p.plan, i18n.language), from: p.fromYear, to: p.toYear })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {types.map((x) => (
                  <tr key={x} data-testid={`costs-period-row-${x}`}>
                    <th scope="row">{t(`type.${x}`)}</th>
                    {costs.investmentByPeriod.map((p) => (
                      <td key={p.plan} className="num">{cf.yi(p.byType[x] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
                <tr className="costs-total-row" data-testid="costs-period-total">
                  <th scope="row">{t('periods.total')}</th>
                  {costs.investmentByPeriod.map((p) => (
                    <td key={p.plan} className="num" data-value={p.total}>{cf.yi(p.total)}</td>
                  ))}
                </tr>
                <tr data-testid="costs-period-replacement">
                  <th scope="row">{t('periods.replacement')}</th>
                  {costs.investmentByPeriod.map((p) => (
                    <td key={p.plan} className="num" data-value={p.replacement}>{cf.yi(p.replacement)}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        )}
        <p className="muted small">{t('periods.replacementNote')}</p>
      </section>
    </>
  );
}
