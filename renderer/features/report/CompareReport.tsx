import { Fragment, memo, useEffect, useMemo } from 'react';
import { cellVerdict, KEY_METRIC_UNITS, keyFigureTable, tableYears, targetMatrix, type Figure, type KeyFigureRow } from '../../../shared/engine/compare';
import type { AppInfo } from '../../../shared/ipc/contract';
import { unitOf, type UnitId } from '../../components/results/format';
import { regionName, scenarioName, versionText } from './Cover';
import { compareLineOption, decompositionYear, whyDifferent } from './compare';
import { HourlyCompareSection } from './HourlyCompareSection';
import { CostCompareSection } from './CostCompareSection';
import { SectorCompareSection } from './SectorCompareSection';
import { methodsShort } from './method-text';
import type { ReportText } from './report-text';
import { PrintChart } from './PrintChart';
import { Section } from './Section';
import { metAttr, targetLabel, targetMargin, targetPeriod, targetStatus, targetValue } from './target-text';
import type { ReportItem } from './useReportData';

type Props = {
  items: ReportItem[];
  /** years of the key-figure table, as chosen on the compare page (null: its default years) */
  years?: number[] | null;
  /** year of the CO2-gap decomposition, as chosen on the compare page (null: its default) */
  lmdiYear?: number | null;
  appInfo: AppInfo;
  date: Date;
  x: ReportText;
  onDrawn(): void;
};

function figureText(row: KeyFigureRow, unit: UnitId | null, f: Figure, x: ReportText): string {
  if (f.value === null) return row.metric === 'peakYear' ? x.rt('targets.noPeak') : '—';
  return unit === null ? String(f.value) : x.fmt.num(f.value, unit);
}

function diffText(row: KeyFigureRow, unit: UnitId | null, f: Figure, x: ReportText): string | null {
  if (f.diff === null) return null;
  if (unit === null) return x.t('compare.yearsDiff', { value: x.fmt.num(f.diff, 'year', { signed: true }) });
  const abs = x.fmt.withUnit(f.diff, unit === 'pct' ? 'pp' : unit, { signed: true });
  return f.diffPct === null ? abs : x.t('compare.diff', { abs, pct: x.fmt.withUnit(f.diffPct, 'pct', { signed: true }) });
}

