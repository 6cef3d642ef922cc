import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { GENERATOR_TYPES, PROJECT_STATUSES, type Generator } from '../../../../shared/model/scenario';
import { clearValue } from '../../../../shared/model/ops-optional';
import { leverNamedRow } from '../../../../shared/model/lever-rows';
import { NumberField } from '../../../components/fields/NumberField';
import { useCapacityText } from '../../../components/fields/capacity';
import { localText } from '../../../components/fields/source-text';
import { Source, ScenarioNumber, ScenarioSeries, ScenarioText } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';
import { InheritMark } from '../InheritMark';
import { ownSource } from '../sources';

/** The user's own mark on a cell, shown only when that field was edited (the row's source stands for the rest). */
export function EditedMark({ path }: { path: string }) {
  const edited = useScenario((s) => ownSource(s, path) !== undefined);
  return edited ? <Source path={path} compact /> : null;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export type GeneratorRowProps = {
  listPath: 'electricity.fleet' | 'electricity.projects';
  index: number;
  g: Generator;
  onRemove?: (id: string) => void;
};

/** One plant or project: every field editable in place, its source at the end of the row. */
// memo: a build-out lever rewrites a few ledger rows; the other rows keep their props
export const GeneratorRow = memo(function GeneratorRow({ listPath, index, g, onRemove }: GeneratorRowProps) {
  const { t, i18n } = useTranslation('editor');
  const { set, change, readOnly } = useEditor();
  const p = `${listPath}[${index}]`;
  // an emptied optional field goes back to absent (its stated default), not to a stored `undefined`
  const setOptional = (path: string, v: number | undefined) => (v === undefined ? change((s) => clearValue(s, path), path, path) : set(path, v));
  const note = localText(g.note, g.noteZh, i18n.language);
  const rowId = `${listPath === 'electricity.fleet' ? 'fleet' : 'project'}-row-${g.id}`;
  // a build-out lever's row named by its type and year in the editor's language while it keeps the lever's name
  const leverName = useScenario((s) => {
    const row = listPath === 'electricity.projects' ? leverNamedRow(s, g) : undefined;
    return row && t('ledger.buildoutName', { type: t(`genTypes.${row.type}`), year: row.year });
  });
  return (
    <tr data-testid={rowId} className={g.included ? undefined : 'excluded'}>
      <td className="col-name">
        <ScenarioText path={`${p}.name`} label={t('ledger.name')} className="w-name" multiline shown={leverName} />
        <EditedMark path={`${p}.name`} />
        {note && (
          <div className="row-note muted small" data-testid={`note-${rowId}`}>
            {note}
          </div>
        )}
      </td>
      <td>
        <select value={g.type} disabled={readOnly} aria-label={t('ledger.type')} data-testid={`field-${p}.type`} onChange={(e) => set(`${p}.type`, e.target.value)}>
          {GENERATOR_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`genTypes.${ty}`)}
            </option>
          ))}
        </select>
        {g.type === 'pv' && (
          <label className="cell-extra" title={t('ledger.degradationHint')}>
            <span className="cell-extra-label">{t('ledger.degradation')}</span>
            <NumberField
              value={g.degradationPctPerYear}
              optional
              min={0}
              max={5}
              unit={t('units.pctPerYear')}
              label={t('ledger.degradation')}
              testId={`${p}.degradationPctPerYear`}
              disabled={readOnly}
              className="w-cell"
              onCommit={(v) => setOptional(`${p}.degradationPctPerYear`, v)}
            />
          </label>
        )}
        {g.type === 'biomass' && (
          <label className="cell-extra" title={t('ledger.fossilCo2Hint')}>
            <span className="cell-extra-label">{t('ledger.fossilCo2')}</span>
            <NumberField
              value={g.fossilCo2TPerMWh}
              optional
              min={0}
              max={2}
              unit={t('units.tCo2PerMWh')}
              label={t('ledger.fossilCo2')}
              testId={`${p}.fossilCo2TPerMWh`}
              disabled={readOnly}
              className="w-cell"
              onCommit={(v) => setOptional(`${p}.fossilCo2TPerMWh`, v)}
            />
          </label>
        )}
      </td>
      <td>
        <ScenarioNumber path={`${p}.capacityMW`} label={t('ledger.capacity')} min={0} className="w-cell" />
        <EditedMark path={`${p}.capacityMW`} />
        {listPath === 'electricity.projects' && (
          <label className="cell-extra" title={t('ledger.investmentHint')}>
            <span className="cell-extra-label">{t('ledger.investment')}</span>
            <NumberField
              value={g.investmentWanYuan}
              optional
              min={0}
              max={1e9}
              label={t('ledger.investment')}
              testId={`${p}.investmentWanYuan`}
              disabled={readOnly}
              className="w-cell"
              onCommit={(v) => setOptional(`${p}.investmentWanYuan`, v)}
            />
            <EditedMark path={`${p}.investmentWanYuan`} />
          </label>
        )}
      </td>
      <td>
        <ScenarioNumber path={`${p}.commissioningYear`} label={t('ledger.commissioning')} integer />
        <select
          className="month-select"
          value={g.commissioningMonth ?? ''}
          disabled={readOnly}
          title={t('ledger.commissioningMonthHint')}
          aria-label={t('ledger.commissioningMonth')}
          data-testid={`field-${p}.commissioningMonth`}
          onChange={(e) => void setOptional(`${p}.commissioningMonth`, e.target.value === '' ? undefined : Number(e.target.value))}
        >
          <option value="">{t('ledger.commissioningMonthFull')}</option>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {t('ledger.monthN', { month: m })}
            </option>
          ))}
        </select>
      </td>
      <td>
        <NumberField
          value={g.retirementYear}
          optional
          integer
          label={t('ledger.retirement')}
          testId={`${p}.retirementYear`}
          disabled={readOnly}
          className="w-year"
          onCommit={(v) => set(`${p}.retirementYear`, v)}
        />
      </td>
      <td>
        <ScenarioSeries path={`${p}.utilisationHours`} label={t('ledger.hours')} unit="h" compact />
        <EditedMark path={`${p}.utilisationHours`} />
      </td>
      <td>
        <select value={g.status} disabled={readOnly} aria-label={t('ledger.status')} data-testid={`field-${p}.status`} onChange={(e) => set(`${p}.status`, e.target.value)}>
          {PROJECT_STATUSES.map((st) => (
            <option key={st} value={st}>
              {t(`statuses.${st}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="col-check">
        <input type="checkbox" checked={g.included} disabled={readOnly} aria-label={t('ledger.included')} data-testid={`field-${p}.included`} onChange={(e) => set(`${p}.included`, e.target.checked)} />
      </td>
      <td className="col-source">
        <Source path={p} />
        <InheritMark path={p} />
      </td>
      {onRemove && (
        <td>
          <button type="button" className="btn ghost icon danger" disabled={readOnly} title={t('ledger.remove')} aria-label={t('ledger.removeNamed', { name: leverName ?? g.name })} data-testid={`btn-remove-project-${g.id}`} onClick={() => onRemove(g.id)}>
            ×
          </button>
        </td>
      )}
    </tr>
  );
});

/** Column headers shared by the fleet table and the project ledger. */
export function GeneratorHead({ removable }: { removable?: boolean }) {
  const { t } = useTranslation('editor');
  const capacity = useCapacityText();
  return (
    <thead>
      <tr>
        <th scope="col">{t('ledger.name')}</th>
        <th scope="col">{t('ledger.type')}</th>
        <th scope="col">{t('ledger.capacity')} ({capacity.label})</th>
        <th scope="col">{t('ledger.commissioning')}</th>
        <th scope="col">{t('ledger.retirement')}</th>
        <th scope="col">{t('ledger.hours')} (h)</th>
        <th scope="col">{t('ledger.status')}</th>
        <th scope="col">{t('ledger.included')}</th>
        <th scope="col">{t('ledger.source')}</th>
        {removable && (
          <th scope="col">
            <span className="visually-hidden">{t('ledger.remove')}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
