import { useTranslation } from 'react-i18next';
import type { CostResults } from '../../../shared/engine/costs/types';
import type { NumberFormatter } from '../../components/results/format';
import type { ComparedRun } from './compare-chart-options';
import { useCompareCosts, type CompareCostRef } from './CostCompareRefs';

type Props = { runs: readonly ComparedRun[]; fmt: NumberFormatter };

/** The plan periods any compared scenario invests in, by plan number, with the years of the first that has it. */
function periodsOf(runs: readonly ComparedRun[]): { plan: number; fromYear: number; toYear: number }[] {
  const out = new Map<number, { plan: number; fromYear: number; toYear: number }>();
  for (const r of runs) for (const p of r.results.costs?.investmentByPeriod ?? []) if (!out.has(p.plan)) out.set(p.plan, { plan: p.plan, fromYear: p.fromYear, toYear: p.toYear });
  return [...out.values()].sort((a, b) => a.plan - b.plan);
}

/**
 * 总投资, 资金需求 by plan period, the present value of costs and, against each
 * scenario's reference (or the first compared scenario where it names none),
 * the NPV difference, the CO2 avoided and the cost per tonne, side by side.
 * Every figure is the engine's.
 */
export function CostCompare({ runs, fmt }: Props) {
  const { t, i18n } = useTranslation('costs');
  const refs = useCompareCosts(runs, i18n.language);
  if (!runs.some((r) => r.results.costs)) return null;
  const periods = periodsOf(runs);
  const yi = (v: number | undefined) => (v === undefined ? '—' : fmt.num(v, 'yiYuan'));
  const cell = (r: ComparedRun, pick: (c: CostResults) => number | undefined) => {
    const v = r.results.costs ? pick(r.results.costs) : undefined;
    return (
      <td key={r.id} className="num" data-value={v ?? ''}>
        {yi(v)}
      </td>
    );
  };
  type Done = Extract<CompareCostRef, { status: 'done' }>;
  const refCell = (r: ComparedRun, raw: (x: Done) => number | null, show: (x: Done) => string) => {
    const x = refs.get(r.id);
    const text = x?.status === 'done' ? show(x) : x?.status === 'loading' ? '…' : '—';
    return (
      <td key={r.id} className="num" data-value={x?.status === 'done' ? (raw(x) ?? '') : ''}>
        {text}
      </td>
    );
  };
  const refName = (x: CompareCostRef | undefined) => {
    if (!x || x.status === 'none') return t('compare.noReference');
    if (x.status === 'missing') return t('compare.missing', { id: x.id });
    const named = x.fallback ? t('compare.againstFirst', { name: x.name }) : x.name;
    const name = x.horizonDiffers ? t('compare.horizonDiffers', { name: named }) : named;
    return x.status === 'failed' ? t('compare.failed', { name }) : name;
  };
  return (
    <section className="cmp-section" aria-labelledby="cmp-costs-h" data-testid="compare-costs">
      <h2 id="cmp-costs-h">{t('compare.heading')}</h2>
      <p className="muted small cmp-lead">{t('compare.intro')}</p>
      <div className="res-table-wrap">
        <table className="res-table cmp-table" data-testid="compare-costs-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.figure')}</th>
              {runs.map((r) => (
                <th key={r.id} scope="col" className="num">
                  <span className="cmp-swatch" style={{ background: r.color }} aria-hidden="true" /> {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr data-testid="compare-costs-basis">
              <th scope="row">{t('compare.basis')}</th>
              {runs.map((r) => {
                const c = r.results.costs;
                return (
                  <td key={r.id} className="num">
                    {c ? t('compare.basisValue', { case: t(`case.${c.case}`), rate: fmt.axis(c.discountRatePct), year: c.priceYear }) : '—'}
                  </td>
                );
              })}
            </tr>
            <tr data-testid="compare-costs-total">
              <th scope="row">{t('compare.total')}</th>
              {runs.map((r) => cell(r, (c) => c.totalInvestmentYiYuan))}
            </tr>
            <tr data-testid="compare-costs-replacement">
              <th scope="row">{t('compare.replacement')}</th>
              {runs.map((r) => cell(r, (c) => c.investmentByPeriod.reduce((s, p) => s + p.replacement, 0)))}
            </tr>
            <tr className="cmp-group">
              <th scope="rowgroup" colSpan={runs.length + 1}>
                {t('compare.periods')}
              </th>
            </tr>
            {periods.map((p) => (
              <tr key={p.plan} data-testid={`compare-costs-period-${p.plan}`}>
                <th scope="row">{t('compare.period', { from: p.fromYear, to: p.toYear })}</th>
                {runs.map((r) => cell(r, (c) => c.investmentByPeriod.find((x) => x.plan === p.plan)?.total))}
              </tr>
            ))}
            <tr className="cmp-group">
              <th scope="rowgroup" colSpan={runs.length + 1}>
                {t('compare.againstReference')}
              </th>
            </tr>
            <tr data-testid="compare-costs-pv">
              <th scope="row">{t('compare.presentValue')}</th>
              {runs.map((r) => cell(r, (c) => c.presentValueYiYuan))}
            </tr>
            <tr data-testid="compare-costs-reference">
              <th scope="row">{t('compare.reference')}</th>
              {runs.map((r) => (
                <td key={r.id} className="num">
                  {refName(refs.get(r.id))}
                </td>
              ))}
            </tr>
            <tr data-testid="compare-costs-npv">
              <th scope="row">{t('compare.npv')}</th>
              {runs.map((r) => refCell(r, (x) => x.comparison.npvDiffYiYuan, (x) => fmt.num(x.comparison.npvDiffYiYuan, 'yiYuan', { signed: true })))}
            </tr>
            <tr data-testid="compare-costs-co2">
              <th scope="row">{t('compare.co2')}</th>
              {runs.map((r) => refCell(r, (x) => x.comparison.co2AvoidedWanT, (x) => fmt.num(x.comparison.co2AvoidedWanT, 'wanTCo2')))}
            </tr>
            <tr data-testid="compare-costs-per-tonne">
              <th scope="row">{t('compare.perTonne')}</th>
              {runs.map((r) =>
                refCell(
                  r,
                  (x) => x.comparison.costPerTonneYuan,
                  (x) => (x.comparison.costPerTonneYuan === null ? t('compare.noAbatement') : fmt.axis(Math.round(x.comparison.costPerTonneYuan))),
                ),
              )}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
