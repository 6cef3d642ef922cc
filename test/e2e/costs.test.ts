import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { servedApp } from './support/served-app';

describeE2E('browser build: costs of a plan against its reference', () => {
  const s = servedApp();

  it('清远 policy: investment and the NPV against the 清远 baseline; a lower discount rate changes the NPV', async () => {
    const { page } = s;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1400, height: 1000 });
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'qingyuan-policy', '清远 成本');
    await page.addStyleTag({ content: '.topbar { position: static !important; }' });

    // the settings panel: the preset's reference, every default with its source
    const settings = byTestId(page, 'costs-settings');
    await settings.scrollIntoViewIfNeeded();
    expect(await byTestId(settings, 'field-costs.referenceScenarioId').inputValue()).toBe('qingyuan-baseline');
    expect(await byTestId(settings, 'default-costs.discountRatePct').textContent()).toContain('默认 8.0%');
    expect(await byTestId(settings, 'source-costs.types.pv.investmentYuanPerKW').getAttribute('data-kind')).toBe('reference');
    await settings.screenshot({ path: join(SCREENSHOTS, 'costs-settings.png') });

    // the results tab: investment and the NPV said against the baseline
    await byTestId(page, 'tab-results').click();
    const costs = byTestId(page, 'costs-results');
    await costs.scrollIntoViewIfNeeded();
    await expect.poll(() => costs.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await byTestId(costs, 'costs-total').textContent()).toMatch(/总投资（2021–2060 年）[\d,.]+ 亿元/);
    const statement = byTestId(costs, 'costs-npv-statement');
    await statement.waitFor({ timeout: 30_000 });
    const before = Number(await statement.getAttribute('data-npv'));
    expect(await statement.textContent()).toMatch(/^相对于参比情景『清远市 基准情景』，本情景 2021–2060 年净现值(增加|减少) [\d,.]+ 亿元，累计减排 [\d,.]+ 万吨/);
    await byTestId(costs, 'costs-macc-table').waitFor({ timeout: 30_000 });
    await costs.screenshot({ path: join(SCREENSHOTS, 'costs-results.png') });

    // 折现率 8 % → 4 %: one edit; the NPV difference moves
    await byTestId(page, 'tab-edit').click();
    await byTestId(settings, 'field-costs.discountRatePct').fill('4');
    await waitSaved(page);
    await byTestId(page, 'tab-results').click();
    // asked for once the section comes into view
    await byTestId(page, 'costs-results').scrollIntoViewIfNeeded();
    await expect.poll(async () => Number(await byTestId(page, 'costs-npv-statement').getAttribute('data-npv')), { timeout: 30_000 }).not.toBeCloseTo(before, 3);
    expect(await byTestId(page, 'costs-basis').textContent()).toContain('折现率 4.0%');
    expect(s.errors).toEqual([]);
  });

  it("连州 policy: the key-project table's investment in the ledger; the costs in English", async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1400, height: 1000 });
    await gotoLibrary(page, s.url);
    await byTestId(byTestId(page, 'library-row-lianzhou-policy'), 'row-link').click();
    await page.waitForURL(/#\/scenario\/lianzhou-policy/);
    await page.addStyleTag({ content: '.topbar { position: static !important; }' });
    // 附表 重点工程 item 27: 16,000 万元
    const row = byTestId(page, 'project-row-lz-pv-xingzi-40');
    await row.scrollIntoViewIfNeeded();
    expect(await row.locator('[data-testid$=".investmentWanYuan"]').first().inputValue()).toBe('16,000');
    await row.screenshot({ path: join(SCREENSHOTS, 'costs-ledger-row.png') });

    await byTestId(page, 'btn-language').click();
    await byTestId(page, 'tab-results').click();
    const costs = byTestId(page, 'costs-results');
    await costs.scrollIntoViewIfNeeded();
    const statement = byTestId(costs, 'costs-npv-statement');
    await statement.waitFor({ timeout: 30_000 });
    expect(await statement.textContent()).toMatch(/^Against the reference scenario “[^”]+”, this scenario's net present value over 2021–2060 (rises|falls) by [\d,.]+ 100m CNY/);
    await byTestId(costs, 'costs-macc-table').waitFor({ timeout: 30_000 });
    await costs.screenshot({ path: join(SCREENSHOTS, 'costs-results-en.png') });
    expect(s.errors).toEqual([]);
  });

  it('compare: 总投资, 资金需求 and the NPV of the policy against its baseline, side by side', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1400, height: 1000 });
    await gotoLibrary(page, s.url);
    await page.goto(`${s.url}#/compare?ids=qingyuan-baseline,qingyuan-policy`);
    const table = byTestId(page, 'compare-costs-table');
    await table.waitFor({ timeout: 30_000 });
    await table.scrollIntoViewIfNeeded();
    const npv = byTestId(table, 'compare-costs-npv').locator('td').nth(1);
    await expect.poll(() => npv.getAttribute('data-value'), { timeout: 30_000 }).not.toBe('');
    expect(await byTestId(table, 'compare-costs-reference').locator('td').nth(1).textContent()).toBe('清远市 基准情景');
    await byTestId(page, 'compare-costs').screenshot({ path: join(SCREENSHOTS, 'costs-compare.png') });
    expect(s.errors).toEqual([]);
  });
});
