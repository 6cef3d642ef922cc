import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Peak } from '../../../shared/engine/results';
import { PLAN_SECTORS } from '../../../shared/model/vocabulary';
import { Chart } from '../../components/Chart';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';
import { sectorCompareOption } from '../../components/results/sector-compare-option';
import type { SectorsTranslate } from '../../components/results/sector-chart-option';
import type { ComparedRun } from './compare-chart-options';

type Props = { runs: readonly ComparedRun[]; years: readonly number[]; fmt: NumberFormatter; t: Translate };

function peakNote(peak: Peak, ts: SectorsTranslate): { text: string; bad: boolean } | null {
  if (!peak.withinHorizon) return { text: ts('compare.noPeak'), bad: true };
  if (peak.rebound) return { text: ts('compare.rebound', { year: peak.rebound.year }), bad: true };
  if (peak.plateau.fromYear !== peak.plateau.toYear)
    return { text: ts('compare.plateau', { from: peak.plateau.fromYear, to: peak.plateau.toYear }), bad: false };
  return null;
}

/**
 * CO2 by plan sector of the compared scenarios, stacked side by side in the chosen years, and
 * each sector's peak per scenario with the scope each scenario judged it on.
 */
export function SectorCompare({ runs, years, fmt, t }: Props) {
  const { t: ts } = useTranslation('sectors');
  const option = useMemo(() => sectorCompareOption({ runs, years, fmt, t, ts }), [runs, years, fmt, t, ts]);
  const sectors = PLAN_SECTORS.filter((s) => runs.some((r) => r.results.sectorPeaks[s]));
  const scopes = new Set(runs.map((r) => r.results.methods.peakScope));
  return (
    <section className="cmp-section" aria-labelledby="cmp-sectors-h" data-testid="compare-sectors">
      <h2 id="cmp-sectors-h">{ts('compare.heading')}</h2>
      <p className="muted small cmp-lead">{ts('compare.hint')}</p>
      <figure className="res-chart cmp-chart" data-testid="compare-chart-sectors">
        <figcaption>{ts('compare.chart')}</figcaption>
        <Chart option={option} height={340} ariaLabel={ts('compare.chart')} />
      </figure>
      <h3 id="cmp-sector-peaks-h">{ts('compare.peaksHeading')}</h3>
      {scopes.size > 1 && (
        <p className="banner warn small" role="note" data-testid="compare-scopes-differ">
          {ts('compare.scopesDiffer')}
        </p>
      )}
      <div className="res-table-wrap">
        <table className="res-table" aria-labelledby="cmp-sector-peaks-h" data-testid="compare-sector-peaks">
          <thead>
            <tr>
              <th scope="col">{ts('compare.sector')}</th>
              {runs.map((r) => (
                <th key={r.id} scope="col">
                  <span className="cmp-swatch" style={{ background: r.color }} aria-hidden="true" /> {r.name}
                  <div className="muted small" data-testid={`compare-peak-scope-${r.id}`}>
                    {ts(`compare.scope.${r.results.methods.peakScope}`)}
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sectors.map((s) => (
              <tr key={s} data-testid={`compare-sector-peak-${s}`}>
                <th scope="row">{ts(`sector.${s}`)}</th>
                {runs.map((r) => {
                  const peak = r.results.sectorPeaks[s];
                  if (!peak) return <td key={r.id}>{ts('compare.none')}</td>;
                  const note = peakNote(peak, ts);
                  return (
                    <td key={r.id} className="nowrap" data-year={peak.year} data-holds={String(peak.holds)}>
                      {ts('compare.cell', { year: peak.year, co2: fmt.withUnit(peak.co2, 'wanTCo2') })}
                      {note && <div className={`small ${note.bad ? 'res-bad-text' : 'muted'}`}>{note.text}</div>}
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
