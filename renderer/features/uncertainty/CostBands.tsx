import { useTranslation } from 'react-i18next';
import type { EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { NumberFormatter } from '../../components/results/format';

type Props = { central: ScenarioResults | null; ensemble: EnsembleResults; fmt: NumberFormatter };

/** P10/P50/P90 of the scenario's present value of supply costs and total investment, 亿元, beside the central run. */
export function CostBands({ central, ensemble, fmt }: Props) {
  const { t } = useTranslation('uncertainty');
  const costs = ensemble.costs;
  if (!costs) return null;
  const rows = [
    { key: 'presentValue', band: costs.presentValueYiYuan, central: central?.costs?.presentValueYiYuan },
    { key: 'totalInvestment', band: costs.totalInvestmentYiYuan, central: central?.costs?.totalInvestmentYiYuan },
  ] as const;
  return (
    <section className="res-section" aria-labelledby="unc-costs-h" data-testid="uncertainty-costs">
      <div className="res-section-head">
        <h3 id="unc-costs-h">{t('costs.heading')}</h3>
      </div>
      <p className="muted small unc-note">{t('costs.hint')}</p>
      <div className="res-table-wrap">
        <table className="res-table">
          <thead>
            <tr>
              <th scope="col">{t('costs.metric')}</th>
              <th scope="col" className="num">{t('bands.p10')}</th>
              <th scope="col" className="num">{t('bands.p50')}</th>
              <th scope="col" className="num">{t('bands.p90')}</th>
              <th scope="col" className="num">{t('costs.central')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-testid={`uncertainty-costs-${r.key}`}>
                <th scope="row">
                  {t(`costs.${r.key}`)}
                  <span className="frow-hint unc-unit">{fmt.unit('yiYuan')}</span>
                </th>
                <td className="num">{fmt.num(r.band.p10, 'yiYuan')}</td>
                <td className="num">{fmt.num(r.band.p50, 'yiYuan')}</td>
                <td className="num">{fmt.num(r.band.p90, 'yiYuan')}</td>
                <td className="num">{r.central == null ? '—' : fmt.num(r.central, 'yiYuan')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
