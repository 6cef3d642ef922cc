import { useTranslation } from 'react-i18next';
import { setRuns, setSeed } from '../../../shared/model/ops-uncertainty';
import { MAX_RUNS, type Uncertainty } from '../../../shared/model/uncertainty';
import { NumberField } from '../../components/fields/NumberField';
import type { NumberFormatter } from '../../components/results/format';
import type { MarkOf, UncertaintyEdit } from './edit';
import type { EnsembleState } from '../../engine/ensemble-results';

type Props = {
  scenarioId: string;
  /** a built-in preset, which the command line knows by its id (a user's scenario goes as a file) */
  preset: boolean;
  analysis: Uncertainty;
  readOnly: boolean;
  edit: UncertaintyEdit;
  markOf?: MarkOf;
  state: EnsembleState;
  /** the scenario itself cannot be computed: nothing to sample around */
  blocked: boolean;
  fmt: NumberFormatter;
  onRun(): void;
  onCancel(): void;
};

/** Runs and seed (both stated, both editable), the run button, the progress of a job under way and its cancel. */
export function RunBar({
  scenarioId,
  preset,
  analysis,
  readOnly,
  edit,
  markOf,
  state,
  blocked,
  fmt,
  onRun,
  onCancel,
}: Props) {
  const { t } = useTranslation('uncertainty');
  const running = state.running;
  // counts grouped by locale (1,000 / 1,000), no decimals
  const count = (n: number) => fmt.axis(n);
  return (
    <section className="unc-run" aria-label={t('run.start')} data-testid="uncertainty-run">
      <div className="unc-run-fields">
        <label className="unc-run-field">
          <span>{t('run.runs')}</span>
          <NumberField
            value={analysis.runs}
            onCommit={(v) =>
              v === undefined ? undefined : edit((s) => setRuns(s, v), 'uncertainty.runs', 'uncertainty.runs', true)
            }
            testId="uncertainty.runs"
            label={t('run.runs')}
            integer
            min={1}
            max={MAX_RUNS}
            disabled={readOnly || running !== null}
            className="w-num"
          />
          {markOf?.('uncertainty.runs')}
        </label>
        <label className="unc-run-field" title={t('run.seedHint')}>
          <span>{t('run.seed')}</span>
          <NumberField
            value={analysis.seed}
            onCommit={(v) =>
              v === undefined ? undefined : edit((s) => setSeed(s, v), 'uncertainty.seed', 'uncertainty.seed', true)
            }
            testId="uncertainty.seed"
            label={t('run.seed')}
            integer
            min={0}
            max={0xffffffff}
            disabled={readOnly || running !== null}
            className="w-num"
          />
          {markOf?.('uncertainty.seed')}
        </label>
        {running ? (
          <button type="button" className="btn" onClick={onCancel} data-testid="uncertainty-cancel">
            {t('run.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="btn primary"
            onClick={onRun}
            disabled={blocked}
            data-testid="uncertainty-start"
          >
            {state.done ? t('run.rerun') : t('run.start')}
          </button>
        )}
      </div>
      <p className="muted small unc-seed-hint">
        {t('run.seedHint')}{' '}
        <code>
          {preset
            ? t('run.cliHint', { id: scenarioId, runs: analysis.runs, seed: analysis.seed })
            : t('run.cliHintFile', { runs: analysis.runs, seed: analysis.seed })}
        </code>
      </p>
      {blocked && !running && (
        <p className="res-bad-text small" data-testid="uncertainty-blocked">
          {t('run.blocked')}
        </p>
      )}
      {running && (
        <div
          className="unc-progress"
          role="status"
          data-testid="uncertainty-progress"
          data-done={running.progress.done}
          data-total={running.progress.total}
        >
          <progress value={running.progress.done} max={running.progress.total} aria-label={t('run.start')} />
          <span className="small">
            {running.progress.done === 0
              ? t('run.starting')
              : running.progress.done >= running.progress.total
                ? t('run.merging')
                : t('run.progress', { done: count(running.progress.done), total: count(running.progress.total) })}
          </span>
        </div>
      )}
      {!running && state.ended?.kind === 'cancelled' && (
        <p className="muted small" role="status" data-testid="uncertainty-cancelled">
          {t('run.cancelled')}
        </p>
      )}
      {!running && state.ended?.kind === 'failed' && (
        <p className="res-bad-text small" role="alert" data-testid="uncertainty-failed">
          {t('run.failed', { message: state.ended.message })}
        </p>
      )}
    </section>
  );
}
