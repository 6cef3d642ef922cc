import { useTranslation } from 'react-i18next';
import type { CostResults, MaccEntry } from '../../../shared/engine/costs/types';
import type { ChartRenderer } from '../../components/Chart';
import { costFormat } from './costs-format';
import { InvestmentSection } from './InvestmentSection';
import { LcoeTable } from './LcoeTable';
import { MaccSection } from './MaccSection';
import { NpvStatement, type ReferenceState } from './NpvStatement';
import './costs.css';

export type CostResultsViewProps = {
  costs: CostResults;
  /** the years the costs count: those after the base year, to the last */
  from: number;
  to: number;
  reference: ReferenceState;
  macc: readonly MaccEntry[] | null;
  /** draw the charts (once the section is in view) */
  charts?: boolean;
  renderer?: ChartRenderer;
};

/**
 * 成本与投资 of one scenario, every figure the engine's: the headline totals, the
 * NPV against the reference in words, investment by year and type, the funding
 * need per plan period, LCOE with its inputs and the abatement cost curve.
 */
export function CostResultsView({ costs, from, to, reference, macc, charts = true, renderer }: CostResultsViewProps) {
  const { t, i18n } = useTranslation('costs');
  const cf = costFormat(i18n.language);
  return (
    <div className="costs-results">
      <p className="muted small" data-testid="costs-basis">
        {t('results.intro', { priceYear: costs.priceYear, case: t(`case.${costs.case}`), rate: cf.plain(costs.discountRatePct, 1) })}
      </p>
      <div className="costs-kpis">
        <div className="costs-kpi" data-testid="costs-total" data-value={costs.totalInvestmentYiYuan}>
          <span className="costs-kpi-label">{t('results.total', { from, to })}</span>
          <span className="costs-kpi-value">
            {cf.yi(costs.totalInvestmentYiYuan)} <span className="costs-kpi-unit">{t('results.yiYuan')}</span>
          </span>
        </div>
        <div className="costs-kpi" data-testid="costs-pv" data-value={costs.presentValueYiYuan}>
          <span className="costs-kpi-label">{t('results.presentValue', { year: from - 1 })}</span>
          <span className="costs-kpi-value">
            {cf.yi(costs.presentValueYiYuan)} <span className="costs-kpi-unit">{t('results.yiYuan')}</span>
          </span>
        </div>
      </div>
      <NpvStatement reference={reference} from={from} to={to} cf={cf} />
      {charts && <InvestmentSection costs={costs} cf={cf} renderer={renderer} />}
      <LcoeTable lcoe={costs.lcoe} cf={cf} />
      {charts && <MaccSection entries={macc} from={from} to={to} cf={cf} renderer={renderer} />}
    </div>
  );
}
