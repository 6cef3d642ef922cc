import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParsedBackup } from '../../../shared/io/backup';
import { Modal } from '../../components/Modal';
import { ProblemList, WarningList } from './ProblemList';

type Props = {
  fileName: string;
  parsed: ParsedBackup;
  /** user scenarios in the library now (what the restore deletes) */
  currentCount: number;
  onCancel(): void;
  /** the file was edited by hand: check it again without the checksum */
  onAcceptMismatch(): void;
  onConfirm(parsed: Extract<ParsedBackup, { ok: true }>): Promise<void>;
};

/** A checked backup: its problems (nothing is restored), or what restoring replaces, to confirm. */
export function RestoreDialog({ fileName, parsed, currentCount, onCancel, onAcceptMismatch, onConfirm }: Props) {
  const { t, i18n } = useTranslation('io');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!parsed.ok) {
    const onlyChecksum = parsed.problems.length > 0 && parsed.problems.every((p) => p.code === 'backup.checksum' && p.path === 'checksum');
    return (
      <Modal title={t('restore.failedTitle', { file: fileName })} onClose={onCancel} testId="restore-dialog">
        <div className="io-wide">
          <ProblemList problems={parsed.problems} />
          <WarningList warnings={parsed.warnings} />
          <div className="modal-actions">
            {onlyChecksum && (
              <button type="button" className="btn danger" onClick={onAcceptMismatch} data-testid="btn-restore-accept-mismatch">
                {t('restore.acceptMismatch')}
              </button>
            )}
            <button type="button" className="btn primary" onClick={onCancel} data-testid="btn-restore-close">
              {t('action.close')}
            </button>
          </div>
        </div>
      </Modal>
    );
  }

  const count = parsed.content.scenarios.length + parsed.content.derived.length;
  const when = new Date(parsed.createdAt);
  const date = Number.isNaN(when.getTime()) ? parsed.createdAt : when.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN');
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(parsed);
    } catch (err) {
      setError(t('restore.failed', { message: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('restore.title')} onClose={onCancel} testId="restore-dialog">
      <p data-testid="restore-summary">{t('restore.summary', { date, version: parsed.appVersion, count })}</p>
      <p className="banner warn">{t('restore.replaceWarn', { current: currentCount })}</p>
      <WarningList warnings={parsed.warnings} />
      {error && (
        <p className="banner bad" role="alert" data-testid="restore-error">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button type="button" className="btn primary danger" disabled={busy} onClick={() => void confirm()} data-testid="btn-restore-confirm">
          {busy ? t('busy') : t('restore.confirm')}
        </button>
      </div>
    </Modal>
  );
}
