import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DOC_PATH, README_PATH, renderDataSources } from './lib/data-sources';
import { HEADLINES_PATH, renderPresetHeadlines } from './lib/preset-headlines';

/**
 * Writes docs/DATA-SOURCES.md from the presets and the reference library, and
 * docs/PRESET-HEADLINES.md from the presets run through the engine
 * (`npm run docs:sources`). Run it after changing a preset, a ledger or a
 * reference entry; test/scripts/data-sources.test.ts and
 * test/scripts/preset-headlines.test.ts fail until the committed files match.
 */
for (const [path, text] of [
  [DOC_PATH, renderDataSources(readFileSync(README_PATH, 'utf8'))],
  [HEADLINES_PATH, renderPresetHeadlines()],
] as const) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`wrote ${path} (${text.split('\n').length - 1} lines)\n`);
}
