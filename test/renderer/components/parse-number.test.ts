import { describe, expect, it } from 'vitest';
import { formatForInput, parseNumber } from '../../../renderer/components/fields/parse-number';

describe('parseNumber', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1,234.5', 1234.5],
    [' 12 345 ', 12345],
    ['１２３４．５', 1234.5],
    ['－３', -3],
    ['−0.5', -0.5],
    ['1。5', 1.5],
    ['1,234,567', 1234567],
    ['.5', 0.5],
    ['2e3', 2000],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['abc', '1,5', '1.2.3', '12a', '--1', ','])('rejects %j', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: 'nan' });
  });

  it('tells an empty input apart', () => {
    expect(parseNumber('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('formats for the input so that the text parses back', () => {
    expect(formatForInput(1778.25, 'zh-CN')).toBe('1,778.25');
    expect(parseNumber(formatForInput(1778.25, 'en-GB'))).toEqual({ ok: true, value: 1778.25 });
    expect(formatForInput(2030, 'zh-CN', false)).toBe('2030');
  });
});
