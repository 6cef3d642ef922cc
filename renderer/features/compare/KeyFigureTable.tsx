import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberFormatter, UnitId } from '../results/format';
import type { ComparedRun } from './compare-chart-options';
import {
  BETTER,
  KEY_METRIC_DIFF_UNITS,
  KEY_METRIC_UNITS,
  KEY_METRICS,
  keyFigures,
  peakFigures,
  type Figure,
} from './key-figures';

type Props = { runs: readonly ComparedRun[]; years: readonly number[]; fmt: NumberFormatter };

type Row = {
  metric: keyof typeof BETTER;
  unit: UnitId | null;
  diffUnit: UnitId;
  token: string;
  figures: Figure[];
  text?: (f: Figure, i: number) => string;
};

/** good/bad colour of a difference: whether the scenario is better than the reference on this figure. */
function tone(metric: keyof typeof BETTER, diff: number | null): string {
  if (diff === null || Math.abs(diff) < 1e-12 || BETTER[metric] === 'neutral') return '';
  return diff < 0 === (BETTER[metric] === 'lower') ? ' good' : ' bad';
}

/**
 * Key figures of each scenario in each chosen year, and its difference to the
 * reference (absolute in the figure's unit, relative in %). Each cell carries
 * the unrounded engine value in `data-value` (and the differences in
 * `data-diff`, `data-diff-pct`) for tests and copying.
 */
export function KeyFigureTable({ runs, years, fmt }: Props) {
  const { t } = useTranslation('compare');
  const runsResults = runs.map((r) => r.results);
  const groups: { key: string; title: string; rows: Row[] }[] = years.map((year) => ({
    key: String(year),
    title: t('table.yearGroup', { year }),
    rows: KEY_METRICS.map((metric) => ({
      metric,
      unit: KEY_METRIC_UNITS[metric],
      diffUnit: KEY_METRIC_DIFF_UNITS[metric],
      token: String(year),
      figures: keyFigures(runsResults, metric, year),
    })),
  }));
  const peak = peakFigures(runsResults);
  groups.push({
    key: 'peak',
    title: t('table.peakGroup'),
    rows: [
      {
        metric: 'peakYear',
        unit: null,
        diffUnit: 'year',
        token: 'all',
        figures: peak.year,
        text: (f) => (f.value === null ? t('table.noPeak') : String(f.value)),
      },
      { metric: 'peakCo2', unit: 'wanTCo2', diffUnit: 'wanTCo2', token: 'all', figures: peak.co2 },
    ],
  });

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
                    return (
                      <td
                        key={runs[i]!.id}
                        className={`num${f.value === null ? ' muted' : ''}`}
                        data-testid={`compare-cell-${runs[i]!.id}-${row.metric}-${row.token}`}
                        data-value={f.value === null ? '' : String(f.value)}
                        data-diff={f.diff === null ? '' : String(f.diff)}
                        data-diff-pct={f.diffPct === null ? '' : String(f.diffPct)}
                      >
                        <div className="cmp-value">{valueText(row, f, i)}</div>
                        {diff && <div className={`cmp-diff${tone(row.metric, f.diff)}`}>{diff}</div>}
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
