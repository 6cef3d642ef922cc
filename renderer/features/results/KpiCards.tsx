import type { ReactNode } from 'react';
import type { PeriodChange, ScenarioResults, TargetStatus, YearResult } from '../../../shared/engine/results';
import type { Scenario, TargetMetric } from '../../../shared/model/scenario';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter, UnitId } from '../../components/results/format';
import { planName } from '../../components/plan-name';
import { plateauText, reboundText } from '../../components/results/peak-text';

type Props = { scenario: Scenario; results: ScenarioResults; fmt: NumberFormatter; t: Translate; lang: string };

type Tone = 'good' | 'bad' | undefined;
type Card = {
  name: string;
  label: string;
  value: string;
  /** shown smaller after the number; empty when the value carries its own (a year, a percentage) */
  unit?: string;
  raw: number | null;
  sub: ReactNode[];
  tone?: Tone;
  extra?: Record<string, string>;
};

/** The KPI years of the 14th and 15th plans. */
const KPI_YEARS = [2025, 2030] as const;

function yearOf(r: ScenarioResults, year: number): YearResult | undefined {
  return r.years[year - r.baseYear];
}

function periodEnding(r: ScenarioResults, year: number): PeriodChange | undefined {
  return r.periods.find((p) => p.toYear === year);
}

function targetFor(r: ScenarioResults, metric: TargetMetric, year: number): TargetStatus | undefined {
  // A binding target decides the card's colour when both kinds exist for the same year.
  const all = r.targets.filter((x) => x.metric === metric && x.year === year);
  return all.find((x) => x.binding) ?? all[0];
}

const toneOf = (t: TargetStatus | undefined): Tone => (t?.met === true ? 'good' : t?.met === false ? 'bad' : undefined);

function Status({ target, t }: { target: TargetStatus; t: Translate }) {
  if (target.met === null) return null;
  return <span className={target.met ? 'res-good' : 'res-bad'}>{target.met ? t('kpi.met') : t('kpi.missed')}</span>;
}

