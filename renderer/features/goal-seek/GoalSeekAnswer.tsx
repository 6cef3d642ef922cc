import { useTranslation } from 'react-i18next';
import { MAX_RUNS, type GoalSeekFound, type GoalSeekResult } from '../../../shared/engine/goal-seek/types';
import { leverFormat, metricText, smallText } from './format';

type Props = {
  result: GoalSeekResult;
  leverName: string;
  metricName: string;
  locale: string;
  capacity: { label: string; format(mw: number): string };
  stale: boolean;
  readOnly: boolean;
  refused: string[];
  onApply: (result: GoalSeekFound) => void;
};

/** The search's answer in words: the lever's value in the planner's unit, what the goal's metric is then, runs and precision. */
export function GoalSeekAnswer({ result, leverName, metricName, locale, capacity, stale, readOnly, refused, onApply }: Props) {
  const { t } = useTranslation('goalSeek');
  if (result.status === 'failed') return <p className="field-msg" data-testid="gs-failed">{t(`failed.${result.reason}`)}</p>;
  const lf = leverFormat(result.lever, locale, capacity, t);
  const lever = (v: number) => `${lf.format(v)} ${lf.unit}`.trim();
  const metric = (v: number | null) => (v === null ? '—' : metricText(v, result.unit, locale));
  const small = (v: number | null) => (v === null ? '—' : smallText(v, result.unit, locale, t('units.points')));
  const peak = result.unit === '年';
  const goal = metric(result.goalValue);
  const achieved = metric(result.achieved);
  const p = result.precision;
  return (
    <div className={`gs-answer gs-${result.status}`} data-testid="gs-answer">
      {result.status === 'met' && (
        <>
          <p className="gs-headline" data-testid="gs-headline">
            {t('result.met', { lever: leverName, value: lever(result.leverValue), from: lever(result.from) })}
          </p>
          <p>{peak ? t('result.peakAchieved', { achieved, goal }) : t('result.achieved', { metric: metricName, achieved, goal })}</p>
        </>
      )}
      {result.status === 'alreadyMet' && (
        <p className="gs-headline" data-testid="gs-headline">
          {t('result.alreadyMet', { achieved, goal })}
        </p>
      )}
      {result.status === 'unreachable' && (
        <p className="gs-headline gs-bad" data-testid="gs-headline">
          {peak && result.precision.metricDistance === null
            ? t('result.unreachablePeak', { value: lever(result.leverValue) })
            : t('result.unreachable', { value: lever(result.leverValue), metric: metricName, achieved, goal })}
        </p>
      )}
      <ul className="gs-facts muted small">
        <li data-testid="gs-runs">{t('result.runs', { runs: result.runs, max: MAX_RUNS })}</li>
        {result.status === 'met' && (
          <li data-testid="gs-precision">
            {result.notes.includes('discrete')
              ? t('result.precisionDiscrete', { width: `${(lf.small ?? lf.format)(p.leverWidth)} ${lf.unit}`.trim() })
              : t('result.precision', { distance: small(p.metricDistance), tolerance: small(p.tolerance) })}
          </li>
        )}
        <li>{t('result.bounds', { min: lever(result.bounds.min), max: lever(result.bounds.max) })}</li>
        <li>{result.hourlyFeedback ? t('result.hourly') : t('result.annual')}</li>
        {result.notes
          .filter((n) => n !== 'discrete' || result.status !== 'met')
          .map((n) => (
            <li key={n} data-testid={`gs-note-${n}`}>
              {t(`notes.${n}`)}
            </li>
          ))}
      </ul>
      {result.status === 'met' && (
        <div className="gs-apply">
          <button type="button" className="btn primary" disabled={stale || readOnly} onClick={() => onApply(result)} data-testid="gs-apply">
            {t('apply')}
          </button>
          <span className="muted small">{stale ? t('stale') : readOnly ? t('readOnly') : t('applyHint')}</span>
        </div>
      )}
      {refused.map((m) => (
        <p key={m} className="field-msg" role="alert">
          {m}
        </p>
      ))}
    </div>
  );
}
