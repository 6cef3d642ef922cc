import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueText } from '../../../renderer/i18n/issue-text';
import zhIssues from '../../../renderer/i18n/locales/zh/issues.json';
import enIssues from '../../../renderer/i18n/locales/en/issues.json';
import { validateScenario } from '../../../shared/model/validate';
import type { Target } from '../../../shared/model/scenario';
import { editorScenario } from '../features/editor/fixture';

let zh: TFunction;
let en: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { zh: { issues: zhIssues }, en: { issues: enIssues } }, ns: ['issues'], defaultNS: 'issues', interpolation: { escapeValue: false } });
    return i.t;
  };
  zh = await make('zh');
  en = await make('en');
});

/** The issue of a target with no first year, in both languages, from the model's own code. */
function missingFromYear(metric: Target['metric']) {
  const s = structuredClone(editorScenario());
  const { fromYear: _dropped, ...rest } = s.targets[0]!;
  s.targets = [{ ...rest, metric, value: 1000 }];
  const r = validateScenario(s);
  if (r.ok) throw new Error('validated');
  const issue = r.issues.find((i) => i.path === 'targets[0].fromYear')!;
  return { zh: issueText(issue, zh), en: issueText(issue, en) };
}

describe('a target without its first year', () => {
  it('is worded for reduction targets and carbon budgets alike', () => {
    const words = {
      zh: '降幅目标和碳排放预算须注明起始年（降幅自该年起算，预算自该年起累计）',
      en: 'A reduction target or a carbon budget needs its first year (the reduction is measured from it, the budget summed from it)',
    };
    expect(missingFromYear('co2IntensityReduction')).toEqual(words);
    expect(missingFromYear('co2Budget')).toEqual(words);
  });
});
