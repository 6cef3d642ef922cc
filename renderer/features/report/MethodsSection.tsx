import type { MethodChange, MethodComparison, MethodHeadline } from '../../../shared/engine/methods';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import { useExpressionValues } from '../../engine/expression-values';
import { methodLines, methodsShort } from './method-text';
import type { ReportText } from './report-text';
import { Section } from './Section';
import { targetLabel } from './target-text';

type Props = { scenario: Scenario; results: ScenarioResults; comparison: MethodComparison | null; x: ReportText };

/** The method of a changed axis in a few words. */
function changeText(c: MethodChange, x: ReportText): string {
  switch (c.axis) {
    case 'energyControl':
      return x.t(`methods.short.energyControl.${c.value}`);
    case 'electricityCo2':
      return x.t(`methods.short.electricityCo2.${c.value}`);
    case 'renewableAttribution':
      return x.t(`methods.short.renewableAttribution.${c.value}`);
    case 'peakScope':
      return x.t(`methods.short.peakScope.${c.value}`);
  }
}

/** The year the cover's headline uses: 2030 when within the horizon, else the last year. */
const headlineYear = (r: ScenarioResults) => (r.years.some((y) => y.year === 2030) ? 2030 : r.endYear);

/** The headline figures of each run side by side: the scenario's own first, then one row per other method. */
function Alternatives({ results, comparison, scenario, x }: Props & { comparison: MethodComparison }) {
  const year = headlineYear(results);
  const periods = comparison.own.periods.filter((p) => p.toYear <= 2030).slice(0, 2);
  const intensityPeriod = periods[0];
  const at = (h: MethodHeadline) => h.years.find((y) => y.year === year);
  const period = (h: MethodHeadline, plan: number) => h.periods.find((p) => p.plan === plan);
  const pct = (v: number | undefined) => (v === undefined ? '—' : x.fmt.withUnit(v, 'pct', { signed: true }));
  const peak = (h: MethodHeadline) =>
    !h.peak.withinHorizon ? x.t('cover.noPeak') : `${x.rt('year', { year: h.peak.year })}${h.peak.holds ? '' : ` · ${x.t('methods.alternatives.noHold')}`}`;
  const own = methodsShort(results.methods, x);
  const rows = [comparison.own, ...comparison.alternatives];
  const status = (met: boolean) => (met ? x.rt('targets.met') : x.rt('targets.missed'));
  return (
    <div className="report-alternatives">
      <h3>{x.t('methods.alternatives.heading')}</h3>
      <p className="report-intro">{x.t('methods.alternatives.intro')}</p>
      <table className="report-table report-alternatives-table" data-testid="report-method-alternatives">
        <thead>
          <tr>
            <th scope="col">{x.t('methods.alternatives.col.method')}</th>
            <th scope="col">{x.t('methods.alternatives.col.peak')}</th>
            <th scope="col" className="num">
              {x.t('methods.alternatives.col.co2', { year })}
              <span className="report-unit">{x.fmt.unit('wanTCo2')}</span>
            </th>
            {periods.map((p) => (
              <th key={`c${p.plan}`} scope="col" className="num">
                {x.t('methods.alternatives.col.co2PerGdp', { plan: x.rt('targets.period', { from: p.fromYear, to: p.toYear }) })}
              </th>
            ))}
            {intensityPeriod && (
              <th scope="col" className="num">
                {x.t('methods.alternatives.col.energyPerGdp', { plan: x.rt('targets.period', { from: intensityPeriod.fromYear, to: intensityPeriod.toYear }) })}
              </th>
            )}
            <th scope="col" className="num">
              {x.t('methods.alternatives.col.nonFossil', { year })}
            </th>
            <th scope="col" className="num">{x.t('methods.alternatives.col.targets')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => {
            const y = at(h);
            const key = h.change ? `${h.change.axis}-${h.change.value}` : 'own';
            return (
              <tr key={key} className={h.change ? undefined : 'own'} data-testid={`report-method-${key}`}>
                <th scope="row">
                  {h.change ? (
                    x.t('methods.alternatives.changed', { method: changeText(h.change, x) })
                  ) : (
                    <>
                      <strong>{x.t('methods.alternatives.used')}</strong>
                      <div className="report-small">{[own.energyControl, own.attribution, own.electricityCo2].join(x.lang === 'en' ? '; ' : '；')}</div>
                    </>
                  )}
                </th>
                <td className="report-alternatives-peak">{peak(h)}</td>
                <td className="num">{y ? x.fmt.num(y.co2, 'wanTCo2') : '—'}</td>
                {periods.map((p) => (
                  <td key={`c${p.plan}`} className="num">
                    {pct(period(h, p.plan)?.co2PerGdpChangePct)}
                  </td>
                ))}
                {intensityPeriod && <td className="num">{pct(period(h, intensityPeriod.plan)?.energyPerGdpAssessedChangePct)}</td>}
                <td className="num">{y ? x.fmt.withUnit(y.nonFossilShare, 'pct') : '—'}</td>
                <td className="num nowrap">{h.targetsJudged ? x.t('cover.targetsValue', { met: h.targetsMet, total: h.targetsJudged }) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {comparison.methodDependentTargets.length > 0 && (
        <div className="report-warning" data-testid="report-method-dependent">
          <strong>{x.t('methods.alternatives.dependent')}</strong>
          <ul className="report-list">
            {comparison.methodDependentTargets.map((d) => {
              const status0 = results.targets.find((t) => t.id === d.id);
              return (
                <li key={d.id}>
                  {x.t('methods.alternatives.dependentItem', {
                    label: status0 ? targetLabel(scenario, status0, x) : d.label,
                    status: status(d.met),
                    other: status(!d.met),
                    methods: d.otherwiseUnder.map((c) => changeText(c, x)).join(x.lang === 'en' ? '; ' : '；'),
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * 核算口径: the method and source behind every headline figure, then the
 * headline figures under the other methods, so that an accounting effect is
 * not mistaken for an effect of the plan. Nothing here is computed: the
 * engine's comparison (shared/engine/methods.ts) is shown as it came.
 */
export function MethodsSection(props: Props) {
  const { scenario, results, comparison, x } = props;
  useExpressionValues();
  const lines = methodLines(scenario, results, x);
  return (
    <Section id="methods" title={x.t('methods.heading')} intro={x.t('methods.intro')}>
      <table className="report-table report-methods-table">
        <thead>
          <tr>
            <th scope="col">{x.t('methods.col.figure')}</th>
            <th scope="col">{x.t('methods.col.method')}</th>
            <th scope="col">{x.t('methods.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key} data-testid={`report-method-line-${l.key}`}>
              <th scope="row">{l.figure}</th>
              <td>{l.method}</td>
              <td className="report-small">{l.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison ? (
        <Alternatives {...props} comparison={comparison} />
      ) : (
        <p className="report-intro" data-testid="report-method-alternatives-missing">
          {x.t('methods.alternatives.unavailable')}
        </p>
      )}
    </Section>
  );
}
