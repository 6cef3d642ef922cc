import type { Scenario } from '../../../shared/model/scenario';
import type { CiteContext } from './citations';
import { assumptionRows, citeContext, targetSourceRows, type AssumptionRow } from './assumptions';
import type { ReportText } from './report-text';
import { Section, SourceLines } from './Section';

function RowsTable({ rows, x, ctx, first, testId }: { rows: AssumptionRow[]; x: ReportText; ctx: CiteContext; first: number; testId: string }) {
  return (
    <table className="report-table report-sources-table" data-testid={testId}>
      <colgroup>
        <col className="report-col-no" />
        <col className="report-col-field" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="num">{x.t('assumptions.col.no')}</th>
          <th scope="col">{x.t('assumptions.col.field')}</th>
          <th scope="col">{x.t('assumptions.col.source')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} data-source-kind={row.ref?.kind ?? 'none'}>
            <td className="num">{first + i}</td>
            <th scope="row">
              {row.fields.map((f) => (
                <div key={f.path} className="report-field" data-path={f.path}>
                  <span className="report-field-label">{f.label}</span>
                  {f.value && <span className="report-field-value">{f.value}</span>}
                </div>
              ))}
            </th>
            <td>
              <SourceLines source={row.ref} x={x} ctx={ctx} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every input of the scenario with its value and where it comes from; then the targets' sources. */
export function AssumptionsSection({ scenario, x }: { scenario: Scenario; x: ReportText }) {
  const rows = assumptionRows(scenario, x);
  const targets = targetSourceRows(scenario, x);
  const ctx = citeContext(scenario, x);
  return (
    <Section id="assumptions" title={x.t('assumptions.heading')} intro={x.t('assumptions.intro')}>
      <RowsTable rows={rows} x={x} ctx={ctx} first={1} testId="report-assumptions-inputs" />
      {targets.length > 0 && (
        <>
          <h3>{x.t('assumptions.targetsHeading')}</h3>
          <RowsTable rows={targets} x={x} ctx={ctx} first={rows.length + 1} testId="report-assumptions-targets" />
        </>
      )}
    </Section>
  );
}
