import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageEnergyYiKWh } from '../../../../shared/engine/derived';
import { appendItem, newStorage, removeItem } from '../../../../shared/model/ops';
import { TYPICAL_STORAGE } from '../../../../seeds/reference/typical';
import { localText } from '../../../components/fields/source-text';
import { PROJECT_STATUSES, type PumpedStorage, type Scenario } from '../../../../shared/model/scenario';
import { STORAGE_ATTRIBUTIONS } from '../../../../shared/model/vocabulary';
import { LEGACY_OPTIONS } from '../../../../shared/model/accounting-defaults';
import { Source, ScenarioNumber, ScenarioText } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';
import { useNumberFormat } from '../useNumberFormat';
import { useCapacityText } from '../../../components/fields/capacity';
import { InheritMark } from '../InheritMark';
import { EditedMark } from './GeneratorRow';
import { RemovedFromParent } from '../RemovedFromParent';

const NUMBER_COLS = [
  ['capacityMW', 'capacity', 'MW'],
  ['storageHours', 'hours', 'h'],
  ['roundTripEfficiencyPct', 'efficiency', '%'],
  ['annualCycles', 'cycles', ''],
] as const;

/**
 * name (with its source and the remove button under it), the number columns, attribution,
 * year over status, included, losses: twelve fields in nine columns, so the table fits a
 * 1280-px window without scrolling its source and remove button out of view.
 */
const STORAGE_COLUMNS = 1 + NUMBER_COLS.length + 4;

function StorageRow({ p, index, onRemove }: { p: PumpedStorage; index: number; onRemove: () => void }) {
  const { t, i18n } = useTranslation('editor');
  const { set, readOnly } = useEditor();
  const fmt = useNumberFormat(2);
  const note = localText(p.note, p.noteZh, i18n.language);
  const base = `electricity.pumpedStorage[${index}]`;
  const e = storageEnergyYiKWh(p);
  const rowClass = [p.included ? '' : 'excluded', note ? 'has-note' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <tr data-testid={`storage-${p.id}`} className={rowClass}>
        <td className="col-name">
          <ScenarioText path={`${base}.name`} label={t('storage.name')} className="w-name" multiline />
          <div className="storage-row-meta">
            <span className="col-source">
              <Source path={base} />
              <InheritMark path={base} />
            </span>
            <button
              type="button"
              className="btn ghost icon danger"
              disabled={readOnly}
              aria-label={t('storage.removeNamed', { name: p.name })}
              data-testid={`btn-remove-storage-${p.id}`}
              onClick={onRemove}
            >
              ×
            </button>
          </div>
        </td>
        {NUMBER_COLS.map(([field, label]) => (
          <td key={field}>
            <ScenarioNumber path={`${base}.${field}`} label={t(`storage.${label}`)} className="w-cell" />
            <EditedMark path={`${base}.${field}`} />
          </td>
        ))}
        <td>
          <select
            className="attribution-select"
            value={p.attribution}
            disabled={readOnly}
            title={t(`storage.attributionHint.${p.attribution}`)}
            aria-label={t('storage.attribution')}
            data-testid={`field-${base}.attribution`}
            onChange={(ev) => void set(`${base}.attribution`, ev.target.value)}
          >
            {STORAGE_ATTRIBUTIONS.filter((a) => a === p.attribution || !LEGACY_OPTIONS.has(a)).map((a) => (
              <option key={a} value={a}>
                {t(`storage.attributionOptions.${a}`)}
              </option>
            ))}
          </select>
        </td>
        <td>
          <div className="storage-when">
            <ScenarioNumber path={`${base}.commissioningYear`} label={t('storage.commissioning')} integer />
            <select
              value={p.status}
              disabled={readOnly}
              aria-label={t('ledger.status')}
              data-testid={`field-${base}.status`}
              onChange={(ev) => set(`${base}.status`, ev.target.value)}
            >
              {PROJECT_STATUSES.map((st) => (
                <option key={st} value={st}>
                  {t(`statuses.${st}`)}
                </option>
              ))}
            </select>
          </div>
        </td>
        <td className="col-check">
          <input
            type="checkbox"
            checked={p.included}
            disabled={readOnly}
            aria-label={t('ledger.included')}
            data-testid={`field-${base}.included`}
            onChange={(ev) => set(`${base}.included`, ev.target.checked)}
          />
        </td>
        <td
          className="num derived-cell"
          data-testid={`storage-energy-${p.id}`}
          title={t('storage.energy', {
            output: fmt.format(e.output),
            pumped: fmt.format(e.output + e.loss),
            loss: fmt.format(e.loss),
          })}
        >
          {fmt.format(e.loss)}
        </td>
      </tr>
      {/* a plant's note (often a paragraph with its reasoning) under the whole row, not squeezed into the name's column */}
      {note && (
        <tr className={`note-row${p.included ? '' : ' excluded'}`}>
          <td colSpan={STORAGE_COLUMNS}>
            <div className="row-note muted small" data-testid={`storage-note-${p.id}`}>
              {note}
            </div>
          </td>
        </tr>
      )}
    </>
  );
}

