import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { presetById } from '../../seeds/index';
import { runScenario } from '../../shared/engine/run';
import { byTestId } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { ROOT } from './support/build';
import { APP_DB } from './support/library-seed';
import { ENGLISH_RUN, pageHead, poppler } from './support/report-words';
import { servedApp } from './support/served-app';

const OUT = join(ROOT, 'test-results/report-hourly');

/**
 * Prints a report route to an A4 PDF and returns its text page by page; the
 * pages of the hourly section are also rendered to PNG (to look at them).
 */
async function printHourly(page: Page, url: string, name: string): Promise<{ pages: string[]; hourlyPages: number[] }> {
  await page.goto(url);
  await page.locator('[data-testid="report-page"][data-ready="true"]').waitFor({ timeout: 30_000 });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const pages = poppler('pdftotext', ['-layout', file, '-']).split('\f');
  const first = pages.findIndex(
    (p, i) => i > 0 && pageHead(p).some((l) => /^\s*(逐时电力平衡|Hourly power balance)\s*$/.test(l)),
  );
  // the section ends with its duration curve (the last chart)
  const last = pages.findIndex((p, i) => i >= first && /年持续负荷曲线|: load duration curve/.test(p));
  const hourlyPages = first < 0 || last < 0 ? [] : Array.from({ length: last - first + 1 }, (_, k) => first + k + 1);
  for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')))
    rmSync(join(OUT, old));
  if (hourlyPages.length)
    poppler('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(hourlyPages[0]),
      '-l',
      String(hourlyPages.at(-1)),
      file,
      join(OUT, name),
    ]);
  return { pages, hourlyPages };
}

/**
 * In the page: a copy of the 连州 policy preset as a user scenario `lz-limits` with a 100 MW export
 * and a 150 MW import limit and a 50 MW / 100 MWh battery from 2025 (the app must have opened its database).
 */
const limitedInPage = (db: string) => `(async () => {
  const done = (req) => new Promise((resolve, reject) => { req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });
  // the app seeds its presets as it opens the database: wait for them
  let preset;
  for (let i = 0; i < 100 && !preset; i++) {
    const c = await done(indexedDB.open(${JSON.stringify(db)}));
    try {
      if (c.objectStoreNames.contains('scenarios')) preset = await done(c.transaction('scenarios').objectStore('scenarios').get('lianzhou-policy'));
    } finally {
      c.close();
    }
    if (!preset) await new Promise((r) => setTimeout(r, 100));
  }
  const conn = await done(indexedDB.open(${JSON.stringify(db)}));
  try {
    const tx = conn.transaction('scenarios', 'readwrite');
    const store = tx.objectStore('scenarios');
    const rec = structuredClone(preset);
    const s = rec.scenario;
    delete s.nameEn;
    s.id = 'lz-limits';
    s.name = '连州 限额与储能方案';
    s.hourly = { ...s.hourly, exportLimitMW: 100, importLimitMW: 150, batteries: [{ id: 'b1', name: '城北储能站', powerMW: 50, energyMWh: 100, roundTripEfficiencyPct: 85, commissioningYear: 2025, included: true, source: { kind: 'user' } }] };
    const t = Date.now();
    Object.assign(rec, { id: s.id, kind: 'user', name: s.name, createdAt: t, updatedAt: t, presetId: 'lianzhou-policy', scenario: s });
    store.put(rec);
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  } finally {
    conn.close();
  }
})()`;

const squeeze = (s: string) => s.replace(/[ \t]+/g, ' ');

