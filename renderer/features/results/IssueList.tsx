import { useTranslation } from 'react-i18next';
import type { ScenarioIssue } from '../../../shared/engine/series';
import { issueText } from '../../i18n/issue-text';
import type { Translate } from '../../components/results/chart-options';

/** The engine's reasons for refusing the scenario, each with the field it concerns. */
export function IssueList({ issues, t }: { issues: ScenarioIssue[]; t: Translate }) {
  const { t: tIssue } = useTranslation();
  return (
    <div className="res-issues" role="alert" data-testid="results-issues">
      <h3>{t('issues.title')}</h3>
      <p className="small">{t('issues.hint')}</p>
      <ul>
        {issues.map((i, k) => (
          <li key={`${i.path}:${k}`} data-testid="results-issue" data-path={i.path}>
            <code>{i.path || t('issues.root')}</code>
            <span>{issueText(i, tIssue)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
