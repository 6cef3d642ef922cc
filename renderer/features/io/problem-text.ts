import type { TFunction } from 'i18next';
import { oneOf } from '../../i18n/keys';
import { issueMessage } from '../editor/issue-text';

/**
 * A problem or warning in the UI language. Importers write their own problems
 * in both languages (`messageZh`); validation messages are English, and the
 * common ones are restated here (shapes of a file) or by the editor's
 * issue-text (ranges, shares, years), the rest shown as they are.
 */
const TYPE_KEYS = ['number', 'string', 'array', 'object', 'boolean', 'null', 'int'] as const;

type IoT = TFunction<'io'>;
const PATTERNS: { re: RegExp; text: (m: RegExpExecArray, t: IoT, type: (s: string) => string) => string }[] = [
  { re: /^expected (\w+), got (\w+)$/, text: (m, t, type) => t('problems.text.expected', { expected: type(m[1]!), got: type(m[2]!) }) },
  { re: /^is missing \(expected (\w+)\)$/, text: (m, t, type) => t('problems.text.missing', { expected: type(m[1]!) }) },
  { re: /^unknown field (.+)$/, text: (m, t) => t('problems.text.unknownField', { keys: m[1]! }) },
  { re: /^must be one of (.+?)(?: \(got .+\))?$/, text: (m, t) => t('problems.text.oneOf', { options: m[1]! }) },
];

export function problemText(p: { message: string; messageZh?: string }, lang: string, t: IoT, tEditor: TFunction<'editor'>): string {
  if (!lang.startsWith('zh')) return p.message;
  if (p.messageZh) return p.messageZh;
  const type = (s: string) => (oneOf(TYPE_KEYS, s) ? t(`problems.types.${s}`) : s);
  // files from the prototype name the field they had there (scenario-file.ts)
  const legacy = / \(prototype field: ([^)]+)\)$/.exec(p.message);
  const message = legacy ? p.message.slice(0, legacy.index) : p.message;
  const hint = legacy ? t('problems.text.legacyField', { path: legacy[1] }) : '';
  for (const { re, text } of PATTERNS) {
    const m = re.exec(message);
    if (m) return text(m, t, type) + hint;
  }
  return issueMessage(message, tEditor) + hint;
}
