import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BASE_YEAR_RANGE, END_YEAR_RANGE, setHorizon, setRegion } from '../../../../shared/model/ops-horizon';
import type { Region } from '../../../../shared/model/scenario';
import { REGION_LEVELS, type RegionLevel } from '../../../../shared/model/vocabulary';
import { FieldRow } from '../bound-fields';
import { useEditor, useScenario } from '../EditorContext';

const years = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** A text of the region, written when the field is left or Enter is pressed (one undo step per change). */
function RegionText({ field, label }: { field: 'name' | 'parentRegion'; label: string }) {
  const { change, readOnly } = useEditor();
  const stored = useScenario((s) => s.region[field] ?? '');
  // what is being typed; null shows the stored text (an undo or another window's change included)
  const [draft, setDraft] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const text = draft ?? stored;
  const commit = async () => {
    setDraft(null);
    if (text.trim() === stored) return;
    setErrors(await change((s) => setRegion(s, { ...s.region, [field]: text } as Region), 'region', `region.${field}`));
  };
  return (
    <>
      <input
        type="text"
        value={text}
        disabled={readOnly}
        aria-label={label}
        aria-invalid={errors.length ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
        }}
        data-testid={`field-region.${field}`}
      />
      {errors.map((m) => (
        <p key={m} className="field-error" role="alert">
          {m}
        </p>
      ))}
    </>
  );
}

/**
 * The region and the horizon. Moving the horizon is one edit that changes
 * only the two years: points of a series outside it are kept, unused, and
 * expressions are evaluated over the new years (shared/model/ops-horizon.ts).
 */
export function RegionPanel() {
  const { t } = useTranslation('editor');
  const { change, readOnly } = useEditor();
  const level = useScenario((s) => s.region.level);
  const baseYear = useScenario((s) => s.baseYear);
  const endYear = useScenario((s) => s.endYear);
  const [errors, setErrors] = useState<string[]>([]);
  const moveTo = async (base: number, end: number) =>
    setErrors(await change((s) => setHorizon(s, base, end), base !== baseYear ? 'baseYear' : 'endYear'));
  const setLevel = (l: RegionLevel | '') =>
    void change((s) => {
      const { level: _old, ...rest } = s.region;
      return setRegion(s, l ? { ...rest, level: l } : rest);
    }, 'region');

  return (
    <div className="rows">
      <FieldRow label={t('region.name')} path="region">
        <RegionText field="name" label={t('region.name')} />
      </FieldRow>
      <FieldRow label={t('region.level')} path="region.level">
        <select
          value={level ?? ''}
          disabled={readOnly}
          aria-label={t('region.level')}
          onChange={(e) => setLevel(e.target.value as RegionLevel | '')}
          data-testid="field-region.level"
        >
          <option value="">{t('region.levelUnknown')}</option>
          {REGION_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`region.levels.${l}`)}
            </option>
          ))}
        </select>
      </FieldRow>
      <FieldRow label={t('region.parent')} path="region.parentRegion">
        <RegionText field="parentRegion" label={t('region.parent')} />
      </FieldRow>
      <FieldRow label={t('region.baseYear')} hint={t('region.baseYearHint')} path="baseYear">
        <select
          value={baseYear}
          disabled={readOnly}
          aria-label={t('region.baseYear')}
          onChange={(e) => void moveTo(Number(e.target.value), endYear)}
          data-testid="field-baseYear"
        >
          {years(Math.min(BASE_YEAR_RANGE.min, baseYear), Math.max(BASE_YEAR_RANGE.max, baseYear)).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </FieldRow>
      <FieldRow label={t('region.endYear')} hint={t('region.endYearHint')} path="endYear">
        <select
          value={endYear}
          disabled={readOnly}
          aria-label={t('region.endYear')}
          onChange={(e) => void moveTo(baseYear, Number(e.target.value))}
          data-testid="field-endYear"
        >
          {years(END_YEAR_RANGE.min, END_YEAR_RANGE.max).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        {errors.map((m) => (
          <p key={m} className="field-error" role="alert">
            {m}
          </p>
        ))}
      </FieldRow>
    </div>
  );
}
