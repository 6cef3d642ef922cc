import { useTranslation } from 'react-i18next';
import {
  ROLLUP_METRICS,
  ROLLUP_RATIOS,
  type Rollup,
  type RollupMetric,
  type RollupRatio,
  type RollupRow,
  type RollupYear,
} from '../../../shared/engine/rollup';
import type { NumberFormatter, UnitId } from '../../components/results/format';

const METRIC_UNIT: Record<RollupMetric, UnitId> = {
  gdp: 'yiYuan',
  energy: 'wanTce',
  co2: 'wanTCo2',
  renewableCapacityMW: 'mw',
  electricity: 'yiKWh',
};
const RATIO_UNIT: Record<RollupRatio, UnitId> = { energyPerGdp: 'tcePerWanYuan', co2PerGdp: 'tCo2PerWanYuan', nonFossilShare: 'pct' };

type Props = { rollup: Rollup; years: readonly number[]; fmt: NumberFormatter };

type Line = {
  key: string;
  label: string;
  /** the member's scenario, under its region (two scenarios of one county may be attached) */
  sub?: string;
  kind: 'member' | 'sum' | 'remainder' | 'city' | 'difference';
  row: (y: RollupYear) => RollupRow | null;
};

/** The rows of every table: the counted members in the order of `RollupYear.members`, then the totals. */
function useLines(rollup: Rollup): Line[] {
  const { t, i18n } = useTranslation('rollup');
  const en = i18n.language === 'en';
  const counted = rollup.members.filter((m) => m.status === 'counted');
  return [
    ...counted.map((m, i): Line => ({ key: `m${i}`, label: m.label, sub: (en && m.scenarioNameEn) || m.scenarioName || undefined, kind: 'member', row: (y) => y.members[i] ?? null })),
    { key: 'sum', label: t('rows.sum'), kind: 'sum', row: (y) => y.sum },
    { key: 'remainder', label: t('rows.remainder'), kind: 'remainder', row: (y) => y.remainder },
    { key: 'city', label: t('rows.city'), kind: 'city', row: (y) => y.city },
  ];
}

/**
 * One table per summed figure: the members, their sum, the rest of the city
 * and the city's own scenario in each plan year, each with its share of the
 * city, and the difference between the sum and the city. Cells carry the
 * engine's unrounded value in `data-value`.
 */
export function MetricTables({ rollup, years, fmt }: Props) {
  const { t } = useTranslation('rollup');
  const lines = useLines(rollup);
  const rows = years.map((y) => rollup.rows.find((r) => r.year === y)).filter((r): r is RollupYear => r !== undefined);
  const share = (v: number | null) => (v === null ? '—' : fmt.withUnit(v, 'pct'));
  return (
    <>
      {ROLLUP_METRICS.map((metric) => {
        const unit = METRIC_UNIT[metric];
        return (
          <section key={metric} className="res-section rollup-section" aria-labelledby={`rollup-h-${metric}`}>
            <h3 id={`rollup-h-${metric}`}>
              {t(`metrics.${metric}`)} <span className="muted small">{t('cols.unit', { unit: fmt.unit(unit) })}</span>
            </h3>
            <div className="res-table-wrap">
              <table className="res-table rollup-table" data-testid={`rollup-table-${metric}`}>
                <thead>
                  <tr>
                    <th scope="col">{t('cols.region')}</th>
                    {rows.map((r) => (
                      <th key={r.year} scope="col" className="num">
                        {t('cols.year', { year: r.year })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {lines.map((line) => (
                    <tr key={line.key} className={`rollup-row-${line.kind}`} data-testid={`rollup-row-${metric}-${line.key}`}>
                      <th scope="row">
                        {line.label}
                        {line.sub && <div className="muted small">{line.sub}</div>}
                      </th>
                      {rows.map((y) => {
                        const row = line.row(y);
                        if (!row) return <td key={y.year} />;
                        const v = row.figures[metric];
                        return (
                          <td key={y.year} className={`num${v < 0 ? ' bad' : ''}`} data-value={v} data-year={y.year}>
                            {fmt.num(v, unit)}
                            {line.kind !== 'city' && <div className="muted small nowrap">{t('cells.share', { pct: share(row.sharePct[metric]) })}</div>}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                  <tr className="rollup-row-difference" data-testid={`rollup-row-${metric}-difference`}>
                    <th scope="row">{t('rows.difference')}</th>
                    {rows.map((y) => (
                      <td key={y.year} className="num" data-value={y.difference.figures[metric]} data-year={y.year}>
                        {fmt.num(y.difference.figures[metric], unit, { signed: true })}
                        <div className="muted small nowrap">
                          {y.difference.pct[metric] === null ? '—' : fmt.withUnit(y.difference.pct[metric], 'pct', { signed: true })}
                        </div>
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}

/**
 * Intensities and the non-fossil share, which do not add up: each member's
 * own, and for the sum and the rest of the city the ratio of their summed
 * parts, as the engine gives them.
 */
export function RatioTables({ rollup, years, fmt }: Props) {
  const { t } = useTranslation('rollup');
  const lines = useLines(rollup);
  const rows = years.map((y) => rollup.rows.find((r) => r.year === y)).filter((r): r is RollupYear => r !== undefined);
  return (
    <section className="res-section rollup-section" aria-labelledby="rollup-h-ratios">
      <h3 id="rollup-h-ratios">{t('ratios.title')}</h3>
      <p className="muted small">{t('ratios.note')}</p>
      <div className="res-table-wrap">
        <table className="res-table rollup-table" data-testid="rollup-table-ratios">
          <thead>
            <tr>
              <th scope="col">{t('cols.region')}</th>
              <th scope="col">{t('cols.indicator')}</th>
              {rows.map((r) => (
                <th key={r.year} scope="col" className="num">
                  {t('cols.year', { year: r.year })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.flatMap((line) =>
              ROLLUP_RATIOS.map((ratio, k) => (
                <tr key={`${line.key}-${ratio}`} className={`rollup-row-${line.kind}${k === 0 ? ' rollup-first' : ''}`} data-testid={`rollup-ratio-${ratio}-${line.key}`}>
                  {k === 0 && (
                    <th scope="rowgroup" rowSpan={ROLLUP_RATIOS.length}>
                      {line.label}
                    </th>
                  )}
                  <th scope="row" className="rollup-indicator">
                    {t(`ratios.${ratio}`)} <span className="muted small">{t('cols.unit', { unit: fmt.unit(RATIO_UNIT[ratio]) })}</span>
                  </th>
                  {rows.map((y) => {
                    const v = line.row(y)?.ratios[ratio] ?? null;
                    return (
                      <td key={y.year} className="num" data-value={v ?? ''} data-year={y.year}>
                        {v === null ? '—' : fmt.num(v, RATIO_UNIT[ratio])}
                      </td>
                    );
                  })}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
