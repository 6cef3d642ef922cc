import { useTranslation } from 'react-i18next';
import { FieldRow, ScenarioSeries } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';
import { GeneratorHead, GeneratorRow } from './GeneratorRow';
import { OptionalSeries } from './OptionalSeries';
import { RemovedFromParent } from '../RemovedFromParent';

/** 电力供应: the base-year fleet, thermal heat rates, the grid's non-fossil and renewable shares, green power and the hydro year. */
export function SupplyPanel() {
  const { t } = useTranslation('editor');
  const { get } = useEditor();
  const fleet = useScenario((s) => s.electricity.fleet);
  const baseYear = useScenario((s) => s.baseYear);
  return (
    <div className="rows">
      <h3 className="sub-head">{t('supply.fleet', { year: baseYear })}</h3>
      <div className="table-scroll">
        <table className="grid ledger-table">
          <GeneratorHead />
          <tbody>
            {fleet.map((g, i) => (
              <GeneratorRow key={g.id} listPath="electricity.fleet" index={i} g={g} />
            ))}
            {fleet.length === 0 && (
              <tr>
                <td colSpan={9} className="empty muted">
                  {t('supply.noFleet')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <RemovedFromParent collection="electricity.fleet" />
      <h3 className="sub-head">{t('supply.parameters')}</h3>
      <FieldRow label={t('supply.heatRateCoal')} hint={t('supply.heatRateHint')} path="electricity.heatRateGcePerKWh.coal">
        <ScenarioSeries path="electricity.heatRateGcePerKWh.coal" label={t('supply.heatRateCoal')} unit={t('units.gcePerKWh')} />
      </FieldRow>
      <FieldRow label={t('supply.heatRateGas')} path="electricity.heatRateGcePerKWh.gas">
        <ScenarioSeries path="electricity.heatRateGcePerKWh.gas" label={t('supply.heatRateGas')} unit={t('units.gcePerKWh')} />
      </FieldRow>
      <FieldRow label={t('supply.importedNonFossil')} hint={t('supply.importedNonFossilHint')} path="electricity.importedNonFossilSharePct">
        <ScenarioSeries path="electricity.importedNonFossilSharePct" label={t('supply.importedNonFossil')} unit="%" min={0} max={100} />
      </FieldRow>
      <FieldRow label={t('supply.importedRenewable')} hint={t('supply.importedRenewableHint')} path="electricity.importedRenewableSharePct">
        <OptionalSeries
          path="electricity.importedRenewableSharePct"
          label={t('supply.importedRenewable')}
          unit="%"
          min={0}
          max={100}
          absentText={t('supply.importedRenewableAbsent')}
          // what the engine counts while it is absent: the non-fossil share
          initial={() => get().electricity.importedNonFossilSharePct}
        />
      </FieldRow>
      <FieldRow label={t('supply.greenPower')} hint={t('supply.greenPowerHint')} path="electricity.greenPowerYiKWh">
        <OptionalSeries path="electricity.greenPowerYiKWh" label={t('supply.greenPower')} unit={t('units.yiKWh')} min={0} absentText={t('supply.greenPowerAbsent')} initial={0} />
      </FieldRow>
      <FieldRow label={t('supply.hydroYearFactor')} hint={t('supply.hydroYearFactorHint')} path="electricity.hydroYearFactor">
        <OptionalSeries path="electricity.hydroYearFactor" label={t('supply.hydroYearFactor')} min={0} max={3} absentText={t('supply.hydroYearFactorAbsent')} initial={1} />
      </FieldRow>
    </div>
  );
}
