import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenApp, hardenSession, hardenWebContents, isAllowedExternalUrl, type SecurityDeps } from '../../../electron/main/security';

type Handler = (...args: unknown[]) => unknown;

function fakeContents() {
  const listeners = new Map<string, Handler[]>();
  let openHandler: Handler | null = null;
  const contents = {
    on: (event: string, fn: Handler) => {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      return contents;
    },
    setWindowOpenHandler: (fn: Handler) => {
      openHandler = fn;
    },
  };
  /** Fires `event` the way Electron does (details object with url + preventDefault); returns whether it was prevented. */
  const emit = (event: string, url = '') => {
    const details = { url, preventDefault: vi.fn() };
    for (const fn of listeners.get(event) ?? []) fn(details, url);
    return details.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, emit, open: (url: string) => openHandler!({ url }) };
}

function deps(origins = ['app://carbon-peak']) {
  const openExternal = vi.fn(async (_url: string) => {});
  const d: SecurityDeps = { appOrigins: origins, openExternal };
  return { d, openExternal };
}

describe('hardenWebContents', () => {
  const foreign = [
    'https://evil.example/',
    'http://www.mee.gov.cn/',
    'file:///etc/passwd',
    'app://other/index.html',
    'data:text/html,hi',
    'javascript:alert(1)',
    'http://127.0.0.1:5173/',
  ];

  for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
    it.each(foreign)(`${event} to %s is prevented`, (url) => {
      const { d } = deps();
      const wc = fakeContents();
      hardenWebContents(wc.contents, d);
      expect(wc.emit(event, url)).toBe(true);
    });

    it(`${event} within the app origin is allowed`, () => {
      const { d } = deps();
      const wc = fakeContents();
      hardenWebContents(wc.contents, d);
      expect(wc.emit(event, 'app://carbon-peak/index.html#/compare')).toBe(false);
    });
  }

  it('allows the dev server origin only when configured', () => {
    const wc = fakeContents();
    hardenWebContents(wc.contents, deps(['app://carbon-peak', 'http://127.0.0.1:5173']).d);
    expect(wc.emit('will-navigate', 'http://127.0.0.1:5173/#/library')).toBe(false);
    expect(wc.emit('will-navigate', 'http://127.0.0.1:8080/')).toBe(true);
  });

  it('a blocked link to an allow-listed https source opens in the OS browser instead', () => {
    const { d, openExternal } = deps();
    const wc = fakeContents();
    hardenWebContents(wc.contents, d);
    expect(wc.emit('will-navigate', 'https://www.mee.gov.cn/xxgk/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.mee.gov.cn/xxgk/');
    expect(wc.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('redirects never open anything externally', () => {
    const { d, openExternal } = deps();
    const wc = fakeContents();
    hardenWebContents(wc.contents, d);
    wc.emit('will-redirect', 'https://www.mee.gov.cn/');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['https://www.mee.gov.cn/', 'https://evil.example/', 'app://carbon-peak/index.html', 'about:blank'])(
    'window.open(%s) is denied',
    (url) => {
      const wc = fakeContents();
      hardenWebContents(wc.contents, deps().d);
      expect(wc.open(url)).toEqual({ action: 'deny' });
    },
  );

  it('window.open of an allow-listed source hands it to the OS browser, anything else is dropped', () => {
    const { d, openExternal } = deps();
    const wc = fakeContents();
    hardenWebContents(wc.contents, d);
    wc.open('https://www.stats.gov.cn/sj/');
    wc.open('http://www.stats.gov.cn/sj/');
    wc.open('file:///C:/Windows/System32/calc.exe');
    expect(openExternal.mock.calls).toEqual([['https://www.stats.gov.cn/sj/']]);
  });

  it('prevents <webview> from attaching', () => {
    const wc = fakeContents();
    hardenWebContents(wc.contents, deps().d);
    expect(wc.emit('will-attach-webview')).toBe(true);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https on the allowlist', 'https://www.ndrc.gov.cn/fggz/', true],
    ['http', 'http://www.ndrc.gov.cn/', false],
    ['file', 'file:///etc/passwd', false],
    ['javascript', 'javascript:alert(1)', false],
    ['a host not on the list', 'https://evil.example/', false],
    ['a suffix trick', 'https://www.ndrc.gov.cn.evil.example/', false],
    ['a subdomain not listed', 'https://evil.www.ndrc.gov.cn/', false],
    ['credentials', 'https://user:pw@www.ndrc.gov.cn/', false],
    ['an odd port', 'https://www.ndrc.gov.cn:8443/', false],
    ['smb', 'smb://www.ndrc.gov.cn/share', false],
    ['garbage', 'not a url', false],
  ])('%s → %s', (_name, url, ok) => {
    expect(isAllowedExternalUrl(url)).toBe(ok);
  });
});

describe('hardenSession', () => {
  it('denies every permission request, check and device', () => {
    const handlers: Record<string, Handler> = {};
    const session = {
      setPermissionRequestHandler: (fn: Handler) => (handlers.request = fn),
      setPermissionCheckHandler: (fn: Handler) => (handlers.check = fn),
      setDevicePermissionHandler: (fn: Handler) => (handlers.device = fn),
    } as unknown as Session;
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission, 'app://carbon-peak', {})).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb' })).toBe(false);
  });
});

describe('hardenApp', () => {
  it('hardens every web contents as it is created', () => {
    let created: Handler | null = null;
    const app = { on: (event: string, fn: Handler) => event === 'web-contents-created' && (created = fn) } as unknown as App;
    hardenApp(app, deps().d);
    const wc = fakeContents();
    created!({}, wc.contents);
    expect(wc.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(wc.open('https://evil.example/')).toEqual({ action: 'deny' });
  });
});
