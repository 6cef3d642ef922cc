import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLedgerFile, type LedgerPreview, type LedgerRow } from '../../../shared/io/ledger-import';
import { usedIds } from '../../../shared/model/ops';
import type { Scenario } from '../../../shared/model/scenario';
import { TYPICAL_HOURS } from '../../../seeds/reference/typical';
import { Modal } from '../../components/Modal';
import { getDesktopApi } from '../../platform/desktop';
import { useCapacityText, useCapacityUnit } from '../../components/fields/capacity';
import { LedgerTemplateButton } from './LedgerTemplateButton';
import { importableRows, rawCell, rowStatus, withLedgerRows } from './ledger-rows';
import { issueText } from '../../i18n/issue-text';
import './io.css';

type Loaded = { fileName: string; bytes: Uint8Array; preview: LedgerPreview };

/** The open scenario and how to change it (the editor's API, handed in by whoever shows the button). */
export type LedgerTarget = {
  get(): Scenario;
  change(apply: (s: Scenario) => Scenario, path: string, undoKey?: string): Promise<string[]>;
  readOnly: boolean;
};

type Props = {
  target: LedgerTarget;
  onClose(): void;
  /** after the projects were added (one undoable edit) */
  onImported?(count: number): void;
};

/**
 * 从台账导入: pick a CSV or .xlsx ledger, see every row with its errors and
 * warnings, tick the rows to take, and add them to the open scenario's project
 * ledger as one edit (one undo step) through the editor's change API.
 */
