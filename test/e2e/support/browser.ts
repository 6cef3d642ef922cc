import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { ROOT } from './build';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** `describe`, or a visible skip when Chromium is not installed (CI installs it). */
export function describeE2E(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, fn);
    return;
  }
  console.warn(`[e2e] skipping "${name}": ${CHROMIUM} not found (apt-get install -y chromium fonts-noto-cjk)`);
  describe.skip(name, fn);
}

export type Session = {
  context: BrowserContext;
  page: Page;
  /** uncaught page errors and console errors (CSP violations land here) */
  errors: string[];
  close(): Promise<void>;
};

/** A browser with its own fresh profile, so IndexedDB starts empty and survives reloads. */
export async function launch(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'cpp-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // "Failed to load resource" says nothing of which; the response handler below names the URL.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(`console: ${m.text()}`));
  page.on('response', (r) => {
    // Chromium asks for /favicon.ico on its own; the app has none and never links one.
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') errors.push(`http ${r.status()}: ${r.url()}`);
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
