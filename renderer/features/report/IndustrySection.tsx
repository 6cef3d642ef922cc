import type { ScenarioResults, YearResult } from '../../../shared/engine/results';
import { planYears } from '../../../shared/engine/study-tables';
import type { Product, Scenario } from '../../../shared/model/scenario';
import { citeContext } from './assumptions';
import type { ReportText } from './report-text';
import { Section, sourceShort } from './Section';
import { peakScopeText } from './SectorSection';
import { productBenchmarks } from '../../components/results/product-benchmarks';
import { productBenchmark } from '../../../seeds/reference/benchmarks';
import { referenceCitation, referenceCitationZh, requireReference } from '../../../seeds/reference/index';
import type { SourceRef } from '../../../shared/model/provenance';

/** A library entry as a source to cite (as the presets cite it). */
function referenceSource(refId: string): SourceRef {
  const e = requireReference(refId);
  return { kind: 'reference', refId, citation: `${e.nameEn}: ${referenceCitation(e)}`, citationZh: `${e.name}：${referenceCitationZh(e)}` };
}

type Props = { scenario: Scenario; results: ScenarioResults; x: ReportText };

const named = (p: { name: string; nameEn?: string }, x: ReportText) =>
  x.lang === 'en' && p.nameEn ? p.nameEn : p.name;

/** Where a unit energy stands against the product's levels: above the floor (基准水平), at or below the benchmark (标杆水平). */
function standing(value: number, p: Product): 'aboveBaseline' | 'atBenchmark' | undefined {
  const { benchmark, baseline } = productBenchmarks(p);
  if (baseline !== undefined && value > baseline) return 'aboveBaseline';
  if (benchmark !== undefined && value <= benchmark) return 'atBenchmark';
  return undefined;
}

