import { existsSync, readFileSync } from 'node:fs';
import { runScenario } from '../shared/engine/run';
import { ScenarioError } from '../shared/engine/prepare';
import { validateScenario, type ScenarioIssue } from '../shared/model/validate';
import type { Scenario } from '../shared/model/scenario';
import { PRESETS, presetById } from '../seeds/index';
import { toCalcCsv, toCalcJson, toCalcTable } from './lib/calc-report';
import { printable, terminalSafeJson } from './lib/terminal-text';

const USAGE = ['usage: npm run calc -- <preset-id | scenario.json> [--json | --csv]', `presets: ${PRESETS.map((p) => p.id).join(', ')}`];

/** Each entry is one line; paths, field names and values in them can come from the file. */
function fail(lines: string[]): never {
  process.stderr.write(lines.map(printable).join('\n') + '\n');
  process.exit(1);
}

function issuesText(source: string, issues: ScenarioIssue[]): string[] {
  return [`${source}: invalid scenario (${issues.length} problem${issues.length === 1 ? '' : 's'}):`, ...issues.map((i) => `  ${i.path}: ${i.message}`)];
}

function load(arg: string): Scenario {
  const preset = presetById(arg);
  if (preset) return preset;
  if (!existsSync(arg)) fail([`'${arg}' is neither a preset id nor a file`, ...USAGE]);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(arg, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    fail([`${arg}: not valid JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
  // An export file of the app holds its scenarios in `scenarios`; take it when it has exactly one.
  if (data && typeof data === 'object' && Array.isArray((data as { scenarios?: unknown }).scenarios)) {
    const list = (data as { scenarios: unknown[] }).scenarios;
    if (list.length !== 1) fail([`${arg}: holds ${list.length} scenarios; the CLI takes a file with one`]);
    data = list[0];
  }
  const checked = validateScenario(data);
  if (!checked.ok) fail(issuesText(arg, checked.issues));
  return checked.scenario;
}

function main(argv: string[]): void {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const args = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--csv');
  if (args.length !== 1 || unknown.length || (flags.has('--json') && flags.has('--csv'))) fail(USAGE);
  const scenario = load(args[0]!);
  let results;
  try {
    results = runScenario(scenario);
  } catch (err) {
    if (err instanceof ScenarioError) fail(issuesText(args[0]!, err.issues));
    throw err;
  }
  // Build the whole output before writing so a failure never leaves a partial table.
  const out = flags.has('--json')
    ? terminalSafeJson(JSON.stringify(toCalcJson(scenario, results), null, 2)) + '\n'
    : flags.has('--csv')
      ? toCalcCsv(results)
      : toCalcTable(scenario, results);
  process.stdout.write(out);
}

main(process.argv.slice(2));
