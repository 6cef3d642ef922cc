// Finds the Electron executable the way node_modules/electron/index.js does,
// without running that file: on a machine without the binary it starts a
// download (slow, and a stack trace when offline).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ ok: true, executable: string }
 *   | { ok: false, reason: 'no-package' | 'no-path-file' | 'no-binary', detail: string }} ElectronCheck
 */

/**
 * Pure apart from the injected file-system probes, so tests can describe any machine.
 * @param {{ electronDir: string, env?: Record<string, string | undefined>,
 *   exists?: (p: string) => boolean, readText?: (p: string) => string }} opts
 * @returns {ElectronCheck}
 */
export function findElectron({ electronDir, env = {}, exists = existsSync, readText = (p) => readFileSync(p, 'utf8') }) {
  if (!exists(join(electronDir, 'package.json'))) {
    return { ok: false, reason: 'no-package', detail: `${electronDir} is missing` };
  }
  const pathFile = join(electronDir, 'path.txt');
  const relative = exists(pathFile) ? readText(pathFile).trim() : '';
  // Same override as electron's own index.js, for a binary unpacked by hand.
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = join(override, relative || 'electron');
    return exists(executable) ? { ok: true, executable } : { ok: false, reason: 'no-binary', detail: `${executable} not found` };
  }
  if (!relative) {
    return { ok: false, reason: 'no-path-file', detail: `${pathFile} not found (the binary download was skipped or failed)` };
  }
  const executable = join(electronDir, 'dist', relative);
  return exists(executable) ? { ok: true, executable } : { ok: false, reason: 'no-binary', detail: `${executable} not found` };
}

/**
 * One message, Chinese then English, saying what is missing and the two ways on.
 * @param {ElectronCheck & { ok: false }} check
 */
export function missingElectronMessage(check) {
  return [
    '未找到 Electron 程序文件，无法启动桌面版。',
    'The Electron binary is missing, so the desktop app cannot start.',
    `  (${check.detail})`,
    '',
    '修复 / To fix (needs internet):',
    '  npm rebuild electron',
    '  或重新安装 / or reinstall:  npm ci',
    '',
    '中国大陆用户请先设置镜像 / In mainland China, set the mirrors first:',
    '  ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/',
    '  ELECTRON_BUILDER_BINARIES_MIRROR=https://npmmirror.com/mirrors/electron-builder-binaries/  (安装包构建 / for installers)',
    '  PowerShell:  $env:ELECTRON_MIRROR="https://npmmirror.com/mirrors/electron/"; npm rebuild electron',
    '  bash/zsh:    ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm rebuild electron',
    '',
    '不用 Electron，也可在浏览器中运行 / Or run the browser build instead:',
    '  npm run dev:web',
  ].join('\n');
}
