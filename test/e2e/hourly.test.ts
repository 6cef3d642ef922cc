import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { SCREENSHOTS, describeE2E } from './support/browser';
import { findClipped } from './support/clipped';
import { servedApp } from './support/served-app';

/** What the window shows, and the hourly panel whole, for looking at. */
async function look(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await byTestId(page, 'panel-hourly').screenshot({ path: join(SCREENSHOTS, `${name}-panel.png`) });
}

/** Waits until the week chart has been redrawn at its box's width (charts follow a resize a frame later). */
async function chartsFit(page: Page) {
  const fits = `(() => { const el = document.querySelector('[data-testid="hourly-week-chart"]'); const c = el && el.querySelector('canvas');
    return !!c && Math.abs(c.getBoundingClientRect().width - el.clientWidth) < 2; })()`;
  await expect.poll(() => page.evaluate(fits), { timeout: 10_000 }).toBe(true);
}

/** The 弃电率 of `year` as the indicators table shows it (a number in %). */
async function curtailmentPct(page: Page, year: number): Promise<number> {
  const cell = byTestId(page, 'hourly-row-curtailmentPct').locator(`td[data-year="${year}"]`);
  return Number((await cell.textContent())!.replace(/[^\d.]/g, ''));
}

describeE2E('browser build: the hourly balance in the editor', () => {
  const s = servedApp({ browser: 'perFile' });

  it('a preset shows its hourly balance beside the ledger; an export limit brings curtailment', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'lianzhou-policy', '连州 逐时');
    const panel = byTestId(page, 'panel-hourly');
    await panel.waitFor({ timeout: 30_000 });
    await panel.scrollIntoViewIfNeeded();
    expect(await byTestId(page, 'hourly-panel').getAttribute('data-enabled')).toBe('true');
    // the preset sets no limit: every surplus is exported, nothing curtailed
    expect(await byTestId(page, 'nolimit-hourly.exportLimitMW').isVisible()).toBe(true);
    // the charts and tables draw once scrolled to
    await byTestId(page, 'hourly-results').scrollIntoViewIfNeeded();
    await byTestId(page, 'hourly-indicators').waitFor({ timeout: 30_000 });
    expect(await curtailmentPct(page, 2030)).toBe(0);
    await byTestId(page, 'hourly-week-chart').locator('canvas').first().waitFor({ timeout: 30_000 });
    await look(page, 'hourly-1280-before');

    // 1 万千瓦 (10 MW) out at most: the noon surplus of 连州's PV has nowhere to go
    const limit = byTestId(page, 'field-hourly.exportLimitMW');
    await limit.scrollIntoViewIfNeeded();
    await limit.fill('1');
    await limit.press('Tab');
    await waitSaved(page);
    await expect.poll(() => curtailmentPct(page, 2030), { timeout: 20_000 }).toBeGreaterThan(0);
    await byTestId(page, 'hourly-week-kind-surplus').click();
    await byTestId(page, 'hourly-heatmap-kind-curtailed').click();
    await byTestId(page, 'hourly-week').scrollIntoViewIfNeeded();
    await look(page, 'hourly-1280-limit');

    // another year's hours come from the worker
    await byTestId(page, 'hourly-year').selectOption('2040');
    await expect.poll(() => byTestId(page, 'hourly-detail').getAttribute('data-year'), { timeout: 20_000 }).toBe('2040');

    await page.setViewportSize({ width: 1920, height: 1080 });
    await byTestId(page, 'hourly-week').scrollIntoViewIfNeeded();
    await chartsFit(page);
    await look(page, 'hourly-1920-limit');
    const clipped = (await findClipped(page)).filter((c) => c.where.includes('hourly'));
    expect(clipped.map((c) => `${c.kind} ${c.where}: ${c.text}`)).toEqual([]);

    // in English, capacity in MW: longer words in the same room
    await page.setViewportSize({ width: 1280, height: 720 });
    await byTestId(page, 'btn-language').click();
    await expect.poll(() => byTestId(page, 'hourly-week').locator('h4').textContent()).toBe('Stress week');
    await byTestId(page, 'hourly-settings').scrollIntoViewIfNeeded();
    await look(page, 'hourly-1280-en');
    const clippedEn = (await findClipped(page)).filter((c) => c.where.includes('hourly'));
    expect(clippedEn.map((c) => `${c.kind} ${c.where}: ${c.text}`)).toEqual([]);
    await byTestId(page, 'btn-language').click();

    // the limit is one undoable edit: undone, the surplus is exported again
    await byTestId(page, 'btn-undo').click();
    await expect.poll(() => curtailmentPct(page, 2030), { timeout: 20_000 }).toBe(0);
    expect(await byTestId(page, 'nolimit-hourly.exportLimitMW').isVisible()).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('a battery is added with its assumed source and can be removed', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    const add = byTestId(page, 'btn-add-battery');
    await add.scrollIntoViewIfNeeded();
    await add.click();
    const row = page.locator('[data-testid^="battery-bat-user-"]').first();
    await row.waitFor({ timeout: 10_000 });
    expect(await row.locator('[data-kind="assumed"]').count()).toBe(1);
    await waitSaved(page);
    await look(page, 'hourly-1280-battery');
    await row.locator('[data-testid^="btn-remove-battery-"]').click();
    await byTestId(page, 'hourly-batteries-none').waitFor({ timeout: 10_000 });
    expect(s.errors).toEqual([]);
  });
});
