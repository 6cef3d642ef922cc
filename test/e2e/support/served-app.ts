import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launch, type Session } from './browser';
import { ensureBuilt } from './build';
import { serveStatic, type StaticServer } from './server';

/** The browser of the running test (or file) and the address the app is served at. */
export type ServedApp = {
  readonly url: string;
  readonly page: Page;
  readonly context: BrowserContext;
  /** uncaught page errors and console errors of this browser */
  readonly errors: string[];
};

/**
 * The set-up every browser e2e file shares; call it inside `describeE2E`. The
 * renderer is built once for all files (`ensureBuilt` reuses the last build
 * while it is newer than every source) and served for this file; each test gets
 * a browser with a fresh profile (`browser: 'perFile'`: one for the whole file).
 * The returned object reads the current browser, so use it inside tests and hooks.
 */
export function servedApp(options: { browser?: 'perTest' | 'perFile' } = {}): ServedApp {
  const perFile = options.browser === 'perFile';
  let server: StaticServer | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    server = await serveStatic(ensureBuilt());
    if (perFile) session = await launch();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  if (!perFile) {
    beforeEach(async () => {
      session = await launch();
    });
    afterEach(async () => {
      await session?.close();
      session = undefined;
    });
  }
  const current = (): Session => {
    if (!session) throw new Error('no browser yet: read the served app inside a test or hook');
    return session;
  };
  return {
    get url() {
      if (!server) throw new Error('the app is not served yet: read its url inside a test or hook');
      return server.url;
    },
    get page() {
      return current().page;
    },
    get context() {
      return current().context;
    },
    get errors() {
      return current().errors;
    },
  };
}
