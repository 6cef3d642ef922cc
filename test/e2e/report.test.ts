import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { PRESETS, presetById } from '../../seeds/index';
import { baselineGaps } from '../../shared/engine/baseline-gap';
import { runScenario } from '../../shared/engine/run';
import { byTestId } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { ROOT } from './support/build';
import { ENGLISH_RUN, poppler, reportFieldNames } from './support/report-words';
import { servedApp } from './support/served-app';

const OUT = join(ROOT, 'test-results/report');

/** Opens a report route, waits until it says the charts are drawn, prints it to A4 and returns the PDF's text. */
async function printReport(page: Page, url: string, name: string): Promise<{ text: string; pages: number; pngs: string[] }> {
  await page.goto(url);
  await page.locator('[data-testid="report-page"][data-ready="true"]').waitFor({ timeout: 30_000 });
  // The viewport only: a full-page shot of a dozen A4 sheets costs more than the PDF.
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `report-${name}.png`) });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = poppler('pdftotext', ['-layout', file, '-']);
  for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(join(OUT, old));
  poppler('pdftoppm', ['-png', '-r', '60', file, join(OUT, name)]);
  const pngs = readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  return { text, pages: text.split('\f').filter((p) => p.trim()).length, pngs };
}

const zh1 = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const zh3 = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const en1 = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** pdftotext -layout pads with runs of spaces; single spaces are what the report wrote. */
const squeeze = (s: string) => s.replace(/[ \t]+/g, ' ');

