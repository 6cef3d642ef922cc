import { useId } from 'react';

type Props = {
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | null;
  testId: string;
};

/** A labelled text input with its validation message tied to it for screen readers. */
export function NameField({ label, value, onChange, error, testId }: Props) {
  const id = useId();
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={120}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid={testId}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert" data-testid="error-name">
          {error}
        </p>
      )}
    </div>
  );
}
