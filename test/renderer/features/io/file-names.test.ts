import { describe, expect, it } from 'vitest';
import { fileStamp, unusedFileName } from '../../../../renderer/features/io/file-names';

describe('export file names', () => {
  it('carry the local date and time to the second', () => {
    // 3 December 2026, 09:05:07 local time
    expect(fileStamp(new Date(2026, 11, 3, 9, 5, 7))).toBe('2026-12-03-090507');
  });

  it('never repeat within a session: a second export in the same second gets -2, a third -3', () => {
    const base = '连州市 政策情景-结果-2026-12-03-090507';
    expect(unusedFileName(base, 'xlsx')).toBe(`${base}.xlsx`);
    expect(unusedFileName(base, 'xlsx')).toBe(`${base}-2.xlsx`);
    expect(unusedFileName(base, 'xlsx')).toBe(`${base}-3.xlsx`);
    // the same name with another extension is another file
    expect(unusedFileName(base, 'csv')).toBe(`${base}.csv`);
  });
});
