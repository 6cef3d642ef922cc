import type {
  BaseWindow,
  BrowserWindow,
  IpcMain,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  SaveDialogOptions,
  WebContents,
} from 'electron';
import type { DialogLike, FsLike } from '../../electron/main/files';

/** Electron-shaped stand-ins: the real module cannot load on machines without the binary. */

export const APP_PAGE = 'app://carbon-peak/index.html#/library';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: Pick<IpcMain, 'handle'> = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener as Listener);
    },
  };
  /** What `ipcRenderer.invoke(channel, ...args)` from a page at `url` would do. */
  const invoke = async (channel: string, args: unknown[], opts: { url?: string; subframe?: boolean; noFrame?: boolean; sender?: unknown } = {}) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    const senderFrame = opts.noFrame ? null : { url: opts.url ?? APP_PAGE, parent: opts.subframe ? {} : null };
    const event = { senderFrame, sender: opts.sender ?? fakeWebContents() } as unknown as IpcMainInvokeEvent;
    return handler(event, ...args);
  };
  return { ipcMain, handlers, invoke };
}

/** The renderer's report route, the one page that prints. */
export const REPORT_PAGE = 'app://carbon-peak/index.html#/report/qingyuan-policy';

export function fakeWebContents(pdf = new Uint8Array([37, 80, 68, 70]), url = REPORT_PAGE) {
  const calls: { printToPDF: unknown[]; send: unknown[][] } = { printToPDF: [], send: [] };
  const contents = {
    getURL: () => url,
    printToPDF: async (options: unknown) => {
      calls.printToPDF.push(options);
      return Buffer.from(pdf);
    },
    send: (...args: unknown[]) => calls.send.push(args),
  };
  return { contents: contents as unknown as WebContents, calls };
}

export const fakeWindow = () => ({ id: 1 }) as unknown as BrowserWindow;

export function fakeDialog(answers: { open?: string[] | null; save?: string | null } = {}) {
  const calls = { open: [] as [BaseWindow, OpenDialogOptions][], save: [] as [BaseWindow, SaveDialogOptions][] };
  const dialog: DialogLike = {
    showOpenDialog: async (win, options) => {
      calls.open.push([win, options]);
      const paths = answers.open ?? null;
      return { canceled: paths === null, filePaths: paths ?? [] };
    },
    showSaveDialog: async (win, options) => {
      calls.save.push([win, options]);
      const file = answers.save ?? null;
      return file === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: file };
    },
  };
  return { dialog, calls };
}

/** An in-memory file system; `sizes` can claim a size without allocating it. */
export function fakeFs(files: Record<string, Uint8Array> = {}, sizes: Record<string, number> = {}) {
  const written = new Map<string, Uint8Array>();
  const reads: string[] = [];
  const fs: FsLike = {
    stat: async (file) => {
      if (!(file in files)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return { size: sizes[file] ?? files[file]!.byteLength, isFile: () => true };
    },
    readFile: async (file) => {
      reads.push(file);
      const data = files[file];
      if (!data) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return Buffer.from(data);
    },
    writeFile: async (file, data) => {
      written.set(file, data);
    },
  };
  return { fs, written, reads };
}
