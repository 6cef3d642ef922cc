import type { BrowserWindow, BrowserWindowConstructorOptions, Display, Rectangle, Screen } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  createMainWindow,
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  parseWindowState,
  restoreWindowState,
  type WindowDeps,
} from '../../../electron/main/window';

const FHD: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
const screenOf = (...areas: Rectangle[]) => ({ getAllDisplays: () => areas.map((workArea) => ({ workArea }) as Display) }) as Pick<Screen, 'getAllDisplays'>;

class FakeWindow {
  static last: FakeWindow | null = null;
  handlers = new Map<string, () => void>();
  loaded: string[] = [];
  shown = false;
  maximizedCalls = 0;
  normalBounds: Rectangle = { x: 10, y: 20, width: 1200, height: 800 };
  maximized = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.last = this;
  }
  once(event: string, fn: () => void) {
    this.handlers.set(event, fn);
  }
  on(event: string, fn: () => void) {
    this.handlers.set(event, fn);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  maximize() {
    this.maximizedCalls++;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
  isMaximized() {
    return this.maximized;
  }
}

function deps(stored: string | null, areas: Rectangle[] = [FHD]) {
  const writes: [string, string][] = [];
  const d: WindowDeps = {
    BrowserWindow: FakeWindow as unknown as WindowDeps['BrowserWindow'],
    screen: screenOf(...areas),
    readText: () => stored,
    writeText: (file, text) => writes.push([file, text]),
  };
  return { d, writes };
}

const OPTIONS = { preload: '/app/out/electron/preload.cjs', stateFile: '/ud/window-state.json', url: 'app://carbon-peak/index.html', title: 'Carbon Peak Planner' };

describe('createMainWindow', () => {
  it('uses exactly the secure webPreferences', () => {
    createMainWindow(deps(null).d, OPTIONS);
    expect(FakeWindow.last!.options.webPreferences).toStrictEqual({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
  });

  it('loads the given URL and shows the window only once painted', () => {
    createMainWindow(deps(null).d, OPTIONS);
    const win = FakeWindow.last!;
    expect(win.loaded).toEqual(['app://carbon-peak/index.html']);
    expect(win.options.show).toBe(false);
    win.handlers.get('ready-to-show')!();
    expect(win.shown).toBe(true);
  });

  it('restores saved bounds and maximised state', () => {
    createMainWindow(deps(JSON.stringify({ x: 100, y: 50, width: 1300, height: 850, maximized: true })).d, OPTIONS);
    const win = FakeWindow.last!;
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1300, height: 850 });
    win.handlers.get('ready-to-show')!();
    expect(win.maximizedCalls).toBe(1);
  });

  it('saves the normal bounds on close', () => {
    const { d, writes } = deps(null);
    createMainWindow(d, OPTIONS);
    const win = FakeWindow.last!;
    win.maximized = true;
    win.handlers.get('close')!();
    expect(writes).toHaveLength(1);
    expect(writes[0]![0]).toBe('/ud/window-state.json');
    expect(JSON.parse(writes[0]![1])).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    // …and what it saved restores to the same place.
    expect(parseWindowState(writes[0]![1])).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
  });

  it('a failing write on close does not throw', () => {
    const { d } = deps(null);
    createMainWindow({ ...d, writeText: () => { throw new Error('EACCES'); } }, OPTIONS);
    expect(() => FakeWindow.last!.handlers.get('close')!()).not.toThrow();
  });

  it('without saved state uses the defaults and lets the OS centre the window', () => {
    createMainWindow(deps(null).d, OPTIONS);
    const o = FakeWindow.last!.options;
    expect(o).toMatchObject({ width: DEFAULT_WINDOW_STATE.width, height: DEFAULT_WINDOW_STATE.height });
    expect(o.x).toBeUndefined();
    expect(o.y).toBeUndefined();
  });
});

describe('restoring window state', () => {
  it.each([
    ['not JSON', '{"width": 1200,'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['strings for numbers', '{"width":"1200","height":"800"}'],
    ['NaN-ish values', '{"width":1e400,"height":800}'],
    ['fractions', '{"width":1200.5,"height":800}'],
    ['too small', '{"width":100,"height":80}'],
    ['absurdly large', '{"width":99999,"height":800}'],
    ['negative size', '{"width":-1200,"height":800}'],
  ])('falls back to defaults for %s', (_name, json) => {
    expect(parseWindowState(json)).toBeNull();
    expect(restoreWindowState(deps(json).d, 'f')).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops half a position', () => {
    expect(parseWindowState('{"width":1200,"height":800,"x":5}')).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('drops a position on a display that is gone (off-screen)', () => {
    const state = { x: 3000, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [FHD])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('drops a position whose title bar is above every display', () => {
    expect(fitToDisplays({ x: 100, y: -400, width: 1200, height: 800, maximized: false }, [FHD]).x).toBeUndefined();
  });

  it('drops a position that leaves only a sliver on screen', () => {
    expect(fitToDisplays({ x: 1880, y: 100, width: 1200, height: 800, maximized: false }, [FHD]).x).toBeUndefined();
  });

  it('keeps a position on a second display', () => {
    const right: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };
    const state = { x: 2100, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [FHD, right])).toEqual(state);
  });

  it('shrinks a window bigger than any display', () => {
    const small: Rectangle = { x: 0, y: 0, width: 1366, height: 728 };
    expect(fitToDisplays({ width: 2500, height: 1400, maximized: false }, [small])).toEqual({ width: 1366, height: 728, maximized: false });
  });

  it('with no displays reported keeps the state as parsed', () => {
    const state = { x: 1, y: 2, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [])).toEqual(state);
  });

  it('end to end: a corrupt file and an off-screen file both open a default, centred window', () => {
    for (const stored of ['garbage', JSON.stringify({ x: -5000, y: -5000, width: 1200, height: 800 })]) {
      createMainWindow(deps(stored).d, OPTIONS);
      expect(FakeWindow.last!.options.x).toBeUndefined();
    }
  });
});

// Keeps the fake honest: it must offer every BrowserWindow method the module calls.
const _typeCheck: Pick<BrowserWindow, 'show' | 'maximize' | 'getNormalBounds' | 'isMaximized'> = new FakeWindow({});
void _typeCheck;
