import { useTranslation } from 'react-i18next';
import { FieldRow, ScenarioNumber, ScenarioSeries } from '../bound-fields';

/** 经济: base-year GDP, GDP growth path, population. */
export function EconomyPanel() {
  const { t } = useTranslation('editor');
  return (
    <div className="rows">
      <FieldRow label={t('economy.baseGdp')} hint={t('economy.baseGdpHint')} path="economy.baseGdpYiYuan">
        <ScenarioNumber path="economy.baseGdpYiYuan" label={t('economy.baseGdp')} unit={t('units.yiYuan')} />
      </FieldRow>
      <FieldRow label={t('economy.gdpGrowth')} hint={t('economy.gdpGrowthHint')} path="economy.gdpGrowthPct">
        <ScenarioSeries path="economy.gdpGrowthPct" label={t('economy.gdpGrowth')} unit={t('units.pctPerYear')} />
      </FieldRow>
      <FieldRow label={t('economy.population')} path="populationWan">
        <ScenarioSeries path="populationWan" label={t('economy.population')} unit={t('units.wanPeople')} />
      </FieldRow>
    </div>
  );
}
