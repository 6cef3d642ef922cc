import { useCallback, useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS } from '../../../seeds/index';
import { navigate } from '../../navigation/route';
import { useRepo } from '../../db/RepoContext';
import { RepoError } from '../../db/repo';
import type { EngineClient } from '../../engine/client';
import { CreateDialog } from './CreateDialog';
import { BASICS_DEFAULTS } from '../../../seeds/basics-defaults';
import { scenarioFromBasics } from '../../../shared/model/from-basics';
import { valueInYear } from '../../components/fields/series-convert';
import { entryMatches, type LibraryEntry } from './entry';
import { scenarioName } from '../../components/scenario-format';
import { LibraryTable } from './LibraryTable';
import { RenameDialog } from './RenameDialog';
import { UndoToast } from './UndoToast';
import type { RowActions } from './LibraryRow';
import { useLibraryListing, type ListedRow } from './listing';
import './library.css';

type Props = {
  /** the shell opens the create dialog from its menu (file:new); uncontrolled when omitted */
  createOpen?: boolean;
  onCreateOpenChange?(open: boolean): void;
  /** what reads the library and computes its target summaries (tests pass their own) */
  engine?: Pick<EngineClient, 'listVersions' | 'readEntries'>;
  /** the import/export/backup buttons beside "create": another feature's, so the app hands them in */
  ioArea?: ReactNode;
};

// Presets appear in the order the seeds list them (a region's baseline, then its policy scenario).
const PRESET_ORDER = new Map(PRESETS.map((p, i) => [p.id, i]));
const presetRank = (r: { id: string }) => PRESET_ORDER.get(r.id) ?? PRESET_ORDER.size;
const bySeedOrder = (a: { id: string }, b: { id: string }) => presetRank(a) - presetRank(b) || a.id.localeCompare(b.id);

type Dialog = { kind: 'create'; presetId?: string } | { kind: 'rename'; rec: LibraryEntry } | null;

/** While searching, a row not read yet cannot match; otherwise it is listed (as a placeholder until read). */
const shown = (r: ListedRow, query: string) => (r.entry ? entryMatches(r.entry, query) : !query.trim());

export function LibraryPage({ createOpen, onCreateOpenChange, engine, ioArea }: Props) {
  const { t, i18n } = useTranslation('library');
  const repo = useRepo();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Read by the engine worker (the page never decodes whole scenarios to list them); a search
  // filters what was read, following the typing a moment later rather than holding keystrokes up.
  const { rows, failure: unreadable } = useLibraryListing(repo.db, engine);
  const query = useDeferredValue(search);
  const mine = useMemo(() => rows?.filter((r) => r.kind === 'user' && shown(r, query)), [rows, query]);
  const presets = useMemo(() => rows?.filter((r) => r.kind === 'preset' && shown(r, query)).sort(bySeedOrder), [rows, query]);
  const byId = useMemo(() => new Map(rows?.map((r) => [r.id, r])), [rows]);
  const parentOf = useCallback((id: string) => (rows ? (byId.get(id)?.entry ?? (byId.has(id) ? undefined : null)) : undefined), [rows, byId]);
  const allPresets = useMemo(
    () => rows?.flatMap((r) => (r.kind === 'preset' && r.entry ? [r.entry] : [])).sort(bySeedOrder),
    [rows],
  );

  const showCreate = dialog?.kind === 'create' || createOpen === true;
  const closeDialog = () => {
    setDialog(null);
    onCreateOpenChange?.(false);
  };
  const lang = i18n.language;
  const attempt = useCallback(
    (p: Promise<unknown>) =>
      p.then(
        () => setFailure(null),
        (err: unknown) =>
          setFailure(
            err instanceof RepoError && err.code === 'has-children'
              ? t('hasChildren', { children: err.names.map((n) => t('quoted', { name: n })).join(lang === 'en' ? ', ' : '、'), count: err.names.length })
              : t('failed', { message: err instanceof Error ? err.message : String(err) }),
          ),
      ),
    [t, lang],
  );

  // The same object from render to render, so a memoised row is not rendered again for nothing.
  const actions = useMemo<RowActions>(() => {
    const name = (r: LibraryEntry) => scenarioName(r, lang);
    return {
      onCreateFrom: (rec) => setDialog({ kind: 'create', presetId: rec.id }),
      onDuplicate: (rec) => void attempt(repo.duplicate(rec.id, t('duplicateName', { name: rec.name }))),
      onRename: (rec) => setDialog({ kind: 'rename', rec }),
      onDerive: (rec) =>
        void attempt(repo.deriveScenario(rec.id, t('deriveName', { name: name(rec) })).then((child) => navigate({ name: 'scenario', id: child.id }))),
      onDelete: (rec) => void attempt(repo.remove(rec.id).then(() => setDeleted({ id: rec.id, name: name(rec) }))),
    };
  }, [attempt, repo, t, lang]);
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
        {ioArea}
      </div>
      {(failure ?? unreadable) && (
        <p className="banner bad" role="alert">
          {failure ?? t('failed', { message: unreadable })}
        </p>
      )}
      <section aria-labelledby="lib-mine">
        <h2 id="lib-mine">{t('mine')}</h2>
        {mine?.length === 0 ? (
          <p className="muted" data-testid="library-empty">
            {search.trim() ? t('noMatch', { query: search.trim() }) : t('empty')}
          </p>
        ) : (
          <LibraryTable rows={mine} parentOf={parentOf} actions={actions} testId="library-mine" virtual />
        )}
      </section>
      <section aria-labelledby="lib-presets">
        <h2 id="lib-presets">{t('presets')}</h2>
        <p className="muted small">{t('presetsHint')}</p>
        {presets?.length === 0 && search.trim() ? (
          <p className="muted">{t('noMatch', { query: search.trim() })}</p>
        ) : (
          <LibraryTable rows={presets} parentOf={parentOf} actions={actions} testId="library-presets" />
        )}
      </section>
      {showCreate && (
        <CreateDialog
          presets={allPresets ?? []}
          initialPresetId={dialog?.kind === 'create' ? dialog.presetId : undefined}
          onCancel={closeDialog}
          onCreate={async (presetId, newName) => {
            const rec = await repo.createFromPreset(presetId, newName);
            closeDialog();
            navigate({ name: 'scenario', id: rec.id });
          }}
          onCreateFromBasics={async (basics) => {
            const rec = await repo.saveCopy(scenarioFromBasics(basics, { ...BASICS_DEFAULTS, valueInYear }), basics.name);
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
