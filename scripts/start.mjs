// `npm start`: on first run downloads Electron with its own installer (npm
// install does not), builds the renderer and the Electron bundles, then runs the
// desktop app. When no binary can be had, says why in one message (Chinese and
// English) instead of Electron's stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildElectron, ROOT } from './build-electron.mjs';
import { ensureElectron, missingElectronMessage } from './electron-check.mjs';

function buildRenderer() {
  if (!existsSync(join(ROOT, 'vite.config.ts'))) {
    console.warn('[start] vite.config.ts not found: skipping the renderer build (out/renderer is used as it is).');
    return;
  }
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('[start] renderer build failed (vite build); see above.');
    process.exit(run.status ?? 1);
  }
}

async function main() {
  // First: no point building for a minute only to say the binary is missing.
  const check = await ensureElectron({
    electronDir: join(ROOT, 'node_modules/electron'),
    env: process.env,
    log: (line) => console.log(`[start] ${line}`),
  });
  if (!check.ok) {
    console.error(missingElectronMessage(check));
    process.exit(1);
  }

  buildRenderer();
  await buildElectron();

  const env = { ...process.env };
  // Set in some shells and CI images; it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(check.executable, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env });
  child.on('error', (error) => {
    console.error(`[start] could not run ${check.executable}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
