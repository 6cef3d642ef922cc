import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, kpi, leverInput, pressLever, targetRows, waitSaved } from './support/app';
import { describeE2E, screenshot } from './support/browser';
import { servedApp } from './support/served-app';


const PRESET_IDS = ['qingyuan-baseline', 'qingyuan-policy', 'lianzhou-baseline', 'lianzhou-policy', 'shaoguan-baseline', 'shaoguan-policy'];

describeE2E('browser build: planner flow', () => {
  const s = servedApp();

  it('library: presets, create from a preset, rename, duplicate, delete with undo, all persisted', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    for (const id of PRESET_IDS) await expect.poll(() => byTestId(page, `library-row-${id}`).count()).toBe(1);
    // every preset gets its target status from the engine
    await expect.poll(() => byTestId(byTestId(page, 'library-presets'), 'target-summary').count(), { timeout: 20_000 }).toBe(6);

    await byTestId(page, 'library-search').fill('韶关');
    await expect.poll(() => page.locator('[data-testid^="library-row-"]').count()).toBe(2);
    await byTestId(page, 'library-search').fill('');
    await screenshot(page, 'library');
    await byTestId(page, 'btn-create').click();
    await byTestId(page, 'create-dialog').waitFor();
    await screenshot(page, 'create-dialog');
    await page.keyboard.press('Escape');
    await byTestId(page, 'create-dialog').waitFor({ state: 'detached' });

    const id = await createFromPreset(page, 'qingyuan-policy', '清远 光伏加码');
    await page.goto(`${s.url}#/library`);
    const row = byTestId(page, `library-row-${id}`);
    await expect.poll(() => row.textContent()).toContain('清远 光伏加码');

    await byTestId(row, 'btn-rename').click();
    await byTestId(page, 'rename-name').fill('');
    await byTestId(page, 'btn-rename-confirm').click();
    expect(await byTestId(page, 'error-name').textContent()).toContain('名称不能为空');
    await byTestId(page, 'rename-name').fill('清远 光伏加码方案');
    await byTestId(page, 'btn-rename-confirm').click();
    await expect.poll(() => byTestId(row, 'row-link').textContent()).toBe('清远 光伏加码方案');

    await byTestId(row, 'btn-duplicate').click();
    const copies = page.locator('[data-testid="library-mine"] [data-testid^="library-row-"]');
    await expect.poll(() => copies.count()).toBe(2);
    const copyRow = copies.first();
    expect(await copyRow.textContent()).toContain('清远 光伏加码方案（副本）');
    await byTestId(copyRow, 'btn-delete').click();
    await expect.poll(() => copies.count()).toBe(1);
    await byTestId(page, 'btn-undo-delete').click();
    await expect.poll(() => copies.count()).toBe(2);
    await byTestId(copies.first(), 'btn-delete').click();
    await expect.poll(() => copies.count()).toBe(1);
    await screenshot(page, 'library-mine');

    await page.reload();
    await byTestId(page, `library-row-${id}`).waitFor();
    expect(await byTestId(byTestId(page, `library-row-${id}`), 'row-link').textContent()).toBe('清远 光伏加码方案');
    // the deletion the user did not undo sticks after a reload (a new session)
    expect(await copies.count()).toBe(1);

    await byTestId(page, 'btn-language').click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Scenarios');
    await page.reload();
    await byTestId(page, `library-row-${id}`).waitFor();
    expect(await page.locator('h1').first().textContent()).toBe('Scenarios');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'library-en');
    expect(s.errors).toEqual([]);
  });

  it(
    'editor: raise PV build-out, watch CO2 fall and the targets change, see a field error, reload, switch to English',
    async () => {
      const { page } = s;
      await gotoLibrary(page, s.url);
      // the baseline: its peak (2038, missed) moves with the PV build-out, while every target of the policy
      // (already peaked in 2020; the non-fossil share by the provincial pool) stays as it is
      const id = await createFromPreset(page, 'qingyuan-baseline', '清远 光伏加码');
      const co2Before = await kpi(page, 'co2-2030');
      const targetsBefore = await targetRows(page);
      expect(Object.keys(targetsBefore).length).toBeGreaterThan(0);
      await screenshot(page, 'editor');

      const pvBefore = await leverInput(page, 'pvBuildout').inputValue();
      const pvAfter = await pressLever(page, 'pvBuildout', 'End');
      expect(Number(pvAfter)).toBeGreaterThan(Number(pvBefore));
      await expect.poll(() => kpi(page, 'co2-2030'), { timeout: 15_000 }).toBeLessThan(co2Before);
      const co2After = await kpi(page, 'co2-2030');
      await expect.poll(() => targetRows(page)).not.toEqual(targetsBefore);
      await byTestId(page, 'kpi-co2-2030').scrollIntoViewIfNeeded();
      await screenshot(page, 'results');
      await waitSaved(page);

      const gdp = byTestId(page, 'field-economy.baseGdpYiYuan');
      const gdpValue = await gdp.inputValue();
      await gdp.fill('-5');
      await gdp.blur();
      await byTestId(page, 'error-economy.baseGdpYiYuan').waitFor();
      await screenshot(page, 'field-error');
      await gdp.fill(gdpValue);
      await gdp.blur();
      await byTestId(page, 'error-economy.baseGdpYiYuan').waitFor({ state: 'detached' });
      // A reload may lose at most the last second of typing: reload a second after the last edit without waiting for 'saved'.
      await page.waitForTimeout(1000);
      await page.reload();
      expect(new URL(page.url()).hash).toBe(`#/scenario/${id}`);
      expect(await leverInput(page, 'pvBuildout').inputValue()).toBe(pvAfter);
      await expect.poll(() => kpi(page, 'co2-2030')).toBeCloseTo(co2After, 6);
      expect(await byTestId(page, 'field-economy.baseGdpYiYuan').inputValue()).toBe(gdpValue);

      await byTestId(page, 'btn-language').click();
      await expect.poll(() => byTestId(page, 'nav-library').textContent()).toBe('Scenarios');
      await screenshot(page, 'editor-en');
      expect(s.errors).toEqual([]);
    },
  );
});
