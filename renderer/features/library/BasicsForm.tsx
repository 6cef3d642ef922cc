import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BASE_YEAR_RANGE, END_YEAR_RANGE } from '../../../shared/model/ops-horizon';
import {
  GENERATOR_TYPES,
  REGION_LEVELS,
  SECTORS,
  TARGET_METRICS,
  type GeneratorType,
  type TargetMetric,
} from '../../../shared/model/vocabulary';
import type { BasicsDraft, DraftErrors } from './basics-draft';
import { useCapacityScale } from '../../components/fields/capacity';

type Props = {
  draft: BasicsDraft;
  onChange(next: BasicsDraft): void;
  errors: DraftErrors;
};

const years = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** One labelled input of the guided start, with its message when wrong. */
function Row({ label, error, children, id }: { label: string; error?: string; children: ReactNode; id: string }) {
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The guided start: region, horizon and the base-year figures a county or
 * city bureau has; everything else is filled with marked defaults when the
 * scenario is made (shared/model/from-basics.ts).
 */
export function BasicsForm({ draft, onChange, errors }: Props) {
  const { t } = useTranslation('library');
  const { t: te } = useTranslation('editor');
  const capacityUnit = useCapacityScale(true)!.label;
  const id = useId();
  const set = <K extends keyof BasicsDraft>(k: K, v: BasicsDraft[K]) => onChange({ ...draft, [k]: v });
  const err = (key: string) => (errors[key] ? t(`basics.errors.${errors[key]}`) : undefined);
  const text = (
    key: 'regionName' | 'parentRegion' | 'gdpYiYuan' | 'energy' | 'electricityUseYiKWh',
    label: string,
    numeric = false,
  ) => (
    <Row label={label} error={err(key)} id={`${id}-${key}`}>
      <input
        id={`${id}-${key}`}
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        value={draft[key]}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        data-testid={`basics-${key}`}
      />
    </Row>
  );

  return (
    <div className="basics-form" data-testid="basics-form">
      <fieldset>
        <legend>{t('basics.region')}</legend>
        <div className="basics-grid">
          {text('regionName', t('basics.regionName'))}
          <Row label={t('basics.level')} id={`${id}-level`}>
            <select
              id={`${id}-level`}
              value={draft.level}
              onChange={(e) => set('level', e.target.value as BasicsDraft['level'])}
              data-testid="basics-level"
            >
              {REGION_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`basics.levels.${l}`)}
                </option>
              ))}
            </select>
          </Row>
          {text('parentRegion', t('basics.parentRegion'))}
          <Row label={t('basics.baseYear')} id={`${id}-base`}>
            <select
              id={`${id}-base`}
              value={draft.baseYear}
              onChange={(e) => set('baseYear', Number(e.target.value))}
              data-testid="basics-baseYear"
            >
              {years(BASE_YEAR_RANGE.min, BASE_YEAR_RANGE.max).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </Row>
          <Row label={t('basics.endYear')} id={`${id}-end`} error={err('endYear')}>
            <select
              id={`${id}-end`}
              value={draft.endYear}
              onChange={(e) => set('endYear', Number(e.target.value))}
              data-testid="basics-endYear"
            >
              {years(END_YEAR_RANGE.min, END_YEAR_RANGE.max).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </Row>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('basics.baseData', { year: draft.baseYear })}</legend>
        <div className="basics-grid">
          {text('gdpYiYuan', t('basics.gdp'), true)}
          <div className="form-row">
            <select
              aria-label={t('basics.energyKind')}
              value={draft.energyKind}
              onChange={(e) => set('energyKind', e.target.value as BasicsDraft['energyKind'])}
              data-testid="basics-energyKind"
            >
              <option value="total">{t('basics.energyTotal')}</option>
              <option value="intensity">{t('basics.energyIntensity')}</option>
            </select>
            <input
              type="text"
              inputMode="decimal"
              aria-label={draft.energyKind === 'total' ? t('basics.energyTotal') : t('basics.energyIntensity')}
              value={draft.energy}
              onChange={(e) => set('energy', e.target.value)}
              aria-invalid={errors.energy ? true : undefined}
              data-testid="basics-energy"
            />
            {errors.energy && (
              <p className="field-error" role="alert">
                {err('energy')}
              </p>
            )}
          </div>
          {text('electricityUseYiKWh', t('basics.electricity'), true)}
        </div>
      </fieldset>

      <details>
        <summary>{t('basics.sectors')}</summary>
        <div className="basics-grid">
          {SECTORS.map((k) => (
            <Row key={k} label={t(`basics.sectorNames.${k}`)} id={`${id}-sector-${k}`}>
              <input
                id={`${id}-sector-${k}`}
                type="text"
                inputMode="decimal"
                value={draft.sectorSharesPct[k]}
                onChange={(e) => set('sectorSharesPct', { ...draft.sectorSharesPct, [k]: e.target.value })}
                data-testid={`basics-sector-${k}`}
              />
            </Row>
          ))}
        </div>
        {errors.sectorSharesPct && (
          <p className="field-error" role="alert">
            {err('sectorSharesPct')}
          </p>
        )}
      </details>

      <details>
        <summary>{t('basics.plants')}</summary>
        {draft.plants.map((p, i) => (
          <div className="basics-line" key={i}>
            <select
              aria-label={t('basics.plantType')}
              value={p.type}
              onChange={(e) =>
                set(
                  'plants',
                  draft.plants.map((x, j) => (j === i ? { ...x, type: e.target.value as GeneratorType } : x)),
                )
              }
            >
              {GENERATOR_TYPES.map((g) => (
                <option key={g} value={g}>
                  {te(`genTypes.${g}`)}
                </option>
              ))}
            </select>
            <input
              type="text"
              inputMode="decimal"
              aria-label={t('basics.plantCapacity', { unit: capacityUnit })}
              placeholder={t('basics.plantCapacity', { unit: capacityUnit })}
              value={p.capacityMW}
              aria-invalid={errors[`plants.${i}.capacityMW`] ? true : undefined}
              onChange={(e) =>
                set(
                  'plants',
                  draft.plants.map((x, j) => (j === i ? { ...x, capacityMW: e.target.value } : x)),
                )
              }
              data-testid={`basics-plant-${i}-mw`}
            />
            <span className="muted small">{capacityUnit}</span>
            <button
              type="button"
              className="btn ghost"
              onClick={() =>
                set(
                  'plants',
                  draft.plants.filter((_, j) => j !== i),
                )
              }
            >
              {t('basics.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn"
          onClick={() => set('plants', [...draft.plants, { type: 'pv', capacityMW: '' }])}
          data-testid="basics-add-plant"
        >
          {t('basics.addPlant')}
        </button>
      </details>

      <details>
        <summary>{t('basics.targets')}</summary>
        <p className="muted small">{t('basics.targetsHint')}</p>
        {draft.targets.map((x, i) => {
          const edit = (patch: Partial<typeof x>) =>
            set(
              'targets',
              draft.targets.map((y, j) => (j === i ? { ...y, ...patch } : y)),
            );
          return (
            <div className="basics-line" key={i}>
              <select
                aria-label={t('basics.targetMetric')}
                value={x.metric}
                onChange={(e) => edit({ metric: e.target.value as TargetMetric })}
              >
                {TARGET_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {te(`metrics.${m}`)}
                  </option>
                ))}
              </select>
              <input
                type="text"
                inputMode="numeric"
                aria-label={t('basics.targetFrom')}
                placeholder={t('basics.targetFrom')}
                value={x.fromYear}
                onChange={(e) => edit({ fromYear: e.target.value })}
              />
              <input
                type="text"
                inputMode="numeric"
                aria-label={t('basics.targetYear')}
                placeholder={t('basics.targetYear')}
                value={x.year}
                aria-invalid={errors[`targets.${i}.year`] ? true : undefined}
                onChange={(e) => edit({ year: e.target.value })}
              />
              <input
                type="text"
                inputMode="decimal"
                aria-label={t('basics.targetValue')}
                placeholder={t('basics.targetValue')}
                value={x.value}
                aria-invalid={errors[`targets.${i}.value`] ? true : undefined}
                onChange={(e) => edit({ value: e.target.value })}
              />
              <label className="basics-check">
                <input type="checkbox" checked={x.binding} onChange={(e) => edit({ binding: e.target.checked })} />
                {t('basics.binding')}
              </label>
              <button
                type="button"
                className="btn ghost"
                onClick={() =>
                  set(
                    'targets',
                    draft.targets.filter((_, j) => j !== i),
                  )
                }
              >
                {t('basics.remove')}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="btn"
          onClick={() =>
            set('targets', [
              ...draft.targets,
              { metric: 'co2IntensityReduction', fromYear: String(draft.baseYear), year: '', value: '', binding: true },
            ])
          }
          data-testid="basics-add-target"
        >
          {t('basics.addTarget')}
        </button>
      </details>
      <p className="muted small" data-testid="basics-defaults-note">
        {t('basics.defaultsNote')}
      </p>
    </div>
  );
}
