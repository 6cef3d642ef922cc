import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { describeE2E } from './support/browser';
import { ROOT } from './support/build';
import { pageHead, poppler } from './support/report-words';
import { servedApp } from './support/served-app';

const OUT = join(ROOT, 'test-results/report-uncertainty');
const squeeze = (s: string) => s.replace(/[ \t]+/g, ' ');

describeE2E('browser build: 不确定性分析 in the printed report', () => {
  const s = servedApp({ browser: 'perFile' });

  it('a planner sets runs and seed on a 连州 copy, prints the report: the section states them with the figures', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoLibrary(page, s.url);
    const id = await createFromPreset(page, 'lianzhou-policy', '连州 不确定性报告');
    await byTestId(page, 'tab-results').click();
    await page.waitForURL(/view=results/);
    const runs = byTestId(page, 'field-uncertainty.runs');
    await runs.waitFor({ timeout: 30_000 });
    await runs.scrollIntoViewIfNeeded();
    await runs.fill('2000');
    await runs.press('Tab');
    const seed = byTestId(page, 'field-uncertainty.seed');
    await seed.fill('7');
    await seed.press('Tab');
    await waitSaved(page);

    await page.goto(`${s.url}#/report/${encodeURIComponent(id)}`);
    await page.locator('[data-testid="report-page"][data-ready="true"]').waitFor({ timeout: 60_000 });
    const section = byTestId(page, 'report-uncertainty');
    expect(await section.textContent()).toContain('共 2,000 次，随机种子 7');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'lianzhou-copy.pdf');
    writeFileSync(file, pdf);
    const pages = poppler('pdftotext', ['-layout', file, '-']).split('\f');
    const first = pages.findIndex((p) => pageHead(p).some((l) => l.trim() === '不确定性分析'));
    expect(first).toBeGreaterThan(0);
    const last = pages.findIndex((p, i) => i >= first && p.includes('变幅'));
    expect(last).toBeGreaterThanOrEqual(first);
    for (const old of readdirSync(OUT).filter((f) => f.endsWith('.png'))) rmSync(join(OUT, old));
    poppler('pdftoppm', ['-png', '-r', '80', '-f', String(first + 1), '-l', String(last + 1), file, join(OUT, 'lianzhou-copy')]);
    const text = squeeze(pages.slice(first, last + 1).join('\n'));
    for (const words of ['达标概率', '地区生产总值增速', '峰值年份分布', '龙卷风图', '2030年二氧化碳排放的敏感性']) expect(text).toContain(words);
  });
});
