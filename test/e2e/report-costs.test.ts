import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { presetById } from '../../seeds/index';
import { compareCosts, pricedLike } from '../../shared/engine/costs';
import { runScenario } from '../../shared/engine/run';
import { describeE2E } from './support/browser';
import { ROOT } from './support/build';
import { pageHead, poppler } from './support/report-words';
import { servedApp } from './support/served-app';

const OUT = join(ROOT, 'test-results/report-costs');
const squeeze = (s: string) => s.replace(/[ \t]+/g, ' ');
const zh = (v: number, d: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);

describeE2E('browser build: 投资与成本 in the printed report', () => {
  const s = servedApp();

  it('连州 policy: 资金需求 by plan period, LCOE and the NPV against its baseline on their A4 page(s)', async () => {
    const { page } = s;
    await page.goto(`${s.url}#/report/lianzhou-policy`);
    await page.locator('[data-testid="report-page"][data-ready="true"]').waitFor({ timeout: 30_000 });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'lianzhou-policy.pdf');
    writeFileSync(file, pdf);
    const pages = poppler('pdftotext', ['-layout', file, '-']).split('\f');
    const first = pages.findIndex((p) => pageHead(p).some((l) => l.trim() === '投资与成本'));
    expect(first).toBeGreaterThan(0);
    // the section ends with the present value's note
    const last = pages.findIndex((p, i) => i >= first && p.includes('残值按直线法计剩余寿命'));
    expect(last).toBeGreaterThanOrEqual(first);
    for (const old of readdirSync(OUT).filter((f) => f.endsWith('.png'))) rmSync(join(OUT, old));
    poppler('pdftoppm', ['-png', '-r', '80', '-f', String(first + 1), '-l', String(last + 1), file, join(OUT, 'lianzhou-policy')]);
    const text = squeeze(pages.slice(first, last + 1).join('\n'));
    expect(text).toContain('相对于参照情景');
    const policy = presetById('lianzhou-policy')!;
    const own = runScenario(policy);
    const c = own.costs!;
    expect(text).toContain(`总投资 ${zh(c.totalInvestmentYiYuan, 2)} 亿元`);
    // the 14th plan's total: the key-project table's own investment and capacity × 元/kW for the rest
    expect(text).toContain(zh(c.investmentByPeriod.find((p) => p.plan === 14)!.total, 2));
    const cmp = compareCosts(own, runScenario(pricedLike(presetById('lianzhou-baseline')!, policy)));
    expect(text).toContain('lianzhou-baseline');
    expect(text).toContain(zh(cmp.npvDiffYiYuan, 2));
  });
});
