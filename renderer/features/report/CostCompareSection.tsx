import { comparisonAgainst } from '../../../shared/io/results-costs-data';
import { planName as planNameOf } from '../../components/plan-name';
import { scenarioName } from './Cover';
import { fixedDigits } from './fixed';
import type { ReportText } from './report-text';
import { Section } from './Section';
import type { ReportItem } from './useReportData';

type Props = { items: ReportItem[]; x: ReportText };

const planName = (plan: number, x: ReportText): string => planNameOf(plan, x.lang);

const fixed = (x: ReportText, v: number, digits: number) => fixedDigits(x.locale, v, digits);

/**
 * The scenarios' investment side by side: 资金需求 by plan period, 总投资, the
 * present value of costs, and each scenario against the first (ΔNPV, CO2
 * avoided, cost per tonne) where the two were priced and counted alike.
 * Left out when no scenario carries costs.
 */
export function CostCompareSection({ items, x }: Props) {
  if (!items.some((i) => i.results.costs)) return null;
  const plans = [...new Set(items.flatMap((i) => i.results.costs?.investmentByPeriod.map((p) => p.plan) ?? []))].sort((a, b) => a - b);
  const periodOf = (i: ReportItem, plan: number) => i.results.costs?.investmentByPeriod.find((p) => p.plan === plan);
  const yi = (v: number | undefined) => (v === undefined ? '—' : fixed(x, v, 2));
  const first = items[0]!;
  const against = items.map((i, k) => (k === 0 ? null : comparisonAgainst(i, first)));
  const cells = (f: (i: ReportItem, k: number) => string) =>
    items.map((i, k) => (
      <td key={i.scenario.id} className="num">
        {f(i, k)}
      </td>
    ));
  const versus = (k: number, pick: (c: { npvDiffYiYuan: number; co2AvoidedWanT: number; costPerTonneYuan: number | null }) => string) => {
    const a = against[k];
    if (!a) return '—';
    return 'gap' in a ? x.t(`costs.compare.gap.${a.gap}`) : pick(a.comparison);
  };
  return (
    <Section id="costs" title={x.t('costs.heading')} intro={x.t('costs.compare.intro', { first: scenarioName(first.scenario, x) })}>
      <table className="report-table report-compare-table" data-testid="report-costs-compare">
        <thead>
          <tr>
            <th scope="col">{x.t('costs.compare.item')}</th>
            {items.map(({ scenario }) => (
              <th key={scenario.id} scope="col" className="num">
                {scenarioName(scenario, x)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="report-group">
            <th scope="colgroup" colSpan={items.length + 1}>
              {x.t('costs.periods.heading')}
            </th>
          </tr>
          {plans.map((plan) => {
            const p = items.map((i) => periodOf(i, plan)).find((q) => q);
            return (
              <tr key={plan} data-testid={`report-costs-compare-period-${plan}`}>
                <th scope="row">{x.t('costs.periods.period', { name: planName(plan, x), from: p!.fromYear, to: p!.toYear })}</th>
                {cells((i) => yi(periodOf(i, plan)?.total))}
              </tr>
            );
          })}
          <tr className="report-sum" data-testid="report-costs-compare-total">
            <th scope="row">{x.t('costs.compare.total')}</th>
            {cells((i) => yi(i.results.costs?.totalInvestmentYiYuan))}
          </tr>
          <tr data-testid="report-costs-compare-pv">
            <th scope="row">{x.t('costs.compare.pv')}</th>
            {cells((i) => yi(i.results.costs?.presentValueYiYuan))}
          </tr>
          <tr data-testid="report-costs-compare-npv">
            <th scope="row">{x.t('costs.compare.npv')}</th>
            {cells((_, k) => versus(k, (c) => fixed(x, c.npvDiffYiYuan, 2)))}
          </tr>
          <tr data-testid="report-costs-compare-co2">
            <th scope="row">{x.t('costs.compare.co2')}</th>
            {cells((_, k) => versus(k, (c) => fixed(x, c.co2AvoidedWanT, 1)))}
          </tr>
          <tr data-testid="report-costs-compare-per-tonne">
            <th scope="row">{x.t('costs.compare.perTonne')}</th>
            {cells((_, k) => versus(k, (c) => (c.costPerTonneYuan === null ? x.t('costs.compare.noPerTonne') : fixed(x, c.costPerTonneYuan, 0))))}
          </tr>
        </tbody>
      </table>
    </Section>
  );
}
