import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectron, missingElectronMessage } from '../../../scripts/electron-check.mjs';

const DIR = path.join(path.sep, 'proj', 'node_modules', 'electron');

/** A machine described by the files it has. */
function machine(files: Record<string, string>) {
  return { exists: (p: string) => p in files, readText: (p: string) => files[p] ?? '' };
}
const pkg = { [path.join(DIR, 'package.json')]: '{}' };

describe('findElectron', () => {
  it('finds the binary that path.txt names', () => {
    const exe = path.join(DIR, 'dist', 'electron');
    expect(findElectron({ electronDir: DIR, ...machine({ ...pkg, [path.join(DIR, 'path.txt')]: 'electron\n', [exe]: '' }) })).toEqual({ ok: true, executable: exe });
  });

  it('handles the macOS app bundle path', () => {
    const rel = 'Electron.app/Contents/MacOS/Electron';
    const exe = path.join(DIR, 'dist', rel);
    expect(findElectron({ electronDir: DIR, ...machine({ ...pkg, [path.join(DIR, 'path.txt')]: rel, [exe]: '' }) })).toMatchObject({ ok: true, executable: exe });
  });

  it('reports an install that skipped the download (no path.txt), as on offline machines', () => {
    expect(findElectron({ electronDir: DIR, ...machine(pkg) })).toMatchObject({ ok: false, reason: 'no-path-file' });
  });

  it('reports a path.txt whose binary is gone', () => {
    expect(findElectron({ electronDir: DIR, ...machine({ ...pkg, [path.join(DIR, 'path.txt')]: 'electron' }) })).toMatchObject({ ok: false, reason: 'no-binary' });
  });

  it('reports a missing electron package', () => {
    expect(findElectron({ electronDir: DIR, ...machine({}) })).toMatchObject({ ok: false, reason: 'no-package' });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    const exe = path.join(path.sep, 'opt', 'electron', 'electron');
    expect(findElectron({ electronDir: DIR, env: { ELECTRON_OVERRIDE_DIST_PATH: path.join(path.sep, 'opt', 'electron') }, ...machine({ ...pkg, [exe]: '' }) })).toEqual({ ok: true, executable: exe });
    expect(findElectron({ electronDir: DIR, env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, ...machine(pkg) })).toMatchObject({ ok: false, reason: 'no-binary' });
  });

  it('agrees with this machine (no binary here unless someone installed one)', () => {
    const result = findElectron({ electronDir: path.resolve('node_modules/electron') });
    expect(typeof result.ok).toBe('boolean');
  });
});

describe('missingElectronMessage', () => {
  const message = missingElectronMessage({ ok: false, reason: 'no-path-file', detail: '/x/path.txt not found' });

  it('says what is missing in Chinese and English', () => {
    expect(message).toContain('未找到 Electron');
    expect(message).toContain('The Electron binary is missing');
    expect(message).toContain('/x/path.txt not found');
  });

  it("gives fixes that download something: Electron's own installer, the China mirror, the browser build", () => {
    // `npm rebuild electron` runs no installer (Electron's package has no install script), so it fixes nothing.
    expect(message).not.toContain('npm rebuild');
    expect(message).toContain('npx install-electron');
    expect(message).toContain('node node_modules/electron/install.js');
    expect(message).toContain('ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/');
    expect(message).toContain('npm run dev:web');
  });

  it('is a message, not a stack trace', () => {
    expect(message).not.toMatch(/\n\s+at /);
    expect(message).not.toMatch(/Error:/);
  });
});
