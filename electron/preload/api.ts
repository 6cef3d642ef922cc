import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron';
import {
  CHANNELS,
  MENU_COMMANDS,
  type DesktopApi,
  type Language,
  type MenuCommand,
  type OpenFileRequest,
  type PrintToPdfRequest,
  type SaveFileRequest,
} from '../../shared/ipc/contract';

export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * window.api: named functions only, one per contract entry (checklist #20).
 * No channel name ever comes from the page, and listeners get the command
 * string, never the IpcRendererEvent (which would hand the page `sender`).
 * Arguments are validated again in main; the preload does not trust itself.
 */
export function createDesktopApi(ipc: PreloadIpc): DesktopApi {
  return {
    getAppInfo: () => ipc.invoke(CHANNELS.getAppInfo),
    openFile: (req: OpenFileRequest) => ipc.invoke(CHANNELS.openFile, req),
    saveFile: (req: SaveFileRequest) => ipc.invoke(CHANNELS.saveFile, req),
    printToPdf: (req: PrintToPdfRequest) => ipc.invoke(CHANNELS.printToPdf, req),
    setLanguage: (lang: Language) => ipc.invoke(CHANNELS.setLanguage, lang),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand expects a function');
      const relay = (_event: IpcRendererEvent, command: unknown) => {
        // main only sends known commands; anything else means a bug or a forged message.
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(CHANNELS.menuCommand, relay);
      return () => {
        ipc.removeListener(CHANNELS.menuCommand, relay);
      };
    },
  } satisfies DesktopApi;
}

export function exposeDesktopApi(bridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipc: PreloadIpc): void {
  bridge.exposeInMainWorld('api', createDesktopApi(ipc));
}
