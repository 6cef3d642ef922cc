import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { numberLocale } from '../../i18n';
import { isCapacityPath, useCapacityScale } from './capacity';
import { formatForInput, parseNumber } from './parse-number';
import { useRefusal, type Refusal } from './refusal';

export type NumberFieldProps = {
  value: number | undefined;
  /**
   * Called with every valid parse while typing; gives back why the value was
   * refused (shown at the field), or nothing when it was applied.
   */
  onCommit: (value: number | undefined) => Refusal;
  /** field path: the input is `field-<testId>`, its error `error-<testId>` */
  testId?: string;
  /** accessible name */
  label: string;
  /** the unit's label; a capacity field shows the unit it is entered in instead */
  unit?: string;
  /**
   * A capacity, stored in MW and entered and shown in the unit the settings give (万千瓦 or MW); `min` and
   * `max` stay in MW. By default a field whose path (`testId`) names a capacity in MW is one.
   */
  capacity?: boolean;
  disabled?: boolean;
  /** whole numbers, shown without grouping (years) */
  integer?: boolean;
  /** an empty input commits `undefined` instead of being an error */
  optional?: boolean;
  min?: number;
  max?: number;
  className?: string;
};

/**
 * A number input that keeps the raw text while it is being typed, so "1,2" or
 * "abc" stay visible with an error beside them instead of being lost or, worse,
 * reaching the scenario. Only parsed, locally valid numbers are committed.
 */
export function NumberField(p: NumberFieldProps) {
  const { t, i18n } = useTranslation('editor');
  const locale = numberLocale(i18n.language);
  const [text, setText] = useState<string | null>(null);
  const { messages: errors, pending, show, set: setErrors } = useRefusal();
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(p.value);
  const errorId = useId();
  const scale = useCapacityScale(p.capacity ?? isCapacityPath(p.testId));
  const [seenUnit, setSeenUnit] = useState(scale?.unit);

  // A new value from outside (undo, another control), or the same in another unit, replaces a stale text or error.
  if (!Object.is(seen, p.value) || seenUnit !== scale?.unit) {
    setSeen(p.value);
    setSeenUnit(scale?.unit);
    if (!focused) {
      setText(null);
      setErrors([]);
    }
  }

  const localError = (raw: string): { error: string } | { value: number | undefined } => {
    const parsed = parseNumber(raw);
    if (!parsed.ok) {
      if (parsed.reason === 'empty') return p.optional ? { value: undefined } : { error: t('fields.required') };
      return { error: t('fields.notANumber') };
    }
    const typed = parsed.value;
    if (p.integer && !Number.isInteger(typed)) return { error: t('fields.notInteger') };
    const v = scale ? scale.toStored(typed) : typed;
    // the limits are stored values; the message gives them in the unit typed
    const shownLimit = (limit: number) => (scale ? scale.toShown(limit) : limit);
    if (p.min !== undefined && v < p.min) return { error: t('fields.min', { min: shownLimit(p.min) }) };
    if (p.max !== undefined && v > p.max) return { error: t('fields.max', { max: shownLimit(p.max) }) };
    return { value: v };
  };

  const change = (raw: string) => {
    setText(raw);
    const checked = localError(raw);
    if ('error' in checked) {
      setErrors([checked.error]);
      return;
    }
    // committed even when equal to the shown value: an earlier value may still be on its way
    show(p.onCommit(checked.value));
  };

  const revert = () => {
    setText(null);
    setErrors([]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && errors.length > 0) revert();
  };

  const value = scale && p.value !== undefined ? scale.toShown(p.value) : p.value;
  const shown = p.integer ? formatForInput(value, locale, false) : formatForInput(value, locale);
  const unit = scale ? scale.label : p.unit;
  const error = errors[0];
  return (
    <span className={`nf ${p.className ?? ''}`}>
      <span className="nf-box">
        <input
          type="text"
          inputMode="decimal"
          className="nf-input num"
          value={text ?? shown}
          aria-label={p.label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          disabled={p.disabled}
          data-testid={p.testId ? `field-${p.testId}` : undefined}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            // a refusal may still be on its way: the typed text stays until it is known
            if (errors.length === 0 && !pending) setText(null);
          }}
          onKeyDown={onKeyDown}
          onChange={(e) => change(e.target.value)}
        />
        {unit && <span className="nf-unit">{unit}</span>}
      </span>
      {error && (
        <span className="field-msg" id={errorId} role="alert" data-testid={p.testId ? `error-${p.testId}` : undefined}>
          {error}
        </span>
      )}
    </span>
  );
}
