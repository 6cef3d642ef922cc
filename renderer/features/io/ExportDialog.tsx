import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import type { ScenarioRecord } from '../../db/records';
import { scenarioName } from '../../components/scenario-format';
import { useCapacityUnit } from '../../components/fields/capacity';

export type ExportFormat = 'json' | 'xlsx' | 'csv' | 'csvLong';

type Props = {
  /** live scenarios, mine first then the presets */
  records: readonly ScenarioRecord[];
  initialIds: readonly string[];
  onCancel(): void;
  /** exports; resolves with a message to show, a rejection is shown in the dialog */
  onExport(ids: string[], format: ExportFormat, progress: (msg: string) => void): Promise<void>;
};

const FORMATS: readonly ExportFormat[] = ['json', 'xlsx', 'csv', 'csvLong'];

/** Which scenarios, which format: one scenario, a selection, or the whole library. */
export function ExportDialog({ records, initialIds, onCancel, onExport }: Props) {
  const { t, i18n } = useTranslation('io');
  const { t: tApp } = useTranslation('app');
  const capacityUnit = useCapacityUnit(i18n.language);
  const [ids, setIds] = useState<Set<string>>(() => new Set(initialIds));
  const [format, setFormat] = useState<ExportFormat>('json');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mine = records.filter((r) => r.kind === 'user');
  const presets = records.filter((r) => r.kind === 'preset');
  // in list order, whatever order they were ticked in
  const selected = records.filter((r) => ids.has(r.id)).map((r) => r.id);

  const toggle = (id: string) =>
    setIds((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const submit = async () => {
    setError(null);
    setBusy(t('busy'));
    try {
      await onExport(selected, format, setBusy);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(null);
    }
  };

  const list = (recs: readonly ScenarioRecord[]) => (
    <ul className="io-pick-list">
      {recs.map((r) => (
        <li key={r.id}>
          <label>
            <input type="checkbox" checked={ids.has(r.id)} onChange={() => toggle(r.id)} data-testid={`export-pick-${r.id}`} />
            {scenarioName(r.scenario, i18n.language)}
            <span className="muted small"> · {r.regionName}</span>
          </label>
        </li>
      ))}
    </ul>
  );

  return (
    <Modal title={t('export.title')} onClose={onCancel} testId="export-dialog">
      <div className="io-wide io-export">
        <div className="io-export-pick">
          <div className="io-row">
            <h3>{t('export.what')}</h3>
            <button type="button" className="btn ghost" onClick={() => setIds(new Set(mine.map((r) => r.id)))} data-testid="export-all">
              {t('export.all')}
            </button>
            <button type="button" className="btn ghost" onClick={() => setIds(new Set())}>
              {t('export.none')}
            </button>
          </div>
          <h4>{t('export.mine')}</h4>
          {mine.length ? list(mine) : <p className="muted small">{t('export.noneMine')}</p>}
          <h4>{t('export.presets')}</h4>
          {list(presets)}
        </div>
        <fieldset className="io-mode">
          <legend>{t('export.format')}</legend>
          {FORMATS.map((f) => (
            <label key={f}>
              <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} data-testid={`export-format-${f}`} />
              {t(`export.${f}`)}
            </label>
          ))}
          {format === 'csv' && selected.length > 1 && <p className="muted small">{t('export.csvHint')}</p>}
          {format !== 'json' && (
            <p className="muted small" data-testid="export-capacity-unit">
              {t('export.capacityUnit', { unit: tApp(`units.${capacityUnit}`) })}
            </p>
          )}
        </fieldset>
        {error && (
          <p className="banner bad" role="alert" data-testid="export-error">
            {t('export.failed', { message: error })}
          </p>
        )}
        <div className="modal-actions">
          <span className="muted small io-count">{busy ?? t('export.selected', { count: selected.length })}</span>
          <button type="button" className="btn" onClick={onCancel}>
            {t('action.cancel')}
          </button>
          <button type="button" className="btn primary" disabled={!selected.length || busy !== null} onClick={() => void submit()} data-testid="btn-export-confirm">
            {t('export.confirm')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
