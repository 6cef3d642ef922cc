import { useTranslation } from 'react-i18next';
import { ELECTRICITY_CONVENTIONS, type ElectricityConvention } from '../../../../shared/model/scenario';
import { FieldRow, ScenarioNumber, ScenarioSeries } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';
import { FeedstockShares } from './FeedstockShares';

/** A 当量值/等价值 choice with what each means; used for the input statistics and the reporting convention. */
export function ConventionChoice({ path, value }: { path: string; value: ElectricityConvention }) {
  const { t } = useTranslation('editor');
  const { set, readOnly } = useEditor();
  return (
    <div className="radio-list" role="radiogroup" aria-label={t('conventions.label')}>
      {ELECTRICITY_CONVENTIONS.map((c) => (
        <label key={c} className={`radio-card${c === value ? ' on' : ''}`}>
          <input type="radio" name={path} checked={c === value} disabled={readOnly} data-testid={`field-${path}=${c}`} onChange={() => set(path, c)} />
          <span>
            <strong>{t(`conventions.${c}`)}</strong>
            <span className="muted small"> {t(`conventions.${c}Explain`)}</span>
          </span>
        </label>
      ))}
    </div>
  );
}

/** 能源需求与强度: base intensity, its yearly decline, the convention the base figure was published in, and feedstock use. */
export function EnergyPanel() {
  const { t } = useTranslation('editor');
  const baseYear = useScenario((s) => s.baseYear);
  const inputConvention = useScenario((s) => s.energy.inputConvention);
  return (
    <div className="rows">
      <FieldRow label={t('energy.baseIntensity')} hint={t('energy.baseIntensityHint', { year: baseYear })} path="energy.baseIntensityTcePerWanYuan">
        <ScenarioNumber path="energy.baseIntensityTcePerWanYuan" label={t('energy.baseIntensity')} unit={t('units.tcePerWanYuan')} />
      </FieldRow>
      <FieldRow label={t('energy.decline')} hint={t('energy.declineHint')} path="energy.intensityDeclinePct">
        <ScenarioSeries path="energy.intensityDeclinePct" label={t('energy.decline')} unit={t('units.pctPerYear')} />
      </FieldRow>
      <FieldRow label={t('energy.inputConvention')} hint={t('energy.inputConventionHint')} path="energy.inputConvention">
        <ConventionChoice path="energy.inputConvention" value={inputConvention} />
      </FieldRow>
      <FieldRow label={t('energy.feedstock')} hint={t('energy.feedstockHint')} path="energy.feedstockSharePct">
        <FeedstockShares />
      </FieldRow>
    </div>
  );
}
