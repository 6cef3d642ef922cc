import type { EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { ScenarioResults } from '../../../shared/engine/results';
import { planYears } from '../../../shared/engine/study-tables';
import type { Scenario } from '../../../shared/model/scenario';
import { INPUT_SPECS, type UncertainInput } from '../../../shared/model/uncertainty';
import { fixedDigits } from './fixed';
import type { ReportText } from './report-text';
import { Section, sourceShort } from './Section';
import { targetLabel, targetValue } from './target-text';

type Props = { scenario: Scenario; results: ScenarioResults; ensemble: EnsembleResults | undefined; x: ReportText };

/** A number with exactly `digits` decimals in the report's language. */
function fixed(x: ReportText, v: number, digits: number): string {
  if (!Number.isFinite(v)) return '—';
  return fixedDigits(x.locale, v, digits);
}

/** A range's value as its unit column reads it: a signed shift, ×factor, or whole years. */
function rangeValue(x: ReportText, input: UncertainInput, v: number): string {
  const kind = INPUT_SPECS[input].kind;
  if (kind === 'factor') return x.t('uncertainty.value.factor', { value: fixed(x, v, 2) });
  if (kind === 'years') return x.t('uncertainty.value.years', { value: v });
  return x.t('uncertainty.value.shift', { value: new Intl.NumberFormat(x.locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(v) });
}

const BANDS = [
  { metric: 'co2', digits: 1 },
  { metric: 'co2PerGdp', digits: 4 },
  { metric: 'energyPerGdpAssessed', digits: 4 },
  { metric: 'nonFossilShare', digits: 1 },
] as const;

/**
 * 不确定性分析: the run count and seed, the ranges sampled with their sources,
 * the probability of meeting each target, P50 with P10–P90 in the plan years,
 * the scenario's supply-cost percentiles, the peak-year distribution and the
 * tornado of the 2030 CO2 — the figures of
 * the ensemble the engine computed. Left out when none was computed.
 */
export function UncertaintySection({ scenario, results, ensemble: e, x }: Props) {
  if (!e) return null;
  const computed = e.runs - e.failed;
  const pct = (n: number) => fixed(x, computed > 0 ? (n / computed) * 100 : 0, 1);
  const years = planYears(results.years).filter((y) => e.bands.co2.years.includes(y));
  const peaks = [...e.peakYears].sort((a, b) => a.year - b.year);
  const before = peaks.map((_, i) => peaks.slice(0, i + 1).reduce((n, p) => n + p.count, 0));
  const judged = before.at(-1) ?? 0;
  return (
    <Section
      id="uncertainty"
      title={x.t('uncertainty.heading')}
      className="flow"
      intro={x.t('uncertainty.intro', { runs: new Intl.NumberFormat(x.locale).format(e.runs), seed: e.seed, failed: e.failed })}
    >
      <p className="report-note" data-testid="report-uncertainty-scope">
        {x.t(e.hourly === 'annual' ? 'uncertainty.scope.annual' : 'uncertainty.scope.centralFeedback')}
      </p>

      <h3>{x.t('uncertainty.inputs.heading')}</h3>
      <table className="report-table report-names-nowrap" data-testid="report-uncertainty-inputs">
        <thead>
          <tr>
            <th scope="col">{x.t('uncertainty.inputs.input')}</th>
            <th scope="col" className="nowrap">{x.t('uncertainty.inputs.unit')}</th>
            <th scope="col" className="num">{x.t('uncertainty.inputs.low')}</th>
            <th scope="col" className="num">{x.t('uncertainty.inputs.central')}</th>
            <th scope="col" className="num">{x.t('uncertainty.inputs.high')}</th>
            <th scope="col">{x.t('uncertainty.inputs.distribution')}</th>
            <th scope="col">{x.t('uncertainty.inputs.source')}</th>
          </tr>
        </thead>
        <tbody>
          {e.inputs.map(({ input, range }) => (
            <tr key={input} data-testid={`report-uncertainty-input-${input}`}>
              <th scope="row">{x.t(`uncertainty.input.${input}`)}</th>
              <td className="nowrap">{x.t(`uncertainty.unit.${INPUT_SPECS[input].kind}`)}</td>
              <td className="num nowrap">{rangeValue(x, input, range.low)}</td>
              <td className="num nowrap">{rangeValue(x, input, range.central)}</td>
              <td className="num nowrap">{rangeValue(x, input, range.high)}</td>
              <td>{x.t(`uncertainty.distribution.${range.distribution}`)}</td>
              <td className="report-source-cell">{sourceShort(range.source, x)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{x.t('uncertainty.targets.heading')}</h3>
      <table className="report-table" data-testid="report-uncertainty-targets">
        <thead>
          <tr>
            <th scope="col">{x.t('uncertainty.targets.target')}</th>
            <th scope="col" className="num">{x.t('uncertainty.targets.value')}</th>
            <th scope="col" className="num">{x.t('uncertainty.targets.probability')}</th>
            <th scope="col">{x.t('uncertainty.targets.central')}</th>
          </tr>
        </thead>
        <tbody>
          {e.targets.map((t) => {
            const status = results.targets.find((s) => s.id === t.id);
            return (
              <tr key={t.id} data-testid={`report-uncertainty-target-${t.id}`}>
                <th scope="row">{status ? targetLabel(scenario, status, x) : t.id}</th>
                <td className="num">{status ? targetValue(status, 'target', results, x) : '—'}</td>
                <td className="num">{x.t('uncertainty.targets.share', { value: fixed(x, t.probability * 100, 1), met: t.met, runs: computed })}</td>
                <td>{status?.met === null || !status ? '—' : x.t(status.met ? 'uncertainty.targets.met' : 'uncertainty.targets.missed')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>{x.t('uncertainty.bands.heading')}</h3>
      <table className="report-table" data-testid="report-uncertainty-bands">
        <thead>
          <tr>
            <th scope="col">{x.t('uncertainty.bands.year')}</th>
            {BANDS.map((b) => (
              <th key={b.metric} scope="col" className="num">
                {x.t(`uncertainty.bands.${b.metric}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => {
            const i = e.bands.co2.years.indexOf(year);
            return (
              <tr key={year} data-testid={`report-uncertainty-band-${year}`}>
                <th scope="row">{year}</th>
                {BANDS.map(({ metric, digits }) => (
                  <td key={metric} className="num">
                    {x.t('uncertainty.bands.cell', {
                      p50: fixed(x, e.bands[metric].p50[i]!, digits),
                      p10: fixed(x, e.bands[metric].p10[i]!, digits),
                      p90: fixed(x, e.bands[metric].p90[i]!, digits),
                    })}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="report-note">{x.t('uncertainty.bands.note')}</p>

      {e.costs && (
        <>
          <h3>{x.t('uncertainty.costs.heading')}</h3>
          <p>{x.t('uncertainty.costs.intro')}</p>
          <table className="report-table" data-testid="report-uncertainty-costs">
            <thead>
              <tr>
                <th scope="col">{x.t('uncertainty.costs.metric')}</th>
                <th scope="col" className="num">P10</th>
                <th scope="col" className="num">P50</th>
                <th scope="col" className="num">P90</th>
                <th scope="col" className="num">{x.t('uncertainty.costs.central')}</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['presentValue', e.costs.presentValueYiYuan, results.costs?.presentValueYiYuan],
                  ['totalInvestment', e.costs.totalInvestmentYiYuan, results.costs?.totalInvestmentYiYuan],
                ] as const
              ).map(([key, band, central]) => (
                <tr key={key} data-testid={`report-uncertainty-costs-${key}`}>
                  <th scope="row">{x.t(`uncertainty.costs.${key}`)}</th>
                  <td className="num">{fixed(x, band.p10, 1)}</td>
                  <td className="num">{fixed(x, band.p50, 1)}</td>
                  <td className="num">{fixed(x, band.p90, 1)}</td>
                  <td className="num">{central === undefined ? '—' : fixed(x, central, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>{x.t('uncertainty.peak.heading')}</h3>
      <table className="report-table" data-testid="report-uncertainty-peak">
        <thead>
          <tr>
            <th scope="col">{x.t('uncertainty.peak.year')}</th>
            <th scope="col" className="num">{x.t('uncertainty.peak.runs')}</th>
            <th scope="col" className="num">{x.t('uncertainty.peak.share')}</th>
            <th scope="col" className="num">{x.t('uncertainty.peak.cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {peaks.map((p, i) => (
            <tr key={p.year}>
              <th scope="row">{p.year}</th>
              <td className="num">{p.count}</td>
              <td className="num">{pct(p.count)}</td>
              <td className="num">{pct(before[i]!)}</td>
            </tr>
          ))}
          <tr data-testid="report-uncertainty-nopeak">
            <th scope="row">{x.t('uncertainty.peak.none')}</th>
            <td className="num">{e.noPeak}</td>
            <td className="num">{pct(e.noPeak)}</td>
            <td className="num">{pct(judged + e.noPeak)}</td>
          </tr>
        </tbody>
      </table>
      <p className="report-note">{x.t('uncertainty.peak.note')}</p>

      <h3>{x.t('uncertainty.tornado.heading', { year: e.tornadoYear })}</h3>
      <p>{x.t('uncertainty.tornado.intro', { year: e.tornadoYear, central: fixed(x, e.tornadoCentral, 1) })}</p>
      <table className="report-table" data-testid="report-uncertainty-tornado">
        <thead>
          <tr>
            <th scope="col">{x.t('uncertainty.inputs.input')}</th>
            <th scope="col" className="num">{x.t('uncertainty.tornado.atLow')}</th>
            <th scope="col" className="num">{x.t('uncertainty.tornado.atHigh')}</th>
            <th scope="col" className="num">{x.t('uncertainty.tornado.swing')}</th>
          </tr>
        </thead>
        <tbody>
          {e.tornado.map((b) => (
            <tr key={b.input} data-testid={`report-uncertainty-bar-${b.input}`}>
              <th scope="row">{x.t(`uncertainty.input.${b.input as UncertainInput}`)}</th>
              <td className="num">{fixed(x, b.atLow, 1)}</td>
              <td className="num">{fixed(x, b.atHigh, 1)}</td>
              <td className="num">{fixed(x, Math.abs(b.atHigh - b.atLow), 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {e.failed > 0 && <p className="report-note">{x.t('uncertainty.failed', { failed: e.failed, runs: e.runs })}</p>}
    </Section>
  );
}
