import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as bomb from '../test/shared/io/xlsx-bombs';
import type { IssueBody } from '../shared/model/issue-codes';
import { inEnglish } from './lib/issue-lines';

/**
 * Peak memory of the ledger importer on each hostile workbook of
 * test/shared/io/xlsx-bombs.ts (every one must be refused, at a peak under
 * 200 MB). The importer is bundled with esbuild and each file is imported in
 * a fresh plain Node process, which reports its peak resident set (`maxRSS`)
 * before and after the import and V8's heap after it: "start" is Node with
 * the importer loaded, "peak" the most the process ever held.
 *
 *   npx tsx scripts/xlsx-bomb-memory.ts [name …]
 *
 * Exits 1 when a bomb is accepted or a peak reaches 200 MB.
 */

const LIMIT_MB = 200;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const BOMBS: Record<string, () => Promise<Uint8Array>> = {
  'one 300 MB text cell': () => bomb.hugeCell(),
  'the same, size forged to 20 KB': () => bomb.hugeCell(300_000_000, 20_000),
  'a 1,000,000-character cell': () => bomb.hugeCell(1_000_000),
  'a million rows': () => bomb.manyRows(),
  '200,000 rows': () => bomb.manyRows(200_000),
  'two million shared strings': () => bomb.manySharedStrings(),
  'one 300 MB shared string': () => bomb.hugeSharedString(),
  '100,000 parts': () => bomb.manyParts(),
  'a million nested elements': () => bomb.deepNesting(),
  'an undefined entity': () => bomb.undefinedEntity(),
};

type Report = { refused: boolean; refusal: IssueBody | null; rows: number; ms: number; rssBeforeMb: number; rssPeakMb: number; heapMb: number };

/** The child: imports the file named on its command line and prints a Report. */
const CHILD = `
import { readFileSync } from 'node:fs';
import { parseLedgerXlsx } from './shared/io/ledger-import';
const bytes = new Uint8Array(readFileSync(process.argv[2]));
const mb = (kb) => Math.round(kb / 1024);
const rssBeforeMb = mb(process.resourceUsage().maxRSS);
const t0 = performance.now();
const p = await parseLedgerXlsx(bytes);
const fatal = p.headerProblems.find((h) => h.fatal);
process.stdout.write(JSON.stringify({
  refused: !!fatal && p.rows.length === 0,
  refusal: fatal ? { code: fatal.code, params: fatal.params } : null,
  rows: p.rows.length,
  ms: Math.round(performance.now() - t0),
  rssBeforeMb,
  rssPeakMb: mb(process.resourceUsage().maxRSS),
  heapMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
}));
`;

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-bombs-'));
  // in out/, so the bundle finds node_modules (packages stay external, as in the app)
  const child = path.join(ROOT, 'out', 'xlsx-bomb-memory', 'child.mjs');
  await build({ stdin: { contents: CHILD, resolveDir: ROOT, loader: 'ts' }, bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile: child, logLevel: 'warning' });
  let failed = false;
  try {
    console.log(`${'bomb'.padEnd(32)} ${'file'.padStart(9)} ${'time'.padStart(8)} ${'RSS start'.padStart(9)} ${'RSS peak'.padStart(9)} ${'heap'.padStart(6)}  message`);
    for (const [name, make] of Object.entries(BOMBS)) {
      if (only.length && !only.some((o) => name.includes(o))) continue;
      const bytes = await make();
      const file = path.join(dir, 'bomb.xlsx');
      writeFileSync(file, bytes);
      const r = JSON.parse(execFileSync(process.execPath, [child, file], { encoding: 'utf8', maxBuffer: 1 << 20 })) as Report;
      const bad = !r.refused || r.rssPeakMb >= LIMIT_MB;
      failed ||= bad;
      console.log(
        `${name.padEnd(32)} ${`${Math.round(bytes.length / 1024)} KB`.padStart(9)} ${`${r.ms} ms`.padStart(8)} ${`${r.rssBeforeMb} MB`.padStart(9)} ${`${r.rssPeakMb} MB`.padStart(9)} ${`${r.heapMb} MB`.padStart(6)}  ${bad ? 'FAIL ' : ''}${(r.refusal ? inEnglish(r.refusal) : `accepted: ${r.rows} rows`).slice(0, 110)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(failed ? `\nA bomb was accepted or peaked at ${LIMIT_MB} MB or more.` : `\nEvery bomb refused, every peak under ${LIMIT_MB} MB.`);
  process.exit(failed ? 1 : 0);
}

await main();
