import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { SCREENSHOTS, describeE2E } from './support/browser';
import { servedApp } from './support/served-app';

/** A screenshot of what the window shows (not the whole page): what a planner sees at 1280×720. */
async function view(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

describeE2E('browser build: capacity in 万千瓦, plan years on the charts', () => {
  const s = servedApp();

  it('the ledger takes 万千瓦 in Chinese and stores MW; MW when the setting says so', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'lianzhou-policy', '连州 单位');
    await byTestId(page, 'capacity-unit').waitFor({ timeout: 20_000 });
    const ledger = byTestId(page, 'ledger-totals');
    await ledger.scrollIntoViewIfNeeded();
    expect(await ledger.textContent()).toContain('万千瓦');
    const field = page.locator('[data-testid^="field-electricity.projects["][data-testid$="].capacityMW"]').first();
    await field.scrollIntoViewIfNeeded();
    const before = Number((await field.inputValue()).replace(/,/g, ''));
    await field.fill('2.5');
    await field.press('Tab');
    await waitSaved(page);
    await view(page, 'units-editor-ledger-zh');
    // the same field in MW: 2.5 万千瓦 stored as 25 MW
    await byTestId(page, 'capacity-unit').selectOption('mw');
    expect(await field.inputValue()).toBe('25');
    expect(await ledger.textContent()).toContain('MW');
    await byTestId(page, 'capacity-unit').selectOption('auto');
    expect(await field.inputValue()).toBe('2.5');
    expect(before).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
  });

  it('results charts label the plan years; screenshots at 1280×720', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${s.url}#/scenario/qingyuan-policy`);
    await byTestId(page, 'kpi-co2-2030').waitFor({ timeout: 20_000 });
    await view(page, 'units-editor-zh');
    // the charts are in the results tab
    await byTestId(page, 'tab-results').click();
    await byTestId(page, 'results-panel').waitFor({ timeout: 20_000 });
    for (const id of ['co2', 'capacity']) {
      const chart = byTestId(page, `chart-${id}`);
      await chart.scrollIntoViewIfNeeded();
      await chart.locator('canvas, svg').first().waitFor({ timeout: 20_000 });
      await view(page, `units-results-${id}-zh`);
    }
    expect(s.errors).toEqual([]);
  });
});
