import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS } from '../../../seeds/index';
import { navigate } from '../../app/route';
import { useRepo } from '../../db/RepoContext';
import { RepoError } from '../../db/repo';
import type { ScenarioRecord } from '../../db/records';
import { IoArea } from '../io/IoArea';
import { CreateDialog } from './CreateDialog';
import { scenarioName } from './format';
import { LibraryTable } from './LibraryTable';
import { RenameDialog } from './RenameDialog';
import { UndoToast } from './UndoToast';
import { useTargetSummaries } from './useTargetSummaries';
import type { RowActions } from './LibraryRow';
import './library.css';

type Props = {
  /** the shell opens the create dialog from its menu (file:new); uncontrolled when omitted */
  createOpen?: boolean;
  onCreateOpenChange?(open: boolean): void;
};

// Presets appear in the order the seeds list them (a region's baseline, then its policy scenario).
const PRESET_ORDER = new Map(PRESETS.map((p, i) => [p.id, i]));
const presetRank = (r: ScenarioRecord) => PRESET_ORDER.get(r.id) ?? PRESET_ORDER.size;
const bySeedOrder = (a: ScenarioRecord, b: ScenarioRecord) => presetRank(a) - presetRank(b) || a.id.localeCompare(b.id);

type Dialog = { kind: 'create'; presetId?: string } | { kind: 'rename'; rec: ScenarioRecord } | null;

export function LibraryPage({ createOpen, onCreateOpenChange }: Props) {
  const { t, i18n } = useTranslation('library');
  const repo = useRepo();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const records = useLiveQuery(() => repo.list({ search }), [repo, search]);
  const allPresets = useLiveQuery(async () => (await repo.list()).filter((r) => r.kind === 'preset').sort(bySeedOrder), [repo]);
  const summaryOf = useTargetSummaries(records);
  const mine = useMemo(() => records?.filter((r) => r.kind === 'user') ?? [], [records]);
  const presets = useMemo(() => records?.filter((r) => r.kind === 'preset').sort(bySeedOrder) ?? [], [records]);

  const showCreate = dialog?.kind === 'create' || createOpen === true;
  const closeDialog = () => {
    setDialog(null);
    onCreateOpenChange?.(false);
  };
  const attempt = (p: Promise<unknown>) =>
    p.then(
      () => setFailure(null),
      (err: unknown) =>
        setFailure(
          err instanceof RepoError && err.code === 'has-children'
            ? t('hasChildren', { children: err.names.map((n) => t('quoted', { name: n })).join(i18n.language === 'en' ? ', ' : '、'), count: err.names.length })
            : t('failed', { message: err instanceof Error ? err.message : String(err) }),
        ),
    );
  const name = (r: ScenarioRecord) => scenarioName(r.scenario, i18n.language);

  const actions: RowActions = {
    onCreateFrom: (rec) => setDialog({ kind: 'create', presetId: rec.id }),
    onDuplicate: (rec) => void attempt(repo.duplicate(rec.id, t('duplicateName', { name: rec.name }))),
    onRename: (rec) => setDialog({ kind: 'rename', rec }),
    onDerive: (rec) =>
      void attempt(repo.deriveScenario(rec.id, t('deriveName', { name: name(rec) })).then((child) => navigate({ name: 'scenario', id: child.id }))),
    onDelete: (rec) =>
      void attempt(repo.remove(rec.id).then(() => setDeleted({ id: rec.id, name: name(rec) }))),
  };
  const undoDelete = () => {
    if (!deleted) return;
    void attempt(repo.restore(deleted.id));
    setDeleted(null);
  };
  const dismissToast = useCallback(() => setDeleted(null), []);

  return (
    <main className="library" aria-labelledby="library-title">
      <div className="library-head">
        <h1 id="library-title">{t('title')}</h1>
        <label htmlFor={searchId} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id={searchId}
          type="search"
          className="library-search"
          placeholder={t('search.placeholder')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="library-search"
        />
        <button type="button" className="btn primary" onClick={() => setDialog({ kind: 'create' })} data-testid="btn-create">
          {t('action.create')}
        </button>
        <IoArea />
      </div>
      {failure && (
        <p className="banner bad" role="alert">
          {failure}
        </p>
      )}
      <section aria-labelledby="lib-mine">
        <h2 id="lib-mine">{t('mine')}</h2>
        {records && mine.length === 0 ? (
          <p className="muted" data-testid="library-empty">
            {search.trim() ? t('noMatch', { query: search.trim() }) : t('empty')}
          </p>
        ) : (
          <LibraryTable records={mine} summaryOf={summaryOf} actions={actions} testId="library-mine" />
        )}
      </section>
      <section aria-labelledby="lib-presets">
        <h2 id="lib-presets">{t('presets')}</h2>
        <p className="muted small">{t('presetsHint')}</p>
        {records && presets.length === 0 && search.trim() ? (
          <p className="muted">{t('noMatch', { query: search.trim() })}</p>
        ) : (
          <LibraryTable records={presets} summaryOf={summaryOf} actions={actions} testId="library-presets" />
        )}
      </section>
      {showCreate && allPresets && (
        <CreateDialog
          presets={allPresets}
          initialPresetId={dialog?.kind === 'create' ? dialog.presetId : undefined}
          onCancel={closeDialog}
          onCreate={async (presetId, newName) => {
            const rec = await repo.createFromPreset(presetId, newName);
            closeDialog();
            navigate({ name: 'scenario', id: rec.id });
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <RenameDialog
          initialName={dialog.rec.name}
          onCancel={closeDialog}
          onRename={async (newName) => {
            await repo.rename(dialog.rec.id, newName);
            closeDialog();
          }}
        />
      )}
      {deleted && <UndoToast message={t('deleted', { name: deleted.name })} onUndo={undoDelete} onDismiss={dismissToast} />}
    </main>
  );
}