function Head({ first, years, extra = [] }: { first: string; years: number[]; extra?: string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {extra.map((h) => (
          <th key={h} scope="col" className="num">
            {h}
          </th>
        ))}
        {years.map((y) => (
          <th key={y} scope="col" className="num">
            {y}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * 重点产品与工业生产过程排放: each key product's output and unit energy by
 * plan year, the unit energy read against its 能效标杆水平 and 基准水平, its
 * energy, and the process CO2 of carbonates line by line with its factor,
 * apart from energy CO2 and CO2 per GDP. Left out when the scenario has none.
 */
export function IndustrySection({ scenario, results: r, x }: Props) {
  const products = scenario.industry?.products ?? [];
  const lines = scenario.industry?.processEmissions ?? [];
  if (!products.length && !lines.length) return null;
  const years = planYears(r.years);
  const at = (y: number): YearResult => r.years[y - r.baseYear]!;
  const productAt = (y: number, id: string) => at(y).products.find((p) => p.id === id);
  const ctx = citeContext(scenario, x);
  // the product's own levels with their source, else its kind's in the reference library with that entry
  const levelSource = (p: Product): SourceRef | undefined => {
    const own = scenario.sources?.[`industry.products[id=${p.id}].benchmarkKgcePerT`];
    if (own) return own;
    const library = p.benchmarkKgcePerT === undefined ? productBenchmark(p.kind) : undefined;
    return library ? referenceSource(library.benchmarkRef) : undefined;
  };
  const levelLines = products.filter((p) => levelSource(p));
  const scope = peakScopeText(r, x);
  const judgedWithProcess = r.methods.peakScope === 'energyAndProcess';
  const levelText = (v: number | undefined) => (v === undefined ? '—' : x.fmt.num(v, 'kgcePerT'));
  const withLevels = products.some((p) => productBenchmarks(p).benchmark !== undefined || productBenchmarks(p).baseline !== undefined);
  return (
    <Section id="industry" title={x.t('industry.heading')} intro={x.t('industry.intro')}>
      {products.length > 0 && (
        <>
          <h3>{x.t('industry.output.heading', { unit: x.fmt.unit('wanT') })}</h3>
          <table className="report-table" data-testid="report-products-output">
            <Head first={x.t('industry.col.product')} years={years} />
            <tbody>
              {products.map((p) => (
                <tr key={p.id} data-testid={`report-product-output-${p.id}`}>
                  <th scope="row">
                    {named(p, x)}
                    <div className="report-small muted">{sourceShort(p.source, x, ctx)}</div>
                  </th>
                  {years.map((y) => (
                    <td key={y} className="num">
                      {x.fmt.num(productAt(y, p.id)?.outputWanT ?? 0, 'wanT')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>

          <h3>{x.t('industry.unitEnergy.heading', { unit: x.fmt.unit('kgcePerT') })}</h3>
          <table className="report-table" data-testid="report-products-unit-energy">
            <Head
              first={x.t('industry.col.product')}
              years={years}
              extra={withLevels ? [x.t('industry.col.benchmark'), x.t('industry.col.baseline')] : []}
            />
            <tbody>
              {products.map((p) => (
                <tr key={p.id} data-testid={`report-product-unit-${p.id}`}>
                  <th scope="row">{named(p, x)}</th>
                  {withLevels && (
                    <>
                      <td className="num">
                        {levelText(productBenchmarks(p).benchmark)}
                      </td>
                      <td className="num">
                        {levelText(productBenchmarks(p).baseline)}
                      </td>
                    </>
                  )}
                  {years.map((y) => {
                    const v = productAt(y, p.id)?.unitEnergyKgcePerT ?? 0;
                    const mark = standing(v, p);
                    return (
                      <td key={y} className={mark ? `num report-${mark}` : 'num'} data-standing={mark ?? 'between'}>
                        {x.fmt.num(v, 'kgcePerT')}
                        {mark && <span className="report-mark">{x.t(`industry.unitEnergy.mark.${mark}`)}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="report-small">
            {x.t(withLevels ? 'industry.unitEnergy.note' : 'industry.unitEnergy.noLevels')}
          </p>
          {levelLines.length > 0 && (
            <p className="report-small" data-testid="report-products-levels-source">
              {x.t('industry.unitEnergy.levels', {
                list: levelLines
                  .map((p) => `${named(p, x)}：${sourceShort(levelSource(p), x, ctx)}`)
                  .join(x.lang === 'en' ? '; ' : '；'),
              })}
            </p>
          )}

          <h3>{x.t('industry.energy.heading', { unit: x.fmt.unit('wanTce') })}</h3>
          <table className="report-table" data-testid="report-products-energy">
            <Head first={x.t('industry.col.product')} years={years} />
            <tbody>
              {products.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{named(p, x)}</th>
                  {years.map((y) => (
                    <td key={y} className="num">
                      {x.fmt.num(productAt(y, p.id)?.energy ?? 0, 'wanTce')}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="total">
                <th scope="row">{x.t('industry.energy.industry')}</th>
                {years.map((y) => (
                  <td key={y} className="num">
                    {x.fmt.num(at(y).energyBySector.industry, 'wanTce')}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <p className="report-small">{x.t('industry.energy.note')}</p>
        </>
      )}

      {lines.length > 0 && (
        <>
          <h3>{x.t('industry.process.heading', { unit: x.fmt.unit('wanTCo2') })}</h3>
          <table className="report-table" data-testid="report-process-co2">
            <Head first={x.t('industry.col.process')} years={years} extra={[x.t('industry.col.factor')]} />
            <tbody>
              {lines.map((l) => {
                const driver = l.productId ? products.find((p) => p.id === l.productId) : undefined;
                return (
                  <tr key={l.id} data-testid={`report-process-${l.id}`}>
                    <th scope="row">
                      {named(l, x)}
                      <div className="report-small muted">
                        {driver
                          ? x.t('industry.process.driven', {
                              product: named(driver, x),
                              ratio: x.plain(l.activityPerProductT ?? 1),
                            })
                          : x.t('industry.process.ownPath')}
                        {' · '}
                        {sourceShort(l.source, x, ctx)}
                      </div>
                    </th>
                    <td className="num">{x.plain(l.factorTCo2PerT)}</td>
                    {years.map((y) => (
                      <td key={y} className="num">
                        {x.fmt.num(at(y).processCo2ById[l.id] ?? 0, 'wanTCo2')}
                      </td>
                    ))}
                  </tr>
                );
              })}
              <tr className="total" data-testid="report-process-total">
                <th scope="row">{x.t('industry.process.total')}</th>
                <td />
                {years.map((y) => (
                  <td key={y} className="num">
                    {x.fmt.num(at(y).processCo2, 'wanTCo2')}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <p className="report-small" data-testid="report-process-scope">
            {x.t(judgedWithProcess ? 'industry.process.noteJudged' : 'industry.process.noteApart', { scope })}
          </p>
        </>
      )}
    </Section>
  );
}
