import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import { citeContext } from './assumptions';
import type { ReportText } from './report-text';
import { Section, sourceShort } from './Section';
import { metAttr, targetLabel, targetMargin, targetPeriod, targetStatus, targetValue } from './target-text';

type Props = { scenario: Scenario; results: ScenarioResults; x: ReportText };

/** Every target: what it asks, what the scenario reaches, met or missed and by how much. */
export function TargetsSection({ scenario, results, x }: Props) {
  const rows = results.targets;
  const ctx = citeContext(scenario, x);
  return (
    <Section id="targets" title={x.t('targets.heading')} intro={x.t('targets.intro')}>
      {rows.length === 0 ? (
        <p className="report-intro">{x.rt('targets.none')}</p>
      ) : (
        <table className="report-table report-targets-table">
          <thead>
            <tr>
              <th scope="col">{x.t('targets.col.label')}</th>
              <th scope="col" className="num">{x.t('targets.col.target')}</th>
              <th scope="col" className="num">{x.t('targets.col.actual')}</th>
              <th scope="col">{x.t('targets.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const target = scenario.targets.find((t) => t.id === s.id);
              return (
                <tr key={s.id} data-testid={`report-target-${s.id}`} data-met={metAttr(s)} className={`met-${metAttr(s)}`}>
                  <th scope="row">
                    <div className="report-target-label">{targetLabel(scenario, s, x)}</div>
                    <div className="report-small">
                      {x.rt(`targets.metric.${s.metric}`)} · {targetPeriod(s, x)} · {s.binding ? x.t('targets.kind.binding') : x.t('targets.kind.expected')}
                    </div>
                    {target && <div className="report-small muted">{x.t('targets.source', { source: sourceShort(target.source, x, ctx) })}</div>}
                  </th>
                  <td className="num nowrap">{targetValue(s, 'target', results, x)}</td>
                  <td className="num nowrap">{targetValue(s, 'actual', results, x)}</td>
                  <td>
                    <span className={`report-status ${metAttr(s)}`}>{targetStatus(s, x)}</span>
                    <div className="report-small">{targetMargin(s, results, x)}</div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Section>
  );
}
