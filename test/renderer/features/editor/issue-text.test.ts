import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { exprErrorText, issueMessage } from '../../../../renderer/features/editor/issue-text';
import enEditor from '../../../../renderer/i18n/locales/en/editor.json';
import zhEditor from '../../../../renderer/i18n/locales/zh/editor.json';
import { compileExpression } from '../../../../shared/engine/expr';
import { validateScenario } from '../../../../shared/model/validate';
import { editorScenario } from './fixture';

// The engine's own messages (not copies of them), so a changed wording shows here as an untranslated message.
let zh: TFunction<'editor'>;
let en: TFunction<'editor'>;

beforeAll(async () => {
  const make = async (lng: string) => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { zh: { editor: zhEditor }, en: { editor: enEditor } }, ns: ['editor'], defaultNS: 'editor', interpolation: { escapeValue: false } });
    return i.getFixedT(lng, 'editor');
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

describe('misuse of functions and values in the UI language', () => {
  it('argument counts, in both languages, singular and plural', () => {
    const pow = compileError('pow(year)');
    expect(exprErrorText(pow, zh)).toBe('pow 需要 2 个参数，这里有 1 个');
    expect(exprErrorText(pow, en)).toBe('pow takes 2 arguments, got 1');
    expect(exprErrorText(compileError('sqrt(1, 2)'), en)).toBe('sqrt takes 1 argument, got 2');
    expect(exprErrorText(compileError('growth(1, 2, 3)'), zh)).toBe('growth 需要 1 或 2 个参数，这里有 3 个');
    expect(exprErrorText(compileError('min()'), zh)).toBe('min 至少需要 1 个参数，这里有 0 个');
    expect(exprErrorText(compileError('interp(2020, 1, 2030)'), zh)).toBe(
      'interp 的参数须为“年份, 数值”成对出现：interp(年份1, 数值1, 年份2, 数值2, …)，这里有 3 个参数',
    );
  });

  it('names, operators, text and numbers', () => {
    expect(exprErrorText(compileError('x + 1'), zh)).toBe('未知变量 “x”（只能使用 year）');
    expect(exprErrorText(compileError('sin(year)'), zh)).toBe('未知函数 “sin”');
    expect(exprErrorText(compileError('year!'), zh)).toBe('表达式中不能使用运算符 !');
    expect(exprErrorText(compileError('"abc"'), zh)).toBe('表达式中不能使用文字 “abc”：只能是数值');
    expect(exprErrorText(compileError('a = 1'), zh)).toBe('表达式中不能使用赋值');
    expect(exprErrorText(compileError('1e999'), zh)).toBe('数值 1e999 过大：须为有限数值');
    expect(exprErrorText(compileError('1e999'), en)).toBe('The number 1e999 is too large: it must be finite');
  });

  it('validation: non-finite values, bounds, and a value out of reach in some year', () => {
    expect(issueMessage(issueOf((s) => (s.economy.baseGdpYiYuan = Infinity)), zh)).toBe('须为有限数值');
    const gdp = issueOf((s) => (s.economy.baseGdpYiYuan = 1e308));
    expect(issueMessage(gdp, zh)).toBe('须不大于 1000000 亿元');
    expect(issueMessage(gdp, en)).toBe('Must be at most 1000000 亿元');
    expect(issueMessage(issueOf((s) => (s.electricity.pumpedStorage[0].storageHours = 1e6)), zh)).toBe('须不大于 8760 h');
    const overflow = issueOf((s) => (s.populationWan = { expr: '1 / (year - 2022)' }));
    expect(issueMessage(overflow, zh)).toBe('表达式在 2022 年得到 Infinity，须为有限数值');
  });
});
