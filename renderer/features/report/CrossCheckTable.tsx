import { crossChecks, type CrossCheck } from '../../../shared/engine/cross-check';
import type { ScenarioResults } from '../../../shared/engine/results';
import type { UnitId } from '../../components/results/format';
import type { ReportText } from './report-text';

/** The engine's figures beside the published statistics of the same years (shared/engine/cross-check.ts); nothing when none is known. */
export function CrossCheckTable({ results, x }: { results: ScenarioResults; x: ReportText }) {
  const rows = crossChecks(results);
  if (!rows.length) return null;
  // capacity in MW, energy in 亿kWh
  const unit = (c: CrossCheck): UnitId => ((c.field as string) === 'localCapacityMW' ? 'mw' : 'yiKWh');
  return (
    <div className="report-crosscheck" data-testid="report-crosscheck">
      <h3>{x.t('years.crossCheck.heading')}</h3>
      <p className="report-intro">{x.t('years.crossCheck.intro')}</p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{x.t('years.col.year')}</th>
            <th scope="col">{x.t('years.crossCheck.col.field')}</th>
            <th scope="col" className="num">
              {x.t('years.crossCheck.col.engine')}
            </th>
            <th scope="col" className="num">
              {x.t('years.crossCheck.col.reported')}
            </th>
            <th scope="col" className="num">
              {x.t('years.crossCheck.col.diff')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={`${c.year}-${c.field}`} data-testid={`report-crosscheck-${c.year}-${c.field}`}>
              <th scope="row">{c.year}</th>
              <td>{x.t(`years.crossCheck.field.${c.field}`)}</td>
              <td className="num">{x.fmt.withUnit(c.engine, unit(c))}</td>
              <td className="num">{x.fmt.withUnit(c.reported, unit(c))}</td>
              <td className="num">
                {x.fmt.withUnit(c.diff, unit(c), { signed: true })}
                {c.diffPct !== null && (
                  <span className="muted">
                    {x.t('years.crossCheck.pct', { pct: x.fmt.withUnit(c.diffPct, 'pct', { signed: true }) })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
