import fc from 'fast-check';
import { fuzzTargets, type Outcome } from '../test/shared/io/fuzz-cases';

/**
 * `npm run fuzz` (`tsx scripts/fuzz.ts`): at least 10,000 generated inputs per
 * importer (scenario JSON, backup, ledger CSV, ledger .xlsx bytes, hourly
 * profile CSV and .xlsx bytes): random
 * bytes and text, random JSON, mutations of valid files (fields dropped,
 * duplicated, retyped; truncation; huge numbers; NaN strings; deep nesting),
 * and hostile shapes: derived scenarios chained thousands deep (with cycles
 * and missing parents), 1e308/1e999/-0/"NaN" in any numeric field, control
 * characters and bidi overrides in names and labels, deep or long
 * expressions, and xlsx bombs (huge cells, rows, shared strings, parts,
 * nesting, forged zip sizes, DOCTYPE and unknown entities). Profile files are
 * year-long (8,760 or 8,784 hours) with hostile cells, hours dropped or
 * repeated, headers changed, GBK/UTF-16 bytes and title rows; a case that
 * decides the verdict (a valid file, a NaN hour) is held to it.
 * Every importer must return ok with valid data or a non-empty list of
 * problems with paths and messages, and must never throw or reject.
 *
 *   npx tsx scripts/fuzz.ts [--runs 10000] [--seed 123] [--only xlsx]   (--only profile: the two profile importers)
 *
 * Prints counts and time per target and per kind of input, and exits 1 on any failure
 * (with the seed and the shrunk input to reproduce it).
 */

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(arg('runs') ?? 10_000);
const seed = Number(arg('seed') ?? Date.now() % 2_147_483_647);
const only = arg('only');

let unhandled = 0;
process.on('unhandledRejection', (reason) => {
  unhandled++;
  console.error('unhandled rejection:', reason);
});

async function main(): Promise<void> {
  console.log(`fuzz: ${runs} cases per importer, seed ${seed}`);
  const targets = (await fuzzTargets()).filter((t) => !only || t.name.includes(only));
  let failed = false;
  for (const target of targets) {
    const byKind = new Map<string, Record<Outcome, number>>();
    const msByKind = new Map<string, number>();
    let slowest = { ms: 0, kind: '' };
    const started = performance.now();
    const details = await fc.check(
      fc.asyncProperty(target.arbitrary, async (input) => {
        const t0 = performance.now();
        const v = await target.run(input);
        const ms = performance.now() - t0;
        if (ms > slowest.ms) slowest = { ms, kind: input.kind };
        msByKind.set(input.kind, (msByKind.get(input.kind) ?? 0) + ms);
        if ('violation' in v) throw new Error(`${input.kind}: ${v.violation}`);
        const counts = byKind.get(input.kind) ?? { ok: 0, okUncomputable: 0, problems: 0 };
        counts[v.outcome]++;
        byKind.set(input.kind, counts);
      }),
      { numRuns: runs, seed, endOnFailure: false },
    );
    const seconds = (performance.now() - started) / 1000;
    const total: Record<Outcome, number> = { ok: 0, okUncomputable: 0, problems: 0 };
    for (const c of byKind.values()) for (const k of Object.keys(total) as Outcome[]) total[k] += c[k];
    const uncomputable = total.okUncomputable ? ` (${total.okUncomputable} of them valid but not computable by the engine)` : '';
    console.log(
      `\n## ${target.name}: ${details.numRuns} cases in ${seconds.toFixed(1)} s — ${total.ok + total.okUncomputable} ok${uncomputable}, ` +
        `${total.problems} rejected with problems, ${details.failed ? 'FAILED' : '0 failures'}`,
    );
    for (const [kind, c] of [...byKind.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      const extra = c.okUncomputable ? `, of which not computable ${c.okUncomputable}` : '';
      const seconds = `${((msByKind.get(kind) ?? 0) / 1000).toFixed(1)} s`;
      console.log(`  ${kind.padEnd(44)} ${String(c.ok + c.okUncomputable + c.problems).padStart(6)} ${seconds.padStart(8)}  (ok ${c.ok + c.okUncomputable}${extra}, problems ${c.problems})`);
    }
    console.log(`  slowest case: ${slowest.ms.toFixed(1)} ms (${slowest.kind})`);
    if (details.failed) {
      failed = true;
      console.error(`  failure (seed ${details.seed}, path ${details.counterexamplePath}):`);
      console.error(`  ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
      console.error(`  input: ${fc.stringify(details.counterexample).slice(0, 2000)}`);
    }
  }
  if (unhandled) {
    console.error(`\n${unhandled} unhandled promise rejection(s)`);
    failed = true;
  }
  console.log(failed ? '\nFUZZ FAILED' : '\nAll importers held.');
  process.exit(failed ? 1 : 0);
}

void main();
