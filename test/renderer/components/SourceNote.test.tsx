import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceNote } from '../../../renderer/components/fields/SourceNote';
import { documentTitle, SOURCE_DOCUMENTS } from '../../../shared/model/source-documents';
import { isChinese, localText, sourceText } from '../../../renderer/components/fields/source-text';
import i18next from 'i18next';
import { setLanguage } from '../../../renderer/i18n';
import type { SourceRef } from '../../../shared/model/provenance';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

describe('SourceNote', () => {
  it('names the document, the line and, on click, the quote', async () => {
    const user = userEvent.setup();
    render(<SourceNote testId="p" source={{ kind: 'document', file: '000_cf0eda570017d74c.txt', line: 103, quote: '单位GDP能耗0.834吨标准煤' }} />);
    const note = screen.getByTestId('source-p');
    expect(note).toHaveAttribute('data-kind', 'document');
    expect(note).toHaveTextContent('清远生态文明规划 第 103 行');
    await user.click(screen.getByRole('button'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('清远市生态文明建设"十四五"规划，第 103 行');
    expect(screen.getByRole('tooltip')).toHaveTextContent('原文：“单位GDP能耗0.834吨标准煤”');
  });

  it('states assumptions, references and user edits', async () => {
    const { rerender } = render(<SourceNote testId="p" source={{ kind: 'assumed', reason: '参照全省平均' }} />);
    expect(screen.getByTestId('source-p')).toHaveTextContent('假设：参照全省平均');
    rerender(<SourceNote testId="p" source={{ kind: 'reference', refId: 'r', citation: 'IPCC 2006', year: 2006 }} />);
    expect(screen.getByTestId('source-p')).toHaveTextContent('IPCC 2006');
    rerender(<SourceNote testId="p" source={{ kind: 'user' }} />);
    expect(screen.getByTestId('source-p')).toHaveTextContent('用户修改');
    await setLanguage('en');
    rerender(<SourceNote testId="p" source={{ kind: 'assumed', reason: 'provincial average' }} />);
    expect(screen.getByTestId('source-p')).toHaveTextContent('Assumed: provincial average');
  });

  it('knows all five seed documents', () => {
    expect(Object.keys(SOURCE_DOCUMENTS)).toHaveLength(5);
    expect(documentTitle('003_6e6d6f6160124906.txt', 'zh').title).toBe('韶关市生态文明建设规划（2021-2035年）');
    expect(documentTitle('unknown.txt', 'zh').title).toBe('unknown.txt');
  });
});

describe('sources in the UI language', () => {
  const assumedBoth: SourceRef = { kind: 'assumed', reason: 'Policy path from the 2020 mix.', reasonZh: '规划路径：由 2020 年能源结构出发。', basis: '000 line 91', basisZh: '000 第 91 行' };
  const docBoth: SourceRef = { kind: 'document', file: '000_cf0eda570017d74c.txt', line: 97, quote: '服务业增加值', note: 'Derived: 892.7 ÷ 50.2 %.', noteZh: '推算值：892.7 ÷ 50.2 %。' };
  const refBoth: SourceRef = { kind: 'reference', refId: 'gd-nonfossil-2030', citation: 'Guangdong non-fossil target', citationZh: '广东省非化石能源目标', year: 2022, note: 'For comparison.', noteZh: '仅供对比。' };
  const t = (lang: 'zh' | 'en') => i18next.getFixedT(lang, 'editor');

  it('shows the Chinese reason, basis, note and citation in the Chinese UI', () => {
    expect(sourceText(assumedBoth, t('zh'), 'zh')).toEqual({
      short: '假设：规划路径：由 2020 年能源结构出发。',
      lines: ['假设：规划路径：由 2020 年能源结构出发。', '依据：000 第 91 行'],
    });
    expect(sourceText(docBoth, t('zh'), 'zh').lines).toContain('说明：推算值：892.7 ÷ 50.2 %。');
    const ref = sourceText(refBoth, t('zh'), 'zh');
    expect(ref.short).toBe('广东省非化石能源目标 (2022)');
    expect(ref.lines).toContain('说明：仅供对比。');
  });

  it('shows the canonical (English) text in the English UI', () => {
    expect(sourceText(assumedBoth, t('en'), 'en')).toEqual({
      short: 'Assumed: Policy path from the 2020 mix.',
      lines: ['Assumed: Policy path from the 2020 mix.', 'Basis: 000 line 91'],
    });
    expect(sourceText(docBoth, t('en'), 'en').lines).toContain('Note: Derived: 892.7 ÷ 50.2 %.');
    const ref = sourceText(refBoth, t('en'), 'en');
    expect(ref.short).toBe('Guangdong non-fossil target (2022)');
    expect(ref.lines).toContain('Note: For comparison.');
  });

  it('falls back to the canonical text when a source has no Chinese form (files saved before it existed)', () => {
    const old: SourceRef = { kind: 'assumed', reason: 'provincial average', basis: 'line 91' };
    expect(sourceText(old, t('zh'), 'zh').lines).toEqual(['假设：provincial average', '依据：line 91']);
    expect(localText('note', undefined, 'zh')).toBe('note');
    expect(localText(undefined, undefined, 'zh')).toBeUndefined();
    expect(localText('note', '说明', 'zh-CN')).toBe('说明');
    expect(localText('note', '说明', 'en')).toBe('note');
    expect(isChinese('zh-CN')).toBe(true);
    expect(isChinese('en')).toBe(false);
  });

  it('switches with the language in the component', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<SourceNote testId="p" source={assumedBoth} />);
    expect(screen.getByTestId('source-p')).toHaveTextContent('假设：规划路径：由 2020 年能源结构出发。');
    await user.click(screen.getByRole('button'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('依据：000 第 91 行');
    await setLanguage('en');
    rerender(<SourceNote testId="p" source={assumedBoth} />);
    expect(screen.getByTestId('source-p')).toHaveTextContent('Assumed: Policy path from the 2020 mix.');
    expect(screen.getByTestId('source-p')).not.toHaveTextContent('规划路径');
  });
});
