import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode, ImportPlan, PlannedDerived, PlannedItem } from '../../../shared/io/import-plan';
import { Modal } from '../../components/Modal';
import { planRows, type ImportCheck } from './import-check';
import { ProblemList, WarningList } from './ProblemList';

type Props = {
  fileName: string;
  check: ImportCheck;
  onCancel(): void;
  /** writes the plan shown (one transaction); a rejection is shown in the dialog */
  onConfirm(plan: ImportPlan<PlannedItem, PlannedDerived>): Promise<void>;
};

/**
 * A checked scenario file: either every problem it has (and nothing is
 * written), or what the import will do, scenario by scenario, for the user to
 * confirm. Keep-both is the default; replacing needs an explicit choice.
 */
export function ImportDialog({ fileName, check, onCancel, onConfirm }: Props) {
  const { t } = useTranslation('io');
  if (!check.ok) {
    return (
      <Modal title={t('import.failedTitle', { file: fileName })} onClose={onCancel} testId="import-dialog">
        <div className="io-wide">
          <ProblemList problems={check.problems} />
          <p className="banner warn" data-testid="import-nothing-written">
            {t('problems.nothingWritten')}
          </p>
          <WarningList warnings={check.warnings} />
          <div className="modal-actions">
            <button type="button" className="btn primary" onClick={onCancel} data-testid="btn-import-close">
              {t('action.close')}
            </button>
          </div>
        </div>
      </Modal>
    );
  }
  return <PlanView fileName={fileName} check={check} onCancel={onCancel} onConfirm={onConfirm} />;
}

function PlanView({ fileName, check, onCancel, onConfirm }: Props & { check: Extract<ImportCheck, { ok: true }> }) {
  const { t } = useTranslation('io');
  const [mode, setMode] = useState<ImportMode>('keepBoth');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plan = useMemo(() => check.plan(mode), [check, mode]);
  const rows = useMemo(() => planRows(plan, check.file), [plan, check.file]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(plan);
    } catch (err) {
      setError(t('import.failed', { message: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('import.title')} onClose={onCancel} testId="import-dialog">
      <div className="io-wide">
        <p>{t('import.summary', { file: fileName, count: rows.length })}</p>
        {check.file.formatVersion < 1 && <p className="banner info">{t('import.migrated', { version: check.file.formatVersion })}</p>}
        {check.canReplace && (
          <fieldset className="io-mode" data-testid="import-mode">
            <legend>{t('import.mode.legend')}</legend>
            {(['keepBoth', 'replace'] as const).map((m) => (
              <label key={m}>
                <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`import-mode-${m}`} />
                {t(`import.mode.${m}`)}
              </label>
            ))}
          </fieldset>
        )}
        {plan.replaces.length > 0 && (
          <p className="banner warn" data-testid="import-replace-warning">
            {t('import.replaceWarn', { count: plan.replaces.length, names: plan.replaces.map((r) => r.name).join('、') })}
          </p>
        )}
        <div className="io-table-scroll">
          <table className="io-table" data-testid="import-plan">
            <thead>
              <tr>
                <th scope="col">{t('import.col.file')}</th>
                <th scope="col">{t('import.col.library')}</th>
                <th scope="col">{t('import.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.fileId} data-testid={`import-plan-row-${r.fileId}`} data-status={r.status} data-id={r.id}>
                  <td>
                    {r.fileName}
                    {r.derived && <span className="io-tag">{t('import.derived')}</span>}
                  </td>
                  <td>{r.name}</td>
                  <td className={`io-status io-status-${r.status}`}>{t(`import.status.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <WarningList warnings={check.warnings} />
        {error && (
          <p className="banner bad" role="alert" data-testid="import-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('action.cancel')}
          </button>
          <button type="button" className="btn primary" disabled={busy} onClick={() => void confirm()} data-testid="btn-import-confirm">
            {busy ? t('busy') : t('import.confirm', { count: rows.length })}
          </button>
        </div>
      </div>
    </Modal>
  );
}
