import { useTranslation } from 'react-i18next';
import { SETTINGS } from '../../db/records';
import { useRepo } from '../../db/RepoContext';
import { CAPACITY_PREFERENCES, capacityUnitFor, setCapacityPreference, useCapacityPreference, type CapacityPreference } from './capacity-unit';

/** The unit capacity is entered and shown in, for either language; kept in the settings table too (it travels with a backup). */
export function CapacityUnitSelect() {
  const { t, i18n } = useTranslation('app');
  const repo = useRepo();
  const pref = useCapacityPreference();
  const change = (next: CapacityPreference) => {
    setCapacityPreference(next);
    void repo.setSetting(SETTINGS.capacityUnit, next).catch(() => {});
  };
  return (
    <label className="topbar-setting" title={t('units.hint')}>
      <span className="muted small">{t('units.capacity')}</span>
      <select value={pref} onChange={(e) => change(e.target.value as CapacityPreference)} data-testid="capacity-unit">
        {CAPACITY_PREFERENCES.map((p) => (
          <option key={p} value={p}>
            {p === 'auto' ? t('units.auto', { unit: t(`units.${capacityUnitFor(i18n.language, 'auto')}`) }) : t(`units.${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
