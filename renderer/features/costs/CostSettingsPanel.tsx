import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COST_CASES, defaultCosts } from '../../../shared/model/costs';
import { setCostCase, setDiscountRate, setFuelPrice, setImportPrice, setPriceYear, setReferenceScenario } from '../../../shared/model/ops-costs';
import type { SourceRef } from '../../../shared/model/provenance';
import type { Scenario } from '../../../shared/model/scenario';
import { THERMAL_TYPES } from '../../../shared/model/vocabulary';
import { NumberField } from '../../components/fields/NumberField';
import { SourceNote } from '../../components/fields/SourceNote';
import { costFormat } from './costs-format';
import { DISCOUNT_RATE_REF, fuelRefId, IMPORT_PRICE_REF, PRICE_YEAR_REF, referenceSource } from './default-sources';
import type { CostsEdit, MarkOf, SourceOf } from './edit';
import { ReferencePicker } from './ReferencePicker';
import { TypeCostTable } from './TypeCostTable';
import './costs.css';

export type CostSettingsPanelProps = { scenario: Scenario; readOnly: boolean; edit: CostsEdit; sourceOf: SourceOf; markOf?: MarkOf };

type RowProps = { label: string; hint?: string; path: string; source: SourceRef | undefined; markOf?: MarkOf; defaultText?: string; children: ReactNode };

function Row({ label, hint, path, source, markOf, defaultText, children }: RowProps) {
  return (
    <div className="frow costs-row" data-path={path}>
      <div className="frow-label">
        <span>{label}</span>
        {hint && <span className="frow-hint">{hint}</span>}
      </div>
      <div className="frow-control">
        {children}
        {defaultText && (
          <span className="costs-default" data-testid={`default-${path}`}>
            {defaultText}
          </span>
        )}
      </div>
      <div className="frow-source">
        <SourceNote source={source} testId={path} />
        {markOf?.(path)}
      </div>
    </div>
  );
}

/**
 * 成本参数 in the editor: the cost case, 折现率, the price year, the reference
 * scenario (参比情景) from the library, each type's prices over the case's
 * defaults and the fuel and import prices. Every default is shown beside its
 * field with its source; every change is one undoable edit.
 */
