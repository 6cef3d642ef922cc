import { useTranslation } from 'react-i18next';
import type { RollupIssue } from '../../../shared/engine/rollup';
import { issueText } from '../../i18n/issue-text';

/**
 * The roll-up's checks in words: warnings (what makes the sum not the city's
 * figure by the rules) first, then notes, then the rule every roll-up keeps:
 * only totals add up.
 */
export function RollupChecks({ issues }: { issues: readonly RollupIssue[] }) {
  const { t } = useTranslation('rollup');
  const { t: tIssue } = useTranslation('issues');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const notes = issues.filter((i) => i.severity === 'note');
  return (
    <section className="res-section rollup-checks" aria-labelledby="rollup-checks-h" data-testid="rollup-checks">
      <h3 id="rollup-checks-h">{t('checks.title')}</h3>
      {warnings.length === 0 ? (
        <p className="banner good" data-testid="rollup-checks-ok">{t('checks.none')}</p>
      ) : (
        <ul className="rollup-warnings">
          {warnings.map((i, k) => (
            <li key={`${i.code}-${i.path}-${k}`} className="banner warn" data-testid="rollup-warning" data-code={i.code}>
              {issueText(i, tIssue)}
            </li>
          ))}
        </ul>
      )}
      <ul className="rollup-notes small">
        {notes.map((i, k) => (
          <li key={`${i.code}-${k}`} data-testid="rollup-note" data-code={i.code}>
            {issueText(i, tIssue)}
          </li>
        ))}
        <li>{t('checks.additive')}</li>
        <li>{t('checks.prices')}</li>
      </ul>
    </section>
  );
}
