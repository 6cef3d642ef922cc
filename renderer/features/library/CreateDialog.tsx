import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import type { LibraryEntry } from './entry';
import { regionName, scenarioName } from '../../components/scenario-format';
import { NameField } from './NameField';

type Props = {
  presets: readonly Pick<LibraryEntry, 'id' | 'name' | 'nameEn' | 'region'>[];
  initialPresetId?: string;
  onCancel(): void;
  /** resolves when created; a rejection is shown in the dialog */
  onCreate(presetId: string, name: string): Promise<void>;
};

export function CreateDialog({ presets, initialPresetId, onCancel, onCreate }: Props) {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.language;
  const selectId = useId();
  const [picked, setPresetId] = useState(initialPresetId ?? '');
  // the presets may still be being read when the dialog opens: the first is chosen once they are
  const presetId = picked || (presets[0]?.id ?? '');
  // Until the user types a name, the default follows the chosen preset.
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preset = presets.find((p) => p.id === presetId);
  const name = typed ?? (preset ? t('create.defaultName', { name: scenarioName(preset, lang) }) : '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('nameRequired'));
    if (!preset) return;
    setBusy(true);
    try {
      await onCreate(preset.id, name.trim());
    } catch (err) {
      setError(t('failed', { message: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('create.title')} onClose={onCancel} testId="create-dialog">
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          <label htmlFor={selectId}>{t('create.preset')}</label>
          <select id={selectId} value={presetId} onChange={(e) => setPresetId(e.target.value)} data-testid="create-preset">
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {scenarioName(p, lang)} · {regionName(p, lang)}
              </option>
            ))}
          </select>
        </div>
        <NameField
          label={t('create.name')}
          value={name}
          onChange={(v) => {
            setTyped(v);
            setError(null);
          }}
          error={error}
          testId="create-name"
        />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('create.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={busy} data-testid="btn-create-confirm">
            {t('create.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
