import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHINA_MIRROR,
  ensureElectron,
  findElectron,
  missingElectronMessage,
  runElectronInstaller,
  type ElectronReady,
  type Installer,
} from '../../../scripts/electron-check.mjs';

const DIR = path.join(path.sep, 'proj', 'node_modules', 'electron');
const EXE = path.join(DIR, 'dist', 'electron');

// What Electron 45's install.js printed on this machine (stack frames shortened):
// offline, and pointed at a mirror serving a file that is not the release zip.
const OFFLINE = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///p/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
    at async downloadArtifact (file:///p/node_modules/@electron/get/dist/index.js:154:12)
`;
const CORRUPT = `Error: Generated checksum for "electron-v45.4.1-linux-x64.zip" did not match expected checksum.
    at Hash.<anonymous> (/p/node_modules/sumchecker/index.js:133:20)
    at Hash.emit (node:events:524:28)
`;
const NOT_FOUND = `HTTPError: Response code 404 (Not Found) for https://example.org/mirror/v45.4.1/electron-v45.4.1-linux-x64.zip
    at FetchDownloader.download (file:///p/node_modules/@electron/get/dist/FetchDownloader.js:48:23)
`;

/** A machine with the electron package but no binary; an installer that may put one there. */
function machine(outcome: { status: number | null; output: string; placesBinary: boolean }) {
  const files = new Set([path.join(DIR, 'package.json')]);
  const calls: Record<string, string | undefined>[] = [];
  const install: Installer = async ({ env }) => {
    calls.push(env);
    if (outcome.placesBinary) files.add(path.join(DIR, 'path.txt')).add(EXE);
    return { status: outcome.status, output: outcome.output };
  };
  return {
    files,
    calls,
    install,
    exists: (p: string) => files.has(p),
    readText: (p: string) => (p.endsWith('path.txt') ? 'electron' : ''),
  };
}

async function attempt(m: ReturnType<typeof machine>, env: Record<string, string | undefined> = {}) {
  const lines: string[] = [];
  const result = await ensureElectron({ electronDir: DIR, env, exists: m.exists, readText: m.readText, install: m.install, log: (l) => lines.push(l) });
  return { result, lines };
}

function failed(result: ElectronReady): Extract<ElectronReady, { ok: false }> {
  if (result.ok) throw new Error('expected a failure');
  return result;
}

describe('ensureElectron', () => {
  it('runs nothing when the binary is there', async () => {
    const m = machine({ status: 0, output: '', placesBinary: true });
    m.files.add(path.join(DIR, 'path.txt')).add(EXE);
    const { result } = await attempt(m);
    expect(result).toEqual({ ok: true, executable: EXE, installed: false });
    expect(m.calls).toHaveLength(0);
  });

  it("runs Electron's installer with the environment (the mirror) when the binary is missing, then finds it", async () => {
    const m = machine({ status: 0, output: '', placesBinary: true });
    const { result, lines } = await attempt(m, { ELECTRON_MIRROR: CHINA_MIRROR, electron_config_cache: '/cache' });
    expect(result).toEqual({ ok: true, executable: EXE, installed: true });
    expect(m.calls).toEqual([{ ELECTRON_MIRROR: CHINA_MIRROR, electron_config_cache: '/cache' }]);
    expect(lines.join('\n')).toContain(`mirror: ${CHINA_MIRROR}`);
  });

  it('reports a network failure as one message with the fixes, not a stack trace', async () => {
    const m = machine({ status: 1, output: OFFLINE, placesBinary: false });
    const f = failed((await attempt(m)).result);
    expect(f).toMatchObject({ reason: 'install-failed', cause: 'network', detail: 'TypeError: fetch failed', mirror: undefined });
    const message = missingElectronMessage(f);
    expect(message).toContain('网络错误');
    expect(message).toContain('Network error');
    expect(message).toContain('npx install-electron');
    expect(message).toContain(`ELECTRON_MIRROR="${CHINA_MIRROR}"; npm start`); // PowerShell
    expect(message).toContain(`set "ELECTRON_MIRROR=${CHINA_MIRROR}" && npm start`); // cmd
    expect(message).toContain(`ELECTRON_MIRROR=${CHINA_MIRROR} npm start`); // bash
    expect(message).toContain('npm run dev:web');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('reports a checksum failure as such', async () => {
    const m = machine({ status: 1, output: CORRUPT, placesBinary: false });
    const f = failed((await attempt(m, { ELECTRON_MIRROR: 'https://example.org/mirror/' })).result);
    expect(f).toMatchObject({ reason: 'install-failed', cause: 'checksum', mirror: 'https://example.org/mirror/' });
    const message = missingElectronMessage(f);
    expect(message).toContain('校验失败');
    expect(message).toContain('failed its checksum');
    expect(message).toContain('mirror: https://example.org/mirror/');
    expect(message).toContain('npx install-electron');
  });

  it('reports a server error (a wrong mirror) as such', async () => {
    const m = machine({ status: 1, output: NOT_FOUND, placesBinary: false });
    const f = failed((await attempt(m)).result);
    expect(f).toMatchObject({ cause: 'http' });
    expect(missingElectronMessage(f)).toContain('Response code 404');
  });

  it('trusts the binary, not the exit code: an installer exiting 0 without a binary is a failure', async () => {
    const m = machine({ status: 0, output: '', placesBinary: false });
    const f = failed((await attempt(m)).result);
    expect(f).toMatchObject({ reason: 'install-failed', cause: 'unknown' });
    expect(f.detail).toContain('exited with 0');
    // exit 0 after a failed download (older installers did this): the output still says why
    const offline = failed((await attempt(machine({ status: 0, output: OFFLINE, placesBinary: false }))).result);
    expect(offline).toMatchObject({ reason: 'install-failed', cause: 'network' });
  });

  it('with the China mirror already set, suggests the other source rather than the same mirror again', async () => {
    const m = machine({ status: 1, output: OFFLINE, placesBinary: false });
    const message = missingElectronMessage(failed((await attempt(m, { ELECTRON_MIRROR: CHINA_MIRROR })).result));
    expect(message).toContain('unset ELECTRON_MIRROR');
    expect(message).not.toContain(`set "ELECTRON_MIRROR=`);
  });

  it('downloads nothing when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says so', async () => {
    const m = machine({ status: 0, output: '', placesBinary: true });
    const f = failed((await attempt(m, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).result);
    expect(m.calls).toHaveLength(0);
    expect(f).toMatchObject({ reason: 'skipped' });
    const message = missingElectronMessage(f);
    expect(message).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1 is set, so Electron was not downloaded');
    expect(message).toContain('npm run dev:web');
    // '0' and '' mean not set
    expect((await attempt(machine({ status: 0, output: '', placesBinary: true }), { ELECTRON_SKIP_BINARY_DOWNLOAD: '0' })).result.ok).toBe(true);
  });

  it('runs no installer without the electron package, or for a binary placed by hand (ELECTRON_OVERRIDE_DIST_PATH)', async () => {
    const bare = machine({ status: 0, output: '', placesBinary: true });
    bare.files.clear();
    expect(failed((await attempt(bare)).result)).toMatchObject({ reason: 'no-package' });
    expect(missingElectronMessage(failed((await attempt(bare)).result))).toContain('npm install');
    const byHand = machine({ status: 0, output: '', placesBinary: true });
    expect(failed((await attempt(byHand, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' })).result)).toMatchObject({ reason: 'no-binary' });
    expect(bare.calls.length + byHand.calls.length).toBe(0);
  });
});

describe('runElectronInstaller', () => {
  const dirs: string[] = [];
  const servers: Server[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    for (const s of servers) s.close();
  });
  const tempDir = (prefix: string) => {
    const d = mkdtempSync(path.join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };

  // The machine's own Electron settings (CI sets ELECTRON_SKIP_BINARY_DOWNLOAD) must not leak into these tests.
  const cleanEnv = (extra: Record<string, string>) => {
    const env: Record<string, string | undefined> = { ...process.env, ...extra };
    for (const k of ['ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_SKIP_BINARY_DOWNLOAD', 'npm_config_electron_mirror', 'NPM_CONFIG_ELECTRON_MIRROR', 'npm_package_config_electron_mirror']) delete env[k];
    return env;
  };

  it('runs <electronDir>/install.js with the given environment and captures what it prints on stderr', async () => {
    const dir = tempDir('cpp-fake-electron-');
    writeFileSync(path.join(dir, 'package.json'), '{}');
    // A stand-in installer: places the binary only when it was handed the mirror.
    writeFileSync(
      path.join(dir, 'install.js'),
      `const fs = require('fs'), p = require('path');
       if (process.env.ELECTRON_MIRROR !== 'http://mirror.test/') { console.error('Error: wrong mirror ' + process.env.ELECTRON_MIRROR); process.exit(1); }
       fs.mkdirSync(p.join(__dirname, 'dist')); fs.writeFileSync(p.join(__dirname, 'dist', 'electron'), '');
       fs.writeFileSync(p.join(__dirname, 'path.txt'), 'electron');`,
    );
    expect(await runElectronInstaller({ electronDir: dir, env: cleanEnv({ ELECTRON_MIRROR: 'http://elsewhere.test/' }) })).toEqual({
      status: 1,
      output: 'Error: wrong mirror http://elsewhere.test/\n',
    });
    const result = await ensureElectron({ electronDir: dir, env: cleanEnv({ ELECTRON_MIRROR: 'http://mirror.test/' }) });
    expect(result).toEqual({ ok: true, executable: path.join(dir, 'dist', 'electron'), installed: true });
  }, 30_000);

  // Electron's real installer, pointed at a local mirror, so nothing leaves the machine.
  const REAL = path.resolve('node_modules/electron');
  const present = findElectron({ electronDir: REAL, env: process.env }).ok;
  const realEnv = (mirror: string) => cleanEnv({ ELECTRON_MIRROR: mirror, electron_config_cache: tempDir('cpp-electron-cache-') });
  const listen = (handler: Parameters<typeof createServer>[1]) =>
    new Promise<number>((resolve) => {
      const server = createServer(handler);
      servers.push(server);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });

  it.skipIf(present || !existsSync(path.join(REAL, 'install.js')))('classifies the real installer given a corrupt zip as a checksum failure', async () => {
    const port = await listen((_req, res) => res.end('not a zip'));
    const result = await ensureElectron({ electronDir: REAL, env: realEnv(`http://127.0.0.1:${port}/`) });
    expect(result).toMatchObject({ ok: false, reason: 'install-failed', cause: 'checksum' });
  }, 60_000);

  it.skipIf(present || !existsSync(path.join(REAL, 'install.js')))('classifies the real installer with no server to reach as a network failure', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await listen(() => {});
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    const result = await ensureElectron({ electronDir: REAL, env: realEnv(`http://127.0.0.1:${port}/`) });
    expect(result).toMatchObject({ ok: false, reason: 'install-failed', cause: 'network' });
  }, 60_000);
});
