import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { diffVerdict, KEY_METRIC_UNITS, keyFigureTable, yearResult, type Figure, type KeyFigureRow } from '../../../shared/engine/compare';
import type { YearResult } from '../../../shared/engine/results';
import { unitOf, type NumberFormatter, type UnitId } from '../../components/results/format';
import type { ComparedRun } from './compare-chart-options';

type Props = { runs: readonly ComparedRun[]; years: readonly number[]; fmt: NumberFormatter };

type Row = KeyFigureRow & {
  unit: UnitId | null;
  diffUnit: UnitId;
  token: string;
  text?: (f: Figure, i: number) => string;
  /** a line under the value (the peak's plateau or rebound) */
  note?: (run: ComparedRun) => { text: string; bad: boolean } | null;
};

/** Which published statistics a figure of a year rests on (marked 实际 in its cell). */
const ACTUAL_OF: Partial<Record<KeyFigureRow['metric'], (y: YearResult) => boolean>> = {
  gdp: (y) => y.actual.gdp,
  energy: (y) => y.actual.energy,
  co2: (y) => y.actual.energy,
  energyPerGdp: (y) => y.actual.gdp && y.actual.energy,
  co2PerGdp: (y) => y.actual.gdp && y.actual.energy,
};

const TONE = { better: ' good', worse: ' bad' } as const;

/** good/bad colour of a difference: whether the scenario is better than the reference on this figure. */
function tone(metric: Row['metric'], diff: number | null): string {
  const v = diffVerdict(metric, diff);
  return v ? TONE[v] : '';
}

/**
 * Key figures of each scenario in each chosen year, and its difference to the
 * reference (absolute in the figure's unit, relative in %), as the shared
 * comparison builds them (the printed report shows the same table). Each cell
 * carries the unrounded engine value in `data-value` (and the differences in
 * `data-diff`, `data-diff-pct`) for tests and copying.
 */
export function KeyFigureTable({ runs, years, fmt }: Props) {
  const { t } = useTranslation('compare');
  const peakNote = (run: ComparedRun) => {
    const { peak } = run.results;
    if (peak.rebound) return { text: t('table.rebound', { year: peak.rebound.year }), bad: true };
    if (peak.plateau.fromYear !== peak.plateau.toYear) return { text: t('table.plateau', { from: peak.plateau.fromYear, to: peak.plateau.toYear }), bad: false };
    return null;
  };
  const groups = keyFigureTable(
    runs.map((r) => r.results),
    years,
  ).map((g) => ({
    key: g.year === null ? 'peak' : String(g.year),
    year: g.year,
    title: g.year === null ? t('table.peakGroup') : t('table.yearGroup', { year: g.year }),
    rows: g.rows.map((row): Row => {
      if (row.metric === 'peakYear') {
        return { ...row, unit: null, diffUnit: 'year', token: 'all', text: (f) => (f.value === null ? t('table.noPeak') : String(f.value)), note: peakNote };
      }
      const unit = unitOf(KEY_METRIC_UNITS[row.metric]);
      return { ...row, unit, diffUnit: unit === 'pct' ? 'pp' : unit, token: g.year === null ? 'all' : String(g.year) };
    }),
  }));

  const valueText = (row: Row, f: Figure, i: number) => {
    if (row.text) return row.text(f, i);
    return f.value === null || row.unit === null ? t('table.outside') : fmt.num(f.value, row.unit);
  };
  const diffText = (row: Row, f: Figure) => {
    if (f.diff === null) return null;
    const abs =
      row.diffUnit === 'year'
        ? t('table.yearsDiff', { value: fmt.num(f.diff, 'year', { signed: true }) })
        : fmt.withUnit(f.diff, row.diffUnit, { signed: true });
    return f.diffPct === null ? abs : t('table.diff', { abs, pct: fmt.withUnit(f.diffPct, 'pct', { signed: true }) });
  };

  return (
    <div className="res-table-wrap cmp-fit">
      <table className="res-table cmp-table" data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('table.metric')}</th>
            {runs.map((r, i) => (
              <th key={r.id} scope="col" className="num">
                <span className="cmp-swatch" style={{ background: r.color }} aria-hidden="true" /> {r.name}
                {i === 0 && <span className="cmp-ref-tag">{t('table.reference')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.key}>
              <tr className="cmp-group">
                <th scope="colgroup" colSpan={runs.length + 1}>
                  {g.title}
                </th>
              </tr>
              {g.rows.map((row) => (
                <tr key={row.metric}>
                  <th scope="row">
                    {t(`table.metrics.${row.metric}`)}
                    {row.unit && <span className="cmp-unit"> {fmt.unit(row.unit)}</span>}
                  </th>
                  {row.figures.map((f, i) => {
                    const diff = diffText(row, f);
                    const run = runs[i]!;
                    const note = row.note?.(run) ?? null;
                    const y = g.year === null ? undefined : yearResult(run.results, g.year);
                    const actual = y !== undefined && (ACTUAL_OF[row.metric]?.(y) ?? false);
                    return (
                      <td
                        key={runs[i]!.id}
                        className={`num${f.value === null ? ' muted' : ''}`}
                        data-testid={`compare-cell-${runs[i]!.id}-${row.metric}-${row.token}`}
                        data-value={f.value === null ? '' : String(f.value)}
                        data-diff={f.diff === null ? '' : String(f.diff)}
                        data-diff-pct={f.diffPct === null ? '' : String(f.diffPct)}
                        data-actual={actual ? 'true' : undefined}
                      >
                        <div className="cmp-value">
                          {valueText(row, f, i)}
                          {actual && <span className="cmp-actual">{t('table.actual')}</span>}
                        </div>
                        {diff && <div className={`cmp-diff${tone(row.metric, f.diff)}`}>{diff}</div>}
                        {note && <div className={`cmp-peak-note${note.bad ? ' bad' : ''}`}>{note.text}</div>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
