import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadExprEngine, loadedExprEngine } from '../../engine/expr-engine';
import { exprErrorText } from '../../features/editor/issue-text';
import type { ExprSeries } from '../../../shared/model/series';
import { NumberField } from './NumberField';

export type ExprEditorProps = {
  value: ExprSeries;
  onCommit: (next: ExprSeries) => readonly string[] | void;
  testId: string;
  label: string;
  unit?: string;
  disabled?: boolean;
};

type ExprError = { message: string; position?: number };

/**
 * An expression of `year`, checked on every keystroke with the engine's own
 * compiler; a syntax error is shown with its character position and a caret,
 * and nothing is committed until the expression compiles.
 */
export function ExprEditor({ value, onCommit, testId, label, unit, disabled }: ExprEditorProps) {
  const { t } = useTranslation('editor');
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<ExprError | null>(null);
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(value);
  const errorId = useId();

  if (seen !== value) {
    setSeen(value);
    if (!focused) {
      setText(null);
      setError(null);
    }
  }

  const change = (raw: string) => {
    setText(raw);
    if (raw.trim() === '') return setError({ message: t('series.exprEmpty') });
    const engine = loadedExprEngine();
    if (!engine) {
      // first keystroke before the engine arrived: check this text as soon as it has
      void loadExprEngine().then(() => change(raw));
      return;
    }
    const compiled = engine.compileExpression(raw);
    if (!compiled.ok) return setError({ message: exprErrorText(compiled.error, t), position: compiled.position });
    if (raw === value.expr) return setError(null);
    const refused = onCommit({ ...value, expr: raw }) ?? [];
    setError(refused.length ? { message: refused[0]! } : null);
  };

  const shown = text ?? value.expr;
  return (
    <div className="expr">
      <input
        type="text"
        className="expr-input"
        spellCheck={false}
        autoComplete="off"
        value={shown}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        disabled={disabled}
        data-testid={`field-${testId}.expr`}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (!error) setText(null);
        }}
        onChange={(e) => change(e.target.value)}
      />
      {unit && <span className="nf-unit">{unit}</span>}
      {error && (
        <div className="field-msg" id={errorId} role="alert" data-testid={`error-${testId}`}>
          {error.position !== undefined ? t('series.exprErrorAt', { position: error.position, message: error.message }) : error.message}
          {error.position !== undefined && (
            <pre className="expr-caret" aria-hidden="true">
              {shown}
              {'\n'}
              {' '.repeat(Math.max(0, error.position - 1))}^
            </pre>
          )}
        </div>
      )}
      <div className="expr-base">
        <span className="muted small">{t('series.baseValue')}</span>
        <NumberField
          value={value.baseValue}
          optional
          label={`${label} · ${t('series.baseValue')}`}
          testId={`${testId}.baseValue`}
          disabled={disabled}
          className="w-num"
          onCommit={(v) => {
            const next: ExprSeries = { expr: value.expr };
            if (v !== undefined) next.baseValue = v;
            return onCommit(next);
          }}
        />
      </div>
      {!disabled && <p className="expr-help muted small">{t('series.exprHelp')}</p>}
    </div>
  );
}
