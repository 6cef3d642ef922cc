import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { createBrowserApi } from '../../../renderer/platform/browser-api';
import { getDesktopApi, isDesktopShell } from '../../../renderer/platform/desktop';

afterEach(() => {
  delete window.api;
  vi.restoreAllMocks();
});

describe('getDesktopApi', () => {
  it('uses the preload API when Electron provides one', () => {
    const api = { getAppInfo: vi.fn() } as unknown as DesktopApi;
    window.api = api;
    expect(getDesktopApi()).toBe(api);
    expect(isDesktopShell()).toBe(true);
  });

  it('falls back to the browser implementation, once', async () => {
    expect(window.api).toBeUndefined();
    expect(isDesktopShell()).toBe(false);
    const api = getDesktopApi();
    expect(getDesktopApi()).toBe(api);
    expect((await api.getAppInfo()).shell).toBe('browser');
  });
});

describe('browser API', () => {
  const api = createBrowserApi();

  it('reports the package version and name', async () => {
    const info = await api.getAppInfo();
    expect(info.name).toBe('Carbon Peak Planner');
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.platform).toBeTruthy();
  });

  it('saves through a download link and cleans it up', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const res = await api.saveFile({ title: 't', defaultName: '情景.json', filters: [], bytes: new TextEncoder().encode('{}') });
    expect(res).toEqual({ saved: true, name: '情景.json' });
    const clicked = click.mock.contexts[0] as HTMLAnchorElement;
    expect(clicked.download).toBe('情景.json');
    expect(clicked.getAttribute('href')).toBe('blob:test');
    expect((created.mock.calls[0]![0] as Blob).type).toBe('application/json');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('opens a file through a hidden input, with the filters as accept', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    const pending = api.openFile({ title: 'open', filters: [{ name: 'Scenario', extensions: ['json', 'xlsx'] }] });
    const input = click.mock.contexts[0] as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,.xlsx');
    const file = new File(['{"a":1}'], 'a.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    const opened = await pending;
    expect(opened?.name).toBe('a.json');
    expect(new TextDecoder().decode(opened!.bytes)).toBe('{"a":1}');
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('refuses a file over the size limit without reading it', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    const pending = api.openFile({ title: 'open', filters: [] });
    const input = click.mock.contexts[0] as HTMLInputElement;
    // a 300 MB file that is never allocated: only its size is claimed
    const file = new File(['{}'], 'huge.csv');
    Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 });
    const read = vi.spyOn(file, 'arrayBuffer');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    // 300 × 1,048,576 = 314,572,800 bytes; the limit is 256 × 1,048,576 = 268,435,456
    await expect(pending).rejects.toThrow('File too large (314572800 bytes, limit 268435456)');
    expect(read).not.toHaveBeenCalled();
  });

  it('resolves null when the picker is cancelled', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    const pending = api.openFile({ title: 'open', filters: [] });
    (click.mock.contexts[0] as HTMLInputElement).dispatchEvent(new Event('cancel'));
    expect(await pending).toBeNull();
  });

  it('prints to PDF with the file name as document title, and claims no file', async () => {
    document.title = 'App';
    let titleWhilePrinting = '';
    // happy-dom has no print(); stand one in for the browser's dialog.
    const print = vi.fn(() => {
      titleWhilePrinting = document.title;
    });
    const original = window.print;
    window.print = print;
    try {
      expect(await api.printToPdf({ title: 'r', defaultName: '清远报告.pdf' })).toEqual({ saved: false });
    } finally {
      window.print = original;
    }
    expect(print).toHaveBeenCalledOnce();
    expect(titleWhilePrinting).toBe('清远报告');
    expect(document.title).toBe('App');
  });

  it('has no menus: setLanguage and onMenuCommand are harmless no-ops', async () => {
    await expect(api.setLanguage('en')).resolves.toBeUndefined();
    const off = api.onMenuCommand(() => {
      throw new Error('never called');
    });
    expect(typeof off).toBe('function');
    off();
  });
});
