import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Language } from '../../../shared/ipc/contract';
import { isTrustedSender, originOf, registerIpc } from '../../../electron/main/ipc';
import { MAX_FILE_BYTES } from '../../../electron/main/validate';
import { fakeDialog, fakeFs, fakeIpcMain, fakeWebContents, fakeWindow } from '../fakes';

const DOCS = path.join(path.sep, 'home', 'user', 'Documents');
const filters = [{ name: 'Scenario', extensions: ['json'] }];
const openReq = { title: '导入情景', filters };
const saveReq = { title: '导出', defaultName: 'scenario.json', filters, bytes: new Uint8Array([1, 2, 3]) };
const pdfReq = { title: '打印报告', defaultName: '报告' };

function setup(opts: { open?: string[] | null; save?: string | null; files?: Record<string, Uint8Array>; sizes?: Record<string, number>; origins?: string[]; noWindow?: boolean } = {}) {
  const { ipcMain, handlers, invoke } = fakeIpcMain();
  const { dialog, calls } = fakeDialog({ open: opts.open, save: opts.save });
  const { fs, written, reads } = fakeFs(opts.files, opts.sizes);
  const win = fakeWindow();
  const setLanguage = vi.fn<(lang: Language) => void>();
  registerIpc({
    ipcMain,
    dialog,
    fs,
    documentsDir: DOCS,
    windowOf: () => (opts.noWindow ? null : win),
    appInfo: () => ({ name: 'Carbon Peak Planner', version: '0.1.0', shell: 'electron', platform: 'linux' }),
    setLanguage,
    allowedOrigins: opts.origins ?? ['app://carbon-peak'],
  });
  return { handlers, invoke, calls, written, reads, win, setLanguage };
}

/** One valid call per channel, for the sender checks. */
const VALID: [string, unknown[]][] = [
  [CHANNELS.getAppInfo, []],
  [CHANNELS.openFile, [openReq]],
  [CHANNELS.saveFile, [saveReq]],
  [CHANNELS.printToPdf, [pdfReq]],
  [CHANNELS.setLanguage, ['en']],
];

