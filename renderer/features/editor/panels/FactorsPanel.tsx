import { useTranslation } from 'react-i18next';
import { COMBUSTION_FUELS } from '../../../../shared/model/scenario';
import { FieldRow, ScenarioSeries } from '../bound-fields';
import { GridScopeMatch } from './GridFactorPath';

/** 排放因子: CO2 per tce of each fuel burnt, and the CO2 factor of imported grid electricity (a path over time). */
export function FactorsPanel() {
  const { t } = useTranslation('editor');
  return (
    <div className="rows">
      {COMBUSTION_FUELS.map((f) => {
        const path = `emissionFactors.tCo2PerTce.${f}`;
        const label = t('factors.fuel', { fuel: t(`fuels.${f}`) });
        return (
          <FieldRow key={f} label={label} hint={f === 'biomass' ? t('factors.biomassHint') : undefined} path={path}>
            <ScenarioSeries path={path} label={label} unit={t('units.tCo2PerTce')} />
          </FieldRow>
        );
      })}
      <FieldRow label={t('factors.grid')} hint={t('factors.gridHint')} path="electricity.gridEmissionFactor">
        <div className="method-with-path">
          <ScenarioSeries path="electricity.gridEmissionFactor" label={t('factors.grid')} unit={t('units.tCo2PerMWh')} />
          <GridScopeMatch />
        </div>
      </FieldRow>
    </div>
  );
}
