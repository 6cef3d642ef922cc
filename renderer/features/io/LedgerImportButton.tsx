import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LedgerImportDialog } from './LedgerImportDialog';

/** The project ledger's "import from a ledger file" button and its dialog. */
export function LedgerImportButton({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('io');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" disabled={disabled} onClick={() => setOpen(true)} data-testid="btn-ledger-import">
        {t('ledger.button')}
      </button>
      {open && <LedgerImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