/** Headline numbers: peak, CO2 in 2030, CO2 and energy intensity and non-fossil share in 2025 and 2030. */
export function KpiCards({ scenario, results: r, fmt, t, lang }: Props) {
  const pct = (v: number) => fmt.withUnit(v, 'pct', { signed: true });
  const cards: Card[] = [];
  const { peak } = r;

  const peakTarget = r.targets.find((x) => x.metric === 'peakYear');
  const plateau = plateauText(peak, fmt, t);
  const rebound = reboundText(peak, fmt, t);
  // Emissions that climb back after their highest year have not peaked: the card says so, not the year.
  const value = !peak.withinHorizon ? t('kpi.noPeak') : rebound ? t('kpi.rebound') : t('kpi.peakYearValue', { year: peak.year });
  cards.push({
    name: 'peak-year',
    label: t('kpi.peakYear'),
    value,
    raw: peak.year,
    tone: peakTarget ? toneOf(peakTarget) : peak.holds ? undefined : 'bad',
    extra: { 'data-within-horizon': String(peak.withinHorizon), 'data-holds': String(peak.holds) },
    sub: [
      !peak.withinHorizon && t('kpi.noPeakHint', { year: r.endYear }),
      rebound && t('kpi.highestIn', { year: peak.year }),
      rebound && (
        <span className="res-bad-text" data-testid="kpi-rebound">
          {rebound}
        </span>
      ),
      plateau && <span data-testid="kpi-plateau">{plateau}</span>,
      <span key="scope" data-testid="kpi-peak-scope" data-scope={peak.scope}>
        {peak.scope === 'energyAndProcess' ? t('kpi.scopeEnergyAndProcess') : t('kpi.scopeEnergy')}
      </span>,
      // within the tolerance of the peak from an earlier year on: a peak-year target is judged on that year
      peak.holds && peak.reachedYear !== peak.year && <span data-testid="kpi-reached">{t('kpi.reached', { year: peak.reachedYear })}</span>,
      peakTarget && (
        <>
          {t('kpi.target', { value: t('targets.byYear', { year: peakTarget.target }) })} <Status target={peakTarget} t={t} />
        </>
      ),
    ].filter(Boolean) as ReactNode[],
  });
  cards.push({
    name: 'peak-co2',
    label: peak.holds ? t('kpi.peakCo2') : t('kpi.peakCo2NoPeak'),
    value: fmt.num(peak.co2, 'wanTCo2'),
    unit: fmt.unit('wanTCo2'),
    raw: peak.co2,
    sub: [t('year', { year: peak.year })],
  });
  const y2030 = yearOf(r, 2030);
  const cap2030 = targetFor(r, 'co2Cap', 2030);
  cards.push({
    name: 'co2-2030',
    label: t('kpi.co2In', { year: 2030 }),
    value: y2030 ? fmt.num(y2030.co2, 'wanTCo2') : '—',
    unit: y2030 ? fmt.unit('wanTCo2') : undefined,
    raw: y2030?.co2 ?? null,
    tone: toneOf(cap2030),
    sub: y2030
      ? ([
          peak.holds && peak.year < 2030 && t('kpi.vsPeak', { pct: pct((y2030.co2 / peak.co2 - 1) * 100) }),
          t('kpi.vsBase', { year: r.baseYear, pct: pct(y2030.co2VsBasePct) }),
        ].filter(Boolean) as ReactNode[])
      : [t('kpi.outside')],
  });

  const intensityCard = (
    name: string,
    label: string,
    year: number,
    unit: UnitId,
    value: (y: YearResult) => number,
    vsBase: ((y: YearResult) => number) | null,
    periodPct: ((p: PeriodChange) => number) | null,
    metric: TargetMetric,
  ): Card => {
    const y = yearOf(r, year);
    const target = targetFor(r, metric, year);
    if (!y) return { name, label, value: '—', raw: null, sub: [t('kpi.outside')] };
    const p = periodPct ? periodEnding(r, year) : undefined;
    const sub: ReactNode[] = [];
    if (p && periodPct) sub.push(t('kpi.inPlan', { plan: planName(p.plan, lang), pct: pct(periodPct(p)) }));
    if (vsBase && (!p || p.fromYear !== r.baseYear) && year !== r.baseYear) sub.push(t('kpi.vsBase', { year: r.baseYear, pct: pct(vsBase(y)) }));
    if (target) {
      const goal =
        metric === 'nonFossilShare' ? t('kpi.target', { value: fmt.withUnit(target.target, 'pct') }) : t('kpi.targetReduction', { value: fmt.withUnit(target.target, 'pct') });
      sub.push(
        <>
          {goal} <Status target={target} t={t} />
        </>,
      );
    }
    const split = unit !== 'pct';
    return { name, label, value: split ? fmt.num(value(y), unit) : fmt.withUnit(value(y), unit), unit: split ? fmt.unit(unit) : undefined, raw: value(y), sub, tone: toneOf(target) };
  };

  // One row per KPI year, one column per indicator: the grid reads like a table.
  for (const year of KPI_YEARS) {
    cards.push(
      intensityCard(`co2PerGdp-${year}`, t('kpi.co2PerGdp', { year }), year, 'tCo2PerWanYuan', (y) => y.co2PerGdp, (y) => y.co2PerGdpVsBasePct, (p) => p.co2PerGdpChangePct, 'co2IntensityReduction'),
    );
    cards.push(intensityCard(`nonFossil-${year}`, t('kpi.nonFossil', { year }), year, 'pct', (y) => y.nonFossilShare, null, null, 'nonFossilShare'));
    const card = intensityCard(
      `energyPerGdp-${year}`,
      t('kpi.energyPerGdp', { year }),
      year,
      'tcePerWanYuan',
      (y) => y.energyPerGdp,
      (y) => y.energyPerGdpVsBasePct,
      (p) => p.energyPerGdpChangePct,
      'energyIntensityReduction',
    );
    const y = yearOf(r, year);
    const p = periodEnding(r, year);
    if (y && p && scenario.accounting.energyControl !== 'none') {
      // Targets are judged on the assessed figure (new renewables left out); show it under the plain one.
      card.sub.splice(1, 0, t('kpi.assessed', { value: fmt.num(y.energyPerGdpAssessed, 'tcePerWanYuan'), pct: pct(p.energyPerGdpAssessedChangePct) }));
    }
    cards.push(card);
  }

  return (
    <div className="res-kpis" role="list" aria-label={t('kpi.heading')}>
      {cards.map((c) => (
        <div
          key={c.name}
          role="listitem"
          className={`res-kpi${c.tone ? ` ${c.tone}` : ''}`}
          data-testid={`kpi-${c.name}`}
          data-value={c.raw === null ? '' : String(c.raw)}
          {...c.extra}
        >
          <div className="res-kpi-label">{c.label}</div>
          <div className="res-kpi-value">
            {c.value}
            {c.unit && <> <span className="res-kpi-unit">{c.unit}</span></>}
          </div>
          {c.sub.map((s, i) => (
            <div key={i} className="res-kpi-sub">
              {s}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