describeE2E('browser build: the hourly balance in the printed report', () => {
  const s = servedApp({ browser: 'perFile' });
  const lianzhou = presetById('lianzhou-policy')!;
  const r = runScenario(lianzhou);
  const y2030 = r.hourly!.years.find((y) => y.year === 2030)!;

  it('lianzhou-policy in Chinese: the section with its settings, the engine’s 2030 figures and the charts', async () => {
    const { page } = s;
    const { pages, hourlyPages } = await printHourly(page, `${s.url}#/report/lianzhou-policy`, 'lianzhou-policy-zh');
    expect(hourlyPages.length).toBeGreaterThanOrEqual(2);
    const text = squeeze(hourlyPages.map((p) => pages[p - 1]).join('\n'));
    expect(text).toContain('调度顺序');
    expect(text).toContain('未设定（不限）');
    expect(text).toContain('作为电网资产、不参与本地平衡的抽水蓄能');
    expect(text).toContain('内置典型曲线');
    // the engine's 2030 peak import in 万千瓦 (MW ÷ 10, at most two decimals) on the indicators' row
    const wan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(y2030.peakImportMW / 10);
    expect(text).toMatch(new RegExp(`最大受电功率[^\\n]*${wan.replace('.', '\\.')}`));
    expect(text).toContain('2030 年保供压力周');
    expect(text).toContain('2030 年持续负荷曲线');
    // drawn charts: the stacked week has its areas, the duration curve its two lines
    expect(await page.locator('[data-testid="report-chart-hourly-week-deficit"] svg path').count()).toBeGreaterThan(8);
    expect(await page.locator('[data-testid="report-chart-hourly-duration"] svg path').count()).toBeGreaterThan(2);
    expect(text.match(ENGLISH_RUN) ?? []).toEqual([]);
    // the indicator table fits the page: no cell runs past the section's right edge
    const table = await byTestId(page, 'report-hourly-indicators').boundingBox();
    const section = await byTestId(page, 'report-hourly').boundingBox();
    const overflow = table!.x + table!.width - (section!.x + section!.width);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(s.errors).toEqual([]);
  });

  it('the same in English, capacity in MW', async () => {
    const { page } = s;
    const { pages, hourlyPages } = await printHourly(
      page,
      `${s.url}#/report/lianzhou-policy?lang=en`,
      'lianzhou-policy-en',
    );
    const text = squeeze(hourlyPages.map((p) => pages[p - 1]).join('\n'));
    expect(text).toContain('Dispatch order');
    expect(text).toContain('Not set (no limit)');
    const mw = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(y2030.peakImportMW);
    expect(text).toMatch(new RegExp(`Peak import[^\\n]*${mw}`));
    expect(s.errors).toEqual([]);
  });

  it('the compare page and the printed comparison: curtailment and peak import of each plan', async () => {
    const { page } = s;
    const base = runScenario(presetById('lianzhou-baseline')!).hourly!.years.find((y) => y.year === 2030)!;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${s.url}#/compare?ids=lianzhou-baseline,lianzhou-policy`);
    const section = byTestId(page, 'compare-hourly');
    await section.waitFor({ timeout: 30_000 });
    const wan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
    // the engine's 2030 peak import of each plan, in 万千瓦
    expect(await byTestId(page, 'compare-hourly-lianzhou-baseline-peakImportMW-2030').textContent()).toBe(
      wan.format(base.peakImportMW / 10),
    );
    expect(await byTestId(page, 'compare-hourly-lianzhou-policy-peakImportMW-2030').textContent()).toBe(
      wan.format(y2030.peakImportMW / 10),
    );
    // neither plan has an export limit: no curtailment, said in words; the peak import drawn
    expect(await byTestId(page, 'compare-hourly-no-curtailment').count()).toBe(1);
    expect(
      await page
        .locator(
          '[data-testid="compare-hourly-chart-peakImportMW"] canvas, [data-testid="compare-hourly-chart-peakImportMW"] svg',
        )
        .count(),
    ).toBeGreaterThan(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    // the section clipped from the whole page: an element shot scrolls it under the sticky top bar
    const box = (await section.boundingBox())!;
    const scrollY = Number(await page.evaluate('window.scrollY'));
    await page.screenshot({
      path: join(SCREENSHOTS, 'compare-hourly.png'),
      fullPage: true,
      clip: { x: 0, y: box.y + scrollY - 8, width: 1280, height: box.height + 16 },
    });
    const { pages } = await printHourly(
      page,
      `${s.url}#/report?ids=lianzhou-baseline,lianzhou-policy`,
      'lianzhou-compare-zh',
    );
    const at = pages.findIndex((p) => /逐时电力平衡：弃电与最大受电、外送功率/.test(p));
    expect(at).toBeGreaterThan(0);
    poppler('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(at + 1),
      '-l',
      String(Math.min(at + 2, pages.length - 1)),
      join(OUT, 'lianzhou-compare-zh.pdf'),
      join(OUT, 'lianzhou-compare-zh'),
    ]);
    expect(squeeze(pages[at]!)).toMatch(
      new RegExp(`最大受电功率（万千瓦）[\\s\\S]*${wan.format(y2030.peakImportMW / 10).replace('.', '\\.')}`),
    );
    expect(s.errors).toEqual([]);
  });

  it('a plan with limits and a battery: curtailment, storage and unserved rows printed, compared with the preset', async () => {
    const { page } = s;
    await page.goto(`${s.url}#/library`);
    await byTestId(page, 'nav-library').waitFor();
    await page.evaluate(limitedInPage(APP_DB));
    const { pages, hourlyPages } = await printHourly(page, `${s.url}#/report/lz-limits`, 'lz-limits-zh');
    const text = squeeze(hourlyPages.map((p) => pages[p - 1]).join('\n'));
    expect(text).toContain('城北储能站（电化学储能，5 万千瓦／10 万千瓦时');
    expect(text).toContain('储能等效循环次数');
    expect(text).toContain('缺电小时数');
    expect(text).toMatch(/外送功率上限[^\n]*10 10 10/);
    await page.goto(`${s.url}#/compare?ids=lianzhou-policy,lz-limits`);
    await byTestId(page, 'compare-hourly').waitFor({ timeout: 30_000 });
    expect(await byTestId(page, 'compare-hourly-chart-curtailmentPct').count()).toBe(1);
    expect(await byTestId(page, 'compare-hourly-lz-limits-unservedHours-2030').count()).toBe(1);
    const { pages: cmp } = await printHourly(
      page,
      `${s.url}#/report?ids=lianzhou-policy,lz-limits`,
      'lz-limits-compare-zh',
    );
    const at = cmp.findIndex((p) => /逐时电力平衡：弃电与最大受电、外送功率/.test(p));
    poppler('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(at + 1),
      '-l',
      String(at + 2),
      join(OUT, 'lz-limits-compare-zh.pdf'),
      join(OUT, 'lz-limits-compare-zh'),
    ]);
    expect(squeeze(cmp[at]!)).toContain('缺电小时数（小时）');
    expect(s.errors).toEqual([]);
  });
});
