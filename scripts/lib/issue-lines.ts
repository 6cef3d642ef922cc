import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import type { Issue, IssueBody } from '../../shared/model/issue-codes';
import { issueText } from '../../renderer/i18n/issue-text';

/**
 * Issues as the CLI prints them: `  path: text`, in the app's English, worded
 * by the app's own function from its English texts (renderer/i18n/locales/en/issues.json).
 */

let t: ReturnType<typeof i18next.getFixedT> | null = null;

function english() {
  if (t) return t;
  const issues = JSON.parse(
    readFileSync(new URL('../../renderer/i18n/locales/en/issues.json', import.meta.url), 'utf8'),
  ) as object;
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: 'en',
    resources: { en: { issues } },
    ns: ['issues'],
    defaultNS: 'issues',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  t = i18n.getFixedT('en', 'issues');
  return t;
}

/** One issue in the app's English. */
export const inEnglish = (issue: IssueBody): string => issueText(issue, english());

export function issueLines(issues: readonly Issue[]): string[] {
  return issues.map((i) => `  ${i.path}: ${inEnglish(i)}`);
}
