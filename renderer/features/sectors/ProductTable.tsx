import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { NumberFormatter } from '../../components/results/format';
import { keyYears } from './key-years';
import { productBenchmarks } from '../../components/results/product-benchmarks';
import type { SectorsTranslate } from '../../components/results/sector-chart-option';

type Props = {
  scenario: Scenario;
  results: ScenarioResults;
  fmt: NumberFormatter;
  ts: SectorsTranslate;
  lang: string;
  headingId?: string;
};

/** The years of the product table: the base year and the plan ends up to 2030 (the years 节能审查 and 产能置换 are argued over). */
function productYears(r: ScenarioResults) {
  const all = keyYears(r);
  const upTo2030 = all.filter((y) => y.year <= 2030);
  return upTo2030.length > 1 ? upTo2030 : all;
}

/**
 * Key products of industry: output and unit energy use at the key years, against the product's
 * 能效标杆水平 and 基准水平, and the energy it uses; a unit energy above the 基准水平 is marked, as
 * 节能审查 would mark it. Outputs by route (blast furnace, electric arc) under their product.
 */
export function ProductTable({ scenario, results: r, fmt, ts, lang, headingId = 'sec-products-h' }: Props) {
  const products = scenario.industry?.products ?? [];
  if (products.length === 0) return null;
  const years = productYears(r);
  const last = years[years.length - 1]!;
  const name = (p: { name: string; nameEn?: string }) => (lang === 'en' && p.nameEn ? p.nameEn : p.name);
  return (
    <section className="res-section" aria-labelledby={headingId} data-testid="product-results">
      <div className="res-section-head">
        <h3 id={headingId}>{ts('products.heading')}</h3>
      </div>
      <p className="muted small">
        {ts('products.note')}
        {lang === 'en' ? ' ' : ''}
        {ts(`products.energyNote.${scenario.conventions.primaryElectricity}`)}
      </p>
      <div className="res-table-wrap">
        <table className="res-table" data-testid="product-table">
          <thead>
            <tr>
              <th scope="col">{ts('products.col.product')}</th>
              {years.map((y) => (
                <th key={`o${y.year}`} scope="col" className="num">
                  {ts('products.col.output', { year: y.year })}
                  <div className="sec-unit">{fmt.unit('wanT')}</div>
                </th>
              ))}
              {years.map((y) => (
                <th key={`u${y.year}`} scope="col" className="num">
                  {ts('products.col.unitEnergy', { year: y.year })}
                  <div className="sec-unit">{fmt.unit('kgcePerT')}</div>
                </th>
              ))}
              <th scope="col" className="num">
                {ts('products.col.benchmark')}
                <div className="sec-unit">{fmt.unit('kgcePerT')}</div>
              </th>
              <th scope="col" className="num">
                {ts('products.col.baseline')}
                <div className="sec-unit">{fmt.unit('kgcePerT')}</div>
              </th>
              <th scope="col" className="num">
                {ts('products.col.energy', { year: last.year })}
                <div className="sec-unit">{fmt.unit('wanTce')}</div>
              </th>
            </tr>
          </thead>
          <tbody>
            {products.flatMap((p) => {
              const { benchmark, baseline } = productBenchmarks(p);
              const at = (y: (typeof years)[number]) => y.products.find((x) => x.id === p.id);
              const rows = [
                <tr key={p.id} data-testid={`product-row-${p.id}`}>
                  <th scope="row">{name(p)}</th>
                  {years.map((y) => (
                    <td key={`o${y.year}`} className="num nowrap" data-value={at(y)?.outputWanT ?? ''}>
                      {at(y) ? fmt.num(at(y)!.outputWanT, 'wanT') : '—'}
                    </td>
                  ))}
                  {years.map((y) => {
                    const u = at(y)?.unitEnergyKgcePerT;
                    const above = u !== undefined && baseline !== undefined && u > baseline;
                    const atBench = u !== undefined && benchmark !== undefined && u <= benchmark;
                    return (
                      <td
                        key={`u${y.year}`}
                        className={`num nowrap${above ? ' res-bad' : atBench ? ' res-good' : ''}`}
                        data-value={u ?? ''}
                        title={above ? ts('products.aboveBaseline') : atBench ? ts('products.atBenchmark') : undefined}
                      >
                        {u === undefined ? '—' : fmt.num(u, 'kgcePerT')}
                      </td>
                    );
                  })}
                  <td className="num nowrap">
                    {benchmark === undefined ? ts('products.none') : fmt.num(benchmark, 'kgcePerT')}
                  </td>
                  <td className="num nowrap">
                    {baseline === undefined ? ts('products.none') : fmt.num(baseline, 'kgcePerT')}
                  </td>
                  <td className="num nowrap">{at(last) ? fmt.num(at(last)!.energy, 'wanTce') : '—'}</td>
                </tr>,
              ];
              if (p.routes.length > 1) {
                for (const route of p.routes) {
                  rows.push(
                    <tr
                      key={`${p.id}/${route.id}`}
                      className="sec-sub"
                      data-testid={`product-route-${p.id}-${route.id}`}
                    >
                      <th scope="row">{name(route)}</th>
                      {years.map((y) => {
                        const v = at(y)?.outputByRouteWanT[route.id];
                        return (
                          <td key={`o${y.year}`} className="num nowrap">
                            {v === undefined ? '—' : fmt.num(v, 'wanT')}
                          </td>
                        );
                      })}
                      <td colSpan={years.length + 3} />
                    </tr>,
                  );
                }
              }
              return rows;
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
