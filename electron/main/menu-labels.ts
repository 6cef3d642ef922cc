import type { Language, MenuCommand } from '../../shared/ipc/contract';

/**
 * The shell's own words: the menu in each UI language. The shell does not read
 * the renderer's locale files (electron/ imports nothing from renderer/), so it
 * keeps this table, and its test holds it to the rules of those files.
 */

/** Every labelled item of the menu: the commands the renderer handles, submenus and standard roles. */
export type MenuLabelId =
  | MenuCommand
  | 'file' | 'edit' | 'view' | 'help' | 'window'
  | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'reload' | 'devtools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'fullscreen'
  | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit';

// Role items get explicit labels too: Electron would otherwise label them in
// the OS language, leaving a half-translated menu after a language switch.
export const MENU_LABELS: Record<Language, Record<MenuLabelId, string>> = {
  zh: {
    file: '文件', edit: '编辑', view: '视图', help: '帮助', window: '窗口',
    'file:new': '新建情景', 'file:import': '导入…', 'file:export': '导出…', 'file:print-report': '打印报告…',
    'edit:undo': '撤销', 'edit:redo': '重做',
    cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选',
    'view:library': '情景库', 'view:compare': '情景对比',
    reload: '重新加载', devtools: '开发者工具', resetZoom: '实际大小', zoomIn: '放大', zoomOut: '缩小', fullscreen: '全屏',
    'help:about': '关于', 'help:data-sources': '数据来源',
    services: '服务', hide: '隐藏', hideOthers: '隐藏其他', unhide: '全部显示', quit: '退出',
  },
  en: {
    file: 'File', edit: 'Edit', view: 'View', help: 'Help', window: 'Window',
    'file:new': 'New Scenario', 'file:import': 'Import…', 'file:export': 'Export…', 'file:print-report': 'Print Report…',
    'edit:undo': 'Undo', 'edit:redo': 'Redo',
    cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
    'view:library': 'Scenario Library', 'view:compare': 'Compare Scenarios',
    reload: 'Reload', devtools: 'Developer Tools', resetZoom: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', fullscreen: 'Full Screen',
    'help:about': 'About', 'help:data-sources': 'Data Sources',
    services: 'Services', hide: 'Hide', hideOthers: 'Hide Others', unhide: 'Show All', quit: 'Quit',
  },
};
