import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { message: string; onUndo(): void; onDismiss(): void; timeoutMs?: number };

/** Dismissing the toast purges nothing: the soft-deleted scenario is dropped when the next session opens. */
export function UndoToast({ message, onUndo, onDismiss, timeoutMs = 10_000 }: Props) {
  const { t } = useTranslation('library');
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [onDismiss, timeoutMs]);
  return (
    <div className="toast" role="status" data-testid="undo-toast">
      <span>{message}</span>
      <button type="button" className="btn primary" onClick={onUndo} data-testid="btn-undo-delete">
        {t('undo')}
      </button>
      <button type="button" className="btn ghost" onClick={onDismiss} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