/** 抽水蓄能: plants that shift electricity in time and, through their losses, add to demand. */
export function StoragePanel() {
  const { t } = useTranslation('editor');
  const capacity = useCapacityText();
  const list = useScenario((s) => s.electricity.pumpedStorage);
  const { change, readOnly } = useEditor();
  const [error, setError] = useState<string | null>(null);
  const path = 'electricity.pumpedStorage';
  const apply = (op: (s: Scenario) => Scenario, key: string) =>
    void change(op, path, key).then((m) => setError(m[0] ?? null));
  return (
    <div className="rows">
      <div className="note-box" data-testid="storage-note">
        <p>{t('storage.netConsumer')}</p>
        <ul className="attribution-legend">
          {STORAGE_ATTRIBUTIONS.map((a) => (
            <li key={a} data-testid={`storage-attribution-${a}`}>
              <strong>{t(`storage.attributionOptions.${a}`)}</strong> {t(`storage.attributionHint.${a}`)}
            </li>
          ))}
        </ul>
      </div>
      <div className="table-scroll">
        <table className="grid ledger-table storage-table">
          <thead>
            <tr>
              <th scope="col">
                {t('storage.name')}
                <span className="muted small"> · {t('ledger.source')}</span>
              </th>
              {NUMBER_COLS.map(([field, label, unit]) => (
                <th scope="col" key={field}>
                  {t(`storage.${label}Short`)}
                  {unit && ` (${field === 'capacityMW' ? capacity.label : unit})`}
                </th>
              ))}
              <th scope="col">{t('storage.attribution')}</th>
              <th scope="col">
                {t('storage.commissioning')}
                <br />
                {t('ledger.status')}
              </th>
              <th scope="col">{t('ledger.included')}</th>
              <th scope="col" className="col-energy" title={t('storage.netHint')}>
                {t('storage.net')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((p, i) => (
              <StorageRow
                key={p.id}
                p={p}
                index={i}
                onRemove={() => apply((s) => removeItem(s, path, p.id), `remove-${p.id}`)}
              />
            ))}
            {list.length === 0 && (
              <tr>
                <td colSpan={STORAGE_COLUMNS} className="empty muted">
                  {t('storage.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <RemovedFromParent collection="electricity.pumpedStorage" />
      {error && (
        <p className="field-msg" role="alert">
          {error}
        </p>
      )}
      <div className="row-actions">
        <button
          type="button"
          className="btn"
          disabled={readOnly}
          data-testid="btn-add-storage"
          onClick={() =>
            apply(
              (s) => appendItem(s, path, newStorage(s, t('storage.newName', { n: list.length + 1 }), TYPICAL_STORAGE)),
              'btn-add-storage',
            )
          }
        >
          + {t('storage.add')}
        </button>
      </div>
    </div>
  );
}
