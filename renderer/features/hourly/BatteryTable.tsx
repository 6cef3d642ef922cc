import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Battery } from '../../../shared/model/hourly';
import { addBattery, newBattery, removeBattery, updateBattery } from '../../../shared/model/ops-hourly';
import { NumberField } from '../../components/fields/NumberField';
import { SourceNote } from '../../components/fields/SourceNote';
import { TextField } from '../../components/fields/TextField';
import { useCapacityText } from '../../components/fields/capacity';
import type { HourlyEdit, MarkOf, SourceOf } from './edit';

type Props = { batteries: readonly Battery[]; readOnly: boolean; edit: HourlyEdit; sourceOf: SourceOf; markOf?: MarkOf };

const NUMBERS = [
  ['powerMW', 'power', true, undefined],
  ['energyMWh', 'energy', false, 'MWh'],
  ['roundTripEfficiencyPct', 'efficiency', false, '%'],
] as const;

/** 电化学储能 in the local balance: one row per battery, each field its own undoable edit. */
export function BatteryTable({ batteries, readOnly, edit, sourceOf, markOf }: Props) {
  const { t } = useTranslation('hourly');
  const capacity = useCapacityText();
  const [refused, setRefused] = useState<string | null>(null);
  const list = 'hourly.batteries';
  const run = (p: Promise<string[]>) => void p.then((m) => setRefused(m[0] ?? null));
  const patch = (b: Battery, field: string, value: Partial<Battery>) => {
    const path = `${list}[id=${b.id}].${field}`;
    return edit((s) => updateBattery(s, b.id, value), path, path, true);
  };
  return (
    <div className="hourly-batteries" data-testid="hourly-batteries">
      <h4>{t('batteries.title')}</h4>
      <p className="muted small">{t('batteries.hint')}</p>
      {batteries.length === 0 ? (
        <p className="muted small" data-testid="hourly-batteries-none">
          {t('batteries.none')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="grid hourly-battery-table">
            <thead>
              <tr>
                <th>{t('batteries.name')}</th>
                <th className="num">
                  {t('batteries.power')} ({capacity.label})
                </th>
                <th className="num">{t('batteries.energy')} (MWh)</th>
                <th className="num">{t('batteries.efficiency')} (%)</th>
                <th className="num">{t('batteries.commissioning')}</th>
                <th className="num">{t('batteries.retirement')}</th>
                <th>{t('batteries.included')}</th>
                <th aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {batteries.map((b, i) => (
                <tr key={b.id} data-testid={`battery-${b.id}`} className={b.included ? undefined : 'excluded'}>
                  <td className="col-name">
                    <TextField value={b.name} onCommit={(v) => patch(b, 'name', { name: v })} testId={`${list}[${i}].name`} label={t('batteries.name')} disabled={readOnly} className="w-name" />
                    <SourceNote source={sourceOf(`${list}[${i}]`)} testId={`${list}[${i}]`} compact />
                    {markOf?.(`${list}[${i}]`)}
                  </td>
                  {NUMBERS.map(([field, label, isCapacity, unit]) => (
                    <td key={field}>
                      <NumberField
                        value={b[field]}
                        onCommit={(v) => patch(b, field, { [field]: v ?? 0 })}
                        testId={`${list}[${i}].${field}`}
                        label={t(`batteries.${label}`)}
                        capacity={isCapacity}
                        unit={isCapacity ? undefined : unit}
                        disabled={readOnly}
                        className="w-cell"
                      />
                    </td>
                  ))}
                  <td>
                    <NumberField value={b.commissioningYear} onCommit={(v) => patch(b, 'commissioningYear', { commissioningYear: v ?? b.commissioningYear })} testId={`${list}[${i}].commissioningYear`} label={t('batteries.commissioning')} integer disabled={readOnly} className="w-year" />
                  </td>
                  <td>
                    <NumberField value={b.retirementYear} onCommit={(v) => patch(b, 'retirementYear', { retirementYear: v })} testId={`${list}[${i}].retirementYear`} label={t('batteries.retirement')} integer optional disabled={readOnly} className="w-year" />
                  </td>
                  <td className="col-check">
                    <input
                      type="checkbox"
                      checked={b.included}
                      disabled={readOnly}
                      aria-label={t('batteries.included')}
                      data-testid={`field-${list}[${i}].included`}
                      onChange={(e) => run(patch(b, 'included', { included: e.target.checked }))}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn ghost icon danger"
                      disabled={readOnly}
                      aria-label={t('batteries.remove', { name: b.name })}
                      data-testid={`btn-remove-battery-${b.id}`}
                      onClick={() => run(edit((s) => removeBattery(s, b.id), list, `remove:${list}[id=${b.id}]`))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        className="btn small-btn"
        disabled={readOnly}
        data-testid="btn-add-battery"
        onClick={() => run(edit((s) => addBattery(s, newBattery(s, t('batteries.newName', { n: (s.hourly?.batteries.length ?? 0) + 1 }))), list, `add:${list}`))}
      >
        + {t('batteries.add')}
      </button>
      {refused && (
        <p className="field-msg" role="alert">
          {refused}
        </p>
      )}
    </div>
  );
}
