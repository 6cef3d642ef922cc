import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig, type Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { DEV_SERVER_SOCKET, withConnectSource } from '../../vite.config';

const ROOT = join(import.meta.dirname, '../..');
const INDEX = readFileSync(join(ROOT, 'renderer/index.html'), 'utf8');

const cspOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
const connectSrc = (html: string) => cspOf(html).split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'));

/** The index.html each Vite command serves or emits, through the CSP plugin as the project's config applies it. */
async function htmlFor(command: 'build' | 'serve'): Promise<string> {
  const config = await resolveConfig({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent' }, command);
  const plugin = config.plugins.find((p: Plugin) => p.name === 'carbon-peak:dev-server-csp');
  if (!plugin) return INDEX;
  const hook = plugin.transformIndexHtml as { handler: (html: string) => string };
  return hook.handler(INDEX);
}

describe("index.html's Content-Security-Policy", () => {
  it('a production build lets the page connect to its own origin only', async () => {
    expect(connectSrc(INDEX)).toBe("connect-src 'self'");
    expect(connectSrc(await htmlFor('build'))).toBe("connect-src 'self'");
    expect(cspOf(await htmlFor('build'))).not.toMatch(/ws:|127\.0\.0\.1|localhost/);
  });

  it("the dev server adds its hot-reload socket, and changes nothing else", async () => {
    const served = await htmlFor('serve');
    expect(connectSrc(served)).toBe(`connect-src 'self' ${DEV_SERVER_SOCKET}`);
    expect(cspOf(served).replace(` ${DEV_SERVER_SOCKET}`, '')).toBe(cspOf(INDEX));
  });

  it('refuses an index.html whose CSP has no connect-src rather than serving it unchanged', () => {
    expect(() => withConnectSource('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />', DEV_SERVER_SOCKET)).toThrow(/connect-src/);
  });
});
