import { useTranslation } from 'react-i18next';
import { FieldRow, ScenarioSeries } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';
import { ConventionChoice } from './EnergyPanel';
import { ENERGY_CONTROL_RULES, type EnergyControlRule } from '../../../../shared/model/vocabulary';

/** 核算口径: how electricity counts in the reported totals, and the 新增可再生能源不纳入 rule. */
export function ConventionsPanel() {
  const { t } = useTranslation('editor');
  const c = useScenario((s) => s.conventions);
  const energyControl = useScenario((s) => s.accounting.energyControl);
  const { set, readOnly } = useEditor();
  return (
    <div className="rows">
      <FieldRow label={t('conventions.primary')} hint={t('conventions.primaryHint')} path="conventions.primaryElectricity">
        <ConventionChoice path="conventions.primaryElectricity" value={c.primaryElectricity} />
      </FieldRow>
      <FieldRow label={t('conventions.coalSubstitution')} hint={t('conventions.coalSubstitutionHint')} path="conventions.coalSubstitutionGcePerKWh">
        <ScenarioSeries path="conventions.coalSubstitutionGcePerKWh" label={t('conventions.coalSubstitution')} unit={t('units.gcePerKWh')} />
      </FieldRow>
      <FieldRow label={t('accounting.energyControl.label')} path="accounting.energyControl">
        <select
          value={energyControl}
          disabled={readOnly}
          data-testid="field-accounting.energyControl"
          onChange={(e) => set('accounting.energyControl', e.target.value as EnergyControlRule)}
        >
          {ENERGY_CONTROL_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`accounting.energyControl.${r}`)}
            </option>
          ))}
        </select>
      </FieldRow>
    </div>
  );
}
