import { useMemo } from 'react';
import type { HourlyResults } from '../../../shared/engine/hourly/types';
import type { ScenarioResults } from '../../../shared/engine/results';
import { planYears } from '../../../shared/engine/study-tables';
import type { Scenario } from '../../../shared/model/scenario';
import {
  HOURLY_INDICATORS,
  HOURLY_UNIT,
  STORAGE_INDICATORS,
  hasStorage,
  hasType,
  hourlyNumber,
  hourlyUnitKey,
  hourlyValue,
  hourlyYear,
  type HourlyIndicator,
} from '../../components/results/hourly-indicators';
import { durationOption, stressWeekOption, weekDayLabel } from './hourly-charts';
import { HourlySettings } from './HourlySettings';
import { PrintChart } from './PrintChart';
import type { ReportText } from './report-text';
import { Section } from './Section';
import { YearsHead } from './YearsHead';

type Props = { scenario: Scenario; results: ScenarioResults; x: ReportText };

/** The steps of the dispatch (shared/engine/hourly/dispatch.ts), in the order the engine takes them. */
const DISPATCH_STEPS = ['serve', 'surplus', 'deficit', 'water'] as const;

/** Rows of the indicator table: by-type rates only for types the region has, storage only where the balance holds some. */
function indicatorRows(h: HourlyResults): HourlyIndicator[] {
  return HOURLY_INDICATORS.filter((k) => {
    if (k === 'curtailmentPctPv') return hasType(h, 'pv');
    if (k === 'curtailmentPctWind') return hasType(h, 'wind');
    if (STORAGE_INDICATORS.has(k)) return hasStorage(h);
    return true;
  });
}

/** The limits each year was dispatched under (an expression's or a path's values), where one is set. */
const LIMITS = ['exportLimitMW', 'importLimitMW'] as const;

/** The yearly indicators in the report's key years (the study tables' years), as the engine computed them. */
function IndicatorTable({ results, hourly: h, x }: { results: ScenarioResults; hourly: HourlyResults; x: ReportText }) {
  const years = planYears(results.years).filter((y) => hourlyYear(h, y) !== undefined);
  return (
    <table className="report-table report-hourly-table" data-testid="report-hourly-indicators">
      <YearsHead first={x.t('hourly.indicators.col.item')} years={years} />
      <tbody>
        {LIMITS.filter((k) => h.years.some((y) => y[k] !== null)).map((k) => (
          <tr key={k} data-testid={`report-hourly-${k}`}>
            <th scope="row">
              {x.t(`hourly.indicators.${k}`)}
              <span className="report-unit">{x.t(`hourly.units.${hourlyUnitKey('mw', x.fmt)}`)}</span>
            </th>
            {years.map((y) => {
              const v = hourlyYear(h, y)![k];
              return (
                <td key={y} className="num" data-year={y} data-value={v ?? ''}>
                  {v === null ? x.t('hourly.indicators.noLimit') : hourlyNumber(v, 'mw', x.fmt)}
                </td>
              );
            })}
          </tr>
        ))}
        {indicatorRows(h).map((k) => (
          <tr key={k} data-testid={`report-hourly-${k}`}>
            <th scope="row">
              {x.t(`hourly.indicators.${k}`)}
              <span className="report-unit">{x.t(`hourly.units.${hourlyUnitKey(HOURLY_UNIT[k], x.fmt)}`)}</span>
            </th>
            {years.map((y) => {
              const v = hourlyValue(hourlyYear(h, y)!, k);
              return (
                <td key={y} className="num" data-year={y} data-value={v}>
                  {hourlyNumber(v, HOURLY_UNIT[k], x.fmt)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The detail year's stress weeks and duration curves; a week without any deficit (or surplus) is left out. */
function HourlyCharts({ hourly: h, x }: { hourly: HourlyResults; x: ReportText }) {
  const detail = h.detail;
  const charts = useMemo(() => {
    if (!detail) return [];
    const hours = hourlyYear(h, detail.year)?.hours ?? 8760;
    const weeks = detail.stressWeeks
      .filter((w) => w.totalMWh > 0)
      .map((w) => ({
        id: `week-${w.kind}`,
        caption: x.t(`hourly.charts.week.${w.kind}`, {
          year: detail.year,
          from: weekDayLabel(detail.year, w.startHour, 0, x),
          to: weekDayLabel(detail.year, w.startHour, 6, x),
        }),
        option: stressWeekOption(w, detail.year, x),
      }));
    return [
      ...weeks,
      {
        id: 'duration',
        caption: x.t('hourly.charts.duration', { year: detail.year }),
        option: durationOption(detail, hours, x),
      },
    ];
  }, [detail, h, x]);
  if (!detail) return <p className="report-intro">{x.t('hourly.charts.none')}</p>;
  return (
    <div className="report-hourly-charts">
      <p className="report-intro">{x.t('hourly.charts.note')}</p>
      {charts.map((c) => (
        <figure key={c.id} className="report-chart" data-testid={`report-chart-hourly-${c.id}`}>
          <figcaption>{c.caption}</figcaption>
          <PrintChart option={c.option} ariaLabel={c.caption} />
        </figure>
      ))}
    </div>
  );
}

/**
 * 逐时电力平衡: what the balance is and the order of the dispatch, its
 * settings and profiles with their sources, the yearly indicators in the key
 * years, the stress weeks and the duration curve. Only for a scenario whose
 * results hold the balance.
 */
export function HourlySection({ scenario, results, x }: Props) {
  const h = results.hourly;
  if (!h || !scenario.hourly) return null;
  return (
    <Section id="hourly" title={x.t('hourly.heading')} intro={x.t('hourly.intro')}>
      <h3>{x.t('hourly.dispatch.heading')}</h3>
      <ol className="report-list report-hourly-steps" data-testid="report-hourly-dispatch">
        {DISPATCH_STEPS.map((s) => (
          <li key={s}>{x.t(`hourly.dispatch.${s}`)}</li>
        ))}
      </ol>
      <HourlySettings scenario={scenario} hourly={h} x={x} />
      <h3>{x.t('hourly.indicators.heading')}</h3>
      <IndicatorTable results={results} hourly={h} x={x} />
      <p className="report-small">{x.t('hourly.indicators.note')}</p>
      <HourlyCharts hourly={h} x={x} />
    </Section>
  );
}
