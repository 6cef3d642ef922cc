import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { Language } from '../../shared/ipc/contract';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { APP_ENTRY_URL, APP_ORIGIN, registerAppProtocol, registerAppScheme } from './protocol';
import { hardenApp, hardenSession } from './security';
import { createMainWindow } from './window';

/**
 * The only module that imports 'electron': it wires the testable pieces
 * together and owns the app's lifecycle.
 */

const APP_ID = 'cn.carbonpeak.planner';
const APP_NAME = 'Carbon Peak Planner';

/**
 * Vite dev server, from CPP_DEV_URL. Ignored in a packaged app (an env var must
 * not be able to point the app, with its file APIs, at another site) and only
 * accepted for a loopback host.
 */
function devServerUrl(): string | null {
  const raw = process.env.CPP_DEV_URL;
  if (!raw || app.isPackaged) return null;
  try {
    const u = new URL(raw);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
    if ((u.protocol === 'http:' || u.protocol === 'https:') && loopback) return u.href;
  } catch {
    // fall through
  }
  console.error(`CPP_DEV_URL ignored: ${raw} is not an http(s) loopback URL`);
  return null;
}

const devUrl = devServerUrl();
const appOrigins = devUrl ? [APP_ORIGIN, new URL(devUrl).origin] : [APP_ORIGIN];
const isDev = !app.isPackaged;

// app.name decides the userData folder, so it is set before anything asks for a path.
app.name = APP_NAME;
app.setAppUserModelId(APP_ID);
// Tests run each launch with a fresh profile; a packaged app always uses the default.
if (!app.isPackaged && process.env.CPP_USER_DATA_DIR) app.setPath('userData', process.env.CPP_USER_DATA_DIR);

registerAppScheme(protocol);
hardenApp(app, {
  appOrigins,
  openExternal: (url) => shell.openExternal(url),
  report: (what, url) => console.warn(`[security] blocked ${what}: ${url}`),
});

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow(
    {
      BrowserWindow,
      screen,
      readText: (file) => {
        try {
          return fs.readFileSync(file, 'utf8');
        } catch {
          return null;
        }
      },
      writeText: (file, text) => fs.writeFileSync(file, text, 'utf8'),
    },
    {
      preload: path.join(__dirname, 'preload.cjs'),
      stateFile: path.join(app.getPath('userData'), 'window-state.json'),
      url: devUrl ?? APP_ENTRY_URL,
      title: APP_NAME,
    },
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function initialLanguage(): Language {
  return app.getLocale().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  registerAppProtocol(protocol, { root: path.join(__dirname, '../renderer'), readFile: (file) => fs.promises.readFile(file) });

  const menu = installMenu(
    { Menu, getFocusedWindow: () => BrowserWindow.getFocusedWindow() },
    { lang: initialLanguage(), platform: process.platform, isDev, appName: APP_NAME },
  );

  registerIpc({
    ipcMain,
    dialog,
    fs: fs.promises,
    documentsDir: app.getPath('documents'),
    windowOf: (sender) => BrowserWindow.fromWebContents(sender),
    appInfo: () => ({ name: APP_NAME, version: app.getVersion(), shell: 'electron', platform: process.platform }),
    setLanguage: (lang) => menu.setLanguage(lang),
    allowedOrigins: appOrigins,
  });

  openMainWindow();
  // macOS keeps the app running without windows; the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

// A second copy would open the same IndexedDB and fight over it; focus the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox(APP_NAME, `The app could not start.\n应用无法启动。\n\n${String(error)}`);
    app.exit(1);
  });
}
