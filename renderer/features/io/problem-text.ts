import type { TFunction } from 'i18next';
import { issueMessage } from '../editor/issue-text';

/**
 * A problem or warning in the UI language. Importers write their own problems
 * in both languages (`messageZh`); validation messages are English, and the
 * common ones are restated here (shapes of a file) or by the editor's
 * issue-text (ranges, shares, years), the rest shown as they are.
 */
const TYPE_KEYS = new Set(['number', 'string', 'array', 'object', 'boolean', 'null', 'int']);

const PATTERNS: { re: RegExp; key: string; vars: (m: RegExpExecArray, type: (s: string) => string) => Record<string, string> }[] = [
  { re: /^expected (\w+), got (\w+)$/, key: 'problems.text.expected', vars: (m, type) => ({ expected: type(m[1]!), got: type(m[2]!) }) },
  { re: /^is missing \(expected (\w+)\)$/, key: 'problems.text.missing', vars: (m, type) => ({ expected: type(m[1]!) }) },
  { re: /^unknown field (.+)$/, key: 'problems.text.unknownField', vars: (m) => ({ keys: m[1]! }) },
  { re: /^must be one of (.+?)(?: \(got .+\))?$/, key: 'problems.text.oneOf', vars: (m) => ({ options: m[1]! }) },
];

export function problemText(p: { message: string; messageZh?: string }, lang: string, t: TFunction, tEditor: TFunction): string {
  if (!lang.startsWith('zh')) return p.message;
  if (p.messageZh) return p.messageZh;
  const type = (s: string) => (TYPE_KEYS.has(s) ? t(`problems.types.${s}`) : s);
  // files from the prototype name the field they had there (scenario-file.ts)
  const legacy = / \(prototype field: ([^)]+)\)$/.exec(p.message);
  const message = legacy ? p.message.slice(0, legacy.index) : p.message;
  const hint = legacy ? t('problems.text.legacyField', { path: legacy[1] }) : '';
  for (const { re, key, vars } of PATTERNS) {
    const m = re.exec(message);
    if (m) return t(key, vars(m, type)) + hint;
  }
  return issueMessage(message, tEditor) + hint;
}
