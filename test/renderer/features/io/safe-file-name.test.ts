import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../renderer/features/io/library-io';

/** Names the desktop shell's save validator accepts once `.json` (or another extension) is added. */
describe('safeFileName', () => {
  it('drops bidi formatting, which would make the name read as another file type', () => {
    expect(safeFileName('report\u202Efdp.exe')).toBe('reportfdp.exe');
    expect(safeFileName('\u200F方案\u2066甲\u2069')).toBe('方案甲');
  });

  it('puts a _ before a Windows device name, with or without a dot after it', () => {
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.x')).toBe('_nul.x');
    expect(safeFileName('com1 ')).toBe('_com1');
    expect(safeFileName('CONFIG')).toBe('CONFIG');
  });

  it('replaces C0 and C1 control characters', () => {
    expect(safeFileName('a\u009b31m\tb')).toBe('a_31m_b');
  });
});
