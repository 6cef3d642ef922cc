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
  /** a long single-line text (a project's or a target's name) that wraps and grows instead of scrolling out of sight */
  multiline?: boolean;
};

/** A text input that keeps refused text (e.g. an empty name) visible with its error instead of applying it. */
export function TextField({ value, onCommit, testId, label, disabled, className, placeholder, multiline }: TextFieldProps) {
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
  const change = (raw: string) => {
    setText(raw);
    show(onCommit(raw));
  };
  const props = {
    value: text ?? value,
    'aria-label': label,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    disabled,
    'data-testid': testId ? `field-${testId}` : undefined,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      if (!error && !pending) setText(null);
    },
  };
  return (
    <span className={`nf ${className ?? ''}`}>
      {multiline ? (
        <textarea
          rows={1}
          className="tf-input tf-multi"
          {...props}
          // one line of text: Enter does not break it, and a pasted break becomes a space
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          onChange={(e) => change(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
        />
      ) : (
        <input type="text" className="tf-input" {...props} onChange={(e) => change(e.target.value)} />
      )}
      {error && (
        <span className="field-msg" id={errorId} role="alert" data-testid={testId ? `error-${testId}` : undefined}>
          {error}
        </span>
      )}
    </span>
  );
}
