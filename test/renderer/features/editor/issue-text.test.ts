import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { exprErrorText, issueMessage } from '../../../../renderer/features/editor/issue-text';
import { editorLocales } from '../../../../renderer/features/editor/locales';
import { compileExpression } from '../../../../shared/engine/expr';
import { validateScenario } from '../../../../shared/model/validate';
import { editorScenario } from './fixture';

// The engine's own messages (not copies of them), so a changed wording shows here as an untranslated message.
let zh: TFunction;
let en: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { zh: { editor: editorLocales.zh }, en: { editor: editorLocales.en } }, ns: ['editor'], defaultNS: 'editor', interpolation: { escapeValue: false } });
    return i.t;
  };
  zh = await make('zh');
  en = await make('en');
});

function compileError(text: string): string {
  const r = compileExpression(text);
  if (r.ok) throw new Error(`${text} compiled`);
  return r.error;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function issueOf(edit: (s: any) => void): string {
  const s = structuredClone(editorScenario());
  edit(s);
  const r = validateScenario(s);
  if (r.ok) throw new Error('validated');
  return r.issues[0]!.message;
}

describe('expression size messages in the UI language', () => {
  it('too deep, too long, too large: in the expression field', () => {
    const deep = compileError(`${'('.repeat(100)}1${')'.repeat(100)}`);
    expect(exprErrorText(deep, zh)).toBe('表达式嵌套过深：最多 64 层');
    expect(exprErrorText(deep, en)).toBe('Expression too deep: at most 64 levels');
    const long = compileError('1+'.repeat(600) + '1'); // 1,201 characters
    expect(exprErrorText(long, zh)).toBe('表达式过长：最多 1000 个字符（现有 1201 个）');
    expect(exprErrorText(long, en)).toBe('Expression too long: at most 1000 characters (it has 1201)');
    const large = compileError(Array(300).fill('1').join('+'));
    expect(exprErrorText(large, zh)).toBe('表达式过大：数字、名称和运算符合计最多 500 个');
  });

  it('in a validation issue, with or without a position', () => {
    const at = issueOf((s) => (s.populationWan = { expr: `${'('.repeat(100)}1${')'.repeat(100)}` }));
    expect(at).toBe('expression error at position 65: expression too deep: at most 64 levels');
    expect(issueMessage(at, zh)).toBe('表达式第 65 个字符处有误：表达式嵌套过深：最多 64 层');
    const whole = issueOf((s) => (s.populationWan = { expr: '1+'.repeat(600) + '1' }));
    expect(issueMessage(whole, zh)).toBe('表达式有误：表达式过长：最多 1000 个字符（现有 1201 个）');
    expect(issueMessage(whole, en)).toBe('Expression error: Expression too long: at most 1000 characters (it has 1201)');
  });
});
