import i18next from 'i18next';
import { ROLLUP_METRICS, type Rollup, type RollupMetric, type RollupRow, type RollupYear } from '../../../shared/engine/rollup';
import type { UnitId } from '../../components/results/format';
import { issueText } from '../../i18n/issue-text';
import type { ReportText } from './report-text';
import { Section } from './Section';

const METRIC_UNIT: Record<RollupMetric, UnitId> = {
  gdp: 'yiYuan',
  energy: 'wanTce',
  co2: 'wanTCo2',
  renewableCapacityMW: 'mw',
  electricity: 'yiKWh',
};

type Line = { key: string; label: string; kind: 'member' | 'sum' | 'remainder' | 'city'; row: (y: RollupYear) => RollupRow | undefined };

/** The study's years: the first, each five-year plan's last, the last (as the study tables). */
const planYears = (years: readonly number[]) => years.filter((y, i) => i === 0 || i === years.length - 1 || y % 5 === 0);

/**
 * 县区汇总 of a city scenario with counties attached: per plan year each
 * county, their sum, the rest of the city, the city, each one's share of the
 * city and the sum − city difference, as the engine's roll-up gives them; the
 * members and the roll-up's checks in words.
 */
export function RollupSection({ rollup, x }: { rollup: Rollup; x: ReportText }) {
  const rl = i18next.getFixedT(x.lang, 'rollup');
  const it = i18next.getFixedT(x.lang, 'issues');
  const counted = rollup.members.filter((m) => m.status === 'counted');
  const years = new Set(planYears(rollup.years));
  const rows = rollup.rows.filter((r) => years.has(r.year));
  const sep = x.lang === 'en' ? '; ' : '；';
  const members = rollup.members
    .map((m) => x.t('rollup.member', { region: m.label, name: (x.lang === 'en' && m.scenarioNameEn) || m.scenarioName || m.scenarioId, status: rl(`members.status.${m.status}`) }))
    .join(sep);
  const lines: Line[] = [
    ...counted.map((m, i): Line => ({ key: `m${i}`, label: m.label, kind: 'member', row: (y) => y.members[i] })),
    { key: 'sum', label: x.t('rollup.rows.sum'), kind: 'sum', row: (y) => y.sum },
    { key: 'remainder', label: x.t('rollup.rows.remainder'), kind: 'remainder', row: (y) => y.remainder },
    { key: 'city', label: x.t('rollup.rows.city'), kind: 'city', row: (y) => y.city },
  ];
  const share = (v: number | null) => x.t('rollup.share', { pct: v === null ? '—' : x.fmt.withUnit(v, 'pct') });
  const warnings = rollup.issues.filter((i) => i.severity === 'warning');
  const notes = rollup.issues.filter((i) => i.severity === 'note');
  return (
    <Section id="rollup" title={x.t('rollup.heading')} intro={x.t('rollup.intro')}>
      <p className="report-intro" data-testid="report-rollup-members">
        {x.t('rollup.members', { list: members })}
      </p>
      {rows.length === 0 && <p className="report-intro">{x.t('rollup.noYears')}</p>}
      {rows.length > 0 &&
        ROLLUP_METRICS.map((metric) => {
          const unit = METRIC_UNIT[metric];
          return (
            <div key={metric} className="report-rollup-block">
              <h3>{x.t('rollup.table', { metric: rl(`metrics.${metric}`), unit: x.fmt.unit(unit) })}</h3>
              <table className="report-table report-rollup-table" data-testid={`report-rollup-${metric}`}>
                <thead>
                  <tr>
                    <th scope="col">{rl('cols.region')}</th>
                    {rows.map((r) => (
                      <th key={r.year} scope="col" className="num">
                        {r.year}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {lines.map((line) => (
                    <tr key={line.key} className={`report-rollup-${line.kind}`} data-testid={`report-rollup-${metric}-${line.key}`}>
                      <th scope="row">{line.label}</th>
                      {rows.map((y) => {
                        const row = line.row(y);
                        return (
                          <td key={y.year} className="num" data-year={y.year}>
                            {row && x.fmt.num(row.figures[metric], unit)}
                            {row && line.kind !== 'city' && <div className="report-small nowrap">{share(row.sharePct[metric])}</div>}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                  <tr className="report-rollup-difference" data-testid={`report-rollup-${metric}-difference`}>
                    <th scope="row">{x.t('rollup.rows.difference')}</th>
                    {rows.map((y) => (
                      <td key={y.year} className="num" data-year={y.year}>
                        {x.fmt.num(y.difference.figures[metric], unit, { signed: true })}
                        <div className="report-small nowrap">{y.difference.pct[metric] === null ? '—' : x.fmt.withUnit(y.difference.pct[metric], 'pct', { signed: true })}</div>
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          );
        })}
      <h3>{x.t('rollup.checks')}</h3>
      <ul className="report-list" data-testid="report-rollup-checks">
        {warnings.length === 0 && <li>{x.t('rollup.checksNone')}</li>}
        {[...warnings, ...notes].map((i, k) => (
          <li key={`${i.code}-${k}`} data-code={i.code} className={i.severity === 'warning' ? 'warn' : undefined}>
            {issueText(i, it)}
          </li>
        ))}
        <li>{x.t('rollup.notSummed')}</li>
        <li>{rl('checks.prices')}</li>
      </ul>
    </Section>
  );
}
