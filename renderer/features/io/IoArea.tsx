import { lazy, Suspense, useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParsedBackup } from '../../../shared/io/backup';
import type { Scenario } from '../../../shared/model/scenario';
import { useRepo } from '../../db/RepoContext';
import type { ScenarioRecord } from '../../db/records';
import { backupFileBytes, checkBackupFile, scenarioFileBytes } from '../../engine/file-commands';
import { getDesktopApi } from '../../platform/desktop';
import { ExportDialog, type ExportFormat } from './ExportDialog';
import { handleIoRequests, type IoRequest } from './io-commands';
import type { ImportCheck } from './import-check';
import { RestoreDialog } from './RestoreDialog';
import './io.css';

const loadIo = () => import('./io-core');
const loadImportDialog = () => import('./ImportDialog');
const ImportDialog = lazy(() => loadImportDialog().then((m) => ({ default: m.ImportDialog })));

type Dialog =
  | { kind: 'export'; records: ScenarioRecord[]; ids: string[] }
  | { kind: 'import'; fileName: string; check: ImportCheck }
  | { kind: 'restore'; fileName: string; bytes: Uint8Array; parsed: ParsedBackup; currentCount: number }
  | null;

type Notice = { ok: boolean; text: string } | null;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * 导入与导出 on the library page: scenario files (import, export), results
 * (Excel, CSV), full backup and restore. Every file goes through `window.api`
 * (native dialogs in Electron, downloads and a file picker in the browser).
 * Nothing is written unless the whole file checks out and the user confirms.
 */
