import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { peakYearPercentiles } from '../../../shared/engine/ensemble/peak-percentiles';
import type { EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { TargetStatus } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import { uncertaintyOf } from '../../../shared/model/ops-uncertainty';
import type { NumberFormatter } from '../../components/results/format';
import { useScenarioRecords } from '../../db/useScenarioRecords';
import { cancelEnsemble, ensembleOf, isStale, startEnsemble, useEnsembles } from '../../engine/ensemble-results';
import type { ComparedRun } from './compare-chart-options';
import './uncertainty-compare.css';

type Props = {
  runs: readonly ComparedRun[];
  fmt: NumberFormatter;
  labelOf(run: ComparedRun, status: TargetStatus): string;
};

/** P10 / P50 / P90 of the CO2 in the tornado's year (2030), as the band gives them; null outside the horizon. */
function co2At(e: EnsembleResults): [number, number, number] | null {
  const band = e.bands.co2;
  const i = band.years.indexOf(e.tornadoYear);
  return i < 0 ? null : [band.p10[i]!, band.p50[i]!, band.p90[i]!];
}

/**
 * The compared scenarios' uncertainty side by side: each one's probability of
 * meeting each of its targets, the P10/P50/P90 of the 2030 CO2 and of the peak
 * year, each with its runs and seed. Computed on the button, one scenario after
 * another on the same workers as the results tab (an ensemble made there is
 * shown here, and the other way round).
 */
export function UncertaintyCompare({ runs, fmt, labelOf }: Props) {
  const { t } = useTranslation('uncertainty');
  useEnsembles();
  const records = useScenarioRecords();
  const scenarios = useMemo(() => {
    const byId = new Map((records ?? []).map((r) => [r.id, r.scenario]));
    return runs.flatMap((run) => {
      const s = byId.get(run.id);
      return s ? [{ run, scenario: s as Scenario }] : [];
    });
  }, [records, runs]);
  const [current, setCurrent] = useState<string | null>(null);
  const stopped = useRef(false);

  const runAll = async () => {
    stopped.current = false;
    for (const { scenario } of scenarios) {
      if (stopped.current) break;
      setCurrent(scenario.id);
      await startEnsemble(scenario);
    }
    setCurrent(null);
  };
  const cancel = () => {
    stopped.current = true;
    if (current) cancelEnsemble(current);
  };

  const running = current ? scenarios.find((x) => x.scenario.id === current) : undefined;
  const progress = current ? ensembleOf(current).running?.progress : undefined;
  const year =
    scenarios.map(({ scenario }) => ensembleOf(scenario.id).done?.results.tornadoYear).find((y) => y !== undefined) ??
    2030;
  const yearText = (y: number | null) => (y === null ? t('peak.noPeakBar') : String(y));

  return (
    <section className="cmp-section" aria-labelledby="cmp-unc-h" data-testid="uncertainty-compare">
      <div className="cmp-section-head">
        <h2 id="cmp-unc-h">{t('compare.heading')}</h2>
        {current ? (
          <button type="button" className="btn" onClick={cancel} data-testid="uncertainty-compare-cancel">
            {t('run.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="btn primary"
            onClick={() => void runAll()}
            disabled={scenarios.length === 0}
            data-testid="uncertainty-compare-start"
          >
            {t('compare.start')}
          </button>
        )}
      </div>
      <p className="muted small cmp-lead">{t('compare.hint')}</p>
      {running && progress && (
        <div className="unc-cmp-progress" role="status" data-testid="uncertainty-compare-progress">
          <progress value={progress.done} max={progress.total} />
          <span className="small">
            {t('compare.running', {
              name: running.run.name,
              done: fmt.axis(progress.done),
              total: fmt.axis(progress.total),
            })}
          </span>
        </div>
      )}
      <div className="res-table-wrap">
        <table className="res-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.scenario')}</th>
              <th scope="col" className="num">
                {t('compare.basis')}
              </th>
              <th scope="col">{t('probability.heading')}</th>
              <th scope="col" className="num">
                {t('compare.co2', { year, unit: fmt.unit('wanTCo2') })}
              </th>
              <th scope="col" className="num">
                {t('compare.peakYear')}
              </th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map(({ run, scenario }) => {
              const state = ensembleOf(scenario.id);
              const e = state.done?.results;
              const stale = isStale(state, scenario);
              const u = uncertaintyOf(scenario);
              const co2 = e ? co2At(e) : null;
              const peak = e ? peakYearPercentiles(e) : null;
              const byId = new Map((e?.targets ?? []).map((x) => [x.id, x]));
              return (
                <tr
                  key={run.id}
                  data-testid={`uncertainty-compare-${run.id}`}
                  data-state={e ? (stale ? 'stale' : 'done') : 'none'}
                >
                  <th scope="row">
                    <span className="cmp-swatch" style={{ background: run.color }} aria-hidden="true" /> {run.name}
                    {stale && <div className="small res-bad-text">{t('compare.stale')}</div>}
                  </th>
                  <td className="num nowrap">
                    {e ? `${fmt.axis(e.runs)} / ${e.seed}` : `${fmt.axis(u.runs)} / ${u.seed}`}
                  </td>
                  <td>
                    {e ? (
                      <ul className="unc-cmp-targets">
                        {run.results.targets
                          .filter((s) => byId.has(s.id))
                          .map((s) => (
                            <li key={s.id} data-testid={`uncertainty-compare-${run.id}-${s.id}`}>
                              {t('compare.targetLabel', { label: labelOf(run, s) })}
                              <strong>{fmt.withUnit(byId.get(s.id)!.probability * 100, 'pct')}</strong>
                            </li>
                          ))}
                      </ul>
                    ) : (
                      t('compare.notRun')
                    )}
                  </td>
                  <td className="num nowrap">
                    {co2 ? co2.map((v) => fmt.num(v, 'wanTCo2')).join(' / ') : t('compare.notRun')}
                  </td>
                  <td className="num nowrap">
                    {peak ? peak.map(yearText).join(' / ') : t('compare.notRun')}
                    {e && e.noPeak > 0 && (
                      <div className="small muted">{t('compare.noPeakRuns', { count: e.noPeak })}</div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
