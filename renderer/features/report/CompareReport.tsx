import { useEffect, useMemo } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { regionName, scenarioName, versionText } from './Cover';
import { compareLineOption, decompositionYear, keyFigureRows, targetMatrix, whyDifferent, type FigureRow } from './compare';
import type { ReportText } from './report-text';
import { PrintChart } from './PrintChart';
import { Section } from './Section';
import { metAttr, targetMargin, targetStatus, targetValue } from './target-text';
import type { ReportItem } from './useReportData';

type Props = { items: ReportItem[]; appInfo: AppInfo; date: Date; x: ReportText; onDrawn(): void };

function figureText(row: FigureRow, v: number | null, x: ReportText): string {
  if (v === null) return row.key === 'peakYear' ? x.rt('targets.noPeak') : '—';
  return row.unit === 'year' ? String(v) : x.fmt.num(v, row.unit);
}

function Figures({ items, x }: { items: ReportItem[]; x: ReportText }) {
  const rows = keyFigureRows(items, x);
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
          {rows.map((row) => (
            <tr key={row.key} data-testid={`report-figure-${row.key}`}>
              <th scope="row">
                {row.label}
                {row.unit !== 'year' && row.unit !== 'pct' && <span className="report-unit">{x.fmt.unit(row.unit)}</span>}
                {row.unit === 'pct' && <span className="report-unit">%</span>}
              </th>
              {row.values.map((v, i) => {
                const ref = row.values[0];
                const diff = i > 0 && v !== null && ref !== null && ref !== undefined && row.unit !== 'year' ? v - ref : null;
                return (
                  <td key={i} className="num" data-value={v ?? ''}>
                    {figureText(row, v, x)}
                    {diff !== null && <div className="report-small muted">{row.unit === 'pct' ? x.fmt.withUnit(diff, 'pp', { signed: true }) : x.fmt.num(diff, row.unit, { signed: true })}</div>}
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

function Matrix({ items, x }: { items: ReportItem[]; x: ReportText }) {
  const rows = targetMatrix(items, x);
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
            <tr key={row.key} data-testid={`report-target-${row.key}`}>
              <th scope="row">
                <div className="report-target-label">{row.label}</div>
                <div className="report-small">{row.detail}</div>
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} data-testid={`report-target-${row.key}-${items[i]!.scenario.id}`} data-met={cell ? metAttr(cell) : 'none'}>
                  {cell ? (
                    <>
                      <span className={`report-status ${metAttr(cell)}`}>{targetStatus(cell, x)}</span>{' '}
                      <span className="nowrap">{targetValue(cell, 'actual', items[i]!.results, x)}</span>
                      <div className="report-small">{targetMargin(cell, items[i]!.results, x)}</div>
                    </>
                  ) : (
                    <span className="muted">{x.t('compare.notSet')}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function Why({ items, x }: { items: ReportItem[]; x: ReportText }) {
  const year = decompositionYear(items);
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
              <td key={i} className="num">
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

function Conventions({ items, x }: { items: ReportItem[]; x: ReportText }) {
  const differ = new Set(items.map((i) => i.scenario.conventions.primaryElectricity)).size > 1;
  return (
    <Section id="conventions" title={x.t('compare.conventions')} intro={x.t('compare.details')} className="flow">
      {differ && <p className="report-warning">{x.t('compare.conventionsDiffer')}</p>}
      <ul className="report-list">
        {items.map(({ scenario: s }) => (
          <li key={s.id}>
            {x.t('conventions.scenarioConventions', {
              name: scenarioName(s, x),
              convention: x.t(`assumptions.convention.${s.conventions.primaryElectricity}`),
              exclude: s.conventions.excludeNewRenewablesFromIntensity ? x.t('conventions.excluded') : x.t('conventions.included'),
            })}
          </li>
        ))}
      </ul>
      <dl className="report-conventions">
        {(['scope', 'storage', 'peak'] as const).map((k) => (
          <div key={k} className="report-convention">
            <dt>{x.t(`conventions.${k}`)}</dt>
            <dd>{x.t(`conventions.${k}Text`)}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

/** Several scenarios side by side: key figures, target matrix, why CO2 differs, charts, conventions. */
export function CompareReport({ items, appInfo, date, x, onDrawn }: Props) {
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
        <p className="report-note">{x.t('cover.note')}</p>
      </section>
      <Figures items={items} x={x} />
      <Why items={items} x={x} />
      <Matrix items={items} x={x} />
      <Charts items={items} x={x} />
      <Years items={items} x={x} />
      <Conventions items={items} x={x} />
    </article>
  );
}
