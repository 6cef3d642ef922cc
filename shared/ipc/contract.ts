/**
 * The whole surface between the renderer and the operating system. The engine
 * and the database never cross it: IPC carries only OS work (files, print,
 * menus, app info). Electron's preload implements it over IPC; the browser
 * build implements it with downloads, <input type=file> and window.print.
 */

export type Language = 'zh' | 'en';

export type FileFilter = { name: string; extensions: string[] };

export type OpenFileRequest = { title: string; filters: FileFilter[] };
export type OpenedFile = { name: string; bytes: Uint8Array };

export type SaveFileRequest = {
  title: string;
  defaultName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
};
/** `name`: the file's name; `folder`: the folder it was written to, where the platform says (not in a browser download). */
export type SaveFileResult = { saved: boolean; name?: string; folder?: string };

export type PrintToPdfRequest = { title: string; defaultName: string; landscape?: boolean };

export type AppInfo = {
  name: string;
  version: string;
  /** 'electron' or 'browser' */
  shell: 'electron' | 'browser';
  platform: string;
};

export const MENU_COMMANDS = [
  'file:new',
  'file:import',
  'file:export',
  'file:print-report',
  'edit:undo',
  'edit:redo',
  'view:library',
  'view:compare',
  'help:about',
  'help:data-sources',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type DesktopApi = {
  getAppInfo(): Promise<AppInfo>;
  /** null when the user cancels */
  openFile(req: OpenFileRequest): Promise<OpenedFile | null>;
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
  /** prints the current page (the report view) to a PDF file the user chooses */
  printToPdf(req: PrintToPdfRequest): Promise<SaveFileResult>;
  /** tells the shell which language its native menus should use */
  setLanguage(lang: Language): Promise<void>;
  /** subscribes to native menu commands; returns the unsubscribe function */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** IPC channel names, `domain:verb-noun`. */
export const CHANNELS = {
  getAppInfo: 'app:get-info',
  openFile: 'file:open',
  saveFile: 'file:save',
  printToPdf: 'file:print-to-pdf',
  setLanguage: 'app:set-language',
  menuCommand: 'menu:command',
} as const;