describeE2E('browser build: printable scenario report', () => {
  const s = servedApp();
  const policy = presetById('qingyuan-policy')!;
  const baseline = presetById('qingyuan-baseline')!;
  const rp = runScenario(policy);
  const rb = runScenario(baseline);
  const at = (r: typeof rp, year: number) => r.years[year - r.baseYear]!;

  it('qingyuan-policy in Chinese: targets, engine numbers and sources in an A4 PDF', async () => {
    const { page } = s;
    const { text, pages, pngs } = await printReport(page, `${s.url}#/report/qingyuan-policy`, 'qingyuan-policy-zh');
    const flat = squeeze(text);
    // every target judged as the engine judges it
    for (const t of rp.targets) expect(await byTestId(page, `report-target-${t.id}`).getAttribute('data-met')).toBe(String(t.met));
    expect(flat).toContain('碳达峰情景报告');
    expect(flat).toContain('目标完成情况');
    expect(flat).toContain('非化石能源');
    expect(flat).toContain('以 2030 年碳达峰为目标');
    expect(flat).toContain('碳达峰年份');
    expect(flat).toContain(`${rp.peak.year}年`);
    // the number: the cover's narrow column may break the unit (万吨二氧化碳) over two lines
    expect(flat).toContain(zh1.format(at(rp, 2030).co2));
    expect(flat).toContain(zh3.format(at(rp, 2030).co2PerGdp));
    // the yearly table: 2060 CO2 as the engine computed it
    expect(flat).toMatch(new RegExp(`2060 .*${zh1.format(at(rp, 2060).co2).replace('.', '\\.')}`));
    // sources: a seed document by title and line, a reference, the conventions; the bibliography
    expect(flat).toContain('《清远市生态文明建设"十四五"规划》第 97–101 行');
    expect(flat).toContain('参考文献');
    expect(flat).toContain('中共清远市委、清远市人民政府');
    // the study's tables
    expect(flat).toContain('主要测算结果表');
    expect(flat).toContain('净调入电量');
    expect(flat).toContain('脱钩弹性');
    expect(flat).toContain('IPCC');
    expect(flat).toContain('当量值');
    expect(flat).toContain('等价值');
    expect(flat).toContain('电力平均二氧化碳排放因子');
    // the methods page: the method and source of each headline figure, the figures under the other methods
    expect(flat).toContain('核算口径');
    expect(flat).toContain(policy.accounting.energyControl === 'nonFossilExcluded' ? '发改环资〔2024〕113号' : '考核口径');
    expect(flat).toContain('换用其他口径时的主要指标');
    expect(flat).toContain('本报告采用');
    expect(flat).toContain('改为：电力排放 C（基于位置）');
    expect(flat).toContain('按数据年份');
    expect(flat).toContain('逐年变化说明');
    // the contributions of measures against the region's baseline, in 2025, 2030 and 2060, and their check
    expect(flat).toContain('政策措施对二氧化碳减排的贡献');
    expect(flat).toContain('以“清远市 基准情景”为基准情景');
    expect(await byTestId(page, 'report-baseline-energyIntensity').locator('th').textContent()).toBe('节能降耗（单位地区生产总值能源消耗）');
    expect(flat).toContain('各因素贡献合计');
    const gap2030 = baselineGaps(rp, rb, [2030])[0]!.gap;
    expect(flat).toContain(new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(gap2030));
    expect(flat).toContain('最大差额 0.0 万吨二氧化碳');
    // a screenshot of the methods page as printed (the PNG of its PDF page is beside the PDF)
    await page.emulateMedia({ media: 'print' });
    await byTestId(page, 'report-methods').screenshot({ path: join(SCREENSHOTS, 'report-methods-zh.png') });
    await page.emulateMedia({ media: 'screen' });
    // app version on the cover, page numbers in the margins
    expect(flat).toMatch(/碳达峰情景规划器 \d+\.\d+\.\d+/);
    expect(flat).toContain(`2 / ${pages}`);
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(pngs.length).toBe(pages);
    // The shipped typeface, embedded as TrueType subsets in both weights. The system's CJK fonts
    // are CFF, which Chromium writes as Type 3 glyph drawings, a dozen on every page (207 for
    // this report); only a symbol the typeface lacks (₂) may still come that way.
    const fonts = poppler('pdffonts', [join(OUT, 'qingyuan-policy-zh.pdf')]);
    expect(fonts).toMatch(/\+NotoSansSC\S*-Regular\s+CID TrueType/);
    expect(fonts).toMatch(/\+NotoSansSC\S*-Bold\s+CID TrueType/);
    expect(fonts.split('\n').filter((l) => /\bType 3\b/.test(l)).length).toBeLessThan(5);
    expect(s.errors).toEqual([]);
  });

  it('the same report in English (?lang=en) while the app stays Chinese', async () => {
    const { page } = s;
    const { text } = await printReport(page, `${s.url}#/report/qingyuan-policy?lang=en`, 'qingyuan-policy-en');
    const flat = squeeze(text);
    expect(flat).toContain('Carbon-peak scenario report');
    expect(flat).toContain('Non-fossil share');
    expect(flat).toContain('CO2 peak by 2030 (city target)');
    expect(flat).toContain(`${en1.format(at(rp, 2030).co2)} 10k tCO2`);
    expect(flat).toContain('Qingyuan 14th Five-Year Plan for Ecological Civilisation');
    expect(flat).toContain('Net imported electricity');
    expect(flat).toContain('calorific equivalent');
    expect(flat).toContain('Accounting methods');
    expect(flat).toContain('Headline figures under other methods');
    expect(flat).toContain('Anticipatory');
    // English text in the Latin face (Western quotes and commas), embedded as a TrueType subset like the Chinese one
    const fonts = poppler('pdffonts', [join(OUT, 'qingyuan-policy-en.pdf')]);
    expect(fonts).toMatch(/\+SourceSans3\S*\s+CID TrueType/);
    // only the report switched language
    expect(await byTestId(page, 'nav-library').textContent()).toBe('情景库');
    expect(s.errors).toEqual([]);
  });

  it('comparison report of qingyuan-baseline and qingyuan-policy', async () => {
    const { page } = s;
    const { text } = await printReport(page, `${s.url}#/report?ids=qingyuan-baseline,qingyuan-policy`, 'qingyuan-compare-zh');
    const flat = squeeze(text);
    expect(flat).toContain('碳达峰情景对比报告');
    expect(flat).toContain(baseline.name);
    expect(flat).toContain(policy.name);
    expect(flat).toContain('目标完成矩阵');
    expect(flat).toContain('排放差异的来源');
    expect(flat).toContain(zh1.format(at(rb, 2030).co2));
    expect(flat).toContain(zh1.format(at(rp, 2030).co2));
    for (const t of rp.targets) {
      expect(await byTestId(page, `report-target-${t.id}-qingyuan-policy`).getAttribute('data-met')).toBe(String(t.met));
    }
    for (const t of rb.targets) {
      expect(await byTestId(page, `report-target-${t.id}-qingyuan-baseline`).getAttribute('data-met')).toBe(String(t.met));
    }
    expect(s.errors).toEqual([]);
  });

  it('"打印 / 导出 PDF" waits for the charts, then prints (window.print in the browser build)', async () => {
    const { page } = s;
    await page.goto(`${s.url}#/report/qingyuan-policy`);
    await page.locator('[data-testid="report-page"][data-ready="true"]').waitFor({ timeout: 30_000 });
    // every chart drawn as SVG before ready: the six result charts, CO2 by sector, and the hourly balance's two weeks and
    // duration curve
    expect(await page.locator('[data-testid^="report-chart-"] svg').count()).toBe(10);
    expect(await page.locator('[data-testid="report-chart-co2"] svg path').count()).toBeGreaterThan(10);
    await page.evaluate('window.__printed = 0; window.print = () => { window.__printed++; }');
    await byTestId(page, 'btn-print-report').click();
    await expect.poll(() => page.evaluate('window.__printed')).toBe(1);
    // the toolbar and the app's top bar are not part of the print
    await page.emulateMedia({ media: 'print' });
    expect(await byTestId(page, 'report-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
  });
  it.each(PRESETS.map((p) => p.id))('%s in Chinese: no field names, no file names, no English sentences', async (id) => {
    const { page } = s;
    const { text } = await printReport(page, `${s.url}#/report/${id}`, `${id}-zh-words`);
    const flat = squeeze(text).replace(/\f/g, '\n');
    // source keys name list items by id (`industry.products[id=qy-clinker].outputWanT`): matched as written, not as a pattern
    const literal = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = reportFieldNames(presetById(id)).filter((k) => new RegExp(`(?<![A-Za-z])${literal(k)}(?![A-Za-z])`).test(flat));
    expect(found).toEqual([]);
    expect(flat.match(/\S*\.(?:txt|md|json|csv|xlsx|ts)\b/g) ?? []).toEqual([]);
    expect(flat.match(/\b\d{3}_[0-9a-f]{6,}/g) ?? []).toEqual([]);
    expect(flat.match(ENGLISH_RUN) ?? []).toEqual([]);
    // every section the cover points to (“…” in its notes) is a section of the report
    const notes = await page.locator('[data-testid="report-cover"] .report-note').allTextContents();
    const named = [...new Set(notes.join('').match(/“[^”]+”/g) ?? [])].map((q) => q.slice(1, -1));
    expect(named.length).toBeGreaterThanOrEqual(4);
    const headings = await page.locator('.report-section > h2').allTextContents();
    expect(named.filter((n) => !headings.includes(n))).toEqual([]);
    // a policy scenario explains its gap to the region's baseline; a baseline has none to explain
    expect(await byTestId(page, 'report-baseline').count()).toBe(id.endsWith('-policy') ? 1 : 0);
    expect(s.errors).toEqual([]);
  });
});
