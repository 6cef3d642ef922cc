import type { ContextBridge, IpcRendererEvent } from 'electron';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { CHANNELS, MENU_COMMANDS, type DesktopApi, type MenuCommand } from '../../../shared/ipc/contract';
import { createDesktopApi, exposeDesktopApi, isMenuCommand, type PreloadIpc } from '../../../electron/preload/api';

/** The keys of DesktopApi, spelled out so a contract change fails here until the preload follows. */
const CONTRACT_KEYS = ['getAppInfo', 'onMenuCommand', 'openFile', 'printToPdf', 'saveFile', 'setLanguage'] as const;
expectTypeOf<(typeof CONTRACT_KEYS)[number]>().toEqualTypeOf<keyof DesktopApi>();

type Relay = (event: IpcRendererEvent, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Relay>>();
  const invoke = vi.fn(async (..._args: unknown[]) => 'answer');
  const ipc = {
    invoke,
    on: (channel: string, fn: Relay) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(fn));
      return ipc;
    },
    removeListener: (channel: string, fn: Relay) => {
      listeners.get(channel)?.delete(fn);
      return ipc;
    },
  };
  const event = { sender: { secret: 'ipcRenderer' }, senderId: 0 } as unknown as IpcRendererEvent;
  /** main → renderer push, as webContents.send would deliver it */
  const push = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((fn) => fn(event, ...args));
  return { ipc: ipc as unknown as PreloadIpc, invoke, push, count: (c: string) => listeners.get(c)?.size ?? 0 };
}

function exposed() {
  const f = fakeIpc();
  const world: Record<string, unknown> = {};
  const bridge = { exposeInMainWorld: (key: string, api: unknown) => (world[key] = api) } as Pick<ContextBridge, 'exposeInMainWorld'>;
  exposeDesktopApi(bridge, f.ipc);
  return { ...f, world, api: world.api as DesktopApi };
}

describe('preload', () => {
  it('exposes one object, window.api, with exactly the keys of DesktopApi, all functions', () => {
    const { world, api } = exposed();
    expect(Object.keys(world)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual([...CONTRACT_KEYS]);
    for (const key of CONTRACT_KEYS) expect(typeof api[key]).toBe('function');
  });

  it.each([
    ['getAppInfo', [], CHANNELS.getAppInfo],
    ['openFile', [{ title: 't', filters: [] }], CHANNELS.openFile],
    ['saveFile', [{ title: 't', defaultName: 'a.json', filters: [], bytes: new Uint8Array([1]) }], CHANNELS.saveFile],
    ['printToPdf', [{ title: 't', defaultName: 'r.pdf' }], CHANNELS.printToPdf],
    ['setLanguage', ['en'], CHANNELS.setLanguage],
  ] as const)('%s invokes %s with its arguments', async (key, args, channel) => {
    const { api, invoke } = exposed();
    await expect((api[key] as (...a: unknown[]) => Promise<unknown>)(...args)).resolves.toBe('answer');
    expect(invoke).toHaveBeenCalledWith(channel, ...args);
  });

  it('menu listeners receive the command string only, never the event', () => {
    const { api, push } = exposed();
    const listener = vi.fn();
    api.onMenuCommand(listener);
    push(CHANNELS.menuCommand, 'view:compare');
    expect(listener.mock.calls).toEqual([['view:compare']]);
  });

  it('drops pushed commands that are not in MENU_COMMANDS', () => {
    const { api, push } = exposed();
    const listener = vi.fn();
    api.onMenuCommand(listener);
    for (const bad of ['file:delete-everything', '', 42, null, { command: 'file:new' }, ['file:new']]) push(CHANNELS.menuCommand, bad);
    expect(listener).not.toHaveBeenCalled();
    for (const ok of MENU_COMMANDS) push(CHANNELS.menuCommand, ok);
    expect(listener.mock.calls.map((c) => c[0])).toEqual([...MENU_COMMANDS]);
  });

  it('ignores pushes on other channels', () => {
    const { api, push } = exposed();
    const listener = vi.fn();
    api.onMenuCommand(listener);
    push('menu:other', 'file:new');
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribe removes exactly that listener', () => {
    const { api, push, count } = exposed();
    const a = vi.fn<(c: MenuCommand) => void>();
    const b = vi.fn<(c: MenuCommand) => void>();
    const offA = api.onMenuCommand(a);
    api.onMenuCommand(b);
    expect(count(CHANNELS.menuCommand)).toBe(2);
    offA();
    push(CHANNELS.menuCommand, 'file:new');
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledWith('file:new');
    expect(count(CHANNELS.menuCommand)).toBe(1);
  });

  it('refuses a listener that is not a function', () => {
    const { api } = exposed();
    expect(() => api.onMenuCommand('alert(1)' as never)).toThrow(TypeError);
  });

  it('recognises menu commands', () => {
    expect(isMenuCommand('help:about')).toBe(true);
    expect(isMenuCommand('help:About')).toBe(false);
    expect(isMenuCommand(undefined)).toBe(false);
  });

  it('createDesktopApi alone builds the same surface', () => {
    expect(Object.keys(createDesktopApi(fakeIpc().ipc)).sort()).toEqual([...CONTRACT_KEYS]);
  });
});
