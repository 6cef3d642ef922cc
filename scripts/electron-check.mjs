// Finds the Electron executable the way node_modules/electron/index.js does,
// without running that file, and fetches it with Electron's own installer when
// it is missing: Electron's package has no install script, so `npm install`
// never downloads the binary.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ ok: true, executable: string }
 *   | { ok: false, reason: 'no-package' | 'no-path-file' | 'no-binary', detail: string }} ElectronCheck
 * @typedef {'network' | 'http' | 'checksum' | 'unknown'} InstallCause
 * @typedef {{ ok: true, executable: string, installed: boolean }
 *   | { ok: false, reason: 'no-package' | 'no-binary' | 'skipped', detail: string }
 *   | { ok: false, reason: 'install-failed', cause: InstallCause, detail: string, mirror: string | undefined }} ElectronReady
 * @typedef {(opts: { electronDir: string, env: Record<string, string | undefined> })
 *   => Promise<{ status: number | null, output: string }>} Installer
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
    return { ok: false, reason: 'no-path-file', detail: `${pathFile} not found (Electron's binary has not been downloaded yet)` };
  }
  const executable = join(electronDir, 'dist', relative);
  return exists(executable) ? { ok: true, executable } : { ok: false, reason: 'no-binary', detail: `${executable} not found` };
}

/** Keeps the end of the installer's output: the error is its last lines, and a download can print a lot. */
const MAX_OUTPUT = 16 * 1024;

/**
 * Runs `node <electronDir>/install.js` with the given environment (ELECTRON_MIRROR,
 * electron_config_cache, proxies: whatever @electron/get reads). Its stderr is
 * captured rather than shown: on failure it is a stack trace, which the message replaces.
 * @type {Installer}
 */
export function runElectronInstaller({ electronDir, env }) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
      cwd: electronDir,
      env: /** @type {NodeJS.ProcessEnv} */ (env),
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      output = (output + chunk).slice(-MAX_OUTPUT);
    });
    child.on('error', (error) => resolve({ status: null, output: `${output}${error.message}\n` }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * What the installer's output says went wrong. @electron/get prints the error's
 * stack: undici's "fetch failed" (and socket error codes) when no server answers,
 * its HTTPError "Response code 404 …" when one answers with an error, and
 * sumchecker's "Generated checksum … did not match" for a corrupt download.
 * @param {string} output
 * @returns {InstallCause}
 */
export function classifyInstallFailure(output) {
  if (/checksum/i.test(output)) return 'checksum';
  if (/HTTPError|Response code \d{3}/.test(output)) return 'http';
  if (/fetch failed|network|socket|E(NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT|HOSTUNREACH|NETUNREACH)|UND_ERR/i.test(output)) return 'network';
  return 'unknown';
}

/** The error line of the installer's output (its stack frames dropped), for the message. */
function errorLine(output) {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('at '));
  return (lines.at(-1) ?? '').slice(0, 300);
}

/** Set means set to anything but empty, 0 or false (as a shell user would expect). */
function isSet(value) {
  return value !== undefined && !['', '0', 'false'].includes(value.trim().toLowerCase());
}

/** The mirror @electron/get will use, as it reads it (npm config first, then ELECTRON_MIRROR). */
function mirrorOf(env) {
  return env.npm_config_electron_mirror || env.NPM_CONFIG_ELECTRON_MIRROR || env.npm_package_config_electron_mirror || env.ELECTRON_MIRROR || undefined;
}

/**
 * The executable, downloaded first by Electron's own installer when missing.
 * The installer's exit status is not trusted (some versions exit 0 after a failed
 * download): only a binary found afterwards counts.
 * @param {{ electronDir: string, env?: Record<string, string | undefined>,
 *   exists?: (p: string) => boolean, readText?: (p: string) => string,
 *   install?: Installer, log?: (line: string) => void }} opts
 * @returns {Promise<ElectronReady>}
 */
export async function ensureElectron({ electronDir, env = {}, exists, readText, install = runElectronInstaller, log = () => {} }) {
  const probe = { electronDir, env, ...(exists ? { exists } : {}), ...(readText ? { readText } : {}) };
  const before = findElectron(probe);
  if (before.ok) return { ...before, installed: false };
  if (before.reason === 'no-package') return before;
  // A binary placed by hand is the user's; downloading into node_modules would not put one there.
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return { ok: false, reason: 'no-binary', detail: before.detail };
  if (isSet(env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    return { ok: false, reason: 'skipped', detail: `ELECTRON_SKIP_BINARY_DOWNLOAD=${env.ELECTRON_SKIP_BINARY_DOWNLOAD}` };
  }
  const mirror = mirrorOf(env);
  log('首次启动：正在下载 Electron（约 100 MB）… / First start: downloading Electron (about 100 MB)…');
  log(`  ${mirror ? `镜像 / mirror: ${mirror}` : '来源 / from: GitHub (未设置 ELECTRON_MIRROR / ELECTRON_MIRROR not set)'}`);
  const run = await install({ electronDir, env });
  const after = findElectron(probe);
  if (after.ok) return { ...after, installed: true };
  const said = errorLine(run.output);
  return {
    ok: false,
    reason: 'install-failed',
    cause: classifyInstallFailure(run.output),
    detail: said || `the installer exited with ${run.status ?? 'no status'} and left no binary (${after.detail})`,
    mirror,
  };
}

export { CHINA_MIRROR, missingElectronMessage } from './electron-message.mjs';
