import type { App, Session, WebContents } from 'electron';
import { originOf } from './ipc';

/**
 * Hosts the app may hand to the OS browser: official sources the data
 * provenance and help pages cite. Exact host names, https only.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  'www.mee.gov.cn', // 生态环境部
  'www.ndrc.gov.cn', // 国家发展改革委
  'www.stats.gov.cn', // 国家统计局
  'www.nea.gov.cn', // 国家能源局
  'www.gd.gov.cn', // 广东省人民政府
  'drc.gd.gov.cn', // 广东省发展改革委
  'gdee.gd.gov.cn', // 广东省生态环境厅
  'stats.gd.gov.cn', // 广东省统计局
  'www.ipcc.ch',
];

/** Checklist #14/#15: only https, no credentials or odd ports, and only hosts we chose. */
export function isAllowedExternalUrl(url: string, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && u.username === '' && u.password === '' && u.port === '' && hosts.includes(u.hostname);
}

export type SecurityDeps = {
  /** origins the app's own pages load from (app://carbon-peak, plus the dev server in dev) */
  appOrigins: readonly string[];
  openExternal(url: string): Promise<void>;
  hosts?: readonly string[];
  /** blocked attempts, for the log; never shown to the page */
  report?(what: string, url: string): void;
};

export function isAppUrl(url: string, appOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && appOrigins.includes(origin);
}

/** Hands an allow-listed link to the OS browser; anything else is dropped. */
export function openExternalSafely(deps: SecurityDeps, url: string): boolean {
  if (!isAllowedExternalUrl(url, deps.hosts)) {
    deps.report?.('external link refused', url);
    return false;
  }
  void deps.openExternal(url).catch(() => deps.report?.('openExternal failed', url));
  return true;
}

type NavigationEvent = { preventDefault(): void; url: string };

/**
 * Every web contents (main window, devtools, anything a bug might create)
 * stays on the app's origin: foreign navigations and redirects are stopped,
 * new windows are never created, and <webview> cannot be attached.
 */
export function hardenWebContents(contents: WebContents, deps: SecurityDeps): void {
  const guard = (what: string) => (event: NavigationEvent) => {
    if (isAppUrl(event.url, deps.appOrigins)) return;
    event.preventDefault();
    deps.report?.(what, event.url);
    // A plain link to an allow-listed source still opens, just not inside the app.
    if (what === 'will-navigate') openExternalSafely(deps, event.url);
  };
  contents.on('will-navigate', guard('will-navigate'));
  contents.on('will-redirect', guard('will-redirect'));
  contents.on('will-frame-navigate', guard('will-frame-navigate'));

  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(deps, url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.report?.('will-attach-webview', '');
  });
}

/** The app needs no camera, notifications, HID, clipboard-read, …: every request and check says no. */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Hardens every web contents as it is created, before it can load anything. */
export function hardenApp(app: Pick<App, 'on'>, deps: SecurityDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));
}
