import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, Rectangle, Screen } from 'electron';

export type WindowState = {
  width: number;
  height: number;
  /** absent: let the OS centre the window */
  x?: number;
  y?: number;
  maximized: boolean;
};

export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;
const MAX_SIDE = 16384;
/** How much of the window must overlap a display for the saved position to count as on-screen. */
const MIN_VISIBLE = 100;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1400, height: 900, maximized: false };

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** The saved state if it is well-formed, else null. The file is user-editable and may be from an older version. */
export function parseWindowState(json: string | null): WindowState | null {
  if (json === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isInt(r.width, MIN_WIDTH, MAX_SIDE) || !isInt(r.height, MIN_HEIGHT, MAX_SIDE)) return null;
  const state: WindowState = { width: r.width, height: r.height, maximized: r.maximized === true };
  // A position is kept only as a pair; half a position is as good as none.
  if (isInt(r.x, -MAX_SIDE, MAX_SIDE) && isInt(r.y, -MAX_SIDE, MAX_SIDE)) Object.assign(state, { x: r.x, y: r.y });
  return state;
}

function overlap(a: Rectangle, b: Rectangle): { w: number; h: number } {
  return {
    w: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    h: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Keeps a restored window reachable after a monitor was unplugged or the
 * resolution dropped: too big → shrunk to the largest work area; off every
 * display → position dropped so the OS centres it.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxW = Math.max(...workAreas.map((a) => a.width));
  const maxH = Math.max(...workAreas.map((a) => a.height));
  const width = Math.max(Math.min(state.width, maxW), Math.min(MIN_WIDTH, maxW));
  const height = Math.max(Math.min(state.height, maxH), Math.min(MIN_HEIGHT, maxH));
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const bounds = { x: state.x, y: state.y, width, height };
  const visible = workAreas.some((area) => {
    const o = overlap(bounds, area);
    return o.w >= Math.min(MIN_VISIBLE, width) && o.h >= Math.min(MIN_VISIBLE, height);
  });
  // The title bar must be on a display too, or the user cannot drag the window back.
  const titleBarShown = workAreas.some((area) => state.y! >= area.y && state.y! < area.y + area.height - MIN_VISIBLE / 2);
  return visible && titleBarShown ? { ...fitted, x: state.x, y: state.y } : fitted;
}

export type WindowDeps = {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  screen: Pick<Screen, 'getAllDisplays'>;
  /** returns null when the file is missing or unreadable */
  readText(file: string): string | null;
  writeText(file: string, text: string): void;
};

export type MainWindowOptions = {
  preload: string;
  /** JSON file in userData remembering size and position */
  stateFile: string;
  url: string;
  title: string;
};

export function restoreWindowState(deps: Pick<WindowDeps, 'screen' | 'readText'>, stateFile: string): WindowState {
  const saved = parseWindowState(deps.readText(stateFile)) ?? DEFAULT_WINDOW_STATE;
  return fitToDisplays(saved, deps.screen.getAllDisplays().map((d) => d.workArea));
}

export function createMainWindow(deps: WindowDeps, options: MainWindowOptions): BrowserWindowType {
  const state = restoreWindowState(deps, options.stateFile);
  // Called by its own name with the preferences written out in place, so that
  // Electronegativity (test/electron/electronegativity.test.ts) can read them.
  const { BrowserWindow } = deps;
  const win = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x === undefined ? {} : { x: state.x, y: state.y }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: options.title,
    // Shown once painted, so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    // The only place webPreferences are written; each line is a checklist item.
    // With sandbox: true the preload must be one bundle that requires only
    // 'electron' (scripts/build-electron.mjs enforces that).
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });

  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    // Normal bounds, so a maximised window un-maximises to the size the user gave it.
    const b = win.getNormalBounds();
    const next: WindowState = { width: b.width, height: b.height, x: b.x, y: b.y, maximized: win.isMaximized() };
    try {
      deps.writeText(options.stateFile, JSON.stringify(next));
    } catch {
      // Losing the window position is not worth an error dialog on quit.
    }
  });

  // A dev server that is not running yet must not become an unhandled rejection.
  win.loadURL(options.url).catch((error: unknown) => console.error(`Could not load ${options.url}:`, error));
  return win;
}
