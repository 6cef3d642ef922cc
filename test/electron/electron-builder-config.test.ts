import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder's own schema check (no download, no packaging): what `dist` would run first.
// Resolved from electron-builder's own folder: these are its dependencies, not ours.
const require = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const yaml = require('js-yaml') as { load(text: string): unknown };

type Config = {
  appId: string;
  asar: boolean;
  files: string[];
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  win: { target: { target: string; arch: string[] }[] };
  linux: { target: string[]; category: string; maintainer: string };
  mac: { target: string[] };
  extraResources: { from: string; to: string }[];
};
const config = yaml.load(readFileSync(path.resolve('electron-builder.yml'), 'utf8')) as Config;
const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

describe('electron-builder.yml', () => {
  it('matches electron-builder’s schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('ships the licence of every bundled font (the SIL Open Font License asks for it), from a file that exists', () => {
    const fonts = Object.keys((JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies).filter((d) => d.startsWith('@fontsource/'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      const entry = config.extraResources.find((r) => r.from === `node_modules/${font}/LICENSE`);
      expect(entry, font).toBeDefined();
      expect(readFileSync(path.resolve(entry!.from), 'utf8')).toContain('SIL Open Font License');
    }
  });

  it('flips the fuses of the house style', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the bundles only, in an asar', () => {
    expect(config.appId).toBe('cn.carbonpeak.planner');
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/electron/**', 'out/renderer/**', 'package.json']));
    expect(pkg.main).toBe('out/electron/main.cjs');
    expect(config.files.filter((f) => !f.startsWith('!')).every((f) => f.startsWith('out/') || f === 'package.json')).toBe(true);
  });

  it('builds an assisted x64 NSIS installer in Chinese and English, AppImage + deb and a dmg', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true, installerLanguages: ['zh_CN', 'en_US'] });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Science');
    expect(config.linux.maintainer).toBeTruthy();
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('has the start, build and dist scripts', () => {
    expect(pkg.scripts.start).toBe('node scripts/start.mjs');
    expect(pkg.scripts['build:electron']).toBe('node scripts/build-electron.mjs');
    for (const [name, flag] of [['dist', ''], ['dist:win', ' --win'], ['dist:linux', ' --linux'], ['dist:mac', ' --mac']]) {
      expect(pkg.scripts[name!], name).toMatch(new RegExp(`build:electron && electron-builder${flag}$`));
    }
  });
});
