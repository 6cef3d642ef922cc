import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** Our own output folder, so a test run never empties out/renderer under someone else's feet. */
export const E2E_OUT = join(ROOT, 'out/e2e/renderer');
const STAMP = join(E2E_OUT, '.e2e-built');
const INPUTS = ['renderer', 'shared', 'seeds', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the renderer with the project's Vite config unless the last build is newer than every input. */
export function ensureBuilt(): string {
  const sources = Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p))));
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs > sources && existsSync(join(E2E_OUT, 'index.html'))) return E2E_OUT;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--outDir', E2E_OUT, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
    // Vite takes NODE_ENV from the environment, and vitest sets it to 'test': the build would then be a
    // development one (React's development bundle, the dev database name) or not, depending on who built it.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`vite build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  writeFileSync(STAMP, new Date().toISOString());
  return E2E_OUT;
}
