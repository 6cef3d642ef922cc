import { useTranslation } from 'react-i18next';
import { setPeakScope } from '../../../../shared/model/ops-industry';
import { PEAK_SCOPES } from '../../../../shared/model/vocabulary';
import { FieldRow } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';

/** 达峰判定口径: energy CO2 (the default, as absent) or energy and process CO2; the intensity assessment uses energy CO2 under both. */
export function PeakScopeChoice() {
  const { t } = useTranslation('editor');
  const { change, readOnly } = useEditor();
  const value = useScenario((s) => s.accounting.peakScope ?? 'energy');
  const path = 'accounting.peakScope';
  return (
    <FieldRow label={t('accounting.peakScope.label')} hint={t('accounting.peakScope.hint')} path={path}>
      <div className="radio-list method-list" role="radiogroup" aria-label={t('accounting.peakScope.label')}>
        {PEAK_SCOPES.map((o) => (
          <label key={o} className={`radio-card method-card${o === value ? ' on' : ''}`} data-testid={`method-peakScope-${o}`}>
            <input type="radio" name={path} checked={o === value} disabled={readOnly} data-testid={`field-${path}=${o}`} onChange={() => void change((s) => setPeakScope(s, o), path)} />
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
