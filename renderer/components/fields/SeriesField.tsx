import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberLocale } from '../../i18n';
import { isExprSeries, type Series } from '../../../shared/model/series';
import { ExprEditor } from './ExprEditor';
import { numberFormat } from './number-format';
import { NumberField } from './NumberField';
import { PointsEditor } from './PointsEditor';
import { useExpressionValues } from '../../engine/expression-values';
import { useRefusal, type Refusal } from './refusal';
import { convertSeries, loadYears, resolveYears, SERIES_MODES, seriesMode, type SeriesMode } from './series-convert';
import { Sparkline } from './Sparkline';

export type SeriesFieldProps = {
  value: Series;
  /** gives back why the series was refused (shown at the field), or nothing when applied */
  onCommit: (next: Series) => Refusal;
  /** field path: inputs are `field-<testId>` (constant), `field-<testId>[i].value`, `field-<testId>.expr` */
  testId: string;
  label: string;
  unit?: string;
  disabled?: boolean;
  baseYear: number;
  endYear: number;
  /** for table cells: the constant inline, other forms behind a summary button */
  compact?: boolean;
  min?: number;
  max?: number;
};

/** A yearly input as a constant, a year/value table or an expression, switchable without losing its shape. */
export function SeriesField(p: SeriesFieldProps) {
  const { t, i18n } = useTranslation('editor');
  const { messages: modeErrors, show: showModeError } = useRefusal();
  const modeError = modeErrors[0] ?? null;
  const [open, setOpen] = useState(false);
  const mode = seriesMode(p.value);
  useExpressionValues(); // an expression's sparkline appears once the worker has sent its values
  const values = mode === 'constant' ? null : resolveYears(p.value, p.baseYear, p.endYear);
  const fmt = numberFormat(numberLocale(i18n.language), { maximumFractionDigits: 3 });

  const switchTo = (to: SeriesMode) => {
    if (to === mode) return;
    // converting an expression needs its values: never convert from a guess while they are on their way
    const from = p.value;
    showModeError(loadYears(from, p.baseYear, p.endYear).then((values) => p.onCommit(convertSeries(from, to, p.baseYear, p.endYear, values))));
  };

  const modes = (
    <span className="seg" role="radiogroup" aria-label={t('series.mode')}>
      {SERIES_MODES.map((m) => (
        <button
          key={m}
          type="button"
          role="radio"
          aria-checked={m === mode}
          className={m === mode ? 'on' : undefined}
          disabled={p.disabled}
          data-testid={`mode-${p.testId}-${m}`}
          onClick={() => switchTo(m)}
        >
          {t(`series.${m}`)}
        </button>
      ))}
    </span>
  );

  const constant = typeof p.value === 'number' && (
    <NumberField value={p.value} onCommit={(v) => p.onCommit(v ?? 0)} testId={p.testId} label={p.label} unit={p.compact ? undefined : p.unit} disabled={p.disabled} min={p.min} max={p.max} className="w-num" />
  );
  const body = (
    <>
      {Array.isArray(p.value) && (
        <PointsEditor points={p.value} onCommit={p.onCommit} testId={p.testId} label={p.label} unit={p.unit} disabled={p.disabled} baseYear={p.baseYear} endYear={p.endYear} />
      )}
      {typeof p.value === 'object' && isExprSeries(p.value) && (
        <ExprEditor value={p.value} onCommit={p.onCommit} testId={p.testId} label={p.label} unit={p.unit} disabled={p.disabled} />
      )}
    </>
  );
  const spark = values && (
    <span className="spark-wrap" title={`${p.baseYear}: ${fmt.format(values[0]!)} → ${p.endYear}: ${fmt.format(values[values.length - 1]!)}`}>
      <Sparkline values={values} label={t('series.sparkline', { label: p.label })} />
    </span>
  );
  const modeMsg = modeError && (
    <span className="field-msg" role="alert" data-testid={`error-${p.testId}`}>
      {modeError}
    </span>
  );

  if (p.compact) {
    const summary = values ? `${fmt.format(values[0]!)}→${fmt.format(values[values.length - 1]!)}` : t('series.invalid');
    return (
      <span className="series compact" data-mode={mode}>
        {constant || (
          <button type="button" className="series-summary" aria-expanded={open} data-testid={`open-${p.testId}`} onClick={() => setOpen((o) => !o)}>
            <span className="tag">{t(`series.${mode}Short`)}</span> {summary}
          </button>
        )}
        {mode === 'constant' && (
          <button type="button" className="btn ghost icon" aria-expanded={open} title={t('series.more')} aria-label={t('series.more')} data-testid={`open-${p.testId}`} onClick={() => setOpen((o) => !o)}>
            ⋯
          </button>
        )}
        {open && (
          <span className="series-pop" role="group" aria-label={p.label}>
            <span className="series-head">
              {modes}
              {spark}
              <button type="button" className="btn ghost icon" aria-label={t('series.close')} onClick={() => setOpen(false)}>
                ×
              </button>
            </span>
            {mode !== 'constant' && body}
          </span>
        )}
        {modeMsg}
      </span>
    );
  }

  return (
    <div className="series" data-mode={mode}>
      <div className="series-head">
        {constant}
        {modes}
        {spark}
      </div>
      {body}
      {modeMsg}
    </div>
  );
}