/** The compare page's key-figure table (same years, same rows, same differences), laid out for paper. */
function Figures({ items, years, x }: { items: ReportItem[]; years: number[] | null; x: ReportText }) {
  const runs = items.map((i) => i.results);
  const groups = keyFigureTable(runs, tableYears(runs, years));
  return (
    <Section id="figures" title={x.t('compare.figures')} intro={x.t('compare.figuresIntro')}>
      <table className="report-table report-compare-table">
        <thead>
          <tr>
            <th scope="col">{x.t('compare.metric')}</th>
            {items.map(({ scenario }, i) => (
              <th key={scenario.id} scope="col" className="num">
                {scenarioName(scenario, x)}
                {i === 0 && <span className="report-unit">{x.t('compare.reference')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const token = g.year === null ? 'all' : String(g.year);
            return (
              <Fragment key={token}>
                <tr className="report-group">
                  <th scope="colgroup" colSpan={items.length + 1}>
                    {g.year === null ? x.t('compare.peakGroup') : x.t('compare.yearGroup', { year: g.year })}
                  </th>
                </tr>
                {g.rows.map((row) => {
                  const unit = row.metric === 'peakYear' ? null : unitOf(KEY_METRIC_UNITS[row.metric]);
                  return (
                    <tr key={row.metric} data-testid={`report-figure-${row.metric}-${token}`}>
                      <th scope="row">
                        {x.t(`compare.metrics.${row.metric}`)}
                        {unit !== null && <span className="report-unit">{unit === 'pct' ? '%' : x.fmt.unit(unit)}</span>}
                      </th>
                      {row.figures.map((f, i) => {
                        const diff = diffText(row, unit, f, x);
                        return (
                          <td
                            key={items[i]!.scenario.id}
                            className="num"
                            data-testid={`report-figure-${row.metric}-${token}-${items[i]!.scenario.id}`}
                            data-value={f.value ?? ''}
                            data-diff={f.diff ?? ''}
                            data-diff-pct={f.diffPct ?? ''}
                          >
                            {figureText(row, unit, f, x)}
                            {diff && <div className="report-small muted">{diff}</div>}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}

/** The compare page's target matrix: a row per kind of target and period, each scenario's own targets of that kind. */
function Matrix({ items, x }: { items: ReportItem[]; x: ReportText }) {
  const rows = targetMatrix(items.map((i) => i.results));
  return (
    <Section id="targets" title={x.t('compare.matrix')} intro={x.t('compare.matrixIntro')}>
      <table className="report-table report-compare-table">
        <thead>
          <tr>
            <th scope="col">{x.t('targets.col.label')}</th>
            {items.map(({ scenario }) => (
              <th key={scenario.id} scope="col">
                {scenarioName(scenario, x)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`report-matrix-${row.key}`}>
              <th scope="row">
                <div className="report-target-label">{x.rt(`targets.metric.${row.metric}`)}</div>
                <div className="report-small">{row.metric === 'peakYear' ? x.rt('targets.byYear', { year: row.year }) : targetPeriod(row, x)}</div>
              </th>
              {row.cells.map((cell, i) => {
                const { scenario, results } = items[i]!;
                return (
                  <td key={scenario.id} data-testid={`report-matrix-${row.key}-${scenario.id}`} data-met={cellVerdict(cell)}>
                    {cell.length === 0 && <span className="muted">{x.t('compare.notSet')}</span>}
                    {cell.map((t) => (
                      <div key={t.id} className="report-matrix-target" data-testid={`report-target-${t.id}-${scenario.id}`} data-met={metAttr(t)}>
                        <span className={`report-status ${metAttr(t)}`}>{targetStatus(t, x)}</span>{' '}
                        <span className="nowrap">{targetValue(t, 'actual', results, x)}</span>
                        <div className="report-small">{targetMargin(t, results, x)}</div>
                        <div className="report-small muted">
                          {targetLabel(scenario, t, x)} · {targetValue(t, 'target', results, x)}
                        </div>
                      </div>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function Why({ items, lmdiYear, x }: { items: ReportItem[]; lmdiYear: number | null; x: ReportText }) {
  const year = decompositionYear(items, lmdiYear);
  if (items.length < 2 || year === null) return null;
  const why = whyDifferent(items, year);
  const others = items.slice(1);
  return (
    <Section id="why" title={x.t('compare.why', { year })} intro={x.t('compare.whyIntro', { year })} className="flow">
      <table className="report-table report-compare-table" data-testid="report-why-table">
        <thead>
          <tr>
            <th scope="col">{x.t('compare.driver')}</th>
            {others.map(({ scenario }) => (
              <th key={scenario.id} scope="col" className="num">
                {scenarioName(scenario, x)}
                <span className="report-unit">{`− ${scenarioName(items[0]!.scenario, x)}`}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {why.drivers.map((d) => (
            <tr key={d.driver} data-testid={`report-why-${d.driver}`}>
              <th scope="row">{x.t(`compare.drivers.${d.driver}`)}</th>
              {d.values.map((v, i) => (
                <td key={i} className="num">
                  {x.fmt.num(v, 'wanTCo2', { signed: true })}
                </td>
              ))}
            </tr>
          ))}
          <tr className="total">
            <th scope="row">{x.t('compare.total')}</th>
            {why.totals.map((v, i) => (
              <td key={i} className="num" data-testid={`report-why-total-${others[i]!.scenario.id}`} data-value={v}>
                {x.fmt.num(v, 'wanTCo2', { signed: true })}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </Section>
  );
}

function Charts({ items, x }: { items: ReportItem[]; x: ReportText }) {
  const co2 = useMemo(() => compareLineOption(items, (y) => y.co2, 'wanTCo2', x), [items, x]);
  const intensity = useMemo(() => compareLineOption(items, (y) => y.co2PerGdp, 'tCo2PerWanYuan', x), [items, x]);
  return (
    <Section id="charts" title={x.t('compare.charts')}>
      <figure className="report-chart" data-testid="report-chart-compare-co2">
        <figcaption>{x.t('compare.co2Chart')}</figcaption>
        <PrintChart option={co2} ariaLabel={x.t('compare.co2Chart')} />
      </figure>
      <figure className="report-chart" data-testid="report-chart-compare-co2PerGdp">
        <figcaption>{x.t('compare.co2PerGdpChart')}</figcaption>
        <PrintChart option={intensity} ariaLabel={x.t('compare.co2PerGdpChart')} />
      </figure>
    </Section>
  );
}

/** CO2 of every scenario by year, side by side (every fifth year, the peak years and the last). */
function Years({ items, x }: { items: ReportItem[]; x: ReportText }) {
  const from = Math.min(...items.map((i) => i.results.baseYear));
  const to = Math.max(...items.map((i) => i.results.endYear));
  const peaks = new Set(items.map((i) => i.results.peak.year));
  const years = Array.from({ length: to - from + 1 }, (_, k) => from + k).filter((y) => y % 5 === 0 || y === to || peaks.has(y) || y === from);
  return (
    <Section id="years" title={x.t('compare.years')}>
      <table className="report-table report-years-table">
        <thead>
          <tr>
            <th scope="col">{x.t('years.col.year')}</th>
            {items.map(({ scenario }) => (
              <th key={scenario.id} scope="col" className="num">
                {scenarioName(scenario, x)}
                <span className="report-unit">{x.fmt.unit('wanTCo2')}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {items.map(({ scenario, results: r }) => {
                const y = r.years[year - r.baseYear];
                const peak = r.peak.withinHorizon && r.peak.year === year;
                return (
                  <td key={scenario.id} className={peak ? 'num peak' : 'num'}>
                    {y ? x.fmt.num(y.co2, 'wanTCo2') : '—'}
                    {peak && <span className="report-peak-tag">{x.t('years.peak')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

/** What each method used by any of the scenarios does, each method once. */
function methodKinds(items: ReportItem[]) {
  const once = <T,>(f: (i: ReportItem) => T) => [...new Set(items.map(f))];
  return [
    {
      key: 'energyControl',
      title: (x: ReportText) => x.t('conventions.energyControl'),
      texts: (x: ReportText) =>
        once((i) => i.results.methods.energyControl).map((m) => x.t('conventions.energyControlText', { method: x.t(`methods.energyControl.${m}`), source: x.t(`methods.energyControlSource.${m}`) })),
    },
    {
      key: 'nonFossil',
      title: (x: ReportText) => x.t('methods.figure.nonFossil'),
      texts: (x: ReportText) => once((i) => i.results.methods.renewableAttribution).map((m) => x.t(`methods.attribution.${m}`)),
    },
    {
      key: 'scope',
      title: (x: ReportText) => x.t('conventions.scope'),
      texts: (x: ReportText) => once((i) => i.results.methods.electricityCo2).map((m) => x.t('conventions.scopeText', { method: x.t(`methods.electricityCo2.${m}`) })),
    },
    {
      key: 'peak',
      title: (x: ReportText) => x.t('conventions.peak'),
      texts: (x: ReportText) => once((i) => i.results.methods.peakTolerancePct).map((tol) => x.t('methods.peak', { tol: x.plain(tol) })),
    },
  ];
}

function Conventions({ items, x }: { items: ReportItem[]; x: ReportText }) {
  const differ = new Set(items.map((i) => i.scenario.conventions.primaryElectricity)).size > 1;
  const methodsDiffer = new Set(items.map(({ results: { methods: m } }) => [m.energyControl, m.renewableAttribution, m.electricityCo2, m.peakTolerancePct].join('|'))).size > 1;
  return (
    <Section id="conventions" title={x.t('compare.conventions')} intro={x.t('compare.details')} className="flow">
      {differ && <p className="report-warning">{x.t('compare.conventionsDiffer')}</p>}
      {methodsDiffer && (
        <p className="report-warning" data-testid="report-methods-differ">
          {x.t('compare.methodsDiffer')}
        </p>
      )}
      <ul className="report-list">
        {items.map(({ scenario: s, results: r }) => (
          <li key={s.id} data-testid={`report-conventions-${s.id}`}>
            {x.t('conventions.scenarioConventions', {
              name: scenarioName(s, x),
              convention: x.t(`assumptions.convention.${s.conventions.primaryElectricity}`),
              ...methodsShort(r.methods, x),
            })}
          </li>
        ))}
      </ul>
      <dl className="report-conventions">
        {methodKinds(items).map(({ key, title, texts }) => (
          <div key={key} className="report-convention">
            <dt>{title(x)}</dt>
            {texts(x).map((t) => (
              <dd key={t}>{t}</dd>
            ))}
          </div>
        ))}
      </dl>
    </Section>
  );
}

/** Several scenarios side by side: key figures, target matrix, why CO2 differs, charts, conventions. Memoised: the page's own state (ready, printing) does not redraw the report. */
export const CompareReport = memo(function CompareReport({ items, years = null, lmdiYear = null, appInfo, date, x, onDrawn }: Props) {
  useEffect(() => onDrawn(), [onDrawn]);
  const regions = [...new Set(items.map((i) => regionName(i.scenario, x)))].join(x.lang === 'en' ? ', ' : '、');
  return (
    <article className="report-sheet" lang={x.locale}>
      <section className="report-cover" data-testid="report-cover" aria-labelledby="report-cover-h">
        <div className="report-cover-kicker">{regions}</div>
        <h1 id="report-cover-h">{x.t('compareTitle')}</h1>
        <dl className="report-meta">
          <dt>{x.t('cover.region')}</dt>
          <dd>{regions}</dd>
          <dt>{x.t('cover.scenarios')}</dt>
          <dd>
            <ol className="report-list">
              {items.map(({ scenario: s }) => (
                <li key={s.id}>
                  {scenarioName(s, x)} <span className="muted">({x.t('cover.horizonValue', { base: s.baseYear, end: s.endYear })})</span>
                </li>
              ))}
            </ol>
          </dd>
          <dt>{x.t('cover.date')}</dt>
          <dd data-testid="report-date">{x.date(date)}</dd>
          <dt>{x.t('cover.version')}</dt>
          <dd data-testid="report-version">{versionText(appInfo, x)}</dd>
        </dl>
        <p className="report-note">{x.t('compare.coverNote', { conventions: x.t('compare.conventions') })}</p>
      </section>
      <Figures items={items} years={years} x={x} />
      <Why items={items} lmdiYear={lmdiYear} x={x} />
      <Matrix items={items} x={x} />
      <Charts items={items} x={x} />
      <Years items={items} x={x} />
      <SectorCompareSection items={items} years={years} x={x} />
      <HourlyCompareSection items={items} years={years} x={x} />
      <CostCompareSection items={items} x={x} />
      <Conventions items={items} x={x} />
    </article>
  );
});
