import type { ScenarioResults } from '../../../shared/engine/results';
import { driverText, FLAG_UNITS } from './flag-text';
import type { ReportText } from './report-text';
import { Section } from './Section';

/**
 * Explaining the years: every change of more than 10 % from the year before
 * (the engine's flags), with the drivers the engine found for it.
 */
export function FlagsSection({ results, x }: { results: ScenarioResults; x: ReportText }) {
  const flags = results.flags;
  return (
    <Section id="flags" title={x.t('flags.heading')} intro={x.t('flags.intro')} className="flow">
      {flags.length === 0 ? (
        <p className="report-intro">{x.t('flags.none')}</p>
      ) : (
        <table className="report-table report-flags-table">
          <thead>
            <tr>
              <th scope="col">{x.t('flags.col.year')}</th>
              <th scope="col">{x.t('flags.col.metric')}</th>
              <th scope="col" className="num">{x.t('flags.col.change')}</th>
              <th scope="col">{x.t('flags.col.drivers')}</th>
            </tr>
          </thead>
          <tbody>
            {flags.map((f) => (
              <tr key={`${f.year}-${f.metric}`} data-testid={`report-flag-${f.year}-${f.metric}`}>
                <th scope="row" className="nowrap">
                  {f.year}
                </th>
                <td>
                  {x.t(`flags.metric.${f.metric}`)}
                  <div className="report-small muted">
                    {x.fmt.num(f.from, FLAG_UNITS[f.metric])} → {x.fmt.withUnit(f.to, FLAG_UNITS[f.metric])}
                  </div>
                </td>
                <td className="num nowrap">{x.fmt.withUnit(f.changePct, 'pct', { signed: true })}</td>
                <td>
                  <ul className="report-drivers">
                    {f.drivers.map((d, i) => (
                      <li key={i}>{driverText(d, f.metric, x)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