describe('registerIpc', () => {
  it('registers exactly the invoke channels of the contract', () => {
    const { handlers } = setup();
    const { menuCommand: _push, ...invokes } = CHANNELS;
    expect([...handlers.keys()].sort()).toEqual(Object.values(invokes).sort());
  });

  describe('sender checks', () => {
    const foreign: [string, { url?: string; subframe?: boolean; noFrame?: boolean }][] = [
      ['an https site', { url: 'https://evil.example/' }],
      ['a file:// page', { url: 'file:///C:/Users/x/evil.html' }],
      ['a look-alike host', { url: 'app://carbon-peak.evil/index.html' }],
      ['another app:// host', { url: 'app://other/index.html' }],
      ['the dev server when not in dev', { url: 'http://127.0.0.1:5173/' }],
      ['a data: URL', { url: 'data:text/html,<h1>x</h1>' }],
      ['a subframe of the app', { subframe: true }],
      ['a destroyed frame', { noFrame: true }],
    ];
    for (const [channel, args] of VALID) {
      it.each(foreign)(`${channel} refuses %s`, async (_name, from) => {
        const { invoke, calls, setLanguage } = setup({ open: ['/x.json'], save: '/y.json' });
        await expect(invoke(channel, args, from)).rejects.toThrow(/refused/);
        expect(calls.open).toHaveLength(0);
        expect(calls.save).toHaveLength(0);
        expect(setLanguage).not.toHaveBeenCalled();
      });
    }

    it('accepts the dev server origin only when it is allowed', async () => {
      const { invoke } = setup({ origins: ['app://carbon-peak', 'http://127.0.0.1:5173'] });
      await expect(invoke(CHANNELS.getAppInfo, [], { url: 'http://127.0.0.1:5173/#/library' })).resolves.toMatchObject({ shell: 'electron' });
      await expect(invoke(CHANNELS.getAppInfo, [], { url: 'http://127.0.0.1:5174/' })).rejects.toThrow(/refused/);
    });

    it('compares app:// origins by scheme and host (WHATWG gives them "null")', () => {
      expect(originOf('app://carbon-peak/index.html')).toBe('app://carbon-peak');
      expect(originOf('about:blank')).toBeNull();
      expect(originOf('not a url')).toBeNull();
      expect(isTrustedSender({ senderFrame: null } as never, ['app://carbon-peak'])).toBe(false);
    });
  });

  describe('malformed arguments are rejected and name the bad field', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    const cases: [string, string, unknown[], RegExp][] = [
      ['getAppInfo with an argument', CHANNELS.getAppInfo, [1], /arguments/],
      ['openFile without a request', CHANNELS.openFile, [], /arguments/],
      ['openFile with two arguments', CHANNELS.openFile, [openReq, openReq], /arguments/],
      ['openFile with null', CHANNELS.openFile, [null], /"req"/],
      ['openFile with a string', CHANNELS.openFile, ['/etc/passwd'], /"req"/],
      ['openFile with an array', CHANNELS.openFile, [[openReq]], /"req"/],
      ['openFile with a numeric title', CHANNELS.openFile, [{ ...openReq, title: 1 }], /req\.title/],
      ['openFile without a title', CHANNELS.openFile, [{ filters }], /req\.title/],
      ['openFile with an empty title', CHANNELS.openFile, [{ ...openReq, title: '' }], /req\.title/],
      ['openFile with a huge title', CHANNELS.openFile, [{ ...openReq, title: 'x'.repeat(201) }], /req\.title/],
      ['openFile with control characters in the title', CHANNELS.openFile, [{ ...openReq, title: 'a\u0000b' }], /req\.title/],
      ['openFile with an unknown field', CHANNELS.openFile, [{ ...openReq, defaultPath: '/etc' }], /req\.defaultPath/],
      ['openFile with filters as a string', CHANNELS.openFile, [{ ...openReq, filters: 'json' }], /req\.filters/],
      ['openFile with no filters', CHANNELS.openFile, [{ ...openReq, filters: [] }], /req\.filters/],
      ['openFile with a filter as a string', CHANNELS.openFile, [{ ...openReq, filters: ['json'] }], /req\.filters\[0\]/],
      ['openFile with a filter without extensions', CHANNELS.openFile, [{ ...openReq, filters: [{ name: 'x' }] }], /req\.filters\[0\]\.extensions/],
      ['openFile with a dotted extension', CHANNELS.openFile, [{ ...openReq, filters: [{ name: 'x', extensions: ['.json'] }] }], /req\.filters\[0\]\.extensions\[0\]/],
      ['openFile with a path as extension', CHANNELS.openFile, [{ ...openReq, filters: [{ name: 'x', extensions: ['../x'] }] }], /extensions\[0\]/],
      ['openFile with a numeric extension', CHANNELS.openFile, [{ ...openReq, filters: [{ name: 'x', extensions: [7] }] }], /extensions\[0\]/],
      ['openFile with an extra filter key', CHANNELS.openFile, [{ ...openReq, filters: [{ name: 'x', extensions: ['json'], mime: 'a' }] }], /req\.filters\[0\]\.mime/],
      ['openFile with a filter without a name', CHANNELS.openFile, [{ ...openReq, filters: [{ extensions: ['json'] }] }], /req\.filters\[0\]\.name/],
      ['openFile with too many filters', CHANNELS.openFile, [{ ...openReq, filters: Array(11).fill(filters[0]) }], /req\.filters/],
      ['saveFile with bytes as a number array', CHANNELS.saveFile, [{ ...saveReq, bytes: [1, 2, 3] }], /req\.bytes/],
      ['saveFile with bytes as a string', CHANNELS.saveFile, [{ ...saveReq, bytes: 'abc' }], /req\.bytes/],
      ['saveFile with an ArrayBuffer', CHANNELS.saveFile, [{ ...saveReq, bytes: new ArrayBuffer(3) }], /req\.bytes/],
      ['saveFile without bytes', CHANNELS.saveFile, [{ title: 't', defaultName: 'a.json', filters }], /req\.bytes/],
      ['saveFile with oversize bytes', CHANNELS.saveFile, [{ ...saveReq, bytes: big }], /req\.bytes.*larger/],
      ['saveFile with a path as name', CHANNELS.saveFile, [{ ...saveReq, defaultName: '../../.bashrc' }], /req\.defaultName/],
      ['saveFile with an absolute name', CHANNELS.saveFile, [{ ...saveReq, defaultName: '/etc/passwd' }], /req\.defaultName/],
      ['saveFile with a Windows path as name', CHANNELS.saveFile, [{ ...saveReq, defaultName: 'C:\\Windows\\x.dll' }], /req\.defaultName/],
      ['saveFile with ".." as name', CHANNELS.saveFile, [{ ...saveReq, defaultName: '..' }], /req\.defaultName/],
      ['saveFile with unknown filter shape', CHANNELS.saveFile, [{ ...saveReq, filters: [{ name: 'x', extensions: 'json' }] }], /req\.filters\[0\]\.extensions/],
      ['printToPdf with a string landscape', CHANNELS.printToPdf, [{ ...pdfReq, landscape: 'yes' }], /req\.landscape/],
      ['printToPdf with a path as name', CHANNELS.printToPdf, [{ ...pdfReq, defaultName: 'a/b.pdf' }], /req\.defaultName/],
      ['printToPdf with an unknown field', CHANNELS.printToPdf, [{ ...pdfReq, pageSize: 'A0' }], /req\.pageSize/],
      ['printToPdf without a title', CHANNELS.printToPdf, [{ defaultName: 'r.pdf' }], /req\.title/],
      ['setLanguage with an unknown language', CHANNELS.setLanguage, ['fr'], /"lang"/],
      ['setLanguage with a number', CHANNELS.setLanguage, [1], /"lang"/],
      ['setLanguage without an argument', CHANNELS.setLanguage, [], /arguments/],
    ];
    it.each(cases)('%s', async (_name, channel, args, message) => {
      const { invoke, calls, written, setLanguage } = setup({ open: ['/x.json'], save: '/y.json' });
      await expect(invoke(channel, args)).rejects.toThrow(message);
      expect(calls.open).toHaveLength(0);
      expect(calls.save).toHaveLength(0);
      expect(written.size).toBe(0);
      expect(setLanguage).not.toHaveBeenCalled();
    });

    it('refuses objects that are not plain (class instances, other prototypes)', async () => {
      const { invoke } = setup();
      await expect(invoke(CHANNELS.openFile, [Object.assign(Object.create({ evil: 1 }), openReq)])).rejects.toThrow(/plain object/);
      await expect(invoke(CHANNELS.openFile, [new Date()])).rejects.toThrow(/"req"/);
    });
  });

  describe('valid requests', () => {
    it('getAppInfo answers with the app info', async () => {
      const { invoke } = setup();
      await expect(invoke(CHANNELS.getAppInfo, [])).resolves.toEqual({ name: 'Carbon Peak Planner', version: '0.1.0', shell: 'electron', platform: 'linux' });
    });

    it('openFile shows a parented dialog and returns the bytes and base name', async () => {
      const file = path.join(path.sep, 'data', '清远.json');
      const { invoke, calls, win } = setup({ open: [file], files: { [file]: new Uint8Array([123, 125]) } });
      const result = await invoke(CHANNELS.openFile, [openReq]);
      expect(result).toEqual({ name: '清远.json', bytes: new Uint8Array([123, 125]) });
      expect(Object.getPrototypeOf((result as { bytes: Uint8Array }).bytes)).toBe(Uint8Array.prototype);
      expect(calls.open).toEqual([[win, { title: '导入情景', filters, properties: ['openFile'] }]]);
    });

    it('openFile returns null when the user cancels', async () => {
      const { invoke } = setup({ open: null });
      await expect(invoke(CHANNELS.openFile, [openReq])).resolves.toBeNull();
    });

    it('openFile refuses a file over the size limit before reading it', async () => {
      const file = '/data/huge.json';
      const { invoke, reads } = setup({ open: [file], files: { [file]: new Uint8Array(1) }, sizes: { [file]: MAX_FILE_BYTES + 1 } });
      await expect(invoke(CHANNELS.openFile, [openReq])).rejects.toThrow(/too large/);
      expect(reads).toEqual([]);
    });

    it('saveFile starts in Documents with the suggested name and writes the bytes', async () => {
      const target = path.join(path.sep, 'data', 'out.json');
      const { invoke, calls, written } = setup({ save: target });
      await expect(invoke(CHANNELS.saveFile, [saveReq])).resolves.toEqual({ saved: true, name: 'out.json', folder: path.join(path.sep, 'data') });
      expect(calls.save[0]![1]).toMatchObject({ title: '导出', defaultPath: path.join(DOCS, 'scenario.json'), filters });
      expect(written.get(target)).toEqual(new Uint8Array([1, 2, 3]));
    });

    it('saveFile writes nothing when the user cancels', async () => {
      const { invoke, written } = setup({ save: null });
      await expect(invoke(CHANNELS.saveFile, [saveReq])).resolves.toEqual({ saved: false });
      expect(written.size).toBe(0);
    });

    it('printToPdf prints the sender as A4 with backgrounds, then saves a .pdf', async () => {
      const target = path.join(path.sep, 'data', '报告.pdf');
      const { invoke, calls, written } = setup({ save: target });
      const wc = fakeWebContents(new Uint8Array([37, 80, 68, 70]));
      await expect(invoke(CHANNELS.printToPdf, [{ ...pdfReq, landscape: true }], { sender: wc.contents })).resolves.toEqual({ saved: true, name: '报告.pdf', folder: path.join(path.sep, 'data') });
      expect(wc.calls.printToPDF).toEqual([expect.objectContaining({ pageSize: 'A4', printBackground: true, landscape: true })]);
      expect(calls.save[0]![1]).toMatchObject({ defaultPath: path.join(DOCS, '报告.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      expect([...written.get(target)!]).toEqual([37, 80, 68, 70]);
    });

    it('setLanguage passes the language on', async () => {
      const { invoke, setLanguage } = setup();
      await expect(invoke(CHANNELS.setLanguage, ['zh'])).resolves.toBeUndefined();
      expect(setLanguage).toHaveBeenCalledWith('zh');
    });

    it('file calls need a window to parent their dialogs', async () => {
      const { invoke } = setup({ noWindow: true, open: ['/x'] });
      await expect(invoke(CHANNELS.openFile, [openReq])).rejects.toThrow(/app window/);
    });
  });
});
