import { existsSync, readFileSync, statSync } from 'node:fs';
import { runScenario } from '../shared/engine/run';
import { ScenarioError } from '../shared/engine/prepare';
import type { ScenarioIssue } from '../shared/model/validate';
import type { IoProblem } from '../shared/io/problems';
import { parseScenarioFile, scenarioFileTooLarge } from '../shared/io/scenario-file';
import type { Scenario } from '../shared/model/scenario';
import { ELECTRICITY_CO2_METHODS, ENERGY_CONTROL_RULES, PEAK_SCOPES, RENEWABLE_ATTRIBUTIONS } from '../shared/model/vocabulary';
import { PRESETS, presetById } from '../seeds/index';
import { toCalcCsv, toCalcJson, toCalcTable } from './lib/calc-report';
import { hourlyJson, toHourlyTable } from './lib/calc-hourly';
import { costsJson } from './lib/calc-costs';
import { cliEnsemble, ENSEMBLE_USAGE, ensembleJson, isEnsembleOption, setEnsembleOption, toEnsembleTable, type EnsembleArgs } from './lib/calc-ensemble';
import { rollupOf, toRollupTable } from './lib/calc-rollup';
import { emissionsJson, toSectorTable } from './lib/calc-sectors';
import { productBenchmark } from '../seeds/reference/benchmarks';
import { issueLines } from './lib/issue-lines';
import { printable, terminalSafeJson } from './lib/terminal-text';

/** Options that replace one of the scenario's accounting methods for this run. */
const METHOD_OPTIONS = {
  '--energy-control': { field: 'energyControl', values: ENERGY_CONTROL_RULES },
  '--electricity-co2': { field: 'electricityCo2', values: ELECTRICITY_CO2_METHODS },
  '--attribution': { field: 'renewableAttribution', values: RENEWABLE_ATTRIBUTIONS },
  '--peak-scope': { field: 'peakScope', values: PEAK_SCOPES },
} as const satisfies Record<string, { field: keyof Scenario['accounting']; values: readonly string[] }>;
type MethodOption = keyof typeof METHOD_OPTIONS;
const isMethodOption = (o: string): o is MethodOption => Object.hasOwn(METHOD_OPTIONS, o);

const USAGE = [
  'usage: npm run calc -- <preset-id | scenario.json> [--json | --csv] [--energy-control <rule>] [--electricity-co2 <method>] [--attribution <attribution>] [--peak-scope <scope>]',
  `presets: ${PRESETS.map((p) => p.id).join(', ')}`,
  ...Object.entries(METHOD_OPTIONS).map(([o, { values }]) => `${o}: ${values.join(' | ')} (default: the scenario's own)`),
  ENSEMBLE_USAGE,
];

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

type Parsed = { flags: Set<string>; args: string[]; methods: Partial<Scenario['accounting']>; ensemble: EnsembleArgs };

/** Flags, the one positional argument and method options (`--energy-control none` or `--energy-control=none`). */
function parseArgs(argv: string[]): Parsed {
  const out: Parsed = { flags: new Set(), args: [], methods: {}, ensemble: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      out.args.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (isEnsembleOption(name)) {
      const bad = setEnsembleOption(out.ensemble, name, eq < 0 ? argv[++i] : a.slice(eq + 1));
      if (bad) fail([bad, ...USAGE]);
      continue;
    }
    if (!isMethodOption(name)) {
      if (eq >= 0 || (name !== '--json' && name !== '--csv')) fail([`unknown option '${a}'`, ...USAGE]);
      out.flags.add(name);
      continue;
    }
    const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
    const { field, values } = METHOD_OPTIONS[name];
    if (value === undefined || !(values as readonly string[]).includes(value)) {
      fail([`${name} takes one of ${values.join(', ')}; got ${value === undefined ? 'nothing' : `'${value}'`}`]);
    }
    Object.assign(out.methods, { [field]: value });
  }
  return out;
}

/** The roll-up of the counties attached to a city scenario, members found among the presets; nothing without members. */
function rollupText(scenario: Scenario, results: ReturnType<typeof runScenario>): string {
  const r = rollupOf(scenario, results, presetById);
  return r ? toRollupTable(r) : '';
}

/**
 * The JSON object, with the hourly balance's yearly indicators (`hourly`) when the scenario has one
 * and the engine's roll-up (`rollup`) when counties are attached.
 */
function json(scenario: Scenario, results: ReturnType<typeof runScenario>): object {
  const r = rollupOf(scenario, results, presetById);
  const hourly = hourlyJson(results);
  return {
    ...toCalcJson(scenario, results),
    ...emissionsJson(scenario, results, productBenchmark),
    ...(hourly ? { hourly } : {}),
    ...(r ? { rollup: r } : {}),
    ...costsJson(scenario, results, presetById),
  };
}

function main(argv: string[]): void {
  const { flags, args, methods, ensemble: ensembleArgs } = parseArgs(argv);
  if (args.length !== 1 || (flags.has('--json') && flags.has('--csv'))) fail(USAGE);
  if (flags.has('--csv') && (ensembleArgs.runs !== undefined || ensembleArgs.seed !== undefined)) fail(['--runs and --seed go with the table or --json, not --csv', ...USAGE]);
  const loaded = load(args[0]!);
  const scenario: Scenario = { ...loaded, accounting: { ...loaded.accounting, ...methods } };
  let results;
  try {
    results = runScenario(scenario);
  } catch (err) {
    if (err instanceof ScenarioError) fail(issuesText(args[0]!, err.issues));
    throw err;
  }
  const ensemble = cliEnsemble(scenario, ensembleArgs);
  // Build the whole output before writing so a failure never leaves a partial table.
  const out = flags.has('--json')
    ? terminalSafeJson(JSON.stringify({ ...json(scenario, results), ...(ensemble ? { ensemble: ensembleJson(ensemble) } : {}) }, null, 2)) + '\n'
    : flags.has('--csv')
      ? toCalcCsv(results)
      : toCalcTable(scenario, results) +
        toSectorTable(scenario, results, productBenchmark) +
        toHourlyTable(scenario, results) +
        rollupText(scenario, results) +
        (ensemble ? toEnsembleTable(scenario, ensemble) : '');
  process.stdout.write(out);
}

main(process.argv.slice(2));
