import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAt } from '../../../../shared/model/path';
import type { Series } from '../../../../shared/model/series';
import { clearValue } from '../../../../shared/model/ops-optional';
import { ScenarioSeries } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';

export type OptionalSeriesProps = {
  path: string;
  label: string;
  unit?: string;
  min?: number;
  max?: number;
  /** what the engine counts while the input is absent */
  absentText: string;
  /** the value a new input starts from: the one the engine counted while it was absent, so setting it changes nothing yet */
  initial: Series | (() => Series);
};

/**
 * An input that may be absent (the engine then counts a stated default): the
 * default in words with a button to set it, or the series with a button to
 * clear it again. Each is one edit.
 */
export function OptionalSeries({ path, label, unit, min, max, absentText, initial }: OptionalSeriesProps) {
  const { t } = useTranslation('editor');
  const { set, change, readOnly } = useEditor();
  const present = useScenario((s) => getAt(s, path) !== undefined);
  const [error, setError] = useState<string | null>(null);
  const show = (p: Promise<string[]>) => void p.then((m) => setError(m[0] ?? null));
  return (
    <div className="optional-series" data-testid={`optional-${path}`} data-state={present ? 'set' : 'absent'}>
      {present ? (
        <div className="optional-row">
          <ScenarioSeries path={path} label={label} unit={unit} min={min} max={max} />
          <button
            type="button"
            className="btn ghost small-btn"
            disabled={readOnly}
            title={t('supply.clearNamed', { name: label })}
            aria-label={t('supply.clearNamed', { name: label })}
            data-testid={`btn-clear-${path}`}
            onClick={() => show(change((s) => clearValue(s, path), path, `clear:${path}`))}
          >
            {t('supply.clearValue')}
          </button>
        </div>
      ) : (
        <div className="optional-row">
          <span className="muted small">{absentText}</span>
          <button type="button" className="btn small-btn" disabled={readOnly} data-testid={`btn-set-${path}`} onClick={() => show(set(path, typeof initial === 'function' ? initial() : initial))}>
            + {t('supply.setValue')}
          </button>
        </div>
      )}
      {error && (
        <p className="field-msg" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
