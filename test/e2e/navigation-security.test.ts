import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { byTestId, createFromPreset, gotoLibrary } from './support/app';
import { describeE2E } from './support/browser';
import { servedApp } from './support/served-app';

// This project compiles without the DOM library, so page-side code reads
// attributes through locators, and `globalThis` stands in for `window`.
type Link = { href: string; target: string | null; text: string };

async function links(page: Page): Promise<Link[]> {
  const anchors = page.locator('a[href]');
  const out: Link[] = [];
  for (let i = 0, n = await anchors.count(); i < n; i++) {
    const a = anchors.nth(i);
    out.push({ href: (await a.getAttribute('href'))!, target: await a.getAttribute('target'), text: (await a.textContent()) ?? '' });
  }
  return out;
}

describeE2E('browser build: navigation and platform security', () => {
  const s = servedApp();
  let origin: string;
  beforeAll(() => {
    origin = new URL(s.url).origin;
  });

  /** No link on the page leaves the app's origin or opens a window: every one is an in-app hash route. */
  async function expectLinksStayInApp(page: Page, where: string): Promise<number> {
    const found = await links(page);
    for (const l of found) {
      expect(new URL(l.href, page.url()).origin, `${where}: ${l.text} → ${l.href}`).toBe(origin);
      expect(l.href, `${where}: ${l.text}`).toMatch(/^#\//);
      expect(l.target ?? '', `${where}: ${l.text} opens a window`).toBe('');
    }
    return found.length;
  }

  it('links never navigate away from the app origin, on every screen', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    expect(await expectLinksStayInApp(page, 'library')).toBeGreaterThan(6);

    const id = await createFromPreset(page, 'lianzhou-policy', '连州 测试');
    await expectLinksStayInApp(page, 'scenario');
    for (const hash of ['#/scenario/qingyuan-policy', '#/compare', `#/report/${id}`, '#/scenario/does-not-exist']) {
      await page.goto(`${s.url}${hash}`);
      await page.waitForLoadState('networkidle');
      await expectLinksStayInApp(page, hash);
    }
    await byTestId(page, 'btn-about').click();
    await byTestId(page, 'about-dialog').waitFor();
    await expectLinksStayInApp(page, 'about');
    await page.keyboard.press('Escape');
    await byTestId(page, 'about-dialog').waitFor({ state: 'detached' });

    // clicking through the app keeps the same document: same origin, only the hash changes
    await page.goto(`${s.url}#/library`);
    const marker = await page.evaluate(() => ((globalThis as Record<string, unknown>).__marker = Math.random()));
    for (const nav of ['nav-compare', 'nav-library']) {
      await byTestId(page, nav).click();
      expect(new URL(page.url()).origin).toBe(origin);
    }
    await byTestId(byTestId(page, 'library-row-shaoguan-policy'), 'row-link').click();
    await page.waitForURL(/#\/scenario\/shaoguan-policy$/);
    expect(await page.evaluate(() => (globalThis as Record<string, unknown>).__marker)).toBe(marker);
    expect(s.errors).toEqual([]);
  });

  it('without window.api the browser implementation is used', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    expect(await page.evaluate(() => 'api' in globalThis)).toBe(false);
    await byTestId(page, 'btn-about').click();
    const info = byTestId(page, 'about-info');
    await info.waitFor();
    expect(await info.getAttribute('data-shell')).toBe('browser');
    expect(await info.textContent()).toMatch(/浏览器版/);
    expect(s.errors).toEqual([]);
  });

  it('the CSP is in force: no inline script, no string eval, every asset from the app', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    // the built page connects to its own origin only: the dev server's socket is allowed in `vite` serve alone
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toMatch(/ws:|127\.0\.0\.1/);
    // DevTools' own evaluation is exempt from the CSP, so the probe injects
    // code the way an attacker's content would run (a string, no DOM typings here).
    const probe = await page.evaluate(`(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
      setTimeout('window.__stringTimer = 1', 0);
      await new Promise((r) => setTimeout(r, 100));
      return { inline: window.__inline ?? 'blocked', stringTimer: window.__stringTimer ?? 'blocked' };
    })()`);
    expect(probe).toEqual({ inline: 'blocked', stringTimer: 'blocked' });

    const assets = page.locator('script[src], link[href]');
    const n = await assets.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const a = assets.nth(i);
      const url = (await a.getAttribute('src')) ?? (await a.getAttribute('href'))!;
      expect(new URL(url, page.url()).origin).toBe(origin);
    }
    // the two probes above are reported as CSP violations; nothing else may be
    expect(s.errors.filter((e) => !/Content Security Policy/i.test(e))).toEqual([]);
    expect(s.errors.filter((e) => /Content Security Policy/i.test(e))).toHaveLength(2);
  });
});
