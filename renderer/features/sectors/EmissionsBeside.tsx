import type { ScenarioResults, YearResult } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { NumberFormatter, UnitId } from '../../components/results/format';
import { keyYears } from './key-years';
import type { SectorsTranslate } from '../../components/results/sector-chart-option';

type Props = {
  scenario: Scenario;
  results: ScenarioResults;
  fmt: NumberFormatter;
  ts: SectorsTranslate;
  lang: string;
  headingId?: string;
};

type Row = {
  key: string;
  label: string;
  unit: UnitId;
  value: (y: YearResult) => number | undefined;
  sub?: boolean;
  tag?: boolean;
  strong?: boolean;
};

/** Whether the scenario has anything to show here: process lines or a forest. */
export function hasEmissionsBeside(scenario: Scenario): boolean {
  return (scenario.industry?.processEmissions.length ?? 0) > 0 || scenario.sinks?.forest !== undefined;
}

/**
 * Industrial process CO2, the forest sink and net emissions at the key years, in a table of its
 * own beside the headline figures, never inside them: energy CO2 (what the intensity assessment
 * counts) heads it, the row the peak is judged on is tagged.
 */
export function EmissionsBeside({ scenario, results: r, fmt, ts, lang, headingId = 'sec-beside-h' }: Props) {
  if (!hasEmissionsBeside(scenario)) return null;
  const scope = r.methods.peakScope;
  const processes = scenario.industry?.processEmissions ?? [];
  const forest = scenario.sinks?.forest !== undefined;
  const rows: Row[] = [
    { key: 'co2', label: ts('beside.row.co2'), unit: 'wanTCo2', value: (y) => y.co2, tag: scope === 'energy' },
  ];
  if (processes.length > 0) {
    rows.push({ key: 'processCo2', label: ts('beside.row.processCo2'), unit: 'wanTCo2', value: (y) => y.processCo2 });
    if (processes.length > 1) {
      for (const p of processes) {
        rows.push({
          key: `process-${p.id}`,
          label: lang === 'en' && p.nameEn ? p.nameEn : p.name,
          unit: 'wanTCo2',
          value: (y) => y.processCo2ById[p.id] ?? 0,
          sub: true,
        });
      }
    }
    rows.push({
      key: 'co2WithProcess',
      label: ts('beside.row.co2WithProcess'),
      unit: 'wanTCo2',
      value: (y) => y.co2WithProcess,
      tag: scope === 'energyAndProcess',
    });
  }
  if (forest) {
    rows.push({
      key: 'forestSink',
      label: ts('beside.row.forestSink'),
      unit: 'wanTCo2',
      value: (y) => y.forest?.sinkCo2,
    });
    rows.push({ key: 'netCo2', label: ts('beside.row.netCo2'), unit: 'wanTCo2', value: (y) => y.netCo2, strong: true });
    rows.push({
      key: 'forestCover',
      label: ts('beside.row.forestCover'),
      unit: 'pct',
      value: (y) => y.forest?.coverPct,
    });
    rows.push({
      key: 'forestStock',
      label: ts('beside.row.forestStock'),
      unit: 'wanM3',
      value: (y) => y.forest?.stockWanM3,
    });
  }
  const years = keyYears(r);
  return (
    <section className="res-section" aria-labelledby={headingId} data-testid="emissions-beside">
      <div className="res-section-head">
        <h3 id={headingId}>{ts('beside.heading')}</h3>
      </div>
      <p className="muted small">{ts('beside.note')}</p>
      <div className="res-table-wrap">
        <table className="res-table" data-testid="emissions-beside-table">
          <thead>
            <tr>
              <th scope="col">{ts('beside.col.item')}</th>
              <th scope="col">{ts('beside.col.unit')}</th>
              {years.map((y) => (
                <th key={y.year} scope="col" className="num">
                  {ts('beside.col.year', { year: y.year })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid={`beside-${row.key}`} className={row.sub ? 'sec-sub' : undefined}>
                <th scope="row" className={row.strong ? 'sec-strong' : undefined}>
                  {row.label}
                  {row.tag && (
                    <span className="res-kind binding" data-testid="beside-judged">
                      {ts('beside.row.judgedTag')}
                    </span>
                  )}
                </th>
                <td className="muted nowrap">{fmt.unit(row.unit)}</td>
                {years.map((y) => {
                  const v = row.value(y);
                  return (
                    <td key={y.year} className={`num nowrap${row.strong ? ' sec-strong' : ''}`} data-value={v ?? ''}>
                      {v === undefined ? '—' : fmt.num(v, row.unit)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
