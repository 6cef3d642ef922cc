import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/model/scenario';
import { useEditor, useInheritStatus } from './EditorContext';

export const displayName = (s: Scenario, lang: string) => (lang === 'en' && s.nameEn ? s.nameEn : s.name);

/**
 * Beside a field of a derived scenario: "继承" while the parent's value shows
 * through, "已修改" with a reset button once this scenario has its own value,
 * "本情景新增" for a ledger item the parent does not have. Nothing for a
 * scenario without a parent.
 */
export const InheritMark = memo(function InheritMark({ path }: { path: string }) {
  // Most scenarios have no parent: one context read, no subscription.
  return useEditor().inherit ? <Mark path={path} /> : null;
});

function Mark({ path }: { path: string }) {
  const { t, i18n } = useTranslation('editor');
  const { inherit, readOnly } = useEditor();
  const status = useInheritStatus(path);
  const [error, setError] = useState<string | null>(null);
  if (!status || !inherit) return null;
  const parent = displayName(inherit.parent, i18n.language);
  if (status === 'inherited') {
    return (
      <span className="inherit-mark inherited" data-testid={`inherited-${path}`} title={t('inherit.inheritedTitle', { parent })}>
        {t('inherit.inherited')}
      </span>
    );
  }
  if (status === 'added') {
    return (
      <span className="inherit-mark added" data-testid={`overridden-${path}`} data-status="added" title={t('inherit.addedTitle', { parent })}>
        {t('inherit.added')}
      </span>
    );
  }
  return (
    <span className="inherit-mark overridden" data-testid={`overridden-${path}`} title={t('inherit.overriddenTitle', { parent })}>
      {t('inherit.overridden')}
      <button
        type="button"
        className="inherit-reset"
        disabled={readOnly}
        title={t('inherit.resetTitle', { parent })}
        data-testid={`btn-reset-${path}`}
        onClick={() => void inherit.reset(path).then((m) => setError(m[0] ?? null))}
      >
        <span aria-hidden="true">↺ </span>
        {t('inherit.reset')}
      </button>
      {error && (
        <span className="field-msg" role="alert" data-testid={`error-reset-${path}`}>
          {error}
        </span>
      )}
    </span>
  );
}
