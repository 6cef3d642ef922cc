import { runEnsemble, type EnsembleResults } from '../../shared/engine/ensemble';
import { uncertaintyOf } from '../../shared/model/ops-uncertainty';
import type { Scenario } from '../../shared/model/scenario';
import { MAX_RUNS, type InputRange } from '../../shared/model/uncertainty';
import { printable } from './terminal-text';
import { SCOPE_NAMES } from './calc-sectors';

/**
 * The uncertainty analysis in the CLI (`--runs N`, `--seed S`): the ensemble of
 * the scenario's ranges (its own, or the defaults) as JSON (`ensemble`) and as
 * a table. The same runs and seed print the same bytes.
 */

export const ENSEMBLE_OPTIONS = ['--runs', '--seed'] as const;
export type EnsembleOption = (typeof ENSEMBLE_OPTIONS)[number];
export const isEnsembleOption = (o: string): o is EnsembleOption => (ENSEMBLE_OPTIONS as readonly string[]).includes(o);
export const ENSEMBLE_USAGE = `--runs N (1–${MAX_RUNS}) and --seed S (0–4294967295): the uncertainty analysis, Latin hypercube of the scenario's ranges (default: its own runs and seed)`;

export type EnsembleArgs = { runs?: number; seed?: number };

/** Reads one option's value into `args`; the message of a bad value, or null. */
export function setEnsembleOption(args: EnsembleArgs, name: EnsembleOption, value: string | undefined): string | null {
  const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN;
  const max = name === '--runs' ? MAX_RUNS : 0xffffffff;
  const min = name === '--runs' ? 1 : 0;
  if (!(Number.isSafeInteger(n) && n >= min && n <= max)) {
    return `${name} takes a whole number from ${min} to ${max}; got ${value === undefined ? 'nothing' : `'${value}'`}`;
  }
  args[name === '--runs' ? 'runs' : 'seed'] = n;
  return null;
}

/** The ensemble the options ask for, or null without either option. */
export function cliEnsemble(s: Scenario, args: EnsembleArgs): EnsembleResults | null {
  if (args.runs === undefined && args.seed === undefined) return null;
  const u = uncertaintyOf(s);
  return runEnsemble(s, { runs: args.runs ?? u.runs, seed: args.seed ?? u.seed });
}

export const ENSEMBLE_UNITS = { co2: '万tCO2', co2PerGdp: 'tCO2/万元', energyPerGdpAssessed: 'tce/万元', nonFossilShare: '%', tornado: '万tCO2', costs: '亿元' };

/** The engine's results with their units, for `--json` (`ensemble`). */
export function ensembleJson(r: EnsembleResults): object {
  return { units: ENSEMBLE_UNITS, ...r };
}

const fmt = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');

function rangeText(r: InputRange): string {
  return `${r.low} / ${r.central} / ${r.high} (${r.distribution === 'uniform' ? '均匀 uniform' : '三角 triangular'})`;
}

/** The years the band table shows: the base year, every fifth year and the last. */
function shownYears(years: number[]): number[] {
  const last = years[years.length - 1]!;
  return years.filter((y, i) => i === 0 || y % 5 === 0 || y === last);
}

/** The uncertainty analysis as text, after the main table. */
export function toEnsembleTable(s: Scenario, r: EnsembleResults): string {
  const lines: string[] = [''];
  lines.push(`不确定性分析 Uncertainty: ${r.runs} runs, Latin hypercube (拉丁超立方抽样), seed ${r.seed}; failed runs ${r.failed}`);
  lines.push(
    r.hourly === 'annual'
      ? 'annual model (the hourly balance is not rerun per run)'
      : 'the hourly balance is not rerun per run: the central run’s curtailment and storage losses are applied to every run',
  );
  lines.push('', 'inputs (low / central / high):');
  for (const { input, range } of r.inputs) lines.push(`  ${input}: ${rangeText(range)}`);

  lines.push('', '达标概率 Probability of meeting each target:');
  const w = [8, 8];
  lines.push(`${pad(['P %', 'runs'], w)}  target`);
  for (const t of r.targets) {
    const label = s.targets.find((x) => x.id === t.id)?.label ?? '';
    lines.push(`${pad([fmt(t.probability * 100, 1), String(t.met)], w)}  ${printable(`${t.id} ${label}`)}`);
  }
  const left = s.targets.filter((t) => !r.targets.some((x) => x.id === t.id));
  if (left.length) lines.push(printable(`  not judged (outside the horizon, or a sector without CO2): ${left.map((t) => t.id).join(', ')}`));

  const metrics = [
    ['co2', 'CO2 万tCO2', 1],
    ['co2PerGdp', 'CO2/GDP tCO2/万元', 4],
    ['energyPerGdpAssessed', '能耗强度 tce/万元', 4],
    ['nonFossilShare', '非化石 %', 2],
  ] as const;
  lines.push('', 'P10 / P50 / P90 by year:');
  const bw = [6, ...metrics.map(() => 28)];
  lines.push(pad(['year', ...metrics.map(([, label]) => label)], bw));
  const years = r.bands.co2.years;
  for (const y of shownYears(years)) {
    const i = years.indexOf(y);
    lines.push(pad([String(y), ...metrics.map(([m, , d]) => [r.bands[m].p10[i]!, r.bands[m].p50[i]!, r.bands[m].p90[i]!].map((v) => fmt(v, d)).join(' / '))], bw));
  }

  if (r.costs) {
    const { presentValueYiYuan: pv, totalInvestmentYiYuan: inv } = r.costs;
    const band = (b: { p10: number; p50: number; p90: number }) => [b.p10, b.p50, b.p90].map((v) => fmt(v, 1)).join(' / ');
    lines.push('', `供电成本现值 / 总投资 P10/P50/P90 (亿元): ${band(pv)}  |  ${band(inv)}`);
  }

  const judged = r.runs - r.failed;
  lines.push('', `峰值年份分布 Peak year (the year a peak that holds is reached; judged on ${SCOPE_NAMES[r.peakScope ?? 'energy']}):`);
  for (const p of r.peakYears) lines.push(pad([String(p.year), String(p.count), `${fmt((p.count / judged) * 100, 1)} %`], [6, 8, 9]));
  lines.push(pad(['none', String(r.noPeak), `${fmt((r.noPeak / judged) * 100, 1)} %`], [6, 8, 9]));

  lines.push('', `龙卷风图 Tornado: CO2 in ${r.tornadoYear}, 万tCO2 (central ${fmt(r.tornadoCentral, 1)}), each input alone at its low and high:`);
  const tw = [10, 10, 10];
  lines.push(`${pad(['at low', 'at high', 'swing'], tw)}  input`);
  for (const b of r.tornado) lines.push(`${pad([fmt(b.atLow, 1), fmt(b.atHigh, 1), fmt(Math.abs(b.atHigh - b.atLow), 1)], tw)}  ${b.input}`);
  if (r.failedRuns.length) {
    lines.push('', 'failed runs (first ones, with their sampled values):');
    for (const f of r.failedRuns) lines.push(`  run ${f.run}: ${Object.entries(f.values).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
