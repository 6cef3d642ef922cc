import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';
import { planName } from '../../components/plan-name';

type Props = { scenario: Scenario; results: ScenarioResults; fmt: NumberFormatter; t: Translate; lang: string };

/** Changes over each five-year plan period in the horizon (十四五 2020→2025, 十五五 …). */
export function PeriodTable({ scenario, results, fmt, t, lang }: Props) {
  const pct = (v: number) => fmt.withUnit(v, 'pct', { signed: true });
  const assessed = scenario.accounting.energyControl !== 'none';
  return (
    <section className="res-section" aria-labelledby="res-periods-h">
      <div className="res-section-head">
        <h3 id="res-periods-h">{t('periods.heading')}</h3>
      </div>
      {results.periods.length === 0 ? (
        <p className="muted small">{t('periods.none')}</p>
      ) : (
        <div className="res-table-wrap">
          <table className="res-table res-periods" data-testid="period-table">
            <thead>
              <tr>
                <th scope="col">{t('periods.col.plan')}</th>
                <th scope="col" className="num">{t('periods.col.co2PerGdp')}</th>
                <th scope="col" className="num">{t('periods.col.energyPerGdp')}</th>
                <th scope="col" className="num">{t('periods.col.co2')}</th>
                <th scope="col" className="num">{t('periods.col.gdp')}</th>
              </tr>
            </thead>
            <tbody>
              {results.periods.map((p) => (
                <tr key={p.plan} data-testid={`period-row-${p.plan}`}>
                  <th scope="row" className="nowrap">
                    {t('periods.plan', { name: planName(p.plan, lang), from: p.fromYear + 1, to: p.toYear })}
                  </th>
                  <td className="num" data-value={p.co2PerGdpChangePct}>{pct(p.co2PerGdpChangePct)}</td>
                  <td className="num" data-value={p.energyPerGdpChangePct}>
                    {pct(p.energyPerGdpChangePct)}
                    {assessed && <div className="muted small nowrap">{t('periods.assessed', { pct: pct(p.energyPerGdpAssessedChangePct) })}</div>}
                  </td>
                  <td className="num" data-value={p.co2ChangePct}>{pct(p.co2ChangePct)}</td>
                  <td className="num" data-value={p.gdpAvgGrowthPct}>{t('periods.perYear', { pct: fmt.withUnit(p.gdpAvgGrowthPct, 'pct') })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
