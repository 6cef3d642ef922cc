import { COST_ASSET_TYPES } from '../../../shared/model/cost-defaults';
import type { CostAssetType, CostResults } from '../../../shared/engine/costs/types';
import type { ScenarioResults } from '../../../shared/engine/results';
import { planName as planNameOf } from '../../components/plan-name';
import type { ReportCostReference } from './cost-load';
import { fixedDigits } from './fixed';
import type { ReportText } from './report-text';
import { Section } from './Section';

type Props = { results: ScenarioResults; reference: ReportCostReference | undefined; x: ReportText };

const planName = (plan: number, x: ReportText): string => planNameOf(plan, x.lang);

/** A number with exactly `digits` decimals in the report's language. */
function fixed(x: ReportText, v: number, digits: number, signed = false): string {
  return fixedDigits(x.locale, v, digits, signed);
}

/** Types with any investment over the horizon (the others would be rows of zeros). */
const investedTypes = (c: CostResults): CostAssetType[] => COST_ASSET_TYPES.filter((t) => c.investmentByPeriod.some((p) => p.byType[t] !== 0));

/** What the reference comparison says, in words: which scenario the figures are measured against. */
function ReferenceText({ reference, x }: { reference: ReportCostReference | undefined; x: ReportText }) {
  if (!reference || reference.status === 'none') return <p data-testid="report-costs-reference">{x.t('costs.reference.none')}</p>;
  if (reference.status === 'missing') return <p data-testid="report-costs-reference">{x.t('costs.reference.missing', { id: reference.id })}</p>;
  const name = x.lang === 'en' && reference.nameEn ? reference.nameEn : reference.name;
  if (reference.status !== 'done') return <p data-testid="report-costs-reference">{x.t(`costs.reference.${reference.status}`, { name, id: reference.id })}</p>;
  if (reference.self) return <p data-testid="report-costs-reference">{x.t('costs.reference.self', { name, id: reference.id })}</p>;
  const c = reference.comparison;
  const npv = fixed(x, Math.abs(c.npvDiffYiYuan), 2);
  const co2 = fixed(x, Math.abs(c.co2AvoidedWanT), 1);
  const npvText = x.t(c.npvDiffYiYuan >= 0 ? 'costs.reference.npvMore' : 'costs.reference.npvLess', { value: npv });
  const co2Text = x.t(c.co2AvoidedWanT >= 0 ? 'costs.reference.co2Less' : 'costs.reference.co2More', { value: co2 });
  const perTonne = c.costPerTonneYuan === null ? x.t('costs.reference.noPerTonne') : x.t('costs.reference.perTonne', { value: fixed(x, c.costPerTonneYuan, 0) });
  return (
    <p data-testid="report-costs-reference">
      {x.t('costs.reference.done', { name, id: reference.id, npv: npvText, co2: co2Text, perTonne })}
    </p>
  );
}

/**
 * 投资与成本: total investment, 资金需求 by plan period and type, LCOE with its
 * inputs, the present value with its components, and the comparison with the
 * reference scenario said in words. Left out when the results carry no costs.
 */
