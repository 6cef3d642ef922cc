import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { engineClient } from '../../engine/client';
import { issueText } from '../../i18n/issue-text';
import { issue } from '../../../shared/model/issue-codes';
import type { ExprSeries } from '../../../shared/model/series';
import { NumberField } from './NumberField';
import type { Refusal } from './refusal';

export type ExprEditorProps = {
  value: ExprSeries;
  onCommit: (next: ExprSeries) => Refusal;
  testId: string;
  label: string;
  unit?: string;
  disabled?: boolean;
};

type ExprError = { message: string; position?: number };

/**
 * An expression of `year`, checked on every keystroke by the engine worker's
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
  // the text typed last: answers about older text are not shown
  const latest = useRef<string | null>(null);
  // the newest text is being checked: it stays in the field until its answer is known
  const [checking, setChecking] = useState(false);

  if (seen !== value) {
    setSeen(value);
    if (!focused) {
      setText(null);
      setError(null);
    }
  }

  const change = async (raw: string) => {
    setText(raw);
    latest.current = raw;
    if (raw.trim() === '') {
      setChecking(false);
      return setError({ message: t('series.exprEmpty') });
    }
    setChecking(true);
    try {
      await check(raw);
    } finally {
      if (latest.current === raw) setChecking(false);
    }
  };

  const check = async (raw: string) => {
    const compiled = await engineClient
      .call('checkExpression', { text: raw })
      .catch((err: unknown) => ({ ok: false as const, error: issue('engine.checkFailed', { detail: String(err).slice(0, 200) }) }));
    if (latest.current !== raw) return;
    if (!compiled.ok) return setError({ message: issueText(compiled.error, t), position: 'position' in compiled ? compiled.position : undefined });
    const refused = (await onCommit({ ...value, expr: raw })) ?? [];
    if (latest.current === raw) setError(refused.length ? { message: refused[0]! } : null);
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
          if (!error && !checking) setText(null);
        }}
        onChange={(e) => void change(e.target.value)}
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
