import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { withSeededLibrary } from './seeded-library';
import { cliNumber, isMain, measuredOrNot, median } from './support';

/**
 * The library page with a big library, in headless Chromium (browser build,
 * the end-to-end tests' own). A fresh profile is opened once (the presets are
 * seeded), `scenarios` user scenarios are written into its IndexedDB (copies
 * of the presets with varied figures, test/e2e/support/library-seed.ts), then
 * `#/library` is loaded anew `runs` times, each in a new page load:
 *
 * - table: navigation start → the first user row laid out;
 * - interactive: navigation start → the table is shown and the main thread's
 *   last long task (PerformanceObserver 'longtask', > 50 ms) has ended, with
 *   none in the `QUIET_MS` after it nor until every summary is shown (a page
 *   still rendering summaries is not interactive, however long its pauses);
 * - search: then, typing a query into the search box → the one matching row
 *   (the oldest scenario, at the end of the list) is in the page;
 * - summaries: navigation start → every row's target summary is known;
 * - long tasks: the main thread's time in long tasks until then.
 * Target: interactive under 1 s.
 */
export const LIBRARY_INTERACTIVE_TARGET_MS = 1000;
const QUIET_MS = 1000;
const GIVE_UP_MS = 240_000;

export type LibraryOpenOptions = { scenarios?: number; runs?: number; log?: (line: string) => void };
/** Times in ms; null when it did not happen within `GIVE_UP_MS` (then the long tasks are those until then). */
export type LibraryOpenRun = {
  tableMs: number | null;
  interactiveMs: number | null;
  searchMs: number | null;
  summariesMs: number | null;
  longTaskMs: number;
  longestTaskMs: number;
};
export type LibraryOpenFigures = { scenarios: number; runs: LibraryOpenRun[] };

export class LibraryBenchError extends Error {
  override name = 'LibraryBenchError';
}

/**
 * Runs before the app's scripts. Records long tasks, when the first user row
 * is laid out, and when every summary is known: the table says how many are
 * still computing in `data-summaries-pending` (it renders only some rows);
 * a table without it renders them all, and then no badge may still read
 * "computing".
 */
const probe = (count: number) => `(() => {
  const lib = (window.__cppLib = { longtasks: [], rowAt: null, doneAt: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) lib.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const allKnown = () => {
    const table = document.querySelector('[data-testid="library-mine"]');
    if (!table) return false;
    const pending = table.getAttribute('data-summaries-pending');
    if (pending !== null) return pending === '0';
    if (table.querySelectorAll('tbody tr').length < ${count}) return false;
    for (const b of table.querySelectorAll('.target-badge')) if (b.textContent === '计算中…') return false;
    return true;
  };
  const tick = () => {
    if (lib.rowAt === null) {
      const row = document.querySelector('[data-testid="library-mine"] [data-kind="user"]');
      if (row && row.getBoundingClientRect().height > 0) lib.rowAt = performance.now();
    }
    if (lib.rowAt !== null && lib.doneAt === null && allKnown()) lib.doneAt = performance.now();
    if (lib.doneAt === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const ms = (x: number | null) => (x === null || !Number.isFinite(x) ? `> ${GIVE_UP_MS / 1000} s` : `${x.toFixed(0)} ms`);

type ProbeState = { now: number; rowAt: number | null; doneAt: number | null; longtasks: [number, number][] };
const readProbe = (page: Page) => page.evaluate<ProbeState>('({ now: performance.now(), ...window.__cppLib })');

/** In the page: sets the search box to `query` as typing would, and times it until `[data-testid=<rowTestId>]` is in the page. */
const searchInPage = (arg: { query: string; rowTestId: string }) => `(async (arg) => {
  const input = document.querySelector('[data-testid="library-search"]');
  if (!input) return 'no [data-testid=library-search]';
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  return new Promise((resolve) => {
    const found = () => document.querySelector('[data-testid="' + arg.rowTestId + '"]');
    let t0 = 0;
    const mo = new MutationObserver(() => {
      if (!found()) return;
      mo.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - t0);
    });
    const timer = setTimeout(() => { mo.disconnect(); resolve('no ' + arg.rowTestId + ' 30 s after searching for ' + arg.query); }, 30000);
    mo.observe(document.body, { subtree: true, childList: true, attributes: true });
    input.focus();
    setValue.call(input, arg.query);
    t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
})(${JSON.stringify(arg)})`;

async function openOnce(page: Page, url: string, count: number): Promise<LibraryOpenRun> {
  await page.goto('about:blank');
  await page.goto(`${url}#/library`);
  const started = Date.now();
  let state: ProbeState;
  let interactiveMs: number | null = null;
  for (;;) {
    state = await readProbe(page);
    const lastEnd = Math.max(0, ...state.longtasks.map(([s, d]) => s + d));
    // Work still to come (summaries) may block the page again: judged once it is all done.
    if (state.rowAt !== null && state.doneAt !== null && state.now - Math.max(lastEnd, state.doneAt) >= QUIET_MS) {
      interactiveMs = Math.max(lastEnd, state.rowAt);
      break;
    }
    if (Date.now() - started > GIVE_UP_MS) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  let searchMs: number | null = null;
  if (interactiveMs !== null) {
    const oldest = count - 1;
    const s = await page.evaluate<number | string>(searchInPage({ query: `方案 ${oldest + 1}`, rowTestId: `library-row-bench-${String(oldest).padStart(4, '0')}` }));
    if (typeof s === 'string') throw new LibraryBenchError(s);
    searchMs = s;
  }
  const until = state.doneAt ?? state.now;
  const tasks = state.longtasks.filter(([s]) => s <= until);
  return {
    tableMs: state.rowAt,
    interactiveMs,
    searchMs,
    summariesMs: state.doneAt,
    longTaskMs: tasks.reduce((sum, [, d]) => sum + d, 0),
    longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)),
  };
}

