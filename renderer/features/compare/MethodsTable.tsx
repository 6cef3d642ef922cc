import { useTranslation } from 'react-i18next';
import type { MethodsUsed } from '../../../shared/engine/results';
import type { NumberFormatter } from '../../components/results/format';
import type { ComparedRun } from './compare-chart-options';

type Props = { runs: readonly ComparedRun[]; fmt: NumberFormatter };

type Row = { key: keyof MethodsUsed; text: (m: MethodsUsed) => string; value: (m: MethodsUsed) => string };

/**
 * 核算口径 of each compared scenario, as the engine used them
 * (`results.methods`). Rows where the scenarios differ are marked: part of
 * their gap there is accounting, not plan.
 */
export function MethodsTable({ runs, fmt }: Props) {
  const { t } = useTranslation('compare');
  const rows: Row[] = [
    { key: 'energyControl', value: (m) => m.energyControl, text: (m) => t(`methods.energyControl.${m.energyControl}`) },
    { key: 'renewableAttribution', value: (m) => m.renewableAttribution, text: (m) => t(`methods.renewableAttribution.${m.renewableAttribution}`) },
    { key: 'electricityCo2', value: (m) => m.electricityCo2, text: (m) => t(`methods.electricityCo2.${m.electricityCo2}`) },
    { key: 'peakTolerancePct', value: (m) => String(m.peakTolerancePct), text: (m) => t('methods.peakTolerance', { pct: fmt.withUnit(m.peakTolerancePct, 'pct') }) },
  ];
  const differs = (row: Row) => new Set(runs.map((r) => row.value(r.results.methods))).size > 1;
  const anyDiffers = rows.some(differs);
  return (
    <section className="cmp-section" aria-labelledby="cmp-methods-h" data-testid="compare-methods">
      <h2 id="cmp-methods-h">{t('methods.heading')}</h2>
      <p className={`small cmp-lead${anyDiffers ? ' cmp-methods-warn' : ' muted'}`} data-testid="compare-methods-note" data-differ={String(anyDiffers)}>
        {anyDiffers ? t('methods.differ') : t('methods.same')}
      </p>
      <div className="res-table-wrap cmp-fit">
        <table className="res-table cmp-methods">
          <thead>
            <tr>
              <th scope="col">{t('methods.method')}</th>
              {runs.map((r) => (
                <th key={r.id} scope="col">
                  <span className="cmp-swatch" style={{ background: r.color }} aria-hidden="true" /> {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const diff = differs(row);
              return (
                <tr key={row.key} className={diff ? 'cmp-methods-differ' : undefined} data-testid={`compare-method-${row.key}`} data-differ={String(diff)}>
                  <th scope="row">{t(`methods.row.${row.key}`)}</th>
                  {runs.map((r) => (
                    <td key={r.id} data-testid={`compare-method-${r.id}-${row.key}`} data-value={row.value(r.results.methods)}>
                      {row.text(r.results.methods)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
