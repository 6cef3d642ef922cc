import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerTarget } from './LedgerImportDialog';

// The parsers (CSV, and Excel through exceljs) load with the dialog, not with the editor.
const LedgerImportDialog = lazy(() => import('./LedgerImportDialog').then((m) => ({ default: m.LedgerImportDialog })));

/** The project ledger's "import from a ledger file" button and its dialog. */
export function LedgerImportButton({ disabled, target }: { disabled: boolean; target: LedgerTarget }) {
  const { t } = useTranslation('io');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" disabled={disabled} onClick={() => setOpen(true)} data-testid="btn-ledger-import">
        {t('ledger.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LedgerImportDialog target={target} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
