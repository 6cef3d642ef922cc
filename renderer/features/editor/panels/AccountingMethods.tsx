import { useTranslation } from 'react-i18next';
import { DEFAULT_ACCOUNTING, LEGACY_OPTIONS } from '../../../../shared/model/accounting-defaults';
import {
  ELECTRICITY_CO2_METHODS,
  ENERGY_CONTROL_RULES,
  GRID_FACTOR_SCOPES,
  RENEWABLE_ATTRIBUTIONS,
} from '../../../../shared/model/vocabulary';
import { FieldRow, ScenarioNumber } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';
import { GridFactorPath } from './GridFactorPath';
import { PeakScopeChoice } from './PeakScopeChoice';

/** The choices of the accounting section, each a vocabulary of the schema. */
const OPTIONS = {
  energyControl: ENERGY_CONTROL_RULES,
  renewableAttribution: RENEWABLE_ATTRIBUTIONS,
  electricityCo2: ELECTRICITY_CO2_METHODS,
  gridFactorScope: GRID_FACTOR_SCOPES,
} as const;
type Method = keyof typeof OPTIONS;
const METHODS = Object.keys(OPTIONS) as Method[];
/** The locale entry of one option (name, source, explain). */
type OptionKey = { [M in Method]: `accounting.${M}.options.${(typeof OPTIONS)[M][number]}` }[Method];

/** One method: a radio card per option with its basis and what the engine does, the default and legacy options marked. */
function MethodChoice({ method }: { method: Method }) {
  const { t } = useTranslation('editor');
  const { set, readOnly } = useEditor();
  const value = useScenario((s) => s.accounting[method]);
  const path = `accounting.${method}`;
  return (
    <div className="radio-list method-list" role="radiogroup" aria-label={t(`accounting.${method}.label`)}>
      {OPTIONS[method].map((o) => {
        const key = `accounting.${method}.options.${o}` as OptionKey;
        return (
          <label key={o} className={`radio-card method-card${o === value ? ' on' : ''}`} data-testid={`method-${method}-${o}`}>
            <input type="radio" name={path} checked={o === value} disabled={readOnly} data-testid={`field-${path}=${o}`} onChange={() => void set(path, o)} />
            <span className="method-text">
              <span className="method-head">
                <strong>{t(`${key}.name`)}</strong>
                {DEFAULT_ACCOUNTING[method] === o && <span className="method-badge is-default">{t('accounting.default')}</span>}
                {LEGACY_OPTIONS.has(o) && <span className="method-badge is-legacy">{t('accounting.legacy')}</span>}
              </span>
              <span className="method-source small">
                <span className="method-source-label">{t('accounting.sourceLabel')}</span> {t(`${key}.source`)}
              </span>
              <span className="muted small">{t(`${key}.explain`)}</span>
            </span>
          </label>
        );
      })}
    </div>
  );
}

/** 核算口径: the scenario's accounting methods, each option with its legal basis and what the engine does with it. */
export function AccountingMethods() {
  const { t } = useTranslation('editor');
  return (
    <div className="rows" data-testid="accounting-methods">
      <p className="panel-note muted small">{t('accounting.intro')}</p>
      {METHODS.map((method) => (
        <FieldRow key={method} label={t(`accounting.${method}.label`)} hint={t(`accounting.${method}.hint`)} path={`accounting.${method}`}>
          {method === 'gridFactorScope' ? (
            <div className="method-with-path">
              <MethodChoice method={method} />
              <GridFactorPath />
            </div>
          ) : (
            <MethodChoice method={method} />
          )}
        </FieldRow>
      ))}
      <FieldRow
        label={t('accounting.peakTolerance.label')}
        hint={<span className="method-badge is-default">{t('accounting.default')} {DEFAULT_ACCOUNTING.peakTolerancePct} %</span>}
        path="accounting.peakTolerancePct"
      >
        <div className="method-number">
          <ScenarioNumber path="accounting.peakTolerancePct" label={t('accounting.peakTolerance.label')} unit="%" min={0} max={20} />
          <span className="method-source small">
            <span className="method-source-label">{t('accounting.sourceLabel')}</span> {t('accounting.peakTolerance.source')}
          </span>
          <span className="muted small">{t('accounting.peakTolerance.explain')}</span>
        </div>
      </FieldRow>
      <PeakScopeChoice />
    </div>
  );
}
