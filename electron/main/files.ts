import path from 'node:path';
import type {
  BaseWindow,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { OpenedFile, OpenFileRequest, SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract';
import { MAX_FILE_BYTES } from './validate';

/** The parts of Electron's `dialog` used here; always parented, so dialogs are modal to the app window. */
export type DialogLike = {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
};

/** The parts of `node:fs/promises` used here. */
export type FsLike = {
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, data: Uint8Array): Promise<void>;
};

export type FileDeps = {
  dialog: DialogLike;
  fs: FsLike;
  /** where save dialogs start (the user's Documents folder) */
  documentsDir: string;
};

/** A plain Uint8Array: a Node Buffer would reach the renderer as one anyway, but this keeps the type honest. */
function plainBytes(data: Uint8Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export async function openFile(deps: FileDeps, win: BaseWindow, req: OpenFileRequest): Promise<OpenedFile | null> {
  const result = await deps.dialog.showOpenDialog(win, {
    title: req.title,
    filters: req.filters,
    properties: ['openFile'],
  });
  const file = result.filePaths[0];
  if (result.canceled || !file) return null;

  // Checked before reading so a huge file is never loaded into memory, and after in case it grew meanwhile.
  const info = await deps.fs.stat(file);
  if (!info.isFile()) throw new Error(`Not a file: ${path.basename(file)}`);
  if (info.size > MAX_FILE_BYTES) throw new Error(`File too large (${info.size} bytes, limit ${MAX_FILE_BYTES})`);
  const data = await deps.fs.readFile(file);
  if (data.byteLength > MAX_FILE_BYTES) throw new Error(`File too large (limit ${MAX_FILE_BYTES} bytes)`);
  return { name: path.basename(file), bytes: plainBytes(data) };
}

/** Asks where to save (starting from Documents with the suggested name) and writes the bytes there. */
export async function saveWithDialog(
  deps: FileDeps,
  win: BaseWindow,
  opts: { title: string; defaultName: string; filters: SaveDialogOptions['filters'] },
  data: Uint8Array,
): Promise<SaveFileResult> {
  const result = await deps.dialog.showSaveDialog(win, {
    title: opts.title,
    defaultPath: path.join(deps.documentsDir, opts.defaultName),
    filters: opts.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return { saved: false };
  await deps.fs.writeFile(result.filePath, data);
  return { saved: true, name: path.basename(result.filePath), folder: path.dirname(result.filePath) };
}

export function saveFile(deps: FileDeps, win: BaseWindow, req: SaveFileRequest): Promise<SaveFileResult> {
  return saveWithDialog(deps, win, req, req.bytes);
}
