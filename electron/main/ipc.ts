import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS, type AppInfo, type DesktopApi, type Language } from '../../shared/ipc/contract';
import { openFile, saveFile, type FileDeps } from './files';
import { printToPdf } from './pdf';
import {
  validateLanguage,
  validateNoArgs,
  validateOpenFile,
  validatePrintToPdf,
  validateSaveFile,
} from './validate';

/** Calls the renderer makes with invoke; onMenuCommand is a push from main instead. */
type Invokable = Exclude<keyof DesktopApi, 'onMenuCommand'>;
type InvokeChannel = (typeof CHANNELS)[Invokable];
type KeyOf<C extends InvokeChannel> = { [K in Invokable]: (typeof CHANNELS)[K] extends C ? K : never }[Invokable];
type ArgsOf<C extends InvokeChannel> = Parameters<DesktopApi[KeyOf<C>]>;
type ResultOf<C extends InvokeChannel> = Awaited<ReturnType<DesktopApi[KeyOf<C>]>>;

/**
 * `app://carbon-peak` has an opaque origin to WHATWG URL ("null"), so origins
 * are compared as scheme + host; for http(s) this equals URL.origin.
 */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/**
 * Checklist #17: only our own top-level page may call the shell. A frame that
 * navigated elsewhere (or an iframe the page was tricked into embedding) must
 * not reach the file system through our handlers.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, allowedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  const origin = originOf(frame.url);
  return origin !== null && allowedOrigins.includes(origin);
}

export type Handle = <C extends InvokeChannel>(
  channel: C,
  validate: (args: readonly unknown[]) => ArgsOf<C>,
  fn: (event: IpcMainInvokeEvent, ...args: ArgsOf<C>) => ResultOf<C> | Promise<ResultOf<C>>,
) => void;

/** A typed `ipcMain.handle` that refuses foreign senders and malformed arguments before `fn` runs. */
export function createHandle(ipcMain: Pick<IpcMain, 'handle'>, allowedOrigins: readonly string[]): Handle {
  return (channel, validate, fn) => {
    ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
      if (!isTrustedSender(event, allowedOrigins)) {
        throw new Error(`IPC "${channel}" refused: sender ${originOf(event.senderFrame?.url ?? '') ?? 'unknown'} is not the app`);
      }
      const args = validate(raw);
      return fn(event, ...args);
    });
  };
}

export type IpcDeps = FileDeps & {
  ipcMain: Pick<IpcMain, 'handle'>;
  /** the window a request came from, parent for its dialogs */
  windowOf(sender: WebContents): BrowserWindow | null;
  appInfo(): AppInfo;
  setLanguage(lang: Language): void;
  allowedOrigins: readonly string[];
};

/** Registers every invoke channel of the contract. */
export function registerIpc(deps: IpcDeps): void {
  const handle = createHandle(deps.ipcMain, deps.allowedOrigins);
  const windowOf = (event: IpcMainInvokeEvent): BrowserWindow => {
    const win = deps.windowOf(event.sender);
    if (!win) throw new Error('IPC refused: the request did not come from an app window');
    return win;
  };

  handle(CHANNELS.getAppInfo, validateNoArgs, () => deps.appInfo());
  handle(CHANNELS.openFile, validateOpenFile, (event, req) => openFile(deps, windowOf(event), req));
  handle(CHANNELS.saveFile, validateSaveFile, (event, req) => saveFile(deps, windowOf(event), req));
  handle(CHANNELS.printToPdf, validatePrintToPdf, (event, req) => printToPdf(deps, windowOf(event), event.sender, req));
  handle(CHANNELS.setLanguage, validateLanguage, (_event, lang) => deps.setLanguage(lang));
}
