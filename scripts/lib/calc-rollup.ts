import { rollUp, ROLLUP_METRICS, type Rollup, type RollupMemberInput, type RollupMetric, type RollupRow, type RollupYear } from '../../shared/engine/rollup';
import { runScenario } from '../../shared/engine/run';
import type { ScenarioResults } from '../../shared/engine/results';
import type { Scenario } from '../../shared/model/scenario';
import { inEnglish } from './issue-lines';
import { printable } from './terminal-text';

/**
 * The roll-up of a city scenario's attached counties for the CLI: members are
 * looked up among the built-in presets (the CLI has no library), each run on
 * its own, summed by the engine; the table shows the plan years.
 */

/** A member's run, or why there is none (not a preset, or it does not compute). */
export function rollupOf(city: Scenario, cityResults: ScenarioResults, find: (id: string) => Scenario | undefined): Rollup | null {
  const members = city.rollup?.members ?? [];
  if (!members.length) return null;
  const inputs = members.map((m): RollupMemberInput => {
    if (m.scenarioId === city.id) return { ...m, run: { scenario: city, results: cityResults } };
    const s = find(m.scenarioId);
    if (!s) return { ...m, unavailable: 'missing' };
    try {
      return { ...m, run: { scenario: s, results: runScenario(s) } };
    } catch {
      return { ...m, unavailable: 'failed' };
    }
  });
  return rollUp({ scenario: city, results: cityResults }, inputs);
}

const HEAD: Record<RollupMetric, string> = {
  gdp: 'GDP (亿元)',
  energy: 'energy (万tce)',
  co2: 'CO2 (万tCO2)',
  renewableCapacityMW: 'RE capacity (MW)',
  electricity: 'electricity (亿kWh)',
};
const DIGITS: Record<RollupMetric, number> = { gdp: 2, energy: 2, co2: 2, renewableCapacityMW: 1, electricity: 3 };

const pct = (v: number | null, signed = false) => (v === null ? '—' : `${signed && v > 0 ? '+' : ''}${v.toFixed(2)} %`);
const cell = (row: RollupRow, m: RollupMetric, share: boolean) =>
  `${row.figures[m].toFixed(DIGITS[m])}${share ? ` (${pct(row.sharePct[m])})` : ''}`;

/** Per plan year: each counted member, their sum, the rest of the city, the city, the difference; then the checks. */
export function toRollupTable(r: Rollup): string {
  const counted = r.members.filter((m) => m.status === 'counted');
  const lines = [
    '',
    `Roll-up 县区汇总: ${r.members.length} attached, ${counted.length} counted`,
    ...r.members.map((m) => `  ${m.scenarioId}  ${m.label}${m.scenarioName ? ` · ${m.scenarioName}` : ''}  ${m.status}`),
  ];
  if (r.rows.length) {
    // as the study tables: the first year, each five-year plan's last year, the last year
    const first = r.years[0]!;
    const last = r.years[r.years.length - 1]!;
    const years = new Set(r.years.filter((y) => y === first || y === last || y % 5 === 0));
    const named: [string, (y: RollupYear) => RollupRow, boolean][] = [
      ...counted.map((m, i): [string, (y: RollupYear) => RollupRow, boolean] => [m.label, (y) => y.members[i]!, true]),
      ['counties 县区合计', (y) => y.sum, true],
      ['rest 其余地区', (y) => y.remainder, true],
      ['city 全市', (y) => y.city, false],
    ];
    const header = ['year', 'region', ...ROLLUP_METRICS.map((m) => HEAD[m])];
    const rows: string[][] = [];
    for (const y of r.rows.filter((row) => years.has(row.year))) {
      named.forEach(([label, rowOf, share], k) => rows.push([k === 0 ? String(y.year) : '', label, ...ROLLUP_METRICS.map((m) => cell(rowOf(y), m, share))]));
      rows.push(['', 'sum − city 差', ...ROLLUP_METRICS.map((m) => `${y.difference.figures[m] > 0 ? '+' : ''}${y.difference.figures[m].toFixed(DIGITS[m])} (${pct(y.difference.pct[m], true)})`)]);
    }
    const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]!))));
    const pad = (c: string, i: number) => (i < 2 ? c + ' '.repeat(widths[i]! - width(c)) : ' '.repeat(widths[i]! - width(c)) + c);
    const line = (cells: string[]) => cells.map(pad).join('  ').trimEnd();
    lines.push('  shares: % of the city; rest = city − counties; intensities are not summed', line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line));
  }
  if (r.issues.length) lines.push('Checks 口径核对:', ...r.issues.map((i) => `  ${i.severity}: ${inEnglish(i)}`));
  return lines.map(printable).join('\n') + '\n';
}
