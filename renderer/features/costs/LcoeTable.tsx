import { useTranslation } from 'react-i18next';
import type { Lcoe } from '../../../shared/engine/costs/types';
import type { CostFormat } from './costs-format';

/** 度电成本 per type with the inputs it was computed from, so a reviewer can redo the arithmetic. */
export function LcoeTable({ lcoe, cf }: { lcoe: readonly Lcoe[]; cf: CostFormat }) {
  const { t } = useTranslation('costs');
  return (
    <section className="res-section" aria-labelledby="costs-lcoe-h">
      <div className="res-section-head">
        <h4 id="costs-lcoe-h">{t('lcoe.heading')}</h4>
      </div>
      <div className="res-table-wrap">
        <table className="res-table" data-testid="costs-lcoe-table">
          <thead>
            <tr>
              <th scope="col">{t('lcoe.col.type')}</th>
              <th scope="col" className="num">{t('lcoe.col.lcoe')}</th>
              <th scope="col" className="num">{t('lcoe.col.investment')}</th>
              <th scope="col" className="num">{t('lcoe.col.fixedOm')}</th>
              <th scope="col" className="num">{t('lcoe.col.lifetime')}</th>
              <th scope="col" className="num">{t('lcoe.col.hours')}</th>
              <th scope="col" className="num">{t('lcoe.col.fuel')}</th>
            </tr>
          </thead>
          <tbody>
            {lcoe.map((l) => (
              <tr key={l.type} data-testid={`costs-lcoe-${l.type}`}>
                <th scope="row">{t(`type.${l.type}`)}</th>
                <td className="num strong" data-value={l.yuanPerKWh ?? ''}>
                  {l.yuanPerKWh === null ? <span className="muted">{t('lcoe.none')}</span> : cf.perKWh(l.yuanPerKWh)}
                </td>
                <td className="num">{cf.yuan(l.investmentYuanPerKW)}</td>
                <td className="num">{cf.yuan(l.fixedOmYuanPerKWYear)}</td>
                <td className="num">{cf.plain(l.lifetimeYears)}</td>
                <td className="num">{cf.plain(l.utilisationHours)}</td>
                <td className="num">{cf.perKWh(l.fuelYuanPerKWh)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('lcoe.note')}</p>
    </section>
  );
}
