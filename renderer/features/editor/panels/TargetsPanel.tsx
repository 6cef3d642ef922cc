import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appendItem, newTarget, removeItem } from '../../../../shared/model/ops';
import { setTargetMetric, setTargetSector } from '../../../../shared/model/ops-industry';
import { PLAN_SECTORS, TARGET_METRICS, type PlanSector, type Scenario, type Target, type TargetMetric } from '../../../../shared/model/scenario';
import { NumberField } from '../../../components/fields/NumberField';
import { Source, ScenarioNumber, ScenarioText } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';
import { InheritMark } from '../InheritMark';
import { RemovedFromParent } from '../RemovedFromParent';

export const METRIC_UNIT: Readonly<Record<TargetMetric, '%' | 'wanTce' | 'wanTCo2' | 'wanM3' | 'year'>> = {
  co2IntensityReduction: '%',
  energyIntensityReduction: '%',
  nonFossilShare: '%',
  energyCap: 'wanTce',
  co2Budget: 'wanTCo2',
  co2Cap: 'wanTCo2',
  peakYear: 'year',
  sectorPeakYear: 'year',
  sectorIntensityReduction: '%',
  forestCover: '%',
  forestStock: 'wanM3',
};

function TargetRow({ target, index, onRemove }: { target: Target; index: number; onRemove: () => void }) {
  const { t } = useTranslation('editor');
  const { set, change, readOnly } = useEditor();
  const p = `targets[${index}]`;
  const unit = METRIC_UNIT[target.metric];
  // a sector target names its plan sector; an intensity target can only be industry's (工业增加值)
  const sectorMetric = target.metric === 'sectorPeakYear' || target.metric === 'sectorIntensityReduction';
  // a metric the scenario cannot judge yet (a forest target without a forest) is refused: said under the select
  const [refused, setRefused] = useState<string | null>(null);
  const choose = (op: (s: Scenario) => Scenario, path: string) => void change(op, path).then((m) => setRefused(m[0] ?? null));
  return (
    <tr data-testid={`target-input-${target.id}`}>
      <td className="col-name">
        <ScenarioText path={`${p}.label`} label={t('targets.label')} className="w-name" multiline />
      </td>
      <td>
        <select
          className="metric-select"
          value={target.metric}
          disabled={readOnly}
          aria-label={t('targets.metric')}
          data-testid={`field-${p}.metric`}
          onChange={(e) => choose((s) => setTargetMetric(s, target.id, e.target.value as TargetMetric), `${p}.metric`)}
        >
          {TARGET_METRICS.map((m) => (
            <option key={m} value={m}>
              {t(`metrics.${m}`)}
            </option>
          ))}
        </select>
        {sectorMetric && (
          <select
            className="sector-select"
            value={target.sector ?? ''}
            disabled={readOnly}
            aria-label={t('targets.sector')}
            data-testid={`field-${p}.sector`}
            onChange={(e) => choose((s) => setTargetSector(s, target.id, e.target.value as PlanSector), `${p}.sector`)}
          >
            {target.sector === undefined && <option value="" />}
            {PLAN_SECTORS.filter((x) => target.metric === 'sectorPeakYear' || x === 'industry').map((x) => (
              <option key={x} value={x}>
                {t(`targets.planSectors.${x}`)}
              </option>
            ))}
          </select>
        )}
        {refused && (
          <span className="field-msg" role="alert" data-testid={`error-${p}.metric`}>
            {refused}
          </span>
        )}
      </td>
      <td>
        <NumberField value={target.fromYear} optional integer label={t('targets.fromYear')} testId={`${p}.fromYear`} disabled={readOnly} className="w-year" onCommit={(v) => set(`${p}.fromYear`, v)} />
      </td>
      <td>
        <ScenarioNumber path={`${p}.year`} label={t('targets.year')} integer />
      </td>
      <td>
        <ScenarioNumber path={`${p}.value`} label={t('targets.value')} unit={unit === '%' ? '%' : t(`units.${unit}`)} integer={unit === 'year'} className={unit === 'year' ? 'w-year' : 'w-cell'} />
      </td>
      <td>
        <select value={target.binding ? 'binding' : 'expected'} disabled={readOnly} aria-label={t('targets.binding')} data-testid={`field-${p}.binding`} onChange={(e) => set(`${p}.binding`, e.target.value === 'binding')}>
          <option value="binding">{t('targets.isBinding')}</option>
          <option value="expected">{t('targets.isExpected')}</option>
        </select>
      </td>
      <td className="col-source">
        <Source path={p} />
        <InheritMark path={p} />
      </td>
      <td>
        <button type="button" className="btn ghost icon danger" disabled={readOnly} aria-label={t('targets.removeNamed', { name: target.label })} data-testid={`btn-remove-target-${target.id}`} onClick={onRemove}>
          ×
        </button>
      </td>
    </tr>
  );
}

/** 目标: the targets the scenario is judged against, each with its period, value and source. */
export function TargetsPanel() {
  const { t } = useTranslation('editor');
  const targets = useScenario((s) => s.targets);
  const { change, readOnly } = useEditor();
  const [error, setError] = useState<string | null>(null);
  const apply = (op: (s: Scenario) => Scenario, key: string) => void change(op, 'targets', key).then((m) => setError(m[0] ?? null));
  return (
    <div className="rows">
      <div className="table-scroll">
        <table className="grid targets-table">
          <thead>
            <tr>
              <th scope="col">{t('targets.label')}</th>
              <th scope="col">{t('targets.metric')}</th>
              <th scope="col">{t('targets.fromYear')}</th>
              <th scope="col">{t('targets.year')}</th>
              <th scope="col">{t('targets.value')}</th>
              <th scope="col">{t('targets.binding')}</th>
              <th scope="col">{t('ledger.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ledger.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.map((x, i) => (
              <TargetRow key={x.id} target={x} index={i} onRemove={() => apply((s) => removeItem(s, 'targets', x.id), `remove-${x.id}`)} />
            ))}
            {targets.length === 0 && (
              <tr>
                <td colSpan={8} className="empty muted">
                  {t('targets.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <RemovedFromParent collection="targets" />
      {error && (
        <p className="field-msg" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="button" className="btn" disabled={readOnly} data-testid="btn-add-target" onClick={() => apply((s) => appendItem(s, 'targets', newTarget(s, t('targets.newName'))), 'btn-add-target')}>
          + {t('targets.add')}
        </button>
      </div>
    </div>
  );
}
