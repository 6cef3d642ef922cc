import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { byTestId, gotoLibrary } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { seedLibrary } from './support/library-seed';
import { servedApp } from './support/served-app';

const COUNT = 1000;
const rowId = (i: number) => `bench-${String(i).padStart(4, '0')}`;

/** What the viewport shows (a full-page shot would make the window as tall as 1,000 rows and render them all). */
async function viewportShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const focusedRow = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { closest(s: string): { getAttribute(a: string): string | null } | null } | null } }).document.activeElement?.closest('tr')?.getAttribute('data-id') ?? null);

describeE2E('browser build: a library of 1,000 scenarios', () => {
  const s = servedApp();

  it('lists them all with their target status, rendering a screenful; search and the keyboard reach any row', async () => {
    const { page, errors } = s;
    await gotoLibrary(page, s.url);
    await seedLibrary(page, { count: COUNT });
    await page.goto('about:blank');
    await page.goto(`${s.url}#/library`);

    const mine = byTestId(page, 'library-mine');
    await expect.poll(() => mine.getAttribute('data-summaries-pending'), { timeout: 60_000 }).toBe('0');
    expect(await mine.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    // a 900 px window shows about 15 rows; with 8 more above and below, far fewer than 1,000
    const rendered = await mine.locator('tbody tr[data-index]').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(60);
    // newest first, each with its target status
    const first = byTestId(page, `library-row-${rowId(0)}`);
    expect(await first.getAttribute('aria-rowindex')).toBe('2');
    await expect.poll(() => byTestId(first, 'target-summary').textContent()).toMatch(/^\d\/\d 目标达成$/);
    await viewportShot(page, 'library-1000');

    // End from the first row's link: the last row is rendered, scrolled to and focused; ↑ goes one up
    await byTestId(first, 'row-link').focus();
    await page.keyboard.press('End');
    await expect.poll(() => focusedRow(page)).toBe(rowId(COUNT - 1));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedRow(page)).toBe(rowId(COUNT - 2));
    expect(await byTestId(page, `library-row-${rowId(COUNT - 2)}`).isVisible()).toBe(true);
    await viewportShot(page, 'library-1000-end');

    // search finds a row far from the top; the table then holds it alone
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    await byTestId(page, 'library-search').fill(`方案 ${COUNT / 2 + 1}`);
    await byTestId(page, `library-row-${rowId(COUNT / 2)}`).waitFor();
    await expect.poll(() => mine.getAttribute('aria-rowcount')).toBe('2');
    expect(errors).toEqual([]);
  });
});
