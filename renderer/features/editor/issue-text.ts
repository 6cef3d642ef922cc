import type { TFunction } from 'i18next';
import type { ScenarioIssue } from '../../../shared/model/validate-core';
import { READ_ONLY_ISSUE } from './try-edit';

/**
 * The engine's validation messages are English and technical; the common ones
 * are restated in the UI language, the rest shown as they are.
 */
const PATTERNS: { re: RegExp; key: string; names: string[] }[] = [
  { re: /must be (at least|greater than|at most) (-?[\d.]+), but is (-?[\d.e+-]+) in (\d+)$/, key: 'issue.range', names: ['bound', 'limit', 'value', 'year'] },
  { re: /^fuel shares must add up to 100 %, but add up to (-?[\d.]+) % in (\d+)$/, key: 'issue.fuelSum', names: ['sum', 'year'] },
  { re: /^sector shares must add up to 100 %, but add up to (-?[\d.]+) % in (\d+)$/, key: 'issue.sectorSum', names: ['sum', 'year'] },
  { re: /^years in a point list must increase$/, key: 'issue.yearsIncrease', names: [] },
  { re: /^retirement year must be after the commissioning year$/, key: 'issue.retirement', names: [] },
  { re: /^must not be negative$/, key: 'issue.negative', names: [] },
  { re: /must be positive$/, key: 'issue.positive', names: [] },
  { re: /^(?:name|label) is empty$/, key: 'issue.empty', names: [] },
  { re: /^must be a whole year$/, key: 'issue.wholeYear', names: [] },
  { re: /^must be a whole number$/, key: 'fields.notInteger', names: [] },
  { re: /^Too (?:small|big): expected number to be ([<>]=?)(-?[\d.]+)$/, key: 'issue.bound', names: ['op', 'limit'] },
  { re: /^must be before the target year$/, key: 'issue.fromBeforeYear', names: [] },
  { re: /^must not be before the base year (\d+)$/, key: 'issue.notBeforeBase', names: ['year'] },
  { re: /^a share must be between 0 and 100 %$/, key: 'issue.share', names: [] },
  { re: /^a cap must be positive$/, key: 'issue.positive', names: [] },
  { re: /^a peak year must be a whole year$/, key: 'issue.wholeYear', names: [] },
  { re: /^storage hours × cycles exceed/, key: 'issue.cycles', names: [] },
  { re: /^duplicate id '(.+)'$/, key: 'issue.duplicateId', names: ['id'] },
  { re: /^expression error at position (\d+): (.+)$/, key: 'issue.exprAt', names: ['position', 'message'] },
  { re: /^expression gives (.+) in (\d+)$/, key: 'issue.exprValue', names: ['value', 'year'] },
];

const BOUNDS: Record<string, string> = { 'at least': 'atLeast', 'greater than': 'greaterThan', 'at most': 'atMost' };

export function issueMessage(message: string, t: TFunction): string {
  if (message === READ_ONLY_ISSUE) return t('issue.readOnly');
  for (const { re, key, names } of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const vars: Record<string, string> = {};
    names.forEach((n, i) => (vars[n] = m[i + 1]!));
    if (vars.bound) vars.bound = t(`issue.bounds.${BOUNDS[vars.bound] ?? 'atLeast'}`);
    return t(key, vars);
  }
  return message;
}

/** Issues as messages for a field, without repeats. */
export function issueMessages(issues: readonly ScenarioIssue[], t: TFunction): string[] {
  return [...new Set(issues.map((i) => issueMessage(i.message, t)))];
}
