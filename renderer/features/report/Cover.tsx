import type { ScenarioResults } from '../../../shared/engine/results';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/model/scenario';
import { methodsShort } from './method-text';
import type { ReportText } from './report-text';

export const scenarioName = (s: Scenario, x: ReportText) => (x.lang === 'en' && s.nameEn ? s.nameEn : s.name);
/**
 * The part of a description in the report's language: the presets write the
 * Chinese text, then the English one starting a sentence after the last 。;
 * a description not so split is shown whole.
 */
export function descriptionIn(text: string, x: ReportText): string {
  const m = /^([\s\S]*?[。！？])\s*([A-Z][a-z]+\b[\s\S]*)$/.exec(text);
  if (!m) return text;
  return x.lang === 'zh' ? m[1]! : m[2]!;
}

export const regionName = (s: Scenario, x: ReportText) => (x.lang === 'en' && s.region.nameEn ? s.region.nameEn : s.region.name);

/** The app line of the cover: name, version and shell. */
export function versionText(info: AppInfo, x: ReportText): string {
  // the product's name in the report's language (the shell reports its English name)
  return x.t('cover.versionValue', { name: x.t('cover.appName'), version: info.version, shell: x.t(`cover.shell.${info.shell}`) });
}

/** Peak year and CO2, CO2 in the headline year, targets met: the first things a reader asks. */
function Headline({ results: r, x }: { results: ScenarioResults; x: ReportText }) {
  const judged = r.targets.filter((t) => t.met !== null);
  const met = judged.filter((t) => t.met).length;
  const year = r.years.some((y) => y.year === 2030) ? 2030 : r.endYear;
  const y = r.years[year - r.baseYear]!;
  const p = r.peak;
  const plateau = p.withinHorizon && p.plateau.fromYear !== p.plateau.toYear ? x.t('cover.plateau', { from: p.plateau.fromYear, to: p.plateau.toYear }) : null;
  const rebound = p.rebound ? x.t('cover.rebound', { year: p.rebound.year, co2: x.fmt.withUnit(p.rebound.co2, 'wanTCo2') }) : null;
  const reached = p.holds && p.reachedYear < p.year ? x.t('cover.reached', { year: p.reachedYear, tol: x.plain(p.tolerancePct) }) : null;
  const figures: { name: string; label: string; value: string; notes?: string[]; warn?: boolean }[] = [
    {
      name: 'peak-year',
      label: x.t('cover.peak'),
      value: p.withinHorizon ? x.rt('year', { year: p.year }) : x.t('cover.noPeak'),
      notes: [plateau, reached, rebound].filter((n): n is string => n !== null),
      warn: rebound !== null,
    },
    { name: 'peak-co2', label: x.t('cover.peakCo2'), value: x.fmt.withUnit(r.peak.co2, 'wanTCo2') },
    { name: 'co2', label: x.t('cover.co2In', { year }), value: x.fmt.withUnit(y.co2, 'wanTCo2') },
    { name: 'targets', label: x.t('cover.targets'), value: judged.length ? x.t('cover.targetsValue', { met, total: judged.length }) : x.t('cover.targetsNone') },
  ];
  return (
    <div className="report-headline" role="list" aria-label={x.t('cover.headline')}>
      {figures.map((f) => (
        <div key={f.name} role="listitem" className="report-headline-item" data-testid={`report-headline-${f.name}`}>
          <div className="report-headline-label">{f.label}</div>
          <div className="report-headline-value">{f.value}</div>
          {f.notes?.map((n) => (
              <div key={n} className={f.warn ? 'report-headline-note warn' : 'report-headline-note'}>
                {n}
              </div>
            ))}
        </div>
      ))}
    </div>
  );
}

type Props = { scenario: Scenario; results: ScenarioResults; appInfo: AppInfo; date: Date; x: ReportText };

export function Cover({ scenario: s, results, appInfo, date, x }: Props) {
  const region = regionName(s, x);
  return (
    <section className="report-cover" data-testid="report-cover" aria-labelledby="report-cover-h">
      {/* The parent region has no English name in the scenario: the English cover names the region alone. */}
      <div className="report-cover-kicker">{s.region.parentRegion && x.lang === 'zh' ? `${s.region.parentRegion} · ${region}` : region}</div>
      <h1 id="report-cover-h">{x.t('title')}</h1>
      <p className="report-cover-name">{scenarioName(s, x)}</p>
      <dl className="report-meta">
        <dt>{x.t('cover.region')}</dt>
        <dd>{region}</dd>
        <dt>{x.t('cover.scenario')}</dt>
        <dd>{scenarioName(s, x)}</dd>
        <dt>{x.t('cover.horizon')}</dt>
        <dd>{x.t('cover.horizonValue', { base: s.baseYear, end: s.endYear })}</dd>
        <dt>{x.t('cover.date')}</dt>
        <dd data-testid="report-date">{x.date(date)}</dd>
        <dt>{x.t('cover.version')}</dt>
        <dd data-testid="report-version">{versionText(appInfo, x)}</dd>
      </dl>
      <h2 className="report-cover-sub">{x.t('cover.headline')}</h2>
      <Headline results={results} x={x} />
      <p className="report-headline-methods" data-testid="report-headline-methods">
        {x.t('cover.methods', { methods: Object.values(methodsShort(results.methods, x)).join(x.lang === 'en' ? '; ' : '；') })}
      </p>
      {results.flags.length > 0 && (
        <p className="report-note" data-testid="report-flag-count">
          {x.t('flags.count', { count: results.flags.length })}
        </p>
      )}
      {s.description && (
        <>
          <h2 className="report-cover-sub">{x.t('cover.description')}</h2>
          <p className="report-description">{descriptionIn(s.description, x)}</p>
        </>
      )}
      <p className="report-note">
        {x.t('cover.note', { assumptions: x.t('assumptions.heading'), bibliography: x.t('sources.heading'), methods: x.t('methods.heading'), conventions: x.t('conventions.heading') })}
      </p>
    </section>
  );
}