export function CostSection({ results, reference, x }: Props) {
  const c = results.costs;
  if (!c) return null;
  const types = investedTypes(c);
  const yi = (v: number) => fixed(x, v, 2);
  const first = c.investmentByYear[0]?.year ?? results.baseYear + 1;
  const intro = x.t('costs.intro', {
    case: x.t(`costs.case.${c.case}`),
    rate: fixed(x, c.discountRatePct, 1),
    priceYear: c.priceYear,
    total: yi(c.totalInvestmentYiYuan),
    from: first,
    to: results.endYear,
  });
  return (
    <Section id="costs" title={x.t('costs.heading')} className="flow" intro={intro}>
      <ReferenceText reference={reference} x={x} />
      <h3>{x.t('costs.periods.heading')}</h3>
      <table className="report-table" data-testid="report-costs-periods">
        <thead>
          <tr>
            <th scope="col">{x.t('costs.col.period')}</th>
            {types.map((t) => (
              <th key={t} scope="col" className="num">
                {x.t(`costs.type.${t}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {x.t('costs.col.total')}
            </th>
            <th scope="col" className="num">
              {x.t('costs.col.replacement')}
            </th>
          </tr>
        </thead>
        <tbody>
          {c.investmentByPeriod.map((p) => (
            <tr key={p.plan} data-testid={`report-costs-period-${p.plan}`}>
              <th scope="row">{x.t('costs.periods.period', { name: planName(p.plan, x), from: p.fromYear, to: p.toYear })}</th>
              {types.map((t) => (
                <td key={t} className="num">
                  {yi(p.byType[t])}
                </td>
              ))}
              <td className="num">{yi(p.total)}</td>
              <td className="num">{yi(p.replacement)}</td>
            </tr>
          ))}
          <tr className="report-sum" data-testid="report-costs-period-total">
            <th scope="row">{x.t('costs.col.total')}</th>
            {types.map((t) => (
              <td key={t} className="num">
                {yi(c.investmentByPeriod.reduce((s, p) => s + p.byType[t], 0))}
              </td>
            ))}
            <td className="num">{yi(c.totalInvestmentYiYuan)}</td>
            <td className="num">{yi(c.investmentByPeriod.reduce((s, p) => s + p.replacement, 0))}</td>
          </tr>
        </tbody>
      </table>
      <p className="report-note">{x.t('costs.periods.note')}</p>

      <h3>{x.t('costs.lcoe.heading')}</h3>
      <table className="report-table" data-testid="report-costs-lcoe">
        <thead>
          <tr>
            <th scope="col">{x.t('costs.col.type')}</th>
            <th scope="col" className="num">{x.t('costs.lcoe.investment')}</th>
            <th scope="col" className="num">{x.t('costs.lcoe.fixedOm')}</th>
            <th scope="col" className="num">{x.t('costs.lcoe.lifetime')}</th>
            <th scope="col" className="num">{x.t('costs.lcoe.hours')}</th>
            <th scope="col" className="num">{x.t('costs.lcoe.fuel')}</th>
            <th scope="col" className="num">{x.t('costs.lcoe.lcoe')}</th>
          </tr>
        </thead>
        <tbody>
          {c.lcoe.map((l) => (
            <tr key={l.type} data-testid={`report-costs-lcoe-${l.type}`}>
              <th scope="row">{x.t(`costs.type.${l.type}`)}</th>
              <td className="num">{fixed(x, l.investmentYuanPerKW, 0)}</td>
              <td className="num">{fixed(x, l.fixedOmYuanPerKWYear, 0)}</td>
              <td className="num">{l.lifetimeYears}</td>
              <td className="num">{l.utilisationHours > 0 ? fixed(x, l.utilisationHours, 0) : '—'}</td>
              <td className="num">{fixed(x, l.fuelYuanPerKWh, 3)}</td>
              <td className="num">{l.yuanPerKWh === null ? x.t('costs.lcoe.none') : fixed(x, l.yuanPerKWh, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note">{x.t('costs.lcoe.note', { rate: fixed(x, c.discountRatePct, 1) })}</p>

      <h3>{x.t('costs.pv.heading')}</h3>
      <table className="report-table" data-testid="report-costs-pv">
        <thead>
          <tr>
            {(['investment', 'fixedOm', 'fuel', 'imports', 'salvage'] as const).map((k) => (
              <th key={k} scope="col" className="num">
                {x.t(`costs.pv.${k}`)}
              </th>
            ))}
            <th scope="col" className="num">{x.t('costs.pv.total')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            {(['investment', 'fixedOm', 'fuel', 'imports', 'salvage'] as const).map((k) => (
              <td key={k} className="num">
                {yi(c.components[k])}
              </td>
            ))}
            <td className="num">{yi(c.presentValueYiYuan)}</td>
          </tr>
        </tbody>
      </table>
      <p className="report-note">{x.t('costs.pv.note', { rate: fixed(x, c.discountRatePct, 1), base: results.baseYear, end: results.endYear })}</p>
    </Section>
  );
}
