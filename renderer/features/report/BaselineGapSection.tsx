import { baselineGaps } from '../../../shared/engine/baseline-gap';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { ReportBaseline } from './baseline-load';
import { scenarioName } from './Cover';
import type { ReportText } from './report-text';
import { Section } from './Section';

/** Below this (万tCO2, half the last digit printed) a driver reads 0.0 in every year and is left out, named in a note. */
const PRINTED_ZERO = 0.05;
/** 万tCO2: a part below this is rounding left by the logarithms, not a driver */
const FLOAT_DUST = 1e-6;

type Props = { scenario: Scenario; results: ScenarioResults; baseline: ReportBaseline | undefined; x: ReportText };

/**
 * The CO2 gap between the scenario and its baseline in 2025, 2030 and the last year,
 * split into the LMDI parts the engine computes, each with its share of the gap, and
 * the check that they add up. Left out when the report has no baseline.
 */
export function BaselineGapSection({ scenario, results, baseline, x }: Props) {
  if (!baseline?.choice) return null;
  const item = baseline.item;
  if (!item) {
    return (
      <Section id="baseline" title={x.t('baseline.heading')}>
        <p className="report-intro">{x.t('baseline.missing')}</p>
      </Section>
    );
  }
  const name = scenarioName(item.scenario, x);
  const gaps = baselineGaps(results, item.results);
  const how = x.t(`baseline.how.${baseline.choice.how}`);
  if (gaps.length === 0) {
    return (
      <Section id="baseline" title={x.t('baseline.heading')}>
        <p className="report-intro">{x.t('baseline.noYears', { baseline: name })}</p>
      </Section>
    );
  }
  const drivers = gaps[0]!.parts.map((p) => p.driver);
  const shown = drivers.filter((d) => gaps.some((g) => Math.abs(g.parts.find((p) => p.driver === d)!.value) >= PRINTED_ZERO));
  // floating-point dust (a part that is zero by construction) is not worth a note
  const hidden = drivers.filter((d) => !shown.includes(d) && gaps.some((g) => Math.abs(g.parts.find((p) => p.driver === d)!.value) > FLOAT_DUST));
  const co2 = (v: number, signed = false) => x.fmt.num(v, 'wanTCo2', { signed });
  const share = (v: number | null) => (v === null ? '—' : x.fmt.num(v, 'pct', { signed: true }));
  const listSep = x.lang === 'en' ? ', ' : '、';
  const maxResidual = Math.max(...gaps.map((g) => Math.abs(g.residual)));
  const row = (id: string, label: string, cells: [string, string][], className?: string) => (
    <tr key={id} data-testid={`report-baseline-${id}`} className={className}>
      <th scope="row">{label}</th>
      {cells.flatMap(([v, s], i) => [
        <td key={`v${i}`} className="num">
          {v}
        </td>,
        <td key={`s${i}`} className="num">
          {s}
        </td>,
      ])}
    </tr>
  );
  return (
    <Section
      id="baseline"
      title={x.t('baseline.heading')}
      className="flow"
      intro={x.t('baseline.intro', { baseline: name, scenario: scenarioName(scenario, x), years: gaps.map((g) => g.year).join(listSep) }) + how}
    >
      <table className="report-table report-baseline-table" data-testid="report-baseline-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {x.t('baseline.col.item')}
            </th>
            {gaps.map((g) => (
              <th key={g.year} scope="colgroup" colSpan={2}>
                {x.rt('year', { year: g.year })}
              </th>
            ))}
          </tr>
          <tr>
            {gaps.flatMap((g) => [
              <th key={`v${g.year}`} scope="col" className="num">
                {x.rt('units.wanTCo2')}
              </th>,
              <th key={`s${g.year}`} scope="col" className="num">
                {x.t('baseline.col.share')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {row('base', x.t('baseline.row.baseline'), gaps.map((g) => [co2(g.baselineCo2), '']))}
          {row('scenario', x.t('baseline.row.scenario'), gaps.map((g) => [co2(g.co2), '']))}
          {shown.map((d) =>
            row(
              d,
              x.t(`compare.drivers.${d}`),
              gaps.map((g) => {
                const p = g.parts.find((q) => q.driver === d)!;
                return [co2(p.value, true), share(p.sharePct)];
              }),
            ),
          )}
          {row('sum', x.t('baseline.row.sum'), gaps.map((g) => [co2(g.sumOfParts, true), '']), 'total')}
          {row('gap', x.t('baseline.row.gap'), gaps.map((g) => [co2(g.gap, true), g.gap === 0 ? '—' : x.fmt.num(100, 'pct')]), 'total')}
        </tbody>
      </table>
      <p className="report-small" data-testid="report-baseline-check">
        {x.t('baseline.check', { residual: co2(maxResidual) })}
      </p>
      {hidden.length > 0 && <p className="report-small">{x.t('baseline.hidden', { drivers: hidden.map((d) => x.t(`compare.drivers.${d}`)).join(listSep) })}</p>}
      <p className="report-small">{x.t('baseline.note')}</p>
    </Section>
  );
}
