import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import type { LibraryEntry } from './entry';
import { regionName, scenarioName } from '../../components/scenario-format';
import { NameField } from './NameField';
import { BasicsForm } from './BasicsForm';
import { EMPTY_DRAFT, readDraft, type BasicsDraft, type DraftErrors } from './basics-draft';
import type { Basics } from '../../../shared/model/from-basics';
import { useCapacityScale } from '../../components/fields/capacity';

type Props = {
  presets: readonly Pick<LibraryEntry, 'id' | 'name' | 'nameEn' | 'region'>[];
  initialPresetId?: string;
  onCancel(): void;
  /** resolves when created; a rejection is shown in the dialog */
  onCreate(presetId: string, name: string): Promise<void>;
  /** the guided start from a region's base-year figures (absent: presets only); the basics' labels are worded */
  onCreateFromBasics?(basics: Basics): Promise<void>;
};

type Mode = 'preset' | 'basics';

export function CreateDialog({ presets, initialPresetId, onCancel, onCreate, onCreateFromBasics }: Props) {
  const { t, i18n } = useTranslation('library');
  const { t: te } = useTranslation('editor');
  // plants are typed in the unit the editor's capacity fields use; the scenario holds MW
  const capacity = useCapacityScale(true)!;
  const [mode, setMode] = useState<Mode>('preset');
  const [draft, setDraft] = useState<BasicsDraft>(EMPTY_DRAFT);
  const [draftErrors, setDraftErrors] = useState<DraftErrors>({});
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
  const name =
    typed ??
    (mode === 'basics'
      ? draft.regionName.trim()
        ? t('basics.defaultName', { region: draft.regionName.trim() })
        : ''
      : preset
        ? t('create.defaultName', { name: scenarioName(preset, lang) })
        : '');

  const createFromBasics = async () => {
    const read = readDraft(draft, name.trim());
    setDraftErrors('errors' in read ? read.errors : {});
    if ('errors' in read) return;
    const b = read.basics;
    // labels in the planner's language, as a target or plant typed in the editor would be
    const basics: Basics = {
      ...b,
      ...(b.plants
        ? {
            plants: b.plants.map((p) => ({
              ...p,
              capacityMW: capacity.toStored(p.capacityMW),
              name: te(`genTypes.${p.type}`),
            })),
          }
        : {}),
      ...(b.targets ? { targets: b.targets.map((x) => ({ ...x, label: te(`metrics.${x.metric}`) })) } : {}),
    };
    setBusy(true);
    try {
      await onCreateFromBasics!(basics);
    } catch (err) {
      setError(t('failed', { message: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('nameRequired'));
    if (mode === 'basics') return createFromBasics();
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
      <form onSubmit={submit} noValidate className={mode === 'basics' ? 'create-basics' : undefined}>
        {onCreateFromBasics && (
          <div className="create-modes" role="radiogroup" aria-label={t('create.mode')}>
            {(['preset', 'basics'] as const).map((m) => (
              <label key={m} className={mode === m ? 'active' : undefined}>
                <input
                  type="radio"
                  name="create-mode"
                  checked={mode === m}
                  onChange={() => setMode(m)}
                  data-testid={`create-mode-${m}`}
                />
                {t(`create.modes.${m}`)}
              </label>
            ))}
          </div>
        )}
        {mode === 'basics' ? (
          <BasicsForm draft={draft} onChange={setDraft} errors={draftErrors} />
        ) : (
          <div className="form-row">
            <label htmlFor={selectId}>{t('create.preset')}</label>
            <select
              id={selectId}
              value={presetId}
              onChange={(e) => setPresetId(e.target.value)}
              data-testid="create-preset"
            >
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {scenarioName(p, lang)} · {regionName(p, lang)}
                </option>
              ))}
            </select>
          </div>
        )}
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
