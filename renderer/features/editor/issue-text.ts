import type { ParseKeys, TFunction } from 'i18next';
import type { ScenarioIssue } from '../../../shared/model/validate-core';
import { READ_ONLY_ISSUE } from '../../state/edit-gate';
import { oneOf } from '../../i18n/keys';

type EditorT = TFunction<'editor'>;
type Pattern = { re: RegExp; key: ParseKeys<'editor'>; names: string[] };

/**
 * The engine's validation messages are English and technical; the common ones
 * are restated in the UI language, the rest shown as they are.
 */
const PATTERNS: Pattern[] = [
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
  { re: /^expression error: (.+)$/, key: 'issue.exprError', names: ['message'] },
  { re: /^expression gives (.+) in (\d+)(?:: must be a finite number)?$/, key: 'issue.exprValue', names: ['value', 'year'] },
  { re: /^must be a finite number$/, key: 'issue.finite', names: [] },
  // bounds.ts `atMost`: the field is named where the message is shown
  { re: / must be at most (-?[\d.]+)(?: (.+))?$/, key: 'issue.atMost', names: ['limit', 'unit'] },
  { re: /^a reduction must be between (-?[\d.]+) and (-?[\d.]+) %$/, key: 'issue.reductionRange', names: ['min', 'max'] },
  { re: /^a peak year must be between (\d+) and (\d+)$/, key: 'issue.peakYearRange', names: ['min', 'max'] },
];

const BOUNDS: Record<string, 'atLeast' | 'greaterThan' | 'atMost'> = { 'at least': 'atLeast', 'greater than': 'greaterThan', 'at most': 'atMost' };

/** What the expression compiler says (engine/expr*.ts), restated; inside `issue.exprAt` or shown by the expression field. */
const EXPR_PATTERNS: Pattern[] = [
  { re: /^expression too deep: at most (\d+) levels$/, key: 'issue.exprText.tooDeep', names: ['limit'] },
  { re: /^expression too long: at most (\d+) characters \(it has (\d+)\)$/, key: 'issue.exprText.tooLong', names: ['limit', 'length'] },
  { re: /^expression too large: at most (\d+) /, key: 'issue.exprText.tooLarge', names: ['limit'] },
  { re: /^(\w+) takes (\d+) arguments?, got (\d+)$/, key: 'issue.exprText.arity', names: ['name', 'count', 'got'] },
  { re: /^(\w+) takes (\d+) or (\d+) arguments, got (\d+)$/, key: 'issue.exprText.arityRange', names: ['name', 'min', 'max', 'got'] },
  { re: /^(\w+) takes at least (\d+) arguments?, got (\d+)$/, key: 'issue.exprText.arityAtLeast', names: ['name', 'count', 'got'] },
  { re: /^(\w+) takes year, value pairs: .*, got (\d+) arguments?$/, key: 'issue.exprText.pairs', names: ['name', 'count'] },
  { re: /^operator '(.+)' is not allowed in expressions$/, key: 'issue.exprText.operator', names: ['op'] },
  { re: /^text "(.*)" is not allowed in expressions: values are numbers$/, key: 'issue.exprText.text', names: ['text'] },
  { re: /^'(\w+)' is not allowed in expressions: values are numbers$/, key: 'issue.exprText.constant', names: ['value'] },
  { re: /^(\w+) is not allowed in expressions$/, key: 'issue.exprText.notAllowed', names: ['kind'] },
  { re: /^unknown function '(.+)'$/, key: 'issue.exprText.unknownFunction', names: ['name'] },
  { re: /^unknown variable '(.+)' \(only 'year' is defined\)$/, key: 'issue.exprText.unknownVariable', names: ['name'] },
  { re: /^number (\S+) is too large: must be a finite number$/, key: 'issue.exprText.numberTooLarge', names: ['number'] },
  { re: /^a number is too large: must be a finite number$/, key: 'issue.exprText.aNumberTooLarge', names: [] },
];

/** What the compiler calls a refused node (expr-check.ts: the mathjs node type, lower case). */
const EXPR_KINDS = ['assignment', 'functionassignment', 'block', 'accessor', 'object', 'index', 'range', 'array'] as const;

function restate(message: string, patterns: readonly Pattern[], t: EditorT): string | null {
  for (const { re, key, names } of patterns) {
    const m = re.exec(message);
    if (!m) continue;
    const vars: Record<string, string> = {};
    names.forEach((n, i) => (vars[n] = m[i + 1] ?? ''));
    if (vars.bound) vars.bound = t(`issue.bounds.${BOUNDS[vars.bound] ?? 'atLeast'}`);
    if (vars.message) vars.message = exprErrorText(vars.message, t);
    if (oneOf(EXPR_KINDS, vars.kind)) vars.kind = t(`issue.exprText.kinds.${vars.kind}`);
    // `count` chooses the English plural (`_one`, `_other`)
    const options: Record<string, string | number> = vars.count ? { ...vars, count: Number(vars.count) } : vars;
    // an optional part left empty (a bound without a unit) leaves no trailing space
    return t(key, options).trim();
  }
  return null;
}

/** An expression compiler's error in the UI language (as it is when no pattern knows it). */
export function exprErrorText(message: string, t: EditorT): string {
  return restate(message, EXPR_PATTERNS, t) ?? message;
}

export function issueMessage(message: string, t: EditorT): string {
  if (message === READ_ONLY_ISSUE) return t('issue.readOnly');
  return restate(message, PATTERNS, t) ?? message;
}

/** Issues as messages for a field, without repeats. */
export function issueMessages(issues: readonly ScenarioIssue[], t: EditorT): string[] {
  return [...new Set(issues.map((i) => issueMessage(i.message, t)))];
}
