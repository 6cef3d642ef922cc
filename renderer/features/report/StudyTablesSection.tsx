import { decouplingByPeriod } from '../../../shared/engine/decoupling';
import type { ScenarioResults } from '../../../shared/engine/results';
import { energyPeak, planYears, sectorShares } from '../../../shared/engine/study-tables';
import { SECTORS } from '../../../shared/model/vocabulary';
import { planName as planNameOf } from '../../components/plan-name';
import type { ReportText } from './report-text';
import { Section } from './Section';
import { YearsHead } from './YearsHead';

type Props = { results: ScenarioResults; x: ReportText };

const planName = (plan: number, x: ReportText): string => planNameOf(plan, x.lang);

/** The peak of energy consumption and of CO2: year and value, or that the horizon shows none. */
function PeakTable({ results: r, x }: Props) {
  const e = energyPeak(r.years);
  const rows = [
    { id: 'energy', label: x.t('study.peak.energy'), within: e.withinHorizon, year: e.year, value: x.fmt.withUnit(e.value, 'wanTce') },
    { id: 'co2', label: x.t('study.peak.co2'), within: r.peak.withinHorizon, year: r.peak.year, value: x.fmt.withUnit(r.peak.co2, 'wanTCo2') },
  ];
  return (
    <table className="report-table" data-testid="report-study-peak">
      <thead>
        <tr>
          <th scope="col">{x.t('study.peak.col.item')}</th>
          <th scope="col" className="num">{x.t('study.peak.col.year')}</th>
          <th scope="col" className="num">{x.t('study.peak.col.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid={`report-study-peak-${row.id}`}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.within ? x.rt('year', { year: row.year }) : x.t('study.peak.none', { year: row.year })}</td>
            <td className="num">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Years as columns, one row per line: the layout of a study's tables. */
function YearsTable({ testId, years, rows, x }: { testId: string; years: number[]; rows: { id: string; label: string; cells: string[] }[]; x: ReportText }) {
  return (
    <table className="report-table" data-testid={testId}>
      <YearsHead first={x.t('study.col.item')} years={years} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid={`${testId}-${row.id}`}>
            <th scope="row">{row.label}</th>
            {row.cells.map((c, i) => (
              <td key={i} className="num">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The tables a carbon-peak study presents beside its text: the peaks, the
 * energy consumption by sector, the electricity balance with 净调入电量, and the
 * decoupling of CO2 from GDP in each five-year plan period (Tapio 2005).
 */
export function StudyTablesSection({ results: r, x }: Props) {
  const years = planYears(r.years);
  const at = (y: number) => r.years[y - r.baseYear]!;
  const shares = years.map((y) => sectorShares(at(y)));
  const anyOutside = shares.some((s) => s.outside > 1e-9);
  const sectorRows = [
    ...SECTORS.map((s) => ({ id: s, label: x.t(`assumptions.sectors.${s}`), cells: shares.map((v) => x.fmt.num(v.sectors[s], 'pct')) })),
    ...(anyOutside ? [{ id: 'outside', label: x.t('study.sectors.outside'), cells: shares.map((v) => x.fmt.num(v.outside, 'pct')) }] : []),
  ];
  const power = (id: 'electricityDemand' | 'localGeneration' | 'netImports') => ({
    id,
    label: x.t(`study.power.${id}`),
    cells: years.map((y) => x.fmt.num(at(y)[id], 'yiKWh')),
  });
  const decoupling = decouplingByPeriod(r.years, r.periods);
  const pct = (v: number) => x.fmt.withUnit(v, 'pct', { signed: true });
  // Tapio's bands are 0.8 and 1.2: two decimals place an elasticity against them
  const elasticity = new Intl.NumberFormat(x.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <Section id="study" title={x.t('study.heading')} intro={x.t('study.intro')}>
      <h3>{x.t('study.peak.heading')}</h3>
      <PeakTable results={r} x={x} />
      <h3>{x.t('study.sectors.heading', { unit: x.rt('units.pct') })}</h3>
      <YearsTable testId="report-study-sectors" years={years} rows={sectorRows} x={x} />
      <h3>{x.t('study.power.heading', { unit: x.rt('units.yiKWh') })}</h3>
      <YearsTable testId="report-study-power" years={years} rows={[power('electricityDemand'), power('localGeneration'), power('netImports')]} x={x} />
      <p className="report-small">{x.t('study.power.note')}</p>
      <h3>{x.t('study.decoupling.heading')}</h3>
      {decoupling.length === 0 ? (
        <p className="report-intro">{x.rt('periods.none')}</p>
      ) : (
        <table className="report-table" data-testid="report-study-decoupling">
          <thead>
            <tr>
              <th scope="col">{x.rt('periods.col.plan')}</th>
              <th scope="col" className="num">{x.t('study.decoupling.col.gdp')}</th>
              <th scope="col" className="num">{x.t('study.decoupling.col.co2')}</th>
              <th scope="col" className="num">{x.t('study.decoupling.col.elasticity')}</th>
              <th scope="col">{x.t('study.decoupling.col.state')}</th>
            </tr>
          </thead>
          <tbody>
            {decoupling.map((d) => (
              <tr key={d.plan} data-testid={`report-study-decoupling-${d.plan}`} data-state={d.state ?? 'none'}>
                <th scope="row" className="nowrap">
                  {x.rt('periods.plan', { name: planName(d.plan, x), from: d.fromYear + 1, to: d.toYear })}
                </th>
                <td className="num">{pct(d.gdpChangePct)}</td>
                <td className="num">{pct(d.co2ChangePct)}</td>
                <td className="num">{d.elasticity === null ? '—' : elasticity.format(d.elasticity)}</td>
                <td>{d.state ? x.t(`study.decoupling.state.${d.state}`) : x.t('study.decoupling.state.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="report-small">{x.t('study.decoupling.note')}</p>
    </Section>
  );
}
