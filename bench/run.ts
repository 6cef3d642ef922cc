import { PRESETS } from '../seeds/index';
import { benchEngine } from './engine';
import { benchHourly } from './hourly';
import { benchEnsemble, cores } from './ensemble';
import { benchGoalSeek, benchGoalSeekFeedback } from './goal-seek';
import { printImportExport } from './io';
import { printLibrary } from './library';
import { printReportPdf } from './report-pdf';
import { printUiLatency } from './ui-latency';
import { pressureLine } from './support';

/**
 * `npm run bench`: every figure below is measured in this one run on this
 * machine; targets from the issues are printed beside them.
 * Sections: engine, the hourly balance, goal seek, UI latency in Chromium, import/export
 * and report PDF, a big library in Chromium.
 * `npm run bench -- engine` runs one section.
 */
const ENGINE_TARGET_MS = 1;
const EXPR_RATIO_TARGET = 2;

function line(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padStart(widths[i]!)).join('  ');
}

async function engineSection(): Promise<boolean> {
  console.log('\n## Engine: full scenario run 2020–2060 (median of 2,000 runs after 200 warm-up)');
  const figures = benchEngine(PRESETS);
  const w = [20, 6, 10, 10, 10, 12, 10, 8];
  console.log(line(['preset', 'years', 'median ms', 'p95 ms', 'runs/s', 'expr med ms', 'expr/plain', 'series'], w));
  let ok = true;
  for (const f of figures) {
    console.log(line([f.id, f.years, f.medianMs.toFixed(4), f.p95Ms.toFixed(4), Math.round(f.runsPerSecond), f.exprMedianMs.toFixed(4), f.exprRatio.toFixed(2) + '×', f.seriesCount], w));
    ok &&= f.medianMs < ENGINE_TARGET_MS && f.exprRatio <= EXPR_RATIO_TARGET;
  }
  const worst = Math.max(...figures.map((f) => f.medianMs));
  const worstRatio = Math.max(...figures.map((f) => f.exprRatio));
  console.log(`target: < ${ENGINE_TARGET_MS} ms per run (worst median ${worst.toFixed(4)} ms: ${worst < ENGINE_TARGET_MS ? 'met' : 'MISSED'}); ` +
    `expressions ≤ ${EXPR_RATIO_TARGET}× plain (worst ${worstRatio.toFixed(2)}×: ${worstRatio <= EXPR_RATIO_TARGET ? 'met' : 'MISSED'})`);
  const mem = process.memoryUsage();
  console.log(`memory: heap used ${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB, rss ${(mem.rss / 2 ** 20).toFixed(1)} MiB`);
  return ok;
}

const HOURLY_TARGET_MS = 10;

async function hourlySection(): Promise<boolean> {
  console.log('\n## Hourly balance: every hour of 2020–2060 after the annual model (Node V8, as in the worker; median of 300 runs after 30 warm-up)');
  const figures = benchHourly(PRESETS);
  const w = [20, 6, 8, 10, 10, 16];
  console.log(line(['preset', 'years', 'hours', 'median ms', 'worst ms', 'of which detail'], w));
  for (const f of figures) console.log(line([f.id, f.years, f.hours, f.medianMs.toFixed(2), f.worstMs.toFixed(2), f.detailMedianMs.toFixed(2)], w));
  const worst = Math.max(...figures.map((f) => f.medianMs));
  const ok = worst < HOURLY_TARGET_MS;
  console.log(`target: < ${HOURLY_TARGET_MS} ms median per full-horizon run (worst median ${worst.toFixed(2)} ms: ${ok ? 'met' : 'MISSED'}); the slider → results figure (UI section) has the balance on (every preset has it)`);
  return ok;
}

const ENSEMBLE_TARGET_MS = 1000;

async function ensembleSection(): Promise<boolean> {
  console.log(`\n## Uncertainty: 10,000 Latin-hypercube runs of each preset 2020–2060, default ranges, seed 1, preparation included (${cores()} cores)`);
  const figures = await benchEnsemble(PRESETS);
  const w = [20, 7, 7, 11, 13, 13, 15, 6];
  console.log(line(['preset', 'runs', 'inputs', '1 thread ms', '2 workers ms', 'runs/s/core 1', 'runs/s/core 2w', 'same'], w));
  for (const f of figures) {
    console.log(line([f.id, f.runs, f.inputs, f.singleMs.toFixed(0), f.splitMs.toFixed(0), Math.round(f.perCoreSingle), Math.round(f.perCoreSplit), f.same ? 'yes' : 'NO'], w));
  }
  const worstSingle = Math.max(...figures.map((f) => f.singleMs));
  const worstSplit = Math.max(...figures.map((f) => f.splitMs));
  const ok = worstSplit < ENSEMBLE_TARGET_MS && figures.every((f) => f.same);
  console.log(`target: < ${ENSEMBLE_TARGET_MS} ms per preset (worst: ${worstSingle.toFixed(0)} ms in one thread, ${worstSplit.toFixed(0)} ms over 2 workers: ${ok ? 'met' : 'MISSED'}); split results identical to one thread: ${figures.every((f) => f.same) ? 'yes' : 'NO'}`);
  return ok;
}

const GOAL_SEEK_TARGET_MS = 100;

async function goalSeekSection(): Promise<boolean> {
  console.log('\n## Goal seek: each target of each preset with five levers, and a 2030 CO2 cap 5 % under the preset with the grid factor (median of 7 after one warm-up; annual model, the hourly balance only with its feedback on, which no preset has)');
  const figures = benchGoalSeek(PRESETS);
  const w = [20, 6, 10, 9, 10, 9, 5, 8, 12];
  console.log(line(['preset', 'seeks', 'median ms', 'worst ms', 'med runs', 'max runs', 'met', 'already', 'unreachable'], w));
  for (const f of figures) console.log(line([f.id, f.seeks, f.medianMs.toFixed(1), f.worstMs.toFixed(1), f.medianRuns, f.maxRuns, f.met, f.alreadyMet, f.unreachable], w));
  const worst = Math.max(...figures.map((f) => f.worstMs));
  const maxRuns = Math.max(...figures.map((f) => f.maxRuns));
  const ok = worst < GOAL_SEEK_TARGET_MS && maxRuns <= 50;
  console.log(`target: < ${GOAL_SEEK_TARGET_MS} ms and ≤ 50 runs per seek (worst ${worst.toFixed(1)} ms, ${maxRuns} runs: ${ok ? 'met' : 'MISSED'})`);
  const fb = benchGoalSeekFeedback(PRESETS.find((p) => p.id === 'lianzhou-policy')!);
  console.log(`with the hourly feedback on (each run includes the balance; not held to the target): lianzhou-policy, the CO2 cap with the grid factor: ${fb.ms.toFixed(0)} ms, ${fb.runs} runs`);
  return ok;
}

const sections: Record<string, () => Promise<boolean>> = {
  engine: engineSection,
  hourly: hourlySection,
  goalseek: goalSeekSection,
  ensemble: ensembleSection,
  ui: () => printUiLatency(),
  io: () => printImportExport(),
  report: () => printReportPdf(),
  library: () => printLibrary(),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(sections);
  let allMet = true;
  for (const name of names) {
    const run = sections[name];
    if (!run) throw new Error(`unknown bench section '${name}' (${Object.keys(sections).join(', ')})`);
    console.log(`\n[${pressureLine()}]`);
    allMet = (await run()) && allMet;
  }
  console.log(`\n[${pressureLine()}]`);
  console.log(`\n${allMet ? 'All targets met.' : 'Some targets MISSED (see above).'}`);
}

void main();
