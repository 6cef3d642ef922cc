import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceNote } from '../../../renderer/components/fields/SourceNote';
import { documentTitle, SOURCE_DOCUMENTS } from '../../../renderer/components/fields/source-documents';
import { setLanguage } from '../../../renderer/i18n';

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
