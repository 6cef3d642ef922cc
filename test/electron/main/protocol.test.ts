import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  createAppHandler,
  mimeTypeOf,
  registerAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from '../../../electron/main/protocol';

let base: string;
let root: string;
let handler: ReturnType<typeof createAppHandler>;
const get = (url: string) => handler({ method: 'GET', url });

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'cpp-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'font.woff2'), 'w');
  writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(path.join(root, 'assets', '情景.json'), '{}');
  // A secret next to the renderer folder that traversal would reach.
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
  handler = createAppHandler({ root, readFile: (f) => readFile(f) });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// handler', () => {
  it('serves index.html for the root and by name, with the CSP header', async () => {
    for (const url of ['app://carbon-peak/', 'app://carbon-peak/index.html', 'app://carbon-peak/index.html#/library', 'app://carbon-peak/index.html?x=1']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await res.text()).toContain('<title>x</title>');
    }
  });

  it('sends the exact CSP the house style asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/%E6%83%85%E6%99%AF.json', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (file, mime) => {
    const res = await get(`app://carbon-peak/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(mime);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('knows the MIME types of what Vite emits, and falls back to octet-stream', () => {
    expect(mimeTypeOf('a.MJS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.wasm')).toBe('application/wasm');
    expect(mimeTypeOf('a.png')).toBe('image/png');
    expect(mimeTypeOf('a.exe')).toBe('application/octet-stream');
  });

  it.each([
    'app://carbon-peak/../../etc/passwd',
    'app://carbon-peak/../secret.txt',
    'app://carbon-peak/%2e%2e/secret.txt',
    'app://carbon-peak/%2E%2E/%2E%2E/etc/passwd',
    'app://carbon-peak/assets/..%2f..%2fsecret.txt',
    'app://carbon-peak/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://carbon-peak/..%5csecret.txt',
    'app://carbon-peak/assets/..\\..\\secret.txt',
    'app://carbon-peak/%2fetc%2fpasswd',
    'app://carbon-peak/index.html%00.js',
    'app://evil/index.html',
  ])('refuses %s with 403', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('secret');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never escapes the root even for URLs Chromium has already normalised', async () => {
    // Request (like Chromium) folds "../" away: what is left must still resolve inside root.
    const req = new Request('app://carbon-peak/%2e%2e/secret.txt');
    expect(req.url).toBe('app://carbon-peak/secret.txt');
    const res = await handler(req);
    expect(res.status).toBe(404);
  });

  it('refuses absolute Windows-style paths', () => {
    expect(resolveAppPath(root, 'app://carbon-peak/C:%5CWindows%5Cwin.ini')).toBe(path.sep === '\\' ? 403 : path.join(root, 'C:\\Windows\\win.ini'));
  });

  it('answers 400 to undecodable escapes', async () => {
    expect((await get('app://carbon-peak/%E0%A4%A')).status).toBe(400);
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await get('app://carbon-peak/nope.js')).status).toBe(404);
    expect((await get('app://carbon-peak/assets')).status).toBe(404);
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'])('refuses %s with 405', async (method) => {
    const res = await handler({ method, url: 'app://carbon-peak/index.html' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
  });
});

describe('registration', () => {
  it('registers app:// as standard, secure and fetch-capable (IndexedDB needs standard)', () => {
    const seen: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (s) => seen.push(...s) } as Pick<Protocol, 'registerSchemesAsPrivileged'>);
    expect(seen).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } });
  });

  it('handles the app scheme with the file handler', async () => {
    let scheme = '';
    let fn: ((r: Request) => Response | Promise<Response>) | null = null;
    registerAppProtocol({ handle: (s, h) => ((scheme = s), (fn = h)) } as Pick<Protocol, 'handle'>, { root, readFile: (f) => readFile(f) });
    expect(scheme).toBe('app');
    const res = await fn!(new Request('app://carbon-peak/index.html'));
    expect(await res.text()).toBe(readFileSync(path.join(root, 'index.html'), 'utf8'));
  });
});
