import type { BrowserWindow, Menu, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, MENU_COMMANDS, type Language, type MenuCommand } from '../../../shared/ipc/contract';
import { buildMenuTemplate, installMenu, sendToFocusedWindow } from '../../../electron/main/menu';

type Item = MenuItemConstructorOptions;
type MenuApi = Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;

function flatten(items: Item[]): Item[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu as Item[]) : [])]);
}
const byId = (items: Item[], id: string) => flatten(items).find((i) => i.id === id);
const byRole = (items: Item[], role: Item['role']) => flatten(items).find((i) => i.role === role);
const topLabels = (items: Item[]) => items.map((i) => i.label ?? i.role);

function template(lang: Language, platform: NodeJS.Platform = 'win32', isDev = false) {
  const send = vi.fn<(c: MenuCommand) => void>();
  return { items: buildMenuTemplate({ lang, platform, isDev, appName: 'Carbon Peak Planner', send }), send };
}

describe('menu template', () => {
  it('has the Chinese labels', () => {
    const { items } = template('zh');
    expect(topLabels(items)).toEqual(['文件', '编辑', '视图', '帮助']);
    const labels = Object.fromEntries(MENU_COMMANDS.map((c) => [c, byId(items, c)?.label]));
    expect(labels).toEqual({
      'file:new': '新建情景',
      'file:import': '导入…',
      'file:export': '导出…',
      'file:print-report': '打印报告…',
      'edit:undo': '撤销',
      'edit:redo': '重做',
      'view:library': '情景库',
      'view:compare': '情景对比',
      'help:about': '关于',
      'help:data-sources': '数据来源',
    });
  });

  it('has the English labels', () => {
    const { items } = template('en');
    expect(topLabels(items)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(MENU_COMMANDS.map((c) => byId(items, c)?.label)).toEqual([
      'New Scenario', 'Import…', 'Export…', 'Print Report…', 'Undo', 'Redo', 'Scenario Library', 'Compare Scenarios', 'About', 'Data Sources',
    ]);
  });

  it('labels every item in both languages, role items included', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const item of flatten(template(lang, 'darwin', true).items)) {
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role ?? item.id)).toBeTruthy();
      }
    }
  });

  it.each([
    ['win32', 'Ctrl+Y'],
    ['linux', 'Ctrl+Y'],
    ['darwin', 'Shift+CmdOrCtrl+Z'],
  ] as const)('uses platform accelerators on %s', (platform, redo) => {
    const { items } = template('zh', platform);
    expect(byId(items, 'file:new')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byId(items, 'file:import')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byId(items, 'file:export')?.accelerator).toBe('CmdOrCtrl+S');
    expect(byId(items, 'file:print-report')?.accelerator).toBe('CmdOrCtrl+P');
    expect(byId(items, 'edit:undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byId(items, 'edit:redo')?.accelerator).toBe(redo);
  });

  it('has the standard edit, zoom and fullscreen roles', () => {
    const { items } = template('zh');
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'quit'] as const) {
      expect(byRole(items, role), role).toBeDefined();
    }
    expect(byRole(items, 'copy')?.label).toBe('复制');
  });

  it('offers reload and devtools only in dev', () => {
    expect(byRole(template('zh', 'linux', false).items, 'toggleDevTools')).toBeUndefined();
    expect(byRole(template('zh', 'linux', false).items, 'reload')).toBeUndefined();
    expect(byRole(template('zh', 'linux', true).items, 'toggleDevTools')).toBeDefined();
    expect(byRole(template('zh', 'linux', true).items, 'reload')).toBeDefined();
  });

  it('adds the macOS app menu (About, hide, quit) on darwin only', () => {
    const mac = template('en', 'darwin').items;
    expect(topLabels(mac)).toEqual(['Carbon Peak Planner', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(mac[4]!.role).toBe('windowMenu');
    const appMenu = flatten([mac[0]!]);
    expect(appMenu.find((i) => i.id === 'help:about')?.label).toBe('About Carbon Peak Planner');
    expect(appMenu.some((i) => i.role === 'quit')).toBe(true);
    expect(flatten(mac).filter((i) => i.role === 'quit')).toHaveLength(1);
    expect(flatten(mac).filter((i) => i.id === 'help:about')).toHaveLength(1);
    expect(byRole(template('en', 'win32').items, 'hide')).toBeUndefined();
  });

  it('every command item sends its own command', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const { items, send } = template('zh', platform);
      for (const command of MENU_COMMANDS) {
        const item = byId(items, command)!;
        (item.click as () => void)();
        expect(send).toHaveBeenLastCalledWith(command);
      }
      expect(send).toHaveBeenCalledTimes(MENU_COMMANDS.length);
    }
  });
});

function fakeWindow(destroyed = false) {
  const send = vi.fn();
  return { win: { isDestroyed: () => destroyed, webContents: { send } } as unknown as BrowserWindow, send };
}

describe('sending menu commands', () => {
  it('goes to the focused window on menu:command', () => {
    const { win, send } = fakeWindow();
    sendToFocusedWindow(() => win)('view:compare');
    expect(send).toHaveBeenCalledWith(CHANNELS.menuCommand, 'view:compare');
  });

  it('is dropped with no focused or a destroyed window', () => {
    const { win, send } = fakeWindow(true);
    expect(() => sendToFocusedWindow(() => null)('file:new')).not.toThrow();
    sendToFocusedWindow(() => win)('file:new');
    expect(send).not.toHaveBeenCalled();
  });

  it('clicking a built item sends through to the window', () => {
    const { win, send } = fakeWindow();
    let built: Item[] = [];
    const menuApi = { buildFromTemplate: (t: Item[]) => ((built = t), {}), setApplicationMenu: () => {} } as unknown as MenuApi;
    installMenu({ Menu: menuApi, getFocusedWindow: () => win }, { lang: 'zh', platform: 'linux', isDev: false, appName: 'x' });
    (byId(built, 'file:print-report')!.click as () => void)();
    expect(send).toHaveBeenCalledWith('menu:command', 'file:print-report');
  });
});

describe('installMenu', () => {
  it('installs the menu and rebuilds it when the language changes', () => {
    const templates: Item[][] = [];
    const set = vi.fn();
    const menuApi = { buildFromTemplate: (t: Item[]) => (templates.push(t), { t }), setApplicationMenu: set } as unknown as MenuApi;
    const menu = installMenu({ Menu: menuApi, getFocusedWindow: () => null }, { lang: 'zh', platform: 'win32', isDev: false, appName: 'x' });
    expect(topLabels(templates[0]!)[0]).toBe('文件');
    menu.setLanguage('en');
    expect(topLabels(templates[1]!)[0]).toBe('File');
    // Same language again: nothing to rebuild.
    menu.setLanguage('en');
    expect(set).toHaveBeenCalledTimes(2);
  });
});
