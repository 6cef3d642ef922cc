import { useTranslation } from 'react-i18next';
import type { YearPoint } from '../../../shared/model/series';
import { NumberField } from './NumberField';
import type { Refusal } from './refusal';

export type PointsEditorProps = {
  points: readonly YearPoint[];
  onCommit: (points: YearPoint[]) => Refusal;
  testId: string;
  label: string;
  unit?: string;
  disabled?: boolean;
  /** points outside baseYear–endYear are kept but marked unused (absent: none marked) */
  baseYear?: number;
  endYear: number;
};

/** Year/value rows of a point list (linear between points, held flat outside them). */
export function PointsEditor({
  points,
  onCommit,
  testId,
  label,
  unit,
  disabled,
  baseYear,
  endYear,
}: PointsEditorProps) {
  const { t } = useTranslation('editor');
  const replace = (i: number, patch: Partial<YearPoint>) =>
    onCommit(points.map((p, k) => (k === i ? { ...p, ...patch } : p)));
  const add = () => {
    const last = points[points.length - 1]!;
    const year = Math.min(2100, last.year < endYear ? Math.min(endYear, last.year + 5) : last.year + 5);
    if (year > last.year) onCommit([...points, { year, value: last.value }]);
  };
  return (
    <div className="points">
      <table className="points-table">
        <thead>
          <tr>
            <th scope="col">{t('series.year')}</th>
            <th scope="col">
              {t('series.value')}
              {unit && <span className="muted"> ({unit})</span>}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('series.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => {
            const unused = baseYear !== undefined && (p.year < baseYear || p.year > endYear);
            return (
              <tr
                key={i}
                className={unused ? 'point-unused' : undefined}
                data-unused={unused || undefined}
                title={unused ? t('series.unusedHint') : undefined}
              >
                <td>
                  <NumberField
                    value={p.year}
                    integer
                    min={1990}
                    max={2100}
                    label={`${label} · ${t('series.year')} ${i + 1}`}
                    testId={`${testId}[${i}].year`}
                    disabled={disabled}
                    className="w-year"
                    onCommit={(v) => replace(i, { year: v ?? p.year })}
                  />
                </td>
                <td>
                  <NumberField
                    value={p.value}
                    label={`${label} · ${p.year}`}
                    testId={`${testId}[${i}].value`}
                    disabled={disabled}
                    className="w-num"
                    onCommit={(v) => replace(i, { value: v ?? p.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn ghost icon"
                    title={t('series.removePoint')}
                    aria-label={t('series.removePoint')}
                    disabled={disabled || points.length <= 1}
                    data-testid={`btn-remove-point-${testId}-${i}`}
                    onClick={() => onCommit(points.filter((_, k) => k !== i))}
                  >
                    ×
                  </button>
                  {unused && <span className="point-unused-tag">{t('series.unused')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        className="btn small-btn"
        disabled={disabled || points[points.length - 1]!.year >= 2100}
        data-testid={`btn-add-point-${testId}`}
        onClick={add}
      >
        + {t('series.addPoint')}
      </button>
    </div>
  );
}
