import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { NameField } from './NameField';

type Props = {
  initialName: string;
  onCancel(): void;
  onRename(name: string): Promise<void>;
};

export function RenameDialog({ initialName, onCancel, onRename }: Props) {
  const { t } = useTranslation('library');
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('nameRequired'));
    setBusy(true);
    try {
      await onRename(name.trim());
    } catch (err) {
      setError(t('failed', { message: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('rename.title')} onClose={onCancel} testId="rename-dialog">
      <form onSubmit={submit} noValidate>
        <NameField
          label={t('rename.name')}
          value={name}
          onChange={(v) => {
            setName(v);
            setError(null);
          }}
          error={error}
          testId="rename-name"
        />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('rename.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={busy} data-testid="btn-rename-confirm">
            {t('rename.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
