import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';

/**
 * The renderer's origin. Never rename it: IndexedDB data belongs to an origin,
 * so a new scheme or host would orphan every user's saved scenarios.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'carbon-peak';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * standard: relative URLs and a real origin; secure: treated like https;
 * supportFetchAPI: fetch() of our own assets. Without "standard" Chromium
 * disables IndexedDB and localStorage for the scheme. codeCache: V8 keeps the
 * compiled app scripts between launches (by default only http(s) get a code
 * cache), so a later start does not compile the bundle again.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type ProtocolDeps = {
  /** absolute path of the built renderer (out/renderer) */
  root: string;
  readFile(file: string): Promise<Uint8Array>;
};

/** What the handler needs of a request; the real one is a Fetch API Request. */
export type AppRequest = { method: string; url: string };

function respond(status: number, body: Uint8Array | string | null, headers: Record<string, string> = {}): Response {
  return new Response(body as BodyInit | null, {
    status,
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      ...(typeof body === 'string' ? { 'Content-Type': 'text/plain; charset=utf-8' } : {}),
      ...headers,
    },
  });
}

/**
 * Maps an app:// URL to a file inside `root`, or an HTTP status when it must
 * not be served. Works on the raw URL text: Chromium normalises `..` and
 * `%2e%2e` before we see them, but not `..%2f` or `..%5c`, so this decodes
 * first and then refuses any parent segment, whatever the spelling.
 */
export function resolveAppPath(root: string, url: string): string | 403 | 400 {
  const prefix = `${APP_ORIGIN}/`;
  if (!url.toLowerCase().startsWith(prefix)) return 403;
  const raw = url.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  let rel: string;
  try {
    rel = decodeURIComponent(raw);
  } catch {
    return 400;
  }
  if (rel.includes('\0')) return 403;
  if (rel.split(/[\\/]/).some((segment) => segment === '..')) return 403;
  const base = path.resolve(root);
  const file = path.resolve(base, rel === '' ? 'index.html' : rel);
  // Catches what segment checks cannot: drive letters, UNC and absolute paths on Windows.
  if (file !== base && !file.startsWith(base + path.sep)) return 403;
  return file;
}

/** The app:// handler: GET only, files from inside `root` only, always with the CSP header. */
export function createAppHandler(deps: ProtocolDeps): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return respond(405, 'Method Not Allowed', { Allow: 'GET' });
    const file = resolveAppPath(deps.root, request.url);
    if (file === 403) return respond(403, 'Forbidden');
    if (file === 400) return respond(400, 'Bad Request');
    try {
      const body = await deps.readFile(file);
      return respond(200, body, { 'Content-Type': mimeTypeOf(file), 'Cache-Control': 'no-cache' });
    } catch {
      return respond(404, 'Not Found');
    }
  };
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, deps: ProtocolDeps): void {
  protocol.handle(APP_SCHEME, createAppHandler(deps));
}