export function LedgerImportDialog({ target, onClose, onImported }: Props) {
  const { t, i18n } = useTranslation('io');
  // a capacity column whose header names no unit is read in the unit the planner works in
  const capacityUnit = useCapacityUnit(i18n.language);
  const { get, change, readOnly } = target;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const read = async (fileName: string, bytes: Uint8Array, sheet?: string) => {
    const s = get();
    const preview = await parseLedgerFile(bytes, { existingIds: usedIds(s), baseYear: s.baseYear, defaultHours: TYPICAL_HOURS, fileName, capacityUnit, ...(sheet ? { sheet } : {}) });
    setLoaded({ fileName, bytes, preview });
    setChosen(new Set(importableRows(preview)));
  };
  const pick = async () => {
    setError(null);
    const file = await getDesktopApi().openFile({ title: t('ledger.title'), filters: [{ name: t('filter.ledger'), extensions: ['csv', 'xlsx'] }] });
    if (!file) return;
    setBusy(true);
    try {
      await read(file.name, file.bytes);
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    if (!loaded) return;
    const { added } = withLedgerRows(get(), loaded.preview, chosen);
    if (!added.length) return;
    // a key of its own, so the import is one undo step and never merges with a neighbouring edit
    const refused = await change((s) => withLedgerRows(s, loaded.preview, chosen).next, 'electricity.projects', `ledger-import-${Date.now()}`);
    if (refused.length) return setError(t('ledger.refused', { message: refused.join('; ') }));
    onImported?.(added.length);
    onClose();
  };

  const preview = loaded?.preview;
  const selectable = preview ? importableRows(preview) : [];
  const count = selectable.filter((n) => chosen.has(n)).length;
  return (
    <Modal title={t('ledger.title')} onClose={onClose} testId="ledger-import-dialog">
      <div className="io-wide io-ledger">
        <div className="io-row">
          <p className="muted small io-grow">{t('ledger.intro')}</p>
          <LedgerTemplateButton unit={capacityUnit} />
          <button type="button" className="btn" onClick={() => void pick().catch((e: unknown) => setError(String(e)))} disabled={busy} data-testid="btn-ledger-pick">
            {busy ? t('ledger.reading') : loaded ? t('ledger.pickOther') : t('ledger.pick')}
          </button>
        </div>
        {loaded && preview && (
          <>
            <SourceLine loaded={loaded} onSheet={(sheet) => void read(loaded.fileName, loaded.bytes, sheet)} />
            {preview.headerProblems.length > 0 && (
              <ul className="io-list io-header-problems" data-testid="ledger-header-problems">
                {preview.headerProblems.map((h, i) => (
                  <li key={i} className={h.fatal ? 'io-msg-error' : 'io-msg-warning'}>
                    {h.column && <code className="io-path">{h.column}</code>}
                    <span>{issueText(h, t)}</span>
                  </li>
                ))}
              </ul>
            )}
            {preview.rows.length > 0 && (
              <>
                <div className="io-row">
                  <span className="small io-grow" data-testid="ledger-summary">
                    {t('ledger.summary', { rows: preview.rows.length, valid: preview.validCount, errors: preview.rows.filter((r) => rowStatus(r) === 'error').length })}
                  </span>
                  <button type="button" className="btn ghost" onClick={() => setChosen(new Set(selectable))}>
                    {t('ledger.selectAll')}
                  </button>
                  <button type="button" className="btn ghost" onClick={() => setChosen(new Set())}>
                    {t('ledger.selectNone')}
                  </button>
                </div>
                <PreviewTable preview={preview} chosen={chosen} onToggle={(n) => setChosen((prev) => toggled(prev, n))} />
              </>
            )}
          </>
        )}
        {error && (
          <p className="banner bad" role="alert" data-testid="ledger-import-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="button" className="btn primary" disabled={readOnly || count === 0} onClick={() => void apply()} data-testid="btn-ledger-import-confirm">
            {t('ledger.confirm', { count })}
          </button>
        </div>
      </div>
    </Modal>
  );
}

function toggled(prev: ReadonlySet<number>, n: number): Set<number> {
  const next = new Set(prev);
  if (!next.delete(n)) next.add(n);
  return next;
}

function SourceLine({ loaded, onSheet }: { loaded: Loaded; onSheet(sheet: string): void }) {
  const { t } = useTranslation('io');
  const p = loaded.preview;
  const bits = [t('ledger.source', { file: loaded.fileName, format: p.format.toUpperCase() })];
  if (p.encoding) bits.push(t('ledger.encoding', { encoding: p.encoding.toUpperCase() }));
  if (p.headerRow !== null) bits.push(t('ledger.headerRow', { row: p.headerRow }));
  return (
    <div className="io-row small" data-testid="ledger-source">
      <span className="io-grow">{bits.join(' · ')}</span>
      {p.sheets && p.sheets.length > 1 && (
        <label className="inline-label">
          {t('ledger.sheet')}
          <select value={p.sheet} onChange={(e) => onSheet(e.target.value)} data-testid="ledger-sheet">
            {p.sheets.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      )}
      {p.capacity && (
        <span data-testid="ledger-capacity-unit">
          {t(p.capacity.from === 'header' ? 'ledger.capacityFromHeader' : 'ledger.capacityFromSetting', { unit: p.capacity.unit.label, column: p.capacity.column })}
        </span>
      )}
      {p.ignoredColumns.length > 0 && <span className="muted">{t('ledger.ignored', { columns: p.ignoredColumns.join('、') })}</span>}
    </div>
  );
}

function PreviewTable({ preview, chosen, onToggle }: { preview: LedgerPreview; chosen: ReadonlySet<number>; onToggle(n: number): void }) {
  const { t } = useTranslation(['io', 'editor']);
  const capacity = useCapacityText();
  const cell = (row: LedgerRow, field: 'name' | 'type' | 'capacity' | 'commissioningYear' | 'status') => {
    const g = row.project;
    if (!g) return rawCell(preview, row, field);
    if (field === 'name') return g.name;
    if (field === 'type') return t(`editor:genTypes.${g.type}`);
    if (field === 'capacity') return capacity.format(g.capacityMW);
    if (field === 'commissioningYear') return String(g.commissioningYear);
    return t(`editor:statuses.${g.status}`);
  };
  return (
    <div className="io-table-scroll io-ledger-scroll">
      <table className="io-table io-ledger-table">
        <thead>
          <tr>
            {(['pick', 'row', 'name', 'type', 'capacity', 'year', 'status', 'messages'] as const).map((c) => (
              <th key={c} scope="col" className={`io-col-${c}`}>
                {c === 'capacity' ? t('ledger.col.capacity', { unit: capacity.label }) : t(`ledger.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => {
            const status = rowStatus(row);
            const importable = !!row.project && !row.errors.length;
            return (
              <tr key={row.rowNumber} data-testid={`ledger-preview-row-${row.rowNumber}`} data-status={status} className={`io-row-${status}`}>
                <td>
                  <input
                    type="checkbox"
                    checked={importable && chosen.has(row.rowNumber)}
                    disabled={!importable}
                    onChange={() => onToggle(row.rowNumber)}
                    aria-label={`${t('ledger.col.pick')} ${row.rowNumber}`}
                    data-testid={`ledger-pick-${row.rowNumber}`}
                  />
                </td>
                <td className="num">{row.rowNumber}</td>
                <td>{cell(row, 'name')}</td>
                <td>{cell(row, 'type')}</td>
                <td className="num">{cell(row, 'capacity')}</td>
                <td className="num">{cell(row, 'commissioningYear')}</td>
                <td>{cell(row, 'status')}</td>
                <td className="io-messages">
                  {row.skipped ? (
                    <span className="io-msg-warning">{t('ledger.skipped')}</span>
                  ) : row.messages.length === 0 ? (
                    <span className="io-msg-ok">{t('ledger.ok')}</span>
                  ) : (
                    <ul>
                      {row.messages.map((m, i) => (
                        <li key={i} className={`io-msg-${m.level}`}>
                          {(m.column ?? m.field) && <strong>{m.column ?? (m.field && t(`ledger.field.${m.field}`))}: </strong>}
                          {issueText(m, t)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
