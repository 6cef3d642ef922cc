import { useTranslation } from 'react-i18next';
import type { CostComparison } from '../../../shared/engine/costs/types';
import type { CostFormat } from './costs-format';

/** What the reference is and how it was found: the view states each case in words. */
export type ReferenceState =
  | { status: 'none' }
  | { status: 'missing'; id: string }
  | { status: 'loading'; name: string }
  | { status: 'failed'; name: string }
  | { status: 'done'; name: string; self: boolean; comparison: CostComparison; horizonDiffers?: boolean };

type Props = { reference: ReferenceState; from: number; to: number; cf: CostFormat };

/**
 * The NPV against the reference said in a sentence, as the report says it:
 * which scenario it is measured against, over which years, the difference,
 * the CO2 avoided and the cost per tonne. Without a reference, how to set one.
 */
export function NpvStatement({ reference: r, from, to, cf }: Props) {
  const { t } = useTranslation('costs');
  let body;
  if (r.status === 'none') {
    body = (
      <>
        <p data-testid="costs-npv-none">{t('npv.noReference')}</p>
        <p className="muted small">{t('npv.howToSet')}</p>
      </>
    );
  } else if (r.status === 'missing') {
    body = <p data-testid="costs-npv-missing">{t('npv.missing', { id: r.id })}</p>;
  } else if (r.status === 'loading') {
    body = <p className="muted">{t('loading')}</p>;
  } else if (r.status === 'failed') {
    body = <p data-testid="costs-npv-failed">{t('npv.referenceFailed', { reference: r.name })}</p>;
  } else if (r.self) {
    body = <p data-testid="costs-npv-statement">{t('npv.self', { reference: r.name })}</p>;
  } else {
    const c = r.comparison;
    const direction = t(c.npvDiffYiYuan > 0 ? 'npv.increase' : c.npvDiffYiYuan < 0 ? 'npv.decrease' : 'npv.noChange');
    const amount = cf.yi(Math.abs(c.npvDiffYiYuan));
    const text =
      c.costPerTonneYuan === null
        ? t('npv.statementNoAbatement', { reference: r.name, from, to, direction, amount, co2: cf.plain(Math.abs(c.co2AvoidedWanT), 1) })
        : t('npv.statement', { reference: r.name, from, to, direction, amount, co2: cf.plain(c.co2AvoidedWanT, 1), cost: cf.yuan(c.costPerTonneYuan) });
    body = (
      <>
        <p className="costs-npv-text" data-testid="costs-npv-statement" data-npv={c.npvDiffYiYuan} data-cost-per-tonne={c.costPerTonneYuan ?? ''}>
          {text}
        </p>
        {r.horizonDiffers && (
          <p className="field-msg small" data-testid="costs-npv-horizon">
            {t('npv.horizonDiffers')}
          </p>
        )}
      </>
    );
  }
  return (
    <section className="res-section costs-npv" aria-labelledby="costs-npv-h" data-testid="costs-npv" data-status={r.status}>
      <div className="res-section-head">
        <h4 id="costs-npv-h">{t('npv.heading')}</h4>
      </div>
      {body}
    </section>
  );
}
