import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { byTestId, createFromPreset, gotoLibrary, leverInput, pressLever, waitEditSaved, waitSaved } from './support/app';
import { describeE2E, screenshot } from './support/browser';
import { servedApp } from './support/served-app';

const GDP = 'economy.gdpGrowthPct';
const scenarioIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash.replace('#/scenario/', ''));

/** Clicks 派生 on a library row; returns the new scenario's id once its editor is open. */
async function deriveFrom(page: Page, base: string, parentId: string): Promise<string> {
  await page.goto(`${base}#/library`);
  const row = byTestId(page, `library-row-${parentId}`);
  await row.waitFor();
  const before = page.url();
  await byTestId(row, 'btn-derive').click();
  await page.waitForURL((u) => u.toString() !== before && /#\/scenario\/u-/.test(u.hash));
  await byTestId(page, 'derived-banner').waitFor();
  return scenarioIdOf(page);
}

describeE2E('browser build: derived scenarios', () => {
  const s = servedApp();

  it('derive from qingyuan-policy, override GDP growth, reset it; a child follows its changed parent', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);

    // 1. derived from the preset: everything inherited
    const child = await deriveFrom(page, s.url, 'qingyuan-policy');
    const banner = byTestId(page, 'derived-banner');
    expect(await banner.textContent()).toContain('派生自');
    expect(await byTestId(banner, 'derived-parent-link').getAttribute('href')).toBe('#/scenario/qingyuan-policy');
    await byTestId(page, `inherited-${GDP}`).waitFor();
    const gdpParent = await leverInput(page, 'gdpGrowth').inputValue();

    // 2. override GDP growth: marked overridden, with a reset button
    await pressLever(page, 'gdpGrowth', 'ArrowRight', 10);
    await byTestId(page, `overridden-${GDP}`).waitFor();
    expect(await byTestId(page, `inherited-${GDP}`).count()).toBe(0);
    await waitSaved(page);
    await page.reload();
    await byTestId(page, `overridden-${GDP}`).waitFor();
    await byTestId(page, `overridden-${GDP}`).scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-derived');

    // 3. reset: the parent's value again, inherited, and it sticks
    await byTestId(page, `btn-reset-${GDP}`).click();
    await byTestId(page, `inherited-${GDP}`).waitFor();
    expect(await leverInput(page, 'gdpGrowth').inputValue()).toBe(gdpParent);
    await waitSaved(page);
    // the reset is an ordinary edit: undo brings the override back, redo resets again
    await byTestId(page, 'btn-undo').click();
    await byTestId(page, `overridden-${GDP}`).waitFor();
    await byTestId(page, 'btn-redo').click();
    await byTestId(page, `inherited-${GDP}`).waitFor();
    await waitSaved(page);
    await page.reload();
    await byTestId(page, `inherited-${GDP}`).waitFor();
    expect(scenarioIdOf(page)).toBe(child);

    // 3b. remove one of the parent's projects: listed as removed here, and restored with one click
    const removeButton = page.locator('[data-testid^="btn-remove-project-"]').first();
    await removeButton.waitFor({ timeout: 10_000 });
    const projectId = (await removeButton.getAttribute('data-testid'))!.slice('btn-remove-project-'.length);
    await removeButton.click();
    const removed = byTestId(page, 'removed-electricity.projects');
    await removed.waitFor();
    await removed.scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-derived-removed');
    await waitSaved(page);
    await page.reload();
    await byTestId(page, `btn-restore-electricity.projects[id=${projectId}]`).click({ timeout: 10_000 });
    await expect.poll(() => byTestId(page, 'removed-electricity.projects').count(), { timeout: 10_000 }).toBe(0);
    await byTestId(page, `btn-remove-project-${projectId}`).waitFor();
    await waitSaved(page);

    // 4. a user copy as parent: the child follows when the parent changes
    await gotoLibrary(page, s.url);
    const parent = await createFromPreset(page, 'qingyuan-policy', '清远 父情景');
    const follower = await deriveFrom(page, s.url, parent);
    expect(await byTestId(page, 'derived-parent-link').textContent()).toBe('清远 父情景');
    await byTestId(page, 'derived-parent-link').click();
    await page.waitForURL((u) => u.hash === `#/scenario/${parent}`);
    await byTestId(page, 'editor-page').waitFor();
    expect(await byTestId(page, 'derived-banner').count()).toBe(0);
    const raised = await pressLever(page, 'gdpGrowth', 'End');
    expect(raised).not.toBe(gdpParent);
    await waitEditSaved(page);

    await page.goto(`${s.url}#/scenario/${encodeURIComponent(follower)}`);
    await byTestId(page, `inherited-${GDP}`).waitFor();
    await expect.poll(() => leverInput(page, 'gdpGrowth').inputValue()).toBe(raised);

    // 5. the library shows the parent of each derived scenario; a parent with children is not deleted
    await page.goto(`${s.url}#/library`);
    const row = byTestId(page, `library-row-${follower}`);
    await row.waitFor();
    await expect.poll(() => byTestId(row, 'row-parent').textContent()).toContain('清远 父情景');
    await byTestId(byTestId(page, `library-row-${parent}`), 'btn-delete').click();
    const refusal = page.locator('.library [role="alert"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('无法删除');
    expect(await byTestId(page, `library-row-${parent}`).count()).toBe(1);
    await screenshot(page, 'library-derived');
    expect(s.errors).toEqual([]);
  });
});
