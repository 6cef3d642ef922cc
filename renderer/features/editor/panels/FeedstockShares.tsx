import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearValue } from '../../../../shared/model/ops-optional';
import { FEEDSTOCK_FUELS, type FeedstockFuel } from '../../../../shared/model/vocabulary';
import { ScenarioSeries } from '../bound-fields';
import { sameItems, useEditor, useScenario } from '../EditorContext';

/** 原料用能: a share per fuel that has one (absent = 0), a button to add each fuel that has none. */
export function FeedstockShares() {
  const { t } = useTranslation('editor');
  const { set, change, readOnly } = useEditor();
  const present = useScenario((s) => FEEDSTOCK_FUELS.filter((f) => s.energy.feedstockSharePct?.[f] !== undefined), sameItems);
  const absent = FEEDSTOCK_FUELS.filter((f) => !present.includes(f));
  const [error, setError] = useState<string | null>(null);
  const show = (p: Promise<string[]>) => void p.then((m) => setError(m[0] ?? null));
  const path = (f: FeedstockFuel) => `energy.feedstockSharePct.${f}`;
  return (
    <div className="feedstock-list" data-testid="feedstock">
      {present.length === 0 && <span className="muted small">{t('energy.feedstockNone')}</span>}
      {present.map((f) => {
        const label = t('energy.feedstockFuel', { fuel: t(`fuels.${f}`) });
        return (
          <div key={f} className="feedstock-item">
            <span className="feedstock-fuel">{t(`fuels.${f}`)}</span>
            <div className="optional-row">
              <ScenarioSeries path={path(f)} label={label} unit="%" min={0} max={100} />
              <button
                type="button"
                className="btn ghost small-btn"
                disabled={readOnly}
                aria-label={t('supply.clearNamed', { name: label })}
                data-testid={`btn-clear-${path(f)}`}
                onClick={() => show(change((s) => clearValue(s, path(f)), path(f), `clear:${path(f)}`))}
              >
                {t('supply.clearValue')}
              </button>
            </div>
          </div>
        );
      })}
      {absent.length > 0 && (
        <div className="feedstock-add">
          {absent.map((f) => (
            <button key={f} type="button" className="btn small-btn" disabled={readOnly} data-testid={`btn-add-feedstock-${f}`} onClick={() => show(set(path(f), 0))}>
              {t('energy.feedstockAdd', { fuel: t(`fuels.${f}`) })}
            </button>
          ))}
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
