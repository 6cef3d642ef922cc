import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityUnit } from '../../../shared/model/units';
import { getDesktopApi } from '../../platform/desktop';
import { safeFileName } from './file-names';

/** Saves a blank project ledger whose capacity column is in the planner's unit (shared/io/ledger-template.ts). */
export function LedgerTemplateButton({ unit }: { unit: CapacityUnit }) {
  const { t, i18n } = useTranslation(['io', 'editor']);
  const [saved, setSaved] = useState<string | null>(null);
  const label = t(`editor:units.${unit}`);
  const save = async () => {
    setSaved(null);
    const { ledgerTemplateXlsx } = await import('../../../shared/io/ledger-template');
    const bytes = await ledgerTemplateXlsx(unit, i18n.language.startsWith('en') ? 'en' : 'zh');
    const defaultName = `${safeFileName(t('io:ledger.templateName', { unit: label }))}.xlsx`;
    const result = await getDesktopApi().saveFile({ title: t('io:ledger.template', { unit: label }), defaultName, filters: [{ name: t('io:filter.ledger'), extensions: ['xlsx'] }], bytes });
    if (!result.saved) return;
    const name = result.name ?? defaultName;
    setSaved(result.folder ? t('io:ledger.templateSavedIn', { name, folder: result.folder }) : t('io:ledger.templateSaved', { name }));
  };
  return (
    <>
      <button type="button" className="btn ghost" onClick={() => void save()} data-testid="btn-ledger-template">
        {t('io:ledger.template', { unit: label })}
      </button>
      {saved && (
        <span className="muted small" role="status" data-testid="ledger-template-saved">
          {saved}
        </span>
      )}
    </>
  );
}
