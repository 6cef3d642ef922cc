import { existsSync, readFileSync, statSync } from 'node:fs';
import { runScenario } from '../shared/engine/run';
import { ScenarioError } from '../shared/engine/prepare';
import type { ScenarioIssue } from '../shared/model/validate';
import type { IoProblem } from '../shared/io/problems';
import { parseScenarioFile, scenarioFileTooLarge } from '../shared/io/scenario-file';
import type { Scenario } from '../shared/model/scenario';
import { PRESETS, presetById } from '../seeds/index';
import { toCalcCsv, toCalcJson, toCalcTable } from './lib/calc-report';
import { issueLines } from './lib/issue-lines';
import { printable, terminalSafeJson } from './lib/terminal-text';

const USAGE = ['usage: npm run calc -- <preset-id | scenario.json> [--json | --csv]', `presets: ${PRESETS.map((p) => p.id).join(', ')}`];

/** Each entry is one line; paths, field names and values in them can come from the file. */
function fail(lines: string[]): never {
  process.stderr.write(lines.map(printable).join('\n') + '\n');
  process.exit(1);
}

function issuesText(source: string, issues: ScenarioIssue[]): string[] {
  return [`${source}: invalid scenario (${issues.length} problem${issues.length === 1 ? '' : 's'}):`, ...issueLines(issues)];
}

/** Problems of a file the app would refuse, in the app's words (its English). */
function problemsText(source: string, problems: IoProblem[]): string[] {
  const n = problems.length;
  return [`${source}: cannot be used (${n} problem${n === 1 ? '' : 's'}):`, ...issueLines(problems)];
}

/**
 * A scenario file, read as the app imports one (parseScenarioFile: size limit, UTF-8 or UTF-16
 * with its BOM, nesting depth, migrations, validation); its size is checked before it is read.
 * The file may hold one scenario, or one with the scenarios it derives from (a presets' child
 * needs only itself): the one no other scenario in the file derives from.
 */
function loadFile(arg: string): Scenario {
  const info = statSync(arg);
  if (!info.isFile()) fail([`${arg}: not a file`]);
  const tooLarge = scenarioFileTooLarge(info.size);
  if (tooLarge) fail(problemsText(arg, [tooLarge]));
  const file = parseScenarioFile(readFileSync(arg), { parents: (id) => presetById(id) });
  if (!file.ok) fail(problemsText(arg, file.problems));
  const parents = new Set(file.derived.map((d) => d.parentId));
  const candidates = [...file.scenarios, ...file.derivedResolved].filter((s) => !parents.has(s.id));
  const count = file.scenarios.length + file.derived.length;
  if (candidates.length !== 1) fail([`${arg}: holds ${count} scenarios; the CLI takes a file with one (and the scenarios it derives from)`]);
  return candidates[0]!;
}

function load(arg: string): Scenario {
  const preset = presetById(arg);
  if (preset) return preset;
  if (!existsSync(arg)) fail([`'${arg}' is neither a preset id nor a file`, ...USAGE]);
  return loadFile(arg);
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
