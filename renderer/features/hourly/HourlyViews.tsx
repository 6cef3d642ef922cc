import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HourlyDetail, HourlyYear, StressWeek } from '../../../shared/engine/hourly/types';
import { Chart } from '../../components/Chart';
import type { NumberFormatter } from '../../components/results/format';
import { dateOfHour, durationOption, heatmapOption, indicatorsOption, weekOption, type ChartCtx } from './hourly-charts';
import { IndicatorTable } from './IndicatorTable';

function Seg<T extends string>({ value, options, onChange, label, testId }: { value: T; options: readonly (readonly [T, string])[]; onChange: (v: T) => void; label: string; testId: string }) {
  return (
    <span className="seg" role="radiogroup" aria-label={label} data-testid={testId}>
      {options.map(([v, text]) => (
        <button key={v} type="button" role="radio" aria-checked={v === value} className={v === value ? 'on' : undefined} data-testid={`${testId}-${v}`} onClick={() => onChange(v)}>
          {text}
        </button>
      ))}
    </span>
  );
}

/** The stress week, deficit or surplus, as a stacked hourly chart. */
function WeekView({ detail, ctx }: { detail: HourlyDetail; ctx: ChartCtx }) {
  const { t } = ctx;
  const [kind, setKind] = useState<StressWeek['kind']>('deficit');
  const week = detail.stressWeeks.find((w) => w.kind === kind) ?? detail.stressWeeks[0];
  const option = useMemo(() => (week ? weekOption(week, detail.year, ctx) : null), [week, detail.year, ctx]);
  if (!week || !option) return null;
  const start = dateOfHour(detail.year, week.startHour);
  // the week's total is MWh; shown in 亿kWh like every other energy (1 亿kWh = 100,000 MWh)
  const total = ctx.fmt.withUnit(week.totalMWh / 1e5, 'yiKWh');
  return (
    <section className="hourly-view" aria-labelledby="hourly-week-h" data-testid="hourly-week" data-kind={week.kind}>
      <header className="hourly-view-head">
        <h4 id="hourly-week-h">{t('week.title')}</h4>
        <Seg value={kind} onChange={setKind} label={t('week.title')} testId="hourly-week-kind" options={[['deficit', t('week.deficit')], ['surplus', t('week.surplus')]]} />
      </header>
      <p className="muted small">{t(week.kind === 'deficit' ? 'week.caption' : 'week.captionSurplus', { start: t('week.date', start), total })}</p>
      <Chart option={option} height={300} ariaLabel={t(`week.${week.kind}`)} testId="hourly-week-chart" />
    </section>
  );
}

/** Month × hour averages of net load or curtailment. */
function HeatmapView({ detail, ctx }: { detail: HourlyDetail; ctx: ChartCtx }) {
  const { t } = ctx;
  const [kind, setKind] = useState<'netLoad' | 'curtailed'>('netLoad');
  const option = useMemo(() => heatmapOption(kind === 'netLoad' ? detail.netLoadByMonthHour : detail.curtailedByMonthHour, kind, ctx), [kind, detail, ctx]);
  return (
    <section className="hourly-view" aria-labelledby="hourly-heat-h" data-testid="hourly-heatmap" data-kind={kind}>
      <header className="hourly-view-head">
        <h4 id="hourly-heat-h">{t('heatmap.title')}</h4>
        <Seg value={kind} onChange={setKind} label={t('heatmap.title')} testId="hourly-heatmap-kind" options={[['netLoad', t('heatmap.netLoad')], ['curtailed', t('heatmap.curtailed')]]} />
      </header>
      <p className="muted small">{t(kind === 'netLoad' ? 'heatmap.netLoadNote' : 'heatmap.curtailedNote')}</p>
      <Chart option={option} height={300} ariaLabel={t(`heatmap.${kind}`)} testId="hourly-heatmap-chart" />
    </section>
  );
}

function DurationView({ detail, ctx }: { detail: HourlyDetail; ctx: ChartCtx }) {
  const option = useMemo(() => durationOption(detail, ctx), [detail, ctx]);
  return (
    <section className="hourly-view" aria-labelledby="hourly-dur-h" data-testid="hourly-duration">
      <header className="hourly-view-head">
        <h4 id="hourly-dur-h">{ctx.t('duration.title')}</h4>
      </header>
      <Chart option={option} height={260} ariaLabel={ctx.t('duration.title')} testId="hourly-duration-chart" />
    </section>
  );
}

/** One year's hours: the stress week, the month × hour map and the duration curves. */
export function DetailViews({ detail, fmt }: { detail: HourlyDetail; fmt: NumberFormatter }) {
  const { t } = useTranslation('hourly');
  const ctx = useMemo<ChartCtx>(() => ({ t, fmt }), [t, fmt]);
  return (
    <div className="hourly-views" data-testid="hourly-detail" data-year={detail.year}>
      <WeekView detail={detail} ctx={ctx} />
      <div className="hourly-pair">
        <HeatmapView detail={detail} ctx={ctx} />
        <DurationView detail={detail} ctx={ctx} />
      </div>
    </div>
  );
}

/** Every year's indicators: the table of plan years and a chart over the whole horizon. */
export function YearlyViews({ years, picked, fmt }: { years: readonly HourlyYear[]; picked: number | null; fmt: NumberFormatter }) {
  const { t } = useTranslation('hourly');
  const ctx = useMemo<ChartCtx>(() => ({ t, fmt }), [t, fmt]);
  const option = useMemo(() => indicatorsOption(years, ctx, fmt.unit('pct')), [years, ctx, fmt]);
  return (
    <section className="hourly-view" aria-labelledby="hourly-ind-h" data-testid="hourly-yearly">
      <header className="hourly-view-head">
        <h4 id="hourly-ind-h">{t('indicators.title')}</h4>
      </header>
      <IndicatorTable years={years} picked={picked} fmt={fmt} />
      <Chart option={option} height={240} ariaLabel={t('indicators.chart')} testId="hourly-yearly-chart" />
    </section>
  );
}
