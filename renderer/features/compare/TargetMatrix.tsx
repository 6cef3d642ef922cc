import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '../../../shared/engine/results';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';
import { marginText, peakOfTarget, valueText } from '../../components/results/TargetTable';
import { plateauText, reboundText } from '../../components/results/peak-text';
import type { ComparedRun } from './compare-chart-options';
import { cellVerdict, targetMatrix, targetsMet, type MatrixRow } from '../../../shared/engine/compare';

/** `t` is the results namespace's: target words are shared with the results panel. */
type Props = {
  runs: readonly ComparedRun[];
  fmt: NumberFormatter;
  t: Translate;
  labelOf(run: ComparedRun, status: TargetStatus): string;
};

function period(row: MatrixRow, t: Translate): string {
  if (row.metric === 'peakYear') return t('targets.byYear', { year: row.year });
  return row.fromYear !== undefined
    ? t('targets.period', { from: row.fromYear, to: row.year })
    : t('targets.inYear', { year: row.year });
}

function statusWord(s: TargetStatus, t: Translate): string {
  return s.met === null ? t('targets.unknown') : s.met ? t('targets.met') : t('targets.missed');
}

/** Under a peak-year target: the scenario's highest year and plateau, or the rebound that rules the peak out. */
function PeakNote({ run, fmt, t }: { run: ComparedRun; fmt: NumberFormatter; t: Translate }) {
  const { peak } = run.results;
  const rebound = reboundText(peak, fmt, t);
  const plateau = plateauText(peak, fmt, t);
  if (!rebound && !plateau) return null;
  // the year a peak-year target was judged on, when the plateau reaches the tolerance before the highest year
  const reached = peak.holds && peak.reachedYear !== peak.year ? t('kpi.reached', { year: peak.reachedYear }) : null;
  return (
    <div className={`cmp-peak-note${rebound ? ' bad' : ''}`} data-testid={`matrix-peak-note-${run.id}`}>
      {rebound ? `${t('kpi.highestIn', { year: peak.year })}；${rebound}` : [t('kpi.highestIn', { year: peak.year }), plateau, reached].filter(Boolean).join('；')}
    </div>
  );
}

/**
 * Which scenario meets which target, as the engine judged it (TargetStatus):
 * one row per kind of target and period, one column per scenario; each cell
 * gives the scenario's own target value, met or missed, and the margin.
 */
export function TargetMatrix({ runs, fmt, t, labelOf }: Props) {
  const { t: tc } = useTranslation('compare');
  const rows = targetMatrix(runs.map((r) => r.results));
  if (!rows.length) return <p className="muted">{tc('matrix.none')}</p>;
  return (
    <div className="res-table-wrap cmp-fit">
      <table className="res-table cmp-matrix" data-testid="target-matrix">
        <thead>
          <tr>
            <th scope="col">{tc('matrix.target')}</th>
            {runs.map((r) => (
              <th key={r.id} scope="col">
                <span className="cmp-swatch" style={{ background: r.color }} aria-hidden="true" /> {r.name}
                <div className="cmp-matrix-summary" data-testid={`matrix-summary-${r.id}`}>
                  {tc('matrix.summary', targetsMet(r.results))}
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`matrix-row-${row.key}`}>
              <th scope="row">
                {t(`targets.metric.${row.metric}`)}
                <div className="res-target-metric">{period(row, t)}</div>
              </th>
              {row.cells.map((cell, i) => {
                const run = runs[i]!;
                const verdict = cellVerdict(cell);
                return (
                  <td
                    key={run.id}
                    className={`cmp-matrix-cell ${verdict}`}
                    data-testid={`matrix-cell-${run.id}-${row.key}`}
                    data-met={verdict}
                  >
                    {cell.length === 0 && <span className="muted small">{tc('matrix.notSet')}</span>}
                    {cell.map((s) => (
                      <div key={s.id} className="cmp-matrix-target" title={labelOf(run, s)}>
                        <span className={`res-status ${s.met === null ? 'unknown' : String(s.met)}`}>
                          {statusWord(s, t)}
                        </span>{' '}
                        <span className="nowrap">
                          {valueText(s, s.target, fmt, t, 'target', peakOfTarget(s, run.results) ?? false)}
                        </span>
                        {s.binding && <span className="res-kind binding">{t('targets.binding')}</span>}
                        <div className="res-margin">{marginText(s, fmt, t, peakOfTarget(s, run.results) ?? false)}</div>
                        {s.metric === 'peakYear' && <PeakNote run={run} fmt={fmt} t={t} />}
                      </div>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
