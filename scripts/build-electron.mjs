// Bundles the Electron main process and preload with esbuild:
//   electron/main/index.ts    → out/electron/main.cjs
//   electron/preload/index.ts → out/electron/preload.cjs
// The preload runs sandboxed, where require() knows only 'electron' (and a few
// Node shims), so the build fails if its bundle would require anything else.
import { build } from 'esbuild';
import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Bare module names a bundle still requires at run time, from esbuild's metafile. */
export function externalImports(metafile) {
  const names = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const imp of output.imports) if (imp.external) names.add(imp.path);
  }
  return [...names].sort();
}

export async function buildElectron({ outdir = join(ROOT, 'out/electron'), logLevel = 'warning' } = {}) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    sourcemap: 'linked',
    metafile: true,
    logLevel,
    absWorkingDir: ROOT,
  };
  const main = await build({
    ...common,
    entryPoints: [join(ROOT, 'electron/main/index.ts')],
    outfile: join(outdir, 'main.cjs'),
    // Electron 45 ships Node 22.
    target: 'node22',
  });
  const preload = await build({
    ...common,
    entryPoints: [join(ROOT, 'electron/preload/index.ts')],
    outfile: join(outdir, 'preload.cjs'),
    // Electron 45 ships Chromium 140.
    target: 'chrome140',
  });
  const preloadRequires = externalImports(preload.metafile);
  const stray = preloadRequires.filter((name) => name !== 'electron');
  if (stray.length > 0) {
    throw new Error(`preload.cjs must require only 'electron' (sandbox: true), but requires: ${stray.join(', ')}`);
  }
  return { main: externalImports(main.metafile), preload: preloadRequires };
}

const invokedDirectly = process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  buildElectron({ logLevel: 'info' }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
