import type { Peak, ScenarioResults, TargetStatus } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { Translate } from './chart-options';
import { unitOf, type NumberFormatter } from './format';

type Props = { scenario: Scenario; results: ScenarioResults; fmt: NumberFormatter; t: Translate; lang: string };

const isReduction = (m: TargetStatus['metric']) => m === 'co2IntensityReduction' || m === 'energyIntensityReduction' || m === 'sectorIntensityReduction';
const isPeakYear = (m: TargetStatus['metric']) => m === 'peakYear' || m === 'sectorPeakYear';

/** The peak a peak-year target is judged on: the scenario's, or its sector's (absent: a sector with no CO2). */
export function peakOfTarget(status: TargetStatus, results: ScenarioResults): Peak | undefined {
  if (status.metric !== 'sectorPeakYear') return results.peak;
  return status.sector ? results.sectorPeaks[status.sector] : undefined;
}

/** The target's label in the UI language (the scenario carries `labelEn` for presets). */
export function labelOf(scenario: Scenario, status: TargetStatus, lang: string): string {
  const t = scenario.targets.find((x) => x.id === status.id);
  return lang === 'en' && t?.labelEn ? t.labelEn : status.label;
}

/**
 * The results' peak as the target texts need it; a caller holding only whether
 * CO2 peaked within the horizon passes that boolean (no rebound is then known).
 */
type PeakLike = Peak | boolean;
const withinHorizon = (p: PeakLike) => (typeof p === 'boolean' ? p : p.withinHorizon);
const reboundOf = (p: PeakLike) => (typeof p === 'boolean' ? null : p.rebound);

/** Target value or scenario value of a target, in its unit. */
export function valueText(status: TargetStatus, value: number, fmt: NumberFormatter, t: Translate, which: 'target' | 'actual', peak: PeakLike): string {
  if (isPeakYear(status.metric)) {
    if (which === 'target') return t('targets.byYear', { year: value });
    // Still rising in the last year: that year is no peak year; nor is one followed by a rebound.
    if (!withinHorizon(peak)) return t('targets.noPeak');
    return reboundOf(peak) ? t('targets.highestYear', { year: value }) : t('year', { year: value });
  }
  const text = fmt.withUnit(value, unitOf(status.unit));
  return isReduction(status.metric) ? t('targets.reduction', { value: text }) : text;
}

/** "+2.3 个百分点" / "差 1.2 个百分点", "超出上限 30.2 万tCO2", "提前 2 年", "2030年回升，不算达峰". */
export function marginText(status: TargetStatus, fmt: NumberFormatter, t: Translate, peak: PeakLike): string {
  const m = status.margin;
  if (isPeakYear(status.metric) && !withinHorizon(peak)) return t('targets.margin.noPeak');
  const rebound = reboundOf(peak);
  if (isPeakYear(status.metric) && rebound) return t('targets.margin.rebound', { year: rebound.year });
  if (m === null || status.met === null) return '—';
  switch (status.metric) {
    case 'peakYear':
    case 'sectorPeakYear':
      if (m === 0) return t('targets.margin.onTime');
      return m > 0 ? t('targets.margin.early', { count: m }) : t('targets.margin.late', { count: -m });
    case 'energyCap':
    case 'co2Cap': {
      const value = fmt.withUnit(Math.abs(m), unitOf(status.unit));
      return m >= 0 ? t('targets.margin.underCap', { value }) : t('targets.margin.overCap', { value });
    }
    default: {
      // Reductions and shares are both percentages: the margin is in percentage points.
      const value = fmt.withUnit(Math.abs(m), 'pp');
      return m >= 0 ? t('targets.margin.ahead', { value }) : t('targets.margin.short', { value });
    }
  }
}

/** The targets' heading with how many of the judged ones are met (red when a binding one is missed). */
export function TargetsHead({ rows, t, headingId }: { rows: ScenarioResults['targets']; t: Translate; headingId: string }) {
  const judged = rows.filter((r) => r.met !== null);
  return (
    <div className="res-section-head">
      <h3 id={headingId}>{t('targets.heading')}</h3>
      {judged.length > 0 && (
        <span className={`res-pill ${judged.every((r) => r.met) ? 'good' : judged.some((r) => r.met === false && r.binding) ? 'bad' : 'warn'}`} data-testid="targets-summary">
          {t('targets.summary', { met: judged.filter((r) => r.met).length, total: judged.length })}
        </span>
      )}
    </div>
  );
}

export function TargetTable({ scenario, results, fmt, t, lang }: Props) {
  const rows = results.targets;
  return (
    <section className="res-section" aria-labelledby="res-targets-h">
      <TargetsHead rows={rows} t={t} headingId="res-targets-h" />
      {rows.length === 0 ? (
        <p className="muted small">{t('targets.none')}</p>
      ) : (
        <div className="res-table-wrap">
          <table className="res-table" data-testid="target-table">
            <thead>
              <tr>
                <th scope="col">{t('targets.col.label')}</th>
                <th scope="col" className="num">{t('targets.col.target')}</th>
                <th scope="col" className="num">{t('targets.col.actual')}</th>
                <th scope="col">{t('targets.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => {
                const met = s.met === null ? 'unknown' : String(s.met);
                const period = s.fromYear !== undefined ? t('targets.period', { from: s.fromYear, to: s.year }) : t('targets.inYear', { year: s.year });
                return (
                  <tr key={s.id} data-testid={`target-row-${s.id}`} data-met={met} className={`met-${met}`}>
                    <th scope="row" className="res-target-label">
                      {labelOf(scenario, s, lang)}
                      <span className={`res-kind${s.binding ? ' binding' : ''}`}>{s.binding ? t('targets.binding') : t('targets.expected')}</span>
                      <div className="res-target-metric">
                        {t(`targets.metric.${s.metric}`)} · <span className="nowrap">{period}</span>
                      </div>
                    </th>
                    <td className="num nowrap">{valueText(s, s.target, fmt, t, 'target', peakOfTarget(s, results) ?? false)}</td>
                    <td className="num nowrap">{s.actual === null ? '—' : valueText(s, s.actual, fmt, t, 'actual', peakOfTarget(s, results) ?? false)}</td>
                    <td>
                      {/* the flex box inside the cell: a flex cell would leave the table's row lines */}
                      <div className="res-target-status">
                        <span className={`res-status ${met}`}>{s.met === null ? t('targets.unknown') : s.met ? t('targets.met') : t('targets.missed')}</span>
                        <span className="res-margin" data-testid="target-margin">
                          {marginText(s, fmt, t, peakOfTarget(s, results) ?? false)}
                        </span>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
