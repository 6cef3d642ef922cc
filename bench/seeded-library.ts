import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureBuilt } from '../test/e2e/support/build';
import { seedLibrary } from '../test/e2e/support/library-seed';
import { serveStatic } from '../test/e2e/support/server';
import { BROWSER_ARGS, CHROMIUM } from './support';

export type SeededLibrary = { ctx: BrowserContext; page: Page; url: string; /** a folder of the run's own, removed after it */ dir: string };

/**
 * Runs `fn` on the browser build's library page with `count` user scenarios
 * seeded, in a fresh Chromium profile. What cannot be measured (no Chromium,
 * errors on the page) is thrown as `notMeasured(reason)`.
 */
export async function withSeededLibrary<T>(
  count: number,
  log: (line: string) => void,
  notMeasured: (reason: string) => Error,
  fn: (library: SeededLibrary) => Promise<T>,
): Promise<T> {
  if (!existsSync(CHROMIUM)) throw notMeasured(`${CHROMIUM} not found (apt-get install -y chromium fonts-noto-cjk)`);
  log('building the renderer (skipped when up to date) …');
  const { url, close } = await serveStatic(ensureBuilt());
  const dir = mkdtempSync(join(tmpdir(), 'cpp-bench-library-'));
  const ctx = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, viewport: { width: 1440, height: 900 }, locale: 'zh-CN', args: BROWSER_ARGS });
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}#/library`);
    await page.locator('[data-testid="library-row-qingyuan-policy"]').waitFor({ timeout: 60_000 });
    log(`seeding ${count} user scenarios …`);
    await seedLibrary(page, { count });
    const out = await fn({ ctx, page, url, dir });
    if (errors.length) throw notMeasured(`page errors: ${errors.join(' | ')}`);
    return out;
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
    await close();
  }
}
