import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { byTestId, createFromPreset, gotoLibrary, leverInput, pressLever, waitSaved } from './support/app';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { servedApp } from './support/served-app';

/**
 * In the page: `done` (a request as a promise) and `appDb` (the name of the app's database: a build made
 * under vitest, where NODE_ENV is 'test', is a development build and uses the '-dev' name).
 */
const IN_PAGE_HELPERS = `
    const done = (req) => new Promise((resolve, reject) => { req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });
    const appDb = async () => (await indexedDB.databases()).map((d) => d.name).find((n) => n.startsWith('carbon-peak-planner'));`;

/** The stored scenario as the app's database holds it (read in the page, like the app does). */
async function storedScenario(page: Page, id: string): Promise<{ name: string; gdpGrowth: unknown; rev: number } | null> {
  return page.evaluate(`(async (id) => {
    ${IN_PAGE_HELPERS}
    const db = await done(indexedDB.open(await appDb()));
    try {
      const rec = await done(db.transaction('scenarios').objectStore('scenarios').get(id));
      return rec ? { name: rec.name, gdpGrowth: rec.scenario.economy.gdpGrowthPct, rev: rec.rev } : null;
    } finally {
      db.close();
    }
  })(${JSON.stringify(id)})`);
}

/** All user scenarios' names (live ones), for finding the copy. */
async function userNames(page: Page): Promise<Record<string, string>> {
  return page.evaluate(`(async () => {
    ${IN_PAGE_HELPERS}
    const db = await done(indexedDB.open(await appDb()));
    try {
      const recs = await done(db.transaction('scenarios').objectStore('scenarios').index('kind').getAll('user'));
      return Object.fromEntries(recs.filter((r) => r.deletedAt === undefined).map((r) => [r.id, r.name]));
    } finally {
      db.close();
    }
  })()`);
}

/** The top of the window, where the banner and notices are (a full editor page is several screens long). */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

describeE2E('browser build: one scenario open in two tabs', () => {
  const s = servedApp();

  /** Tab A (the session's page) creates a scenario; tab B, in the same browser, opens it too. */
  async function twoTabs(name: string, opts: { deafB?: boolean } = {}) {
    const a = s.page;
    await gotoLibrary(a, s.url);
    const id = await createFromPreset(a, 'qingyuan-policy', name);
    await byTestId(a, 'editor-page').waitFor();
    const b = await s.context.newPage();
    b.on('pageerror', (e) => s.errors.push(`pageerror (tab B): ${e.message}`));
    // A tab that misses the other's change notice (as one does whose save lands in the instant
    // before the notice arrives): only the save's own check can stop it overwriting A's edit.
    if (opts.deafB) await b.addInitScript('delete globalThis.BroadcastChannel;');
    await b.goto(`${s.url}#/scenario/${encodeURIComponent(id)}`);
    await byTestId(b, 'editor-page').waitFor();
    await leverInput(b, 'gdpGrowth').waitFor();
    return { a, b, id };
  }

  it('a tab without unsaved edits shows the other tab’s saved edit, with a notice', async () => {
    const { a, b, id } = await twoTabs('两个标签页 刷新');
    const before = await leverInput(b, 'gdpGrowth').inputValue();
    await a.bringToFront();
    const inA = await pressLever(a, 'gdpGrowth', 'ArrowRight', 5);
    expect(inA).not.toBe(before);
    await waitSaved(a);

    await byTestId(b, 'doc-notice').waitFor();
    expect(await byTestId(b, 'doc-notice').getAttribute('data-kind')).toBe('reloaded');
    // the presses may have been saved in more than one step: B follows each
    await expect.poll(() => leverInput(b, 'gdpGrowth').inputValue()).toBe(inA);
    expect(await byTestId(b, 'conflict-banner').count()).toBe(0);
    await b.bringToFront();
    await screenshot(b, 'conflict-reloaded');
    expect((await storedScenario(b, id))!.rev).toBeGreaterThanOrEqual(2);
    expect(s.errors).toEqual([]);
  });

  it('tab B’s edit after tab A saved is refused and shown; “save as a copy” keeps both edits', async () => {
    const { a, b, id } = await twoTabs('两个标签页 冲突', { deafB: true });
    await a.bringToFront();
    const inA = await pressLever(a, 'gdpGrowth', 'ArrowRight', 5);
    await waitSaved(a);
    const afterA = await storedScenario(a, id);
    expect(afterA!.rev).toBeGreaterThanOrEqual(2);

    // B still shows the version before A's edit; its edit goes the other way
    await b.bringToFront();
    const inB = await pressLever(b, 'gdpGrowth', 'ArrowLeft', 5);
    expect(inB).not.toBe(inA);
    const banner = byTestId(b, 'conflict-banner');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.getAttribute('data-kind')).toBe('changed');
    expect(await banner.textContent()).toContain('此情景已在另一个窗口中修改');
    expect(await byTestId(b, 'save-status').getAttribute('data-state')).toBe('conflict');
    // A's edit is what is stored: B's refused save wrote nothing
    expect(await storedScenario(a, id)).toEqual(afterA);
    await screenshot(b, 'conflict-banner');

    await byTestId(b, 'btn-conflict-copy').click();
    const notice = byTestId(b, 'doc-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-kind')).toBe('copied');
    expect(await notice.textContent()).toContain('两个标签页 冲突（副本）');
    expect(await banner.count()).toBe(0);
    // B now shows the stored version (A's edit) and is saved
    await expect.poll(() => leverInput(b, 'gdpGrowth').inputValue()).toBe(inA);
    await waitSaved(b);
    await screenshot(b, 'conflict-copied');

    // both edits exist: A's in the original, B's in the copy
    const names = await userNames(b);
    const copyId = Object.keys(names).find((k) => names[k] === '两个标签页 冲突（副本）')!;
    expect(copyId).toBeDefined();
    expect(await storedScenario(b, id)).toMatchObject({ name: '两个标签页 冲突', gdpGrowth: afterA!.gdpGrowth });
    await byTestId(b, 'notice-copy-link').click();
    await b.waitForURL((u) => u.hash === `#/scenario/${encodeURIComponent(copyId)}`);
    await leverInput(b, 'gdpGrowth').waitFor();
    expect(await leverInput(b, 'gdpGrowth').inputValue()).toBe(inB);
    // the original in tab A was never touched by B
    expect(await leverInput(a, 'gdpGrowth').inputValue()).toBe(inA);
    expect(s.errors).toEqual([]);
  });

  it('a deletion in one tab is shown in the other; its undo brings the scenario back there', async () => {
    const { a, b, id } = await twoTabs('两个标签页 删除');
    await a.bringToFront();
    await gotoLibrary(a, s.url);
    await byTestId(byTestId(a, `library-row-${id}`), 'btn-delete').click();

    const banner = byTestId(b, 'conflict-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-kind')).toBe('deleted');
    expect(await banner.textContent()).toContain('此情景已在另一个窗口中删除');
    await b.bringToFront();
    await screenshot(b, 'conflict-deleted');

    await a.bringToFront();
    await byTestId(a, 'btn-undo-delete').click();
    await byTestId(b, 'doc-notice').waitFor();
    expect(await banner.count()).toBe(0);
    expect(await byTestId(b, 'doc-notice').getAttribute('data-kind')).toBe('reloaded');
    expect(s.errors).toEqual([]);
  });
});