/** Opens the library `runs` times over `scenarios` seeded user scenarios. */
export async function measureLibraryOpen(options: LibraryOpenOptions = {}): Promise<LibraryOpenFigures> {
  const { scenarios = 1000, runs = 3, log = () => {} } = options;
  return withSeededLibrary(scenarios, log, (reason) => new LibraryBenchError(reason), async ({ ctx, page, url }) => {
    await ctx.addInitScript({ content: probe(scenarios) });
    const out: LibraryOpenRun[] = [];
    for (let i = 0; i < runs; i++) {
      out.push(await openOnce(page, url, scenarios));
      const r = out[i]!;
      log(`open ${i + 1}/${runs}: table ${ms(r.tableMs)}, interactive ${ms(r.interactiveMs)}, search ${ms(r.searchMs)}, all summaries ${ms(r.summariesMs)}, long tasks ${ms(r.longTaskMs)}`);
    }
    return { scenarios, runs: out };
  });
}

/** Prints the figures; false when the target is missed (or nothing could be measured). */
export async function printLibraryOpen(options: LibraryOpenOptions = {}): Promise<boolean> {
  const f = await measuredOrNot(() => measureLibraryOpen({ log: (s) => console.log(`  ${s}`), ...options }), LibraryBenchError);
  if (!f) return false;
  // a run that never got there counts as the longest
  const m = (k: keyof LibraryOpenRun) => median(f.runs.map((r) => r[k] ?? Infinity));
  const interactive = m('interactiveMs');
  const met = interactive < LIBRARY_INTERACTIVE_TARGET_MS;
  console.log(`open the library with ${f.scenarios} user scenarios (median of ${f.runs.length} page loads):`);
  console.log(`  table shown ${ms(m('tableMs'))}; interactive ${ms(interactive)} (target < ${LIBRARY_INTERACTIVE_TARGET_MS} ms: ${met ? 'met' : 'MISSED'}); ` +
    `search → off-screen row ${ms(m('searchMs'))}`);
  console.log(`  all summaries shown ${ms(m('summariesMs'))}; main thread in long tasks until then ${ms(m('longTaskMs'))} (longest ${ms(m('longestTaskMs'))})`);
  return met;
}

/** Importing into a big library (bench/library-import.ts), measured after opening one where that file is present. */
const IMPORT_BENCH = new URL('./library-import.ts', import.meta.url);

/** The bench's "library" section: opening a big library, then importing into it. */
export async function printLibrary(): Promise<boolean> {
  console.log('\n## Library in headless Chromium (browser build)');
  let ok = await printLibraryOpen();
  if (existsSync(fileURLToPath(IMPORT_BENCH))) {
    const m = (await import(IMPORT_BENCH.href)) as { printLibraryImport(): Promise<boolean> };
    ok = (await m.printLibraryImport()) && ok;
  }
  return ok;
}

// `npx tsx bench/library.ts [--scenarios 1000] [--runs 3]`
if (isMain(import.meta.url)) {
  void printLibraryOpen({ scenarios: cliNumber('--scenarios'), runs: cliNumber('--runs'), log: (s) => console.log(`  ${s}`) }).then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
}