export function CostSettingsPanel({ scenario, readOnly, edit, sourceOf, markOf }: CostSettingsPanelProps) {
  const { t, i18n } = useTranslation('costs');
  const cf = costFormat(i18n.language);
  const c = scenario.costs;
  const defaults = defaultCosts(c?.case ?? 'central');
  // a value set is the scenario's (its own source); an absent one is the default's
  const src = (path: string, set: boolean, refId: string) => (set ? sourceOf(path) : referenceSource(refId));
  return (
    <div className="costs-settings" data-testid="costs-settings">
      <p className="muted small">{t('settings.intro')}</p>
      <Row label={t('settings.case')} hint={t('settings.caseHint')} path="costs.case" source={c?.case ? sourceOf('costs.case') : CASE_SOURCE(t('settings.caseDefault'))} markOf={markOf}>
        <select value={c?.case ?? 'central'} disabled={readOnly} data-testid="field-costs.case" aria-label={t('settings.case')} onChange={(e) => void edit((s) => setCostCase(s, e.target.value as (typeof COST_CASES)[number]), 'costs.case')}>
          {COST_CASES.map((x) => (
            <option key={x} value={x}>
              {t(`case.${x}`)}
            </option>
          ))}
        </select>
      </Row>
      <Row
        label={t('settings.discountRate')}
        hint={t('settings.discountRateHint')}
        path="costs.discountRatePct"
        source={src('costs.discountRatePct', c?.discountRatePct !== undefined, DISCOUNT_RATE_REF)}
        markOf={markOf}
        defaultText={t('settings.default', { value: `${cf.plain(defaults.discountRatePct, 1)}%` })}
      >
        <NumberField
          value={c?.discountRatePct}
          onCommit={(v) => edit((s) => setDiscountRate(s, v), 'costs.discountRatePct', 'costs.discountRatePct', true)}
          testId="costs.discountRatePct"
          label={t('settings.discountRate')}
          unit="%"
          optional
          min={0}
          max={30}
          disabled={readOnly}
          className="w-num"
        />
      </Row>
      <Row
        label={t('settings.priceYear')}
        hint={t('settings.priceYearHint')}
        path="costs.priceYear"
        source={src('costs.priceYear', c?.priceYear !== undefined, PRICE_YEAR_REF)}
        markOf={markOf}
        defaultText={t('settings.default', { value: String(defaults.priceYear) })}
      >
        <NumberField
          value={c?.priceYear}
          onCommit={(v) => edit((s) => setPriceYear(s, v), 'costs.priceYear', 'costs.priceYear', true)}
          testId="costs.priceYear"
          label={t('settings.priceYear')}
          optional
          integer
          min={1990}
          max={2100}
          disabled={readOnly}
          className="w-num"
        />
      </Row>
      <Row label={t('settings.reference')} hint={t('settings.referenceHint')} path="costs.referenceScenarioId" source={sourceOf('costs.referenceScenarioId')} markOf={markOf}>
        <ReferencePicker scenario={scenario} disabled={readOnly} onPick={(id) => void edit((s) => setReferenceScenario(s, id), 'costs.referenceScenarioId')} />
      </Row>
      <h4 className="costs-sub">{t('settings.typesTitle')}</h4>
      <p className="muted small">{t('settings.typesHint', { case: t(`case.${defaults.case}`), year: defaults.priceYear })}</p>
      <TypeCostTable settings={c} defaults={defaults} cf={cf} readOnly={readOnly} edit={edit} sourceOf={sourceOf} markOf={markOf} />
      <h4 className="costs-sub">{t('settings.pricesTitle')}</h4>
      {THERMAL_TYPES.map((fuel) => {
        const path = `costs.fuelYuanPerTce.${fuel}`;
        const value = c?.fuelYuanPerTce?.[fuel];
        return (
          <Row key={fuel} label={t(`settings.fuel.${fuel}`)} path={path} source={src(path, value !== undefined, fuelRefId(fuel))} markOf={markOf} defaultText={t('settings.default', { value: cf.yuan(defaults.fuelYuanPerTce[fuel]) })}>
            <NumberField value={value} onCommit={(v) => edit((s) => setFuelPrice(s, fuel, v), path, path, true)} testId={path} label={t(`settings.fuel.${fuel}`)} unit={t('settings.yuanPerTce')} optional min={0} max={1e5} disabled={readOnly} className="w-num" />
          </Row>
        );
      })}
      <Row
        label={t('settings.importPrice')}
        hint={t('settings.importPriceHint')}
        path="costs.importYuanPerKWh"
        source={src('costs.importYuanPerKWh', c?.importYuanPerKWh !== undefined, IMPORT_PRICE_REF)}
        markOf={markOf}
        defaultText={t('settings.default', { value: cf.perKWh(defaults.importYuanPerKWh) })}
      >
        <NumberField
          value={c?.importYuanPerKWh}
          onCommit={(v) => edit((s) => setImportPrice(s, v), 'costs.importYuanPerKWh', 'costs.importYuanPerKWh', true)}
          testId="costs.importYuanPerKWh"
          label={t('settings.importPrice')}
          unit={t('settings.yuanPerKWh')}
          optional
          min={0}
          max={10}
          disabled={readOnly}
          className="w-num"
        />
      </Row>
    </div>
  );
}

/** The central case is this tool's convention (the middle of each published range), said as such. */
const CASE_SOURCE = (reasonZhOrEn: string): SourceRef => ({ kind: 'assumed', reason: reasonZhOrEn, reasonZh: reasonZhOrEn });
