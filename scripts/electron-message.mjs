// The one message `npm start` prints when it has no Electron binary and could
// not get one: Chinese then English, what happened, and fixes that work.

export const CHINA_MIRROR = 'https://npmmirror.com/mirrors/electron/';

/** @type {Record<string, [string, string]>} */
const CAUSES = {
  network: ['网络错误：无法连接下载服务器（离线、防火墙或代理）。', 'Network error: the download server could not be reached (offline, a firewall or a proxy).'],
  http: ['下载服务器返回错误（镜像地址可能有误）。', 'The download server answered with an error (the mirror address may be wrong).'],
  checksum: ['下载的文件校验失败（下载不完整，或镜像提供的文件有误），未予安装。', 'The downloaded file failed its checksum (an incomplete download, or a mirror serving a different file), so it was not installed.'],
  unknown: ['安装程序未能放置 Electron 程序文件。', "Electron's installer did not leave a binary."],
};

const INSTALL = [
  '  npx install-electron        （或 / or: node node_modules/electron/install.js）',
  '  npm start',
];

/** Setting the mainland-China mirror for one run, in each shell planners use. */
function mirrorLines(command) {
  return [
    `  PowerShell:  $env:ELECTRON_MIRROR="${CHINA_MIRROR}"; ${command}`,
    `  cmd:         set "ELECTRON_MIRROR=${CHINA_MIRROR}" && ${command}`,
    `  bash/zsh:    ELECTRON_MIRROR=${CHINA_MIRROR} ${command}`,
  ];
}

const BROWSER = ['', '不用 Electron，也可在浏览器中运行 / Or run the browser build instead:', '  npm run dev:web'];

/**
 * @param {import('./electron-check.mjs').ElectronReady & { ok: false }
 *   | import('./electron-check.mjs').ElectronCheck & { ok: false }} failure
 * @returns {string}
 */
export function missingElectronMessage(failure) {
  const head = ['未找到 Electron 程序文件，无法启动桌面版。', 'The Electron binary is missing, so the desktop app cannot start.'];
  switch (failure.reason) {
    case 'no-package':
      return [...head, `  (${failure.detail})`, '', '修复 / To fix: 先安装依赖 / install the dependencies first:', '  npm install', ...BROWSER].join('\n');
    case 'skipped':
      return [
        ...head,
        `已设置 ${failure.detail}，因此未下载 Electron。`,
        `${failure.detail} is set, so Electron was not downloaded.`,
        '',
        '修复 / To fix: 取消该变量后重新运行 / unset it and run again:',
        '  PowerShell:  Remove-Item Env:ELECTRON_SKIP_BINARY_DOWNLOAD; npm start',
        '  cmd:         set "ELECTRON_SKIP_BINARY_DOWNLOAD=" && npm start',
        '  bash/zsh:    unset ELECTRON_SKIP_BINARY_DOWNLOAD; npm start',
        ...BROWSER,
      ].join('\n');
    case 'install-failed': {
      const [zh, en] = CAUSES[failure.cause] ?? CAUSES.unknown;
      const mirror = failure.mirror ? `镜像 / mirror: ${failure.mirror}` : '来源 / from: GitHub';
      const retry = failure.cause === 'checksum' ? '重试（下载中断时有效）/ Try again (helps when the download was cut off):' : '联网后重试 / When online, try again:';
      return [
        '下载 Electron 失败，无法启动桌面版。',
        'Downloading Electron failed, so the desktop app cannot start.',
        `  ${zh}`,
        `  ${en}`,
        `  (${mirror}; ${failure.detail})`,
        '',
        `修复 / To fix: ${retry}`,
        ...INSTALL,
        '',
        failure.mirror === CHINA_MIRROR
          ? '或不用镜像，直接从 GitHub 下载 / or without the mirror, from GitHub: unset ELECTRON_MIRROR, then npm start'
          : '中国大陆请使用国内镜像 / In mainland China, use the domestic mirror:',
        ...(failure.mirror === CHINA_MIRROR ? [] : mirrorLines('npm start')),
        ...BROWSER,
      ].join('\n');
    }
    default:
      // A path.txt or ELECTRON_OVERRIDE_DIST_PATH naming a binary that is not there.
      return [
        ...head,
        `  (${failure.detail})`,
        '',
        '修复 / To fix: 重新下载 / download it again:',
        ...INSTALL,
        '  若设置了 ELECTRON_OVERRIDE_DIST_PATH，请确认其路径 / if ELECTRON_OVERRIDE_DIST_PATH is set, check the folder it names',
        '',
        '中国大陆请使用国内镜像 / In mainland China, use the domestic mirror:',
        ...mirrorLines('npx install-electron'),
        ...BROWSER,
      ].join('\n');
  }
}
