import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../scripts/build-electron.mjs';

let outdir: string;
let result: { main: string[]; preload: string[] };

beforeAll(async () => {
  // Its own folder, so the test never rewrites out/electron under a running app.
  outdir = mkdtempSync(path.join(tmpdir(), 'cpp-build-electron-'));
  result = await buildElectron({ outdir, logLevel: 'silent' });
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('build-electron', () => {
  it('bundles the sandboxed preload into one CommonJS file that requires only electron', () => {
    expect(result.preload).toEqual(['electron']);
    const code = readFileSync(path.join(outdir, 'preload.cjs'), 'utf8');
    const requires = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).toContain('exposeInMainWorld');
  });

  it('bundles main as CommonJS with electron external and only Node built-ins besides', () => {
    const code = readFileSync(path.join(outdir, 'main.cjs'), 'utf8');
    expect(code).toMatch(/require\("electron"\)/);
    const others = result.main.filter((m) => m !== 'electron');
    expect(others.every((m) => m.startsWith('node:'))).toBe(true);
    // main serves the renderer from ../renderer relative to itself.
    expect(code).toContain('../renderer');
  });

  it('keeps the domain out of the shell bundles', () => {
    for (const file of ['main.cjs', 'preload.cjs']) {
      const code = readFileSync(path.join(outdir, file), 'utf8');
      expect(code, file).not.toMatch(/shared\/(model|engine)\//);
      expect(code, file).not.toContain('mathjs');
    }
  });
});
