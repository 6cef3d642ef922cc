import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';
import { labelOf, marginText, peakOfTarget, TargetsHead, valueText } from '../../components/results/TargetTable';
import { useGoalSeekOpener } from '../../components/results/goal-seek-opener';

type Props = { scenario: Scenario; results: ScenarioResults; fmt: NumberFormatter; t: Translate; lang: string };

/** The targets as a list narrow enough for the column beside the inputs: verdict, label, target and scenario value, margin. */
export function TargetChecklist({ scenario, results, fmt, t, lang }: Props) {
  const rows = results.targets;
  const goalSeek = useGoalSeekOpener();
  return (
    <section className="res-section" aria-labelledby="res-check-h">
      <TargetsHead rows={rows} t={t} headingId="res-check-h" />
      {rows.length === 0 ? (
        <p className="muted small">{t('targets.none')}</p>
      ) : (
        <ul className="res-checklist" data-testid="target-checklist">
          {rows.map((s) => {
            const met = s.met === null ? 'unknown' : String(s.met);
            return (
              <li key={s.id} className={`res-check met-${met}`} data-testid={`target-row-${s.id}`} data-met={met}>
                <div className="res-check-head">
                  <span className={`res-status ${met}`}>{s.met === null ? t('targets.unknown') : s.met ? t('targets.met') : t('targets.missed')}</span>
                  <span className="res-check-label">
                    {labelOf(scenario, s, lang)}
                    <span className={`res-kind${s.binding ? ' binding' : ''}`}>{s.binding ? t('targets.binding') : t('targets.expected')}</span>
                  </span>
                </div>
                <div className="res-check-figures">
                  {t('summary.targetLine', {
                    target: valueText(s, s.target, fmt, t, 'target', peakOfTarget(s, results) ?? false),
                    actual: s.actual === null ? '—' : valueText(s, s.actual, fmt, t, 'actual', peakOfTarget(s, results) ?? false),
                  })}{' '}
                  <span className="res-margin" data-testid="target-margin">
                    {marginText(s, fmt, t, peakOfTarget(s, results) ?? false)}
                  </span>
                  {(s.metric === 'peakYear' || s.metric === 'sectorPeakYear') && (
                    <div className="muted small" data-testid="target-peak-scope">
                      {results.peak.scope === 'energyAndProcess' ? t('kpi.scopeEnergyAndProcess') : t('kpi.scopeEnergy')}
                    </div>
                  )}
                  {goalSeek && (
                    <button type="button" className="btn ghost small-btn res-goal-seek" title={goalSeek.title} data-testid={`goal-seek-${s.id}`} onClick={() => goalSeek.open(s.id)}>
                      {goalSeek.label}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
