import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setPeakScope } from '../../../../shared/model/ops-industry';
import { PEAK_SCOPES, type PeakScope } from '../../../../shared/model/vocabulary';
import { FieldRow } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';

/** 达峰判定口径: energy CO2 (the default, as absent) or energy and process CO2; the intensity assessment uses energy CO2 under both. */
export function PeakScopeChoice() {
  const { t } = useTranslation('editor');
  const { change, readOnly } = useEditor();
  const stored = useScenario((s) => s.accounting.peakScope ?? 'energy');
  // the choice clicked, shown checked until the document has taken (or refused) it
  const [chosen, setChosen] = useState<PeakScope | null>(null);
  const value = chosen ?? stored;
  const path = 'accounting.peakScope';
  const choose = (o: PeakScope) => {
    setChosen(o);
    void change((s) => setPeakScope(s, o), path).finally(() => setChosen(null));
  };
  return (
    <FieldRow label={t('accounting.peakScope.label')} hint={t('accounting.peakScope.hint')} path={path}>
      <div className="radio-list method-list" role="radiogroup" aria-label={t('accounting.peakScope.label')}>
        {PEAK_SCOPES.map((o) => (
          <label key={o} className={`radio-card method-card${o === value ? ' on' : ''}`} data-testid={`method-peakScope-${o}`}>
            <input type="radio" name={path} checked={o === value} disabled={readOnly} data-testid={`field-${path}=${o}`} onChange={() => choose(o)} />
            <span className="method-text">
              <span className="method-head">
                <strong>{t(`accounting.peakScope.options.${o}.name`)}</strong>
                {o === 'energy' && <span className="method-badge is-default">{t('accounting.default')}</span>}
              </span>
              <span className="method-source small">
                <span className="method-source-label">{t('accounting.sourceLabel')}</span> {t(`accounting.peakScope.options.${o}.source`)}
              </span>
              <span className="muted small">{t(`accounting.peakScope.options.${o}.explain`)}</span>
            </span>
          </label>
        ))}
      </div>
    </FieldRow>
  );
}
