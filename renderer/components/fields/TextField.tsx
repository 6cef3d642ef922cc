import { useId, useState } from 'react';
import { useRefusal, type Refusal } from './refusal';

export type TextFieldProps = {
  value: string;
  /** gives back why the text was refused, or nothing when applied */
  onCommit: (value: string) => Refusal;
  testId?: string;
  label: string;
  disabled?: boolean;
  className?: string;
  /** what to type, shown while the field is empty */
  placeholder?: string;
};

/** A text input that keeps refused text (e.g. an empty name) visible with its error instead of applying it. */
export function TextField({ value, onCommit, testId, label, disabled, className, placeholder }: TextFieldProps) {
  const [text, setText] = useState<string | null>(null);
  const { messages: errors, pending, show, set: setErrors } = useRefusal();
  const error = errors[0] ?? null;
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(value);
  const errorId = useId();
  if (seen !== value) {
    setSeen(value);
    if (!focused) {
      setText(null);
      setErrors([]);
    }
  }
  return (
    <span className={`nf ${className ?? ''}`}>
      <input
        type="text"
        className="tf-input"
        value={text ?? value}
        aria-label={label}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        disabled={disabled}
        data-testid={testId ? `field-${testId}` : undefined}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (!error && !pending) setText(null);
        }}
        onChange={(e) => {
          const raw = e.target.value;
          setText(raw);
          show(onCommit(raw));
        }}
      />
      {error && (
        <span className="field-msg" id={errorId} role="alert" data-testid={testId ? `error-${testId}` : undefined}>
          {error}
        </span>
      )}
    </span>
  );
}
