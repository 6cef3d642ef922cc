import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DOC_PATH, README_PATH, renderDataSources } from './lib/data-sources';

/**
 * Writes docs/DATA-SOURCES.md from the presets and the reference library
 * (`npm run docs:sources`). Run it after changing a preset, a ledger or a
 * reference entry; test/scripts/data-sources.test.ts fails until the committed
 * file matches.
 */
const text = renderDataSources(readFileSync(README_PATH, 'utf8'));
mkdirSync(dirname(DOC_PATH), { recursive: true });
writeFileSync(DOC_PATH, text);
process.stdout.write(`wrote ${DOC_PATH} (${text.split('\n').length - 1} lines)\n`);
