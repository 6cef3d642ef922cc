import type { BrowserWindow, Menu, MenuItemConstructorOptions } from 'electron';
import { CHANNELS, type Language, type MenuCommand } from '../../shared/ipc/contract';
import { MENU_LABELS } from './menu-labels';

/** Platform conventions: redo is Shift+Cmd+Z on macOS and Ctrl+Y on Windows and Linux. */
export function acceleratorsFor(platform: NodeJS.Platform): Partial<Record<MenuCommand, string>> {
  return {
    'file:new': 'CmdOrCtrl+N',
    'file:import': 'CmdOrCtrl+O',
    'file:export': 'CmdOrCtrl+S',
    'file:print-report': 'CmdOrCtrl+P',
    'edit:undo': 'CmdOrCtrl+Z',
    'edit:redo': platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y',
  };
}

export type MenuOptions = {
  lang: Language;
  platform: NodeJS.Platform;
  /** reload and devtools only while developing */
  isDev: boolean;
  appName: string;
  send(command: MenuCommand): void;
};

export function buildMenuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[opts.lang];
  const keys = acceleratorsFor(opts.platform);
  const mac = opts.platform === 'darwin';
  const command = (id: MenuCommand): MenuItemConstructorOptions => ({
    id,
    label: l[id],
    ...(keys[id] ? { accelerator: keys[id] } : {}),
    click: () => opts.send(id),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: opts.appName,
      submenu: [
        { ...command('help:about'), label: `${l['help:about']} ${opts.appName}` },
        sep,
        { role: 'services', label: l.services },
        sep,
        { role: 'hide', label: l.hide },
        { role: 'hideOthers', label: l.hideOthers },
        { role: 'unhide', label: l.unhide },
        sep,
        { role: 'quit', label: l.quit },
      ],
    });
  }
  template.push(
    {
      label: l.file,
      submenu: [
        command('file:new'),
        command('file:import'),
        command('file:export'),
        sep,
        command('file:print-report'),
        // macOS quits from the app menu.
        ...(mac ? [] : [sep, { role: 'quit', label: l.quit } as const]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        command('edit:undo'),
        command('edit:redo'),
        sep,
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        command('view:library'),
        command('view:compare'),
        sep,
        ...(opts.isDev
          ? [{ role: 'reload', label: l.reload } as const, { role: 'toggleDevTools', label: l.devtools } as const, sep]
          : []),
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        sep,
        { role: 'togglefullscreen', label: l.fullscreen },
      ],
    },
    ...(mac ? [{ role: 'windowMenu', label: l.window } as const] : []),
    {
      label: l.help,
      // About lives in the app menu on macOS.
      submenu: mac ? [command('help:data-sources')] : [command('help:about'), command('help:data-sources')],
    },
  );
  return template;
}

/** Menu commands go to the window the user is looking at; with none focused there is nobody to act. */
export function sendToFocusedWindow(getFocusedWindow: () => BrowserWindow | null): (command: MenuCommand) => void {
  return (command) => {
    const win = getFocusedWindow();
    if (win && !win.isDestroyed()) win.webContents.send(CHANNELS.menuCommand, command);
  };
}

export type MenuDeps = {
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  getFocusedWindow(): BrowserWindow | null;
};

/** Installs the application menu and rebuilds it whenever the renderer switches language. */
export function installMenu(deps: MenuDeps, opts: Omit<MenuOptions, 'send'>): { setLanguage(lang: Language): void } {
  const send = sendToFocusedWindow(deps.getFocusedWindow);
  let current: Language | null = null;
  const apply = (lang: Language) => {
    if (lang === current) return;
    current = lang;
    deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(buildMenuTemplate({ ...opts, lang, send })));
  };
  apply(opts.lang);
  return { setLanguage: apply };
}
