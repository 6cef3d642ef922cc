import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaccEntry } from '../../../shared/engine/costs/types';
import { Chart, type ChartRenderer } from '../../components/Chart';
import { maccColor, maccOption, maccSteps } from './cost-charts';
import type { CostFormat } from './costs-format';

type Props = { entries: readonly MaccEntry[] | null; from: number; to: number; cf: CostFormat; renderer?: ChartRenderer };

/** 边际减排成本曲线 of the ledger's projects and the scenario's levers; those avoiding nothing listed below it. */
export function MaccSection({ entries, from, to, cf, renderer = 'canvas' }: Props) {
  const { t } = useTranslation('costs');
  const { steps, none } = useMemo(() => maccSteps(entries ?? []), [entries]);
  const option = useMemo(
    () =>
      maccOption(steps, {
        x: t('macc.x'),
        y: t('macc.y'),
        axis: (v) => cf.plain(v, Number.isInteger(v) ? 0 : 1),
        tooltip: (s) => t('macc.tooltip', { label: s.entry.label, co2: cf.plain(s.entry.co2AvoidedWanT, 1), cost: cf.yuan(s.yuanPerT), npv: cf.yi(s.entry.npvYiYuan) }),
      }),
    [steps, t, cf],
  );
  return (
    <section className="res-section" aria-labelledby="costs-macc-h" data-testid="costs-macc" data-steps={steps.length}>
      <div className="res-section-head">
        <h4 id="costs-macc-h">{t('macc.heading')}</h4>
      </div>
      {entries === null ? (
        <p className="muted">{t('loading')}</p>
      ) : steps.length === 0 ? (
        <p className="muted">{t('macc.empty')}</p>
      ) : (
        <>
          <p className="muted small">{t('macc.intro', { from, to })}</p>
          <figure className="res-chart costs-chart">
            <Chart option={option} renderer={renderer} height={300} ariaLabel={t('macc.heading')} />
          </figure>
          <div className="res-table-wrap">
            <table className="res-table" data-testid="costs-macc-table">
              <thead>
                <tr>
                  <th scope="col">{t('macc.col.label')}</th>
                  <th scope="col">{t('macc.col.kind')}</th>
                  <th scope="col" className="num">{t('macc.col.co2')}</th>
                  <th scope="col" className="num">{t('macc.col.npv')}</th>
                  <th scope="col" className="num">{t('macc.col.cost')}</th>
                </tr>
              </thead>
              <tbody>
                {steps.map((s) => (
                  <tr key={s.entry.id} data-testid={`costs-macc-row-${s.entry.id}`}>
                    <th scope="row">
                      <span className="costs-swatch" style={{ background: maccColor(s.entry) }} aria-hidden="true" />
                      {s.entry.label}
                    </th>
                    <td>{s.entry.type ? t(`type.${s.entry.type}`) : t(`macc.kind.${s.entry.kind}`)}</td>
                    <td className="num">{cf.plain(s.entry.co2AvoidedWanT, 1)}</td>
                    <td className="num">{cf.yi(s.entry.npvYiYuan, { signed: true })}</td>
                    <td className="num">{cf.yuan(s.yuanPerT)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {none.length > 0 && (
        <p className="muted small" data-testid="costs-macc-none">
          {t('macc.none', { list: none.map((e) => e.label).join('、') })}
        </p>
      )}
    </section>
  );
}
