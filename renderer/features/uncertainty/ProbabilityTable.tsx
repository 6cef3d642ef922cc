import { useTranslation } from 'react-i18next';
import type { EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { NumberFormatter } from '../../components/results/format';
import { labelOf } from '../../components/results/TargetTable';

type Props = { scenario: Scenario; central: ScenarioResults; ensemble: EnsembleResults; fmt: NumberFormatter };

/** 达标概率: each target as the target checklist names it, the central run's verdict, the share of the runs meeting it. */
export function ProbabilityTable({ scenario, central, ensemble, fmt }: Props) {
  const { t, i18n } = useTranslation('uncertainty');
  const { t: tr } = useTranslation('results');
  const byId = new Map(ensemble.targets.map((x) => [x.id, x]));
  const rows = central.targets.filter((s) => byId.has(s.id));
  const counted = ensemble.runs - ensemble.failed;
  return (
    <section className="res-section" aria-labelledby="unc-prob-h">
      <div className="res-section-head">
        <h3 id="unc-prob-h">{t('probability.heading')}</h3>
      </div>
      {rows.length === 0 ? (
        <p className="muted small">{t('results.noTargets')}</p>
      ) : (
        <div className="res-table-wrap">
          <table className="res-table unc-prob-table" data-testid="uncertainty-probabilities">
            <thead>
              <tr>
                <th scope="col">{t('probability.target')}</th>
                <th scope="col">{t('probability.central')}</th>
                <th scope="col" className="num">
                  {t('probability.probability')}
                </th>
                <th scope="col" className="num">
                  {t('probability.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => {
                const p = byId.get(s.id)!;
                const pct = p.probability * 100;
                const met = s.met === null ? 'unknown' : String(s.met);
                return (
                  <tr key={s.id} data-testid={`probability-${s.id}`} data-probability={p.probability}>
                    <th scope="row">
                      {labelOf(scenario, s, i18n.language)}
                      <span className={`res-kind${s.binding ? ' binding' : ''}`}>
                        {s.binding ? tr('targets.binding') : tr('targets.expected')}
                      </span>
                    </th>
                    <td>
                      <span className={`res-status ${met}`}>
                        {s.met === null
                          ? t('probability.unknown')
                          : s.met
                            ? t('probability.met')
                            : t('probability.missed')}
                      </span>
                    </td>
                    <td className="num unc-prob">
                      <span
                        className={`unc-prob-bar ${pct >= 90 ? 'good' : pct >= 50 ? 'warn' : 'bad'}`}
                        aria-hidden="true"
                      >
                        <span style={{ width: `${Math.max(0, Math.min(100, pct))}%` }} />
                      </span>
                      <span className="unc-prob-value">{fmt.withUnit(pct, 'pct')}</span>
                    </td>
                    <td className="num nowrap">
                      {t('probability.countText', { met: fmt.axis(p.met), runs: fmt.axis(counted) })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
