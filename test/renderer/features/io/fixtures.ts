import { vi } from 'vitest';
import type { DesktopApi, OpenedFile, SaveFileRequest } from '../../../../shared/ipc/contract';
type NodeFs = { readFileSync(path: string | URL): Uint8Array };
type NodeProcess = { getBuiltinModule(id: 'fs'): NodeFs; cwd(): string };

/**
 * A fixture's bytes as they are on disk (the GBK file must not be decoded as
 * UTF-8 on the way in). Tests run in Node under happy-dom; the renderer's
 * tsconfig has no Node types, hence the small local type.
 */
export function fixtureBytes(name: string): Uint8Array {
  // vitest runs from the repository root (import.meta.url is an http URL under happy-dom)
  const proc = (globalThis as unknown as { process: NodeProcess }).process;
  return new Uint8Array(proc.getBuiltinModule('fs').readFileSync(`${proc.cwd()}/test/fixtures/${name}`));
}

export type FakeApi = DesktopApi & {
  /** files the next `openFile` calls return, in order (null: the user cancels) */
  toOpen: (OpenedFile | null)[];
  saved: SaveFileRequest[];
};

/** A `window.api` that hands out queued files and records what was saved. */
export function installFakeApi(): FakeApi {
  const api: FakeApi = {
    toOpen: [],
    saved: [],
    getAppInfo: async () => ({ name: 'Carbon Peak Planner', version: '9.9.9-test', shell: 'electron', platform: 'test' }),
    openFile: vi.fn(async () => api.toOpen.shift() ?? null),
    saveFile: vi.fn(async (req: SaveFileRequest) => {
      api.saved.push(req);
      return { saved: true, name: req.defaultName };
    }),
    printToPdf: async () => ({ saved: false }),
    setLanguage: async () => {},
    onMenuCommand: () => () => {},
  };
  window.api = api;
  return api;
}

export function removeFakeApi(): void {
  delete window.api;
}

export const textFile = (name: string, text: string): OpenedFile => ({ name, bytes: new TextEncoder().encode(text) });
export const savedText = (api: FakeApi, i = api.saved.length - 1) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(api.saved[i]!.bytes);
