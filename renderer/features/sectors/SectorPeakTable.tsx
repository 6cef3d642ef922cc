import type { Peak, ScenarioResults } from '../../../shared/engine/results';
import { PLAN_SECTORS, type PlanSector } from '../../../shared/model/vocabulary';
import type { NumberFormatter } from '../../components/results/format';
import type { SectorsTranslate } from '../../components/results/sector-chart-option';

type Props = { results: ScenarioResults; fmt: NumberFormatter; ts: SectorsTranslate; headingId?: string };

function verdict(peak: Peak, ts: SectorsTranslate): { text: string; tone: 'good' | 'bad' } {
  if (!peak.withinHorizon) return { text: ts('peaks.noPeak'), tone: 'bad' };
  if (peak.rebound) return { text: ts('peaks.rebound', { year: peak.rebound.year }), tone: 'bad' };
  return { text: ts('peaks.holds'), tone: 'good' };
}

/**
 * Each plan sector's peak as the engine found it (on the sector's CO2 in the scenario's peak scope,
 * with the scenario's tolerance): the year, its CO2, the plateau and whether it holds, beside a
 * sector peak-year target where the scenario sets one. The scope is stated above the table.
 */
export function SectorPeakTable({ results: r, fmt, ts, headingId = 'sec-peaks-h' }: Props) {
  const rows = PLAN_SECTORS.flatMap((s) => {
    const peak = r.sectorPeaks[s];
    return peak ? [{ sector: s, peak }] : [];
  });
  const targetOf = (s: PlanSector) => r.targets.find((x) => x.metric === 'sectorPeakYear' && x.sector === s);
  const anyTarget = rows.some((x) => targetOf(x.sector));
  const base = r.years[0]!;
  return (
    <section className="res-section" aria-labelledby={headingId} data-testid="sector-peaks">
      <div className="res-section-head">
        <h3 id={headingId}>{ts('peaks.heading')}</h3>
      </div>
      <p className="muted small sec-scope" data-testid="sector-peaks-scope" data-scope={r.methods.peakScope}>
        {ts(`peaks.scope.${r.methods.peakScope}`, { pct: fmt.withUnit(r.methods.peakTolerancePct, 'pct') })} ·{' '}
        {ts('peaks.unit')}
      </p>
      {rows.length === 0 ? (
        <p className="muted small">{ts('peaks.none')}</p>
      ) : (
        <div className="res-table-wrap">
          <table className="res-table" data-testid="sector-peak-table">
            <thead>
              <tr>
                <th scope="col">{ts('peaks.col.sector')}</th>
                <th scope="col" className="num">
                  {ts('peaks.col.base', { year: base.year })}
                </th>
                <th scope="col" className="num">
                  {ts('peaks.col.year')}
                </th>
                <th scope="col" className="num">
                  {ts('peaks.col.co2')}
                </th>
                <th scope="col" className="num">
                  {ts('peaks.col.plateau')}
                </th>
                <th scope="col">{ts('peaks.col.verdict')}</th>
                {anyTarget && <th scope="col">{ts('peaks.col.target')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ sector, peak }) => {
                const v = verdict(peak, ts);
                const target = targetOf(sector);
                return (
                  <tr
                    key={sector}
                    data-testid={`sector-peak-${sector}`}
                    data-year={peak.year}
                    data-holds={String(peak.holds)}
                  >
                    <th scope="row" className="sec-sector">
                      {ts(`sector.${sector}`)}
                    </th>
                    <td className="num nowrap">{fmt.num(base.sectorCo2[sector].judged, 'wanTCo2')}</td>
                    <td className="num nowrap">{ts('peaks.peakYear', { year: peak.year })}</td>
                    <td className="num nowrap" data-value={peak.co2}>
                      {fmt.num(peak.co2, 'wanTCo2')}
                    </td>
                    <td className="num nowrap">
                      {peak.plateau.fromYear === peak.plateau.toYear
                        ? '—'
                        : ts('peaks.plateauYears', { from: peak.plateau.fromYear, to: peak.plateau.toYear })}
                    </td>
                    <td className={`nowrap ${v.tone === 'good' ? 'res-good' : 'res-bad'}`}>{v.text}</td>
                    {anyTarget && (
                      <td className="nowrap" data-met={target ? String(target.met) : undefined}>
                        {target ? (
                          <>
                            {ts('peaks.targetBy', { year: target.target })}{' '}
                            {target.met !== null && (
                              <span className={target.met ? 'res-good' : 'res-bad'}>
                                {target.met ? ts('peaks.met') : ts('peaks.missed')}
                              </span>
                            )}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
