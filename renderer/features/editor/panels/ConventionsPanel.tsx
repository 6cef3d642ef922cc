import { useTranslation } from 'react-i18next';
import { FieldRow, ScenarioSeries } from '../bound-fields';
import { useScenario } from '../EditorContext';
import { AccountingMethods } from './AccountingMethods';
import { ConventionChoice } from './EnergyPanel';

/** 核算口径: how electricity counts in the reported totals, and the accounting methods behind every headline figure. */
export function ConventionsPanel() {
  const { t } = useTranslation('editor');
  const c = useScenario((s) => s.conventions);
  return (
    <div className="rows">
      <FieldRow label={t('conventions.primary')} hint={t('conventions.primaryHint')} path="conventions.primaryElectricity">
        <ConventionChoice path="conventions.primaryElectricity" value={c.primaryElectricity} />
      </FieldRow>
      <FieldRow label={t('conventions.coalSubstitution')} hint={t('conventions.coalSubstitutionHint')} path="conventions.coalSubstitutionGcePerKWh">
        <ScenarioSeries path="conventions.coalSubstitutionGcePerKWh" label={t('conventions.coalSubstitution')} unit={t('units.gcePerKWh')} />
      </FieldRow>
      <h3 className="sub-head">{t('accounting.title')}</h3>
      <AccountingMethods />
    </div>
  );
}
