import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HISTORY_METRICS,
  historyEntry,
  historyYears,
  nextHistoryYear,
  removeHistoryYear,
  setHistoryNote,
  setHistoryValue,
  type HistoryMetric,
} from '../../../../shared/model/ops-history';
import { NumberField } from '../../../components/fields/NumberField';
import { SourceNote } from '../../../components/fields/SourceNote';
import { TextField } from '../../../components/fields/TextField';
import { useCapacityText } from '../../../components/fields/capacity';
import { sameItems, useEditor, useScenario, useYears } from '../EditorContext';
import { GUIDED_START_NOTE } from '../../../../shared/model/from-basics';

/** Each column's unit (the schema's: 亿元, 万tce, 亿kWh, MW, 亿kWh). */
const UNIT = {
  gdpYiYuan: 'yiYuan',
  energyWanTce: 'wanTce',
  electricityUseYiKWh: 'yiKWh',
  localCapacityMW: 'mw',
  localGenerationYiKWh: 'yiKWh',
} as const satisfies Record<HistoryMetric, string>;

/** One published value: the number, where it comes from (tag), and the user's note on the source. */
const HistoryCell = memo(function HistoryCell({ metric, year }: { metric: HistoryMetric; year: number }) {
  const { t } = useTranslation('editor');
  const { change, readOnly } = useEditor();
  const entry = useScenario((s) => historyEntry(s, metric, year));
  const path = `history.${metric}.${year}`;
  const name = t(`history.columns.${metric}`);
  const typed = entry?.source.kind === 'user' ? (entry.source.note ?? '') : '';
  // the guided start's marker in the editor's words; a note typed over it replaces it
  const note = typed === GUIDED_START_NOTE ? t('history.enteredBasics') : typed;
  return (
    <div className="history-cell" data-testid={`history-cell-${metric}-${year}`}>
      <span className="share-cell">
        <NumberField
          value={entry?.value}
          optional
          min={0}
          label={t('history.cellLabel', { year, metric: name })}
          testId={`${path}.value`}
          disabled={readOnly}
          className="w-cell"
          onCommit={(v) => change((s) => setHistoryValue(s, metric, year, v), `${path}.value`, `${path}.value`, true)}
        />
        {entry && <SourceNote source={entry.source} testId={path} compact />}
      </span>
      {entry && (
        <TextField
          value={note}
          label={t('history.sourceNote', { year, metric: name })}
          placeholder={t('history.sourcePlaceholder')}
          testId={`${path}.note`}
          disabled={readOnly}
          className="history-note"
          onCommit={(text) => change((s) => setHistoryNote(s, metric, year, text), `${path}.source`, `${path}.source`, true)}
        />
      )}
    </div>
  );
});

/**
 * 实际统计: published statistics by year, each value with its source. A year
 * added here stays a row of this view until it holds a value (an empty year
 * is nothing the scenario can store); removing a year is one edit.
 */
export function HistoryPanel() {
  const { t } = useTranslation('editor');
  const capacity = useCapacityText();
  const { change, get, readOnly } = useEditor();
  const { baseYear, endYear } = useYears();
  const stored = useScenario(historyYears, sameItems);
  const [added, setAdded] = useState<number[]>([]);
  const shown = [...new Set([...stored, ...added])].sort((a, b) => a - b);
  const [year, setYear] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const offered = year ?? nextHistoryYear(get(), shown);

  const add = () => {
    if (offered === undefined) return;
    if (offered < baseYear || offered > endYear) return setError(t('history.yearOutside', { from: baseYear, to: endYear }));
    if (shown.includes(offered)) return setError(t('history.yearTaken', { year: offered }));
    setError(null);
    setAdded((a) => [...a, offered]);
    setYear(undefined);
  };
  const remove = (y: number) => {
    setAdded((a) => a.filter((x) => x !== y));
    if (stored.includes(y)) void change((s) => removeHistoryYear(s, y), 'history', `remove-history-${y}`).then((m) => setError(m[0] ?? null));
  };

  return (
    <div className="rows" data-testid="history-panel">
      <p className="panel-note muted small">{t('history.note')}</p>
      <div className="table-scroll">
        <table className="grid history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.year')}</th>
              {HISTORY_METRICS.map((m) => (
                <th scope="col" key={m}>
                  {t(`history.columns.${m}`)} ({UNIT[m] === 'mw' ? capacity.label : t(`units.${UNIT[m]}`)})
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('ledger.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((y) => (
              <tr key={y} data-testid={`history-row-${y}`} className={stored.includes(y) ? undefined : 'history-pending'}>
                <th scope="row">
                  {y}
                  {!stored.includes(y) && <div className="muted small">{t('history.pendingRow')}</div>}
                </th>
                {HISTORY_METRICS.map((m) => (
                  <td key={m}>
                    <HistoryCell metric={m} year={y} />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="btn ghost icon danger"
                    disabled={readOnly}
                    aria-label={t('history.removeYear', { year: y })}
                    title={t('history.removeYear', { year: y })}
                    data-testid={`btn-remove-history-${y}`}
                    onClick={() => remove(y)}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={HISTORY_METRICS.length + 2} className="empty muted">
                  {t('history.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {error && (
        <p className="field-msg" role="alert" data-testid="error-history">
          {error}
        </p>
      )}
      <div className="row-actions history-add">
        <NumberField
          value={offered}
          integer
          optional
          label={t('history.newYear')}
          testId="history-new-year"
          disabled={readOnly || offered === undefined}
          className="w-year"
          onCommit={(v) => setYear(v)}
        />
        <button type="button" className="btn" disabled={readOnly || offered === undefined} data-testid="btn-add-history-year" onClick={add}>
          + {t('history.addYear')}
        </button>
      </div>
    </div>
  );
}
