import { expect, it } from 'vitest';
import { byTestId } from './support/app';
import { describeE2E, screenshot } from './support/browser';
import { servedApp } from './support/served-app';

describeE2E('browser build: results name their methods and explain the years', () => {
  const s = servedApp();

  it('a preset: methods with their sources, flags with their drivers, the key figures under the other methods', async () => {
    const { page } = s;
    // tall enough that the results tab shows whole in the screenshots
    await page.setViewportSize({ width: 1400, height: 4000 });
    await page.goto(`${s.url}#/scenario/lianzhou-policy`);
    await byTestId(page, 'tab-results').click();
    const methods = byTestId(page, 'results-methods');
    await methods.waitFor({ timeout: 20_000 });
    expect(await byTestId(page, 'method-energyControl').textContent()).toContain('发改环资〔2024〕113号');
    expect(await byTestId(page, 'method-electricityCo2').textContent()).toContain('本工具口径');

    const flags = byTestId(page, 'results-flags');
    await flags.waitFor();
    const items = flags.locator('[data-testid^="flag-"][data-change]');
    // every flag says what drove it
    for (let i = 0; i < (await items.count()); i++) {
      expect(await items.nth(i).locator('[data-testid="flag-driver"], [data-testid="flag-factors"]').count()).toBeGreaterThan(0);
    }

    await byTestId(page, 'other-methods').locator('summary').click();
    const table = byTestId(page, 'other-methods-table');
    await table.waitFor({ timeout: 20_000 });
    expect(await byTestId(table, 'other-method-own').count()).toBe(1);
    expect(await table.locator('tbody[data-testid^="other-method-electricityCo2-"]').count()).toBe(3);
    await screenshot(page, 'results-methods-flags');
    expect(s.errors).toEqual([]);
  });

  it('compare: the methods of each scenario side by side', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1400, height: 3000 });
    await page.goto(`${s.url}#/compare?ids=lianzhou-baseline,lianzhou-policy`);
    const table = byTestId(page, 'compare-methods');
    await table.waitFor({ timeout: 20_000 });
    expect(await byTestId(page, 'compare-method-lianzhou-policy-energyControl').textContent()).toContain('发改环资〔2024〕113号');
    expect(['true', 'false']).toContain(await byTestId(page, 'compare-methods-note').getAttribute('data-differ'));
    await byTestId(page, 'target-matrix').waitFor();
    await screenshot(page, 'compare-methods');
    expect(s.errors).toEqual([]);
  });
});