export function IoArea() {
  const { t } = useTranslation('io');
  const repo = useRepo();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const close = () => setDialog(null);
  const fail = (key: `${'import' | 'export' | 'backup' | 'restore'}.failed`) => (err: unknown) => setNotice({ ok: false, text: t(key, { message: message(err) }) });

  const openExport = async (ids?: string[]) => {
    setNotice(null);
    const records = await repo.list();
    const initial = ids ?? records.filter((r) => r.kind === 'user').map((r) => r.id);
    setDialog({ kind: 'export', records, ids: initial });
  };

  const runExport = async (ids: string[], format: ExportFormat, progress: (msg: string) => void) => {
    const { fileStamp, ResultsExportError, resultsFileBytes, safeFileName, unusedFileName } = await loadIo();
    const api = getDesktopApi();
    const meta = { exportedAt: new Date().toISOString(), appVersion: (await api.getAppInfo()).version };
    const first = ids[0] === undefined ? undefined : await repo.get(ids[0]);
    const one = ids.length === 1 && first ? first.name : null;
    const date = fileStamp(new Date());
    let bytes: Uint8Array;
    let defaultName: string;
    if (format === 'json') {
      bytes = await scenarioFileBytes(repo.db.name, ids, meta);
      defaultName = one ? `${safeFileName(one)}.json` : unusedFileName(safeFileName(t('file.library', { date })), 'json');
    } else {
      progress(t('export.computing'));
      const scenarios: Scenario[] = [];
      // `get` resolves a derived scenario through its parents (the stored copy is a cache).
      for (const id of ids) {
        const rec = await repo.get(id);
        if (rec) scenarios.push(rec.scenario);
      }
      try {
        bytes = await resultsFileBytes(format, scenarios, meta);
      } catch (err) {
        if (err instanceof ResultsExportError)
          throw new Error(t('export.engineFailed', { name: err.scenarioName, message: err.detail }), { cause: err });
        throw err;
      }
      const base = one ? t('file.resultsOne', { name: one, date }) : t('file.results', { name: first?.name ?? '', others: ids.length - 1, date });
      defaultName = unusedFileName(safeFileName(base), format === 'xlsx' ? 'xlsx' : 'csv');
    }
    progress(t('export.saving'));
    const filter = ({ json: ['filter.scenario', 'json'], xlsx: ['filter.excel', 'xlsx'], csv: ['filter.csv', 'csv'], csvLong: ['filter.csv', 'csv'] } as const)[
      format
    ];
    const saved = await api.saveFile({
      title: t('export.title'),
      defaultName,
      filters: [{ name: t(filter[0]), extensions: [filter[1]] }],
      bytes,
    });
    close();
    const name = saved.name ?? defaultName;
    if (saved.saved) setNotice({ ok: true, text: saved.folder ? t('export.doneIn', { name, folder: saved.folder }) : t('export.done', { name }) });
  };

  const startImport = async () => {
    setNotice(null);
    // what shows the file loads while the user picks it (the engine worker checks it)
    const io = loadIo();
    io.catch(() => {}); // a failure is reported where it is awaited, if the user picks a file
    void loadImportDialog().catch(() => {});
    const file = await getDesktopApi().openFile({
      title: t('import.pick'),
      filters: [{ name: t('filter.scenario'), extensions: ['json'] }],
    });
    if (!file) return;
    const { checkImportFrom } = await io;
    setDialog({ kind: 'import', fileName: file.name, check: await checkImportFrom(file.bytes, repo) });
  };

  const backup = async () => {
    setNotice(null);
    const { fileStamp, unusedFileName } = await loadIo();
    const api = getDesktopApi();
    const content = await repo.backupContent();
    const bytes = await backupFileBytes(content, new Date().toISOString(), (await api.getAppInfo()).version);
    const defaultName = unusedFileName(t('file.backup', { date: fileStamp(new Date()) }), 'json');
    const saved = await api.saveFile({
      title: t('backup.title'),
      defaultName,
      filters: [{ name: t('filter.backup'), extensions: ['json'] }],
      bytes,
    });
    const count = content.scenarios.length + content.derived.length;
    const name = saved.name ?? defaultName;
    if (saved.saved) setNotice({ ok: true, text: saved.folder ? t('backup.doneIn', { count, name, folder: saved.folder }) : t('backup.done', { count, name }) });
  };

  const checkBackup = async (fileName: string, bytes: Uint8Array, acceptChecksumMismatch = false) => {
    const records = await repo.list();
    const presets = records.filter((r) => r.kind === 'preset').map((r) => r.scenario);
    const parsed = await checkBackupFile(bytes, presets, acceptChecksumMismatch);
    setDialog({
      kind: 'restore',
      fileName,
      bytes,
      parsed,
      currentCount: records.filter((r) => r.kind === 'user').length,
    });
  };
  const startRestore = async () => {
    setNotice(null);
    const file = await getDesktopApi().openFile({
      title: t('restore.pick'),
      filters: [{ name: t('filter.backup'), extensions: ['json'] }],
    });
    if (file) await checkBackup(file.name, file.bytes);
  };

  const onRequest = useEffectEvent((request: IoRequest) => {
    if (request.kind === 'import') void startImport().catch(fail('import.failed'));
    else void openExport(request.ids).catch(fail('export.failed'));
  });
  useEffect(() => handleIoRequests((request) => onRequest(request)), []);

  return (
    <>
      <div className="io-toolbar" role="group" aria-label={t('action.group')}>
        <button
          type="button"
          className="btn"
          onClick={() => void startImport().catch(fail('import.failed'))}
          data-testid="btn-import"
        >
          {t('action.import')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void openExport().catch(fail('export.failed'))}
          data-testid="btn-export"
        >
          {t('action.export')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void backup().catch(fail('backup.failed'))}
          data-testid="btn-backup"
        >
          {t('action.backup')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void startRestore().catch(fail('restore.failed'))}
          data-testid="btn-restore"
        >
          {t('action.restore')}
        </button>
      </div>
      {notice && (
        <div
          className={`io-notice ${notice.ok ? 'good' : 'bad'}`}
          role={notice.ok ? 'status' : 'alert'}
          data-testid="io-notice"
        >
          <span>{notice.text}</span>
          <button type="button" className="btn ghost" onClick={() => setNotice(null)} aria-label={t('action.close')}>
            ×
          </button>
        </div>
      )}
      {dialog?.kind === 'export' && (
        <ExportDialog records={dialog.records} initialIds={dialog.ids} onCancel={close} onExport={runExport} />
      )}
      {dialog?.kind === 'import' && (
        <Suspense fallback={null}>
          <ImportDialog
            fileName={dialog.fileName}
            check={dialog.check}
            onCancel={close}
            onConfirm={async (plan) => {
              if (!dialog.check.ok) return;
              const { importChecked } = await loadIo();
              const out = await importChecked(dialog.check, plan.mode, repo);
              close();
              setNotice({ ok: true, text: t('import.done', { count: out.length }) });
            }}
          />
        </Suspense>
      )}
      {dialog?.kind === 'restore' && (
        <RestoreDialog
          fileName={dialog.fileName}
          parsed={dialog.parsed}
          currentCount={dialog.currentCount}
          onCancel={close}
          onAcceptMismatch={() => void checkBackup(dialog.fileName, dialog.bytes, true).catch(fail('restore.failed'))}
          onConfirm={async (parsed) => {
            const out = await repo.restoreBackup(parsed.content);
            close();
            setNotice({ ok: true, text: t('restore.done', { count: out.length }) });
          }}
        />
      )}
    </>
  );
}
