import { useTranslation } from 'react-i18next';
import { FieldRow, ScenarioSeries } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';
import { ConventionChoice } from './EnergyPanel';

/** 核算口径: how electricity counts in the reported totals, and the 新增可再生能源不纳入 rule. */
export function ConventionsPanel() {
  const { t } = useTranslation('editor');
  const c = useScenario((s) => s.conventions);
  const baseYear = useScenario((s) => s.baseYear);
  const { set, readOnly } = useEditor();
  return (
    <div className="rows">
      <FieldRow label={t('conventions.primary')} hint={t('conventions.primaryHint')} path="conventions.primaryElectricity">
        <ConventionChoice path="conventions.primaryElectricity" value={c.primaryElectricity} />
      </FieldRow>
      <FieldRow label={t('conventions.coalSubstitution')} hint={t('conventions.coalSubstitutionHint')} path="conventions.coalSubstitutionGcePerKWh">
        <ScenarioSeries path="conventions.coalSubstitutionGcePerKWh" label={t('conventions.coalSubstitution')} unit={t('units.gcePerKWh')} />
      </FieldRow>
      <FieldRow label={t('conventions.exclude')} path="conventions.excludeNewRenewablesFromIntensity">
        <label className="check-card">
          <input
            type="checkbox"
            checked={c.excludeNewRenewablesFromIntensity}
            disabled={readOnly}
            data-testid="field-conventions.excludeNewRenewablesFromIntensity"
            onChange={(e) => set('conventions.excludeNewRenewablesFromIntensity', e.target.checked)}
          />
          <span>
            <strong>{t('conventions.excludeLabel', { year: baseYear })}</strong>
            <span className="muted small"> {t('conventions.excludeExplain', { year: baseYear })}</span>
          </span>
        </label>
      </FieldRow>
    </div>
  );
}
