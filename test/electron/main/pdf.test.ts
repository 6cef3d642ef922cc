import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrintablePage, pdfOptions, printToPdf, REPORT_PAGE_MARGINS_MM } from '../../../electron/main/pdf';
import { APP_PAGE, fakeDialog, fakeFs, fakeWebContents, fakeWindow, REPORT_PAGE } from '../fakes';

const DOCS = path.join(path.sep, 'home', 'user', 'Documents');
const req = { title: '导出情景报告（PDF）', defaultName: '清远市 政策情景-情景报告-2025-06-30' };

describe('pdfOptions', () => {
  it('A4 portrait, the CSS page box preferred, backgrounds and an outline', () => {
    const o = pdfOptions(req);
    expect(o).toMatchObject({ pageSize: 'A4', landscape: false, preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true });
    // Electron takes margins in inches: 18 mm / 25.4 = 0.70866 in, 16 mm / 25.4 = 0.62992 in
    expect(o.margins!.top).toBeCloseTo(0.70866, 5);
    expect(o.margins!.right).toBeCloseTo(0.62992, 5);
    expect(o.margins!.bottom).toBeCloseTo(0.62992, 5);
    expect(o.margins!.left).toBeCloseTo(0.62992, 5);
    // nothing Electron would lay out on its own: no header or footer templates, no scaling
    expect(o).not.toHaveProperty('displayHeaderFooter');
    expect(o).not.toHaveProperty('scale');
  });

  it('landscape only when the request asks for it', () => {
    expect(pdfOptions({ ...req, landscape: true }).landscape).toBe(true);
  });

  it('says what the report’s CSS @page rule says: A4 portrait, margins top right bottom left', () => {
    const css = readFileSync(path.join(__dirname, '../../../renderer/features/report/report.css'), 'utf8');
    const page = /@page\s*\{([^@}]*)/.exec(css)![1]!;
    expect(page).toMatch(/size:\s*A4 portrait;/);
    const [top, right, bottom, left] = /margin:\s*([^;]+);/.exec(page)![1]!.trim().split(/\s+/).map((v) => Number(v.replace(/mm$/, '')));
    expect({ top, right, bottom, left }).toEqual(REPORT_PAGE_MARGINS_MM);
  });
});

describe('isPrintablePage', () => {
  it.each([
    [REPORT_PAGE, true],
    ['app://carbon-peak/index.html#/report?ids=a,b&lang=en', true],
    ['app://carbon-peak/index.html#/report/u-1?baseline=-', true],
    [APP_PAGE, false],
    ['app://carbon-peak/index.html#/scenario/qingyuan-policy', false],
    ['app://carbon-peak/index.html#/reports', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => expect(isPrintablePage(url)).toBe(ok));
});

describe('printToPdf with the Electron API injected', () => {
  it('prints the report page that asked with the options above, then saves it as .pdf', async () => {
    const { dialog, calls } = fakeDialog({ save: path.join(DOCS, 'r.pdf') });
    const { fs, written } = fakeFs();
    const wc = fakeWebContents();
    const res = await printToPdf({ dialog, fs, documentsDir: DOCS }, fakeWindow(), wc.contents, req);
    expect(res).toMatchObject({ saved: true, name: 'r.pdf' });
    expect(wc.calls.printToPDF).toEqual([pdfOptions(req)]);
    expect(calls.save[0]![1]).toMatchObject({ defaultPath: path.join(DOCS, `${req.defaultName}.pdf`) });
    expect(written.size).toBe(1);
  });

  it('refuses a page other than the report, before printing or asking where to save', async () => {
    const { dialog, calls } = fakeDialog({ save: path.join(DOCS, 'r.pdf') });
    const { fs, written } = fakeFs();
    const wc = fakeWebContents(undefined, APP_PAGE);
    await expect(printToPdf({ dialog, fs, documentsDir: DOCS }, fakeWindow(), wc.contents, req)).rejects.toThrow(/only the report view/);
    expect(wc.calls.printToPDF).toEqual([]);
    expect(calls.save).toEqual([]);
    expect(written.size).toBe(0);
  });
});
