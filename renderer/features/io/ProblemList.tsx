import { useTranslation } from 'react-i18next';
import type { IoProblem, IoWarning } from '../../../shared/io/problems';
import { issueText } from '../../i18n/issue-text';

/** Every problem of a file, each with where it is (field path) and why. */
export function ProblemList({ problems }: { problems: readonly IoProblem[] }) {
  const { t } = useTranslation('io');
  return (
    <div className="io-problems">
      <p className="io-problems-title" role="alert">
        {t('problems.title', { count: problems.length })}
      </p>
      <ol className="io-list" data-testid="import-problems">
        {problems.map((p, i) => (
          <li key={i} className="io-problem" data-testid="import-problem" data-path={p.path}>
            <code className="io-path" title={t('problems.path')}>
              {p.path}
            </code>
            <span className="io-reason">{issueText(p, t)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Notes that do not stop an import (migrations, skipped changes), folded away. */
export function WarningList({ warnings }: { warnings: readonly IoWarning[] }) {
  const { t } = useTranslation('io');
  if (!warnings.length) return null;
  return (
    <details className="io-warnings" data-testid="import-warnings">
      <summary>{t('warnings.title', { count: warnings.length })}</summary>
      <ul className="io-list">
        {warnings.map((w, i) => (
          <li key={i}>
            <code className="io-path">{w.path}</code>
            <span className="io-reason">{issueText(w, t)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
