import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/model/scenario';
import type { ScenarioRecord } from '../../db/records';
import { useScenarioRecords } from '../../db/useScenarioRecords';

type Props = { scenario: Scenario; disabled: boolean; onPick: (id: string | undefined) => void };

const label = (r: ScenarioRecord, lang: string) => (lang === 'en' && r.scenario.nameEn ? r.scenario.nameEn : r.name);

/**
 * 参比情景: a scenario of the library, the same region's first (a policy plan's
 * baseline is the usual choice), or none. A reference no longer in the library
 * stays selected and says so, until another is chosen.
 */
export function ReferencePicker({ scenario, disabled, onPick }: Props) {
  const { t, i18n } = useTranslation('costs');
  const records = useScenarioRecords();
  const current = scenario.costs?.referenceScenarioId ?? '';
  const others = (records ?? []).filter((r) => r.id !== scenario.id);
  const region = scenario.region.name;
  const sorted = [...others.filter((r) => r.regionName === region), ...others.filter((r) => r.regionName !== region)];
  const missing = current !== '' && records !== undefined && !records.some((r) => r.id === current);
  return (
    <select value={current} disabled={disabled || records === undefined} data-testid="field-costs.referenceScenarioId" aria-label={t('settings.reference')} onChange={(e) => onPick(e.target.value || undefined)}>
      <option value="">{t('settings.noReference')}</option>
      {missing && <option value={current}>{t('settings.missingReference', { id: current })}</option>}
      {current === scenario.id && <option value={current}>{t('settings.selfReference')}</option>}
      {sorted.map((r) => (
        <option key={r.id} value={r.id}>
          {label(r, i18n.language)}
          {r.kind === 'preset' ? t('settings.preset') : ''}
        </option>
      ))}
    </select>
  );
}
