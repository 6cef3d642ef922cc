import { useTranslation } from 'react-i18next';
import type { EnsembleResults } from '../../../shared/engine/ensemble/types';
import type { UncertainInput } from '../../../shared/model/uncertainty';
import type { NumberFormatter } from '../../components/results/format';
import { inputLabel, inputUnit } from './input-text';

/** The runs the engine could not compute, with the sampled values that broke them: never dropped in silence. */
export function FailedRuns({ ensemble, fmt }: { ensemble: EnsembleResults; fmt: NumberFormatter }) {
  const { t } = useTranslation('uncertainty');
  const { t: tr } = useTranslation('results');
  if (ensemble.failedRuns.length === 0) return null;
  return (
    <details className="unc-failed" data-testid="uncertainty-failed-runs">
      <summary>{t('results.failedList', { count: ensemble.failedRuns.length })}</summary>
      <ul>
        {ensemble.failedRuns.map((f) => (
          <li key={f.run}>
            {t('results.failedRun', {
              run: f.run,
              values: Object.entries(f.values)
                .map(
                  ([input, v]) => `${inputLabel(input, t, tr)} ${fmt.axis(v)} ${inputUnit(input as UncertainInput, t)}`,
                )
                .join(t('listSeparator')),
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}
