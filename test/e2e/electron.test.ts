import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, ROOT } from '../../scripts/build-electron.mjs';
import { findElectron } from '../../scripts/electron-check.mjs';
import { ensureBuilt } from './support/build';

/**
 * The real desktop app under Playwright: window, preload surface, and that the
 * page can neither leave app:// nor reach Node. Needs the Electron binary
 * (absent on the offline build machines) and, on Linux, a display.
 */
const CONTRACT_KEYS = ['getAppInfo', 'onMenuCommand', 'openFile', 'printToPdf', 'saveFile', 'setLanguage'];

const electron = findElectron({ electronDir: path.join(ROOT, 'node_modules/electron'), env: process.env });
const skipReason = !electron.ok
  ? `Electron binary missing (${electron.detail}); run \`npx install-electron\` with internet (ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ in mainland China)`
  : process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
    ? 'no display for Electron; run the tests under `xvfb-run -a`'
    : null;
if (skipReason) console.warn(`[e2e] skipping the Electron app tests: ${skipReason}`);

/** The page's globals, typed for what these checks read (this tsconfig has no DOM lib). */
type PageGlobals = {
  api: Record<string, unknown> & { getAppInfo(): Promise<{ shell: string }> };
  location: { href: string };
  open(url: string): unknown;
  require?: unknown;
  process?: unknown;
  indexedDB: { open(name: string): { onsuccess: (() => void) | null; onerror: (() => void) | null } };
};

describe.skipIf(skipReason !== null)('Electron app', () => {
  let dir: string;
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    // Its own copy of the app (bundles + renderer) and profile, so the test never
    // races a developer's `npm start` over out/ or their saved scenarios.
    dir = mkdtempSync(path.join(tmpdir(), 'cpp-electron-e2e-'));
    await buildElectron({ outdir: path.join(dir, 'electron'), logLevel: 'silent' });
    cpSync(ensureBuilt(), path.join(dir, 'renderer'), { recursive: true });
    app = await _electron.launch({
      executablePath: electron.ok ? electron.executable : undefined,
      // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer sandbox stays on.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), path.join(dir, 'electron/main.cjs')],
      env: { ...process.env, CPP_USER_DATA_DIR: path.join(dir, 'user-data'), ELECTRON_RUN_AS_NODE: '' },
      cwd: ROOT,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the window on app://carbon-peak with the app title', async () => {
    expect(page.url()).toMatch(/^app:\/\/carbon-peak\/index\.html/);
    await expect.poll(() => page.title()).toMatch(/碳达峰|Carbon Peak/);
  });

  it('exposes window.api with exactly the keys of DesktopApi, all functions', async () => {
    const shape = await page.evaluate(() => {
      const api = (globalThis as unknown as PageGlobals).api;
      return Object.keys(api).sort().map((k) => [k, typeof api[k]]);
    });
    expect(shape).toEqual(CONTRACT_KEYS.map((k) => [k, 'function']));
    await expect(page.evaluate(() => (globalThis as unknown as PageGlobals).api.getAppInfo())).resolves.toMatchObject({ shell: 'electron' });
  });

  it('gives the page no Node', async () => {
    const globals = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return { require: typeof g.require, process: typeof g.process };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
  });

  it('sends the CSP header and keeps IndexedDB available on app://', async () => {
    const result = await page.evaluate(async () => {
      const res = await fetch('app://carbon-peak/index.html');
      const db = await new Promise<boolean>((resolve) => {
        const req = (globalThis as unknown as PageGlobals).indexedDB.open('cpp-e2e-probe');
        req.onsuccess = () => resolve(true);
        req.onerror = () => resolve(false);
      });
      return { csp: res.headers.get('content-security-policy'), db };
    });
    expect(result.csp).toContain("default-src 'self'");
    expect(result.db).toBe(true);
  });

  it('cannot navigate away or open windows', async () => {
    const before = page.url();
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});
