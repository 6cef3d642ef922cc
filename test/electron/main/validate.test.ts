import { describe, expect, it } from 'vitest';
import { SAVE_EXTENSIONS, validatePrintToPdf, validateSaveFile } from '../../../electron/main/validate';

const filters = [{ name: 'Scenario', extensions: ['json'] }];
const save = (defaultName: string, f: unknown = filters) => () => validateSaveFile([{ title: '导出', defaultName, filters: f, bytes: new Uint8Array([1]) }]);
const pdf = (defaultName: string) => () => validatePrintToPdf([{ title: '打印报告', defaultName }]);

describe('file names offered to the save dialog', () => {
  it('accepts the names the app gives its files', () => {
    // IoArea and ReportPage: a scenario, the library, results, a backup, a report (with a date, in zh or en)
    for (const name of ['方案甲.json', '情景库-2025-06-30.json', '情景结果-2025-06-30.xlsx', 'scenario-results-2025-06-30.csv', '碳达峰情景备份-2025-06-30.json', 'Plan 2.0 (mine).JSON']) {
      expect(save(name)).not.toThrow();
    }
    expect(pdf('清远-情景报告-2025-06-30.pdf')).not.toThrow();
    expect(pdf('报告')).not.toThrow(); // printToPdf adds .pdf
    expect(SAVE_EXTENSIONS).toEqual(['json', 'xlsx', 'csv', 'pdf']);
  });

  it.each([
    ['RLO: shows as "reportexe.pdf"', 'report\u202Efdp.exe'],
    ['LRO', 'a\u202Db.json'],
    ['LRE', 'a\u202Ab.json'],
    ['RLE', 'a\u202Bb.json'],
    ['PDF (pop directional formatting)', 'a\u202Cb.json'],
    ['LRI', 'a\u2066b.json'],
    ['RLI', 'a\u2067b.json'],
    ['FSI', 'a\u2068b.json'],
    ['PDI', 'a\u2069b.json'],
    ['LRM', 'a\u200Eb.json'],
    ['RLM', 'a\u200Fb.json'],
  ])('refuses bidirectional formatting: %s', (_what, name) => {
    expect(save(name)).toThrow(/req\.defaultName.*bidirectional/);
    expect(pdf(name.replace(/\.\w+$/, '.pdf'))).toThrow(/bidirectional/);
  });

  it.each(['CON', 'con', 'PRN', 'Aux', 'nul', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM¹', 'CONIN$'])('refuses the Windows device name %s, with or without extensions', (device) => {
    expect(save(`${device}.json`)).toThrow(/req\.defaultName.*reserved Windows device/);
    expect(save(`${device}.tar.json`)).toThrow(/reserved Windows device/);
    expect(save(`${device} .json`)).toThrow(/reserved Windows device/);
    expect(pdf(device)).toThrow(/reserved Windows device/);
    expect(pdf(`${device}.pdf`)).toThrow(/reserved Windows device/);
  });

  it('takes names that only begin like a device', () => {
    expect(save('CONFIG.json')).not.toThrow();
    expect(save('COM10.json')).not.toThrow();
    expect(save('nullable.json')).not.toThrow();
  });

  it.each(['report.json.', 'report.json ', 'report.exe.', 'report.exe ', 'report. . .'])('refuses a trailing dot or space: %j', (name) => {
    expect(save(name)).toThrow(/req\.defaultName.*ends in a dot or a space/);
    expect(pdf(name)).toThrow(/ends in a dot or a space/);
  });

  it.each(['exe', 'bat', 'cmd', 'com', 'scr', 'ps1', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'msi', 'msp', 'lnk', 'hta', 'jar', 'cpl', 'reg', 'dll', 'pif', 'sh', 'app', 'desktop', 'html', 'svg', 'EXE', 'Bat'])(
    'refuses the extension .%s',
    (ext) => {
      expect(save(`report.${ext}`)).toThrow(/req\.defaultName.*expected a name ending in \.json, \.xlsx, \.csv, \.pdf/);
      expect(save(`report.json.${ext}`)).toThrow(/req\.defaultName/);
      expect(pdf(`report.${ext}`)).toThrow(/req\.defaultName.*\.pdf/);
    },
  );

  it('refuses a saved file without an extension, and a save filter for another type (Windows appends its extension)', () => {
    expect(save('report')).toThrow(/req\.defaultName/);
    expect(save('.bashrc')).toThrow(/req\.defaultName/);
    expect(save('report.json', [{ name: 'Program', extensions: ['exe'] }])).toThrow(/req\.filters\[0\]\.extensions\[0\].*json, xlsx, csv, pdf/);
    expect(save('report.json', [{ name: 'Any', extensions: ['*'] }])).toThrow(/req\.filters\[0\]\.extensions\[0\]/);
    expect(save('report.xlsx', [{ name: 'Excel', extensions: ['XLSX'] }])).not.toThrow();
  });

  it('refuses C1 control characters as it does C0 ones', () => {
    expect(save('a\u009b31m.json')).toThrow(/control characters/);
    expect(save('a\u0085.json')).toThrow(/control characters/);
  });
});
