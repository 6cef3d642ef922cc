import type { Scenario } from '../../shared/model/scenario';
import { RESULT_UNITS } from '../../shared/model/units';
import type { FlagDriver, ScenarioResults, YearResult } from '../../shared/engine/results';
import { ATTRIBUTION_LABELS, ELECTRICITY_CO2_LABELS, ENERGY_CONTROL_LABELS, type MethodLabel } from '../../shared/io/method-labels';
import { HOURLY_TABLE } from './calc-hourly';
import { SCOPE_NAMES, SECTOR_CSV } from './calc-sectors';
import { printable } from './terminal-text';

/** The yearly fields the CLI prints, in order, with their units. */
export const CLI_FIELDS = [
  'gdp',
  'population',
  'energy',
  'energyAssessed',
  'electricityDemand',
  'localGeneration',
  'netImports',
  'storageLoss',
  'co2',
  'co2PerGdp',
  'co2PerCapita',
  'energyPerGdp',
  'energyPerGdpAssessed',
  'nonFossilShare',
] as const satisfies readonly (keyof typeof RESULT_UNITS & keyof YearResult)[];
type CliField = (typeof CLI_FIELDS)[number];

const DECIMALS: Record<CliField, number> = {
  gdp: 2, population: 2, energy: 2, energyAssessed: 2, electricityDemand: 3, localGeneration: 3,
  netImports: 3, storageLoss: 3, co2: 2, co2PerGdp: 4, co2PerCapita: 3, energyPerGdp: 4,
  energyPerGdpAssessed: 4, nonFossilShare: 2,
};

export type CalcJson = {
  scenarioId: string;
  name: string;
  region: string;
  /** the accounting methods the figures were computed under */
  methods: ScenarioResults['methods'];
  units: Record<CliField, string>;
  /** `actual`: which of the year's figures are published statistics rather than projections */
  years: ({ year: number; actual: YearResult['actual'] } & Record<CliField, number>)[];
  peak: ScenarioResults['peak'];
  flags: ScenarioResults['flags'];
  periods: ScenarioResults['periods'];
  targets: {
    id: string; label: string; metric: string; sector?: string; fromYear?: number; year: number; target: number;
    actual: number | null; met: boolean | null; margin: number | null; unit: string; binding: boolean;
  }[];
};

export function toCalcJson(s: Scenario, r: ScenarioResults): CalcJson {
  const units = Object.fromEntries(CLI_FIELDS.map((f) => [f, RESULT_UNITS[f]])) as Record<CliField, string>;
  return {
    scenarioId: s.id,
    name: s.name,
    region: s.region.name,
    methods: { ...r.methods },
    units,
    years: r.years.map((y) => ({ year: y.year, actual: { ...y.actual }, ...(Object.fromEntries(CLI_FIELDS.map((f) => [f, y[f]])) as Record<CliField, number>) })),
    peak: { ...r.peak },
    flags: r.flags,
    periods: r.periods,
    targets: r.targets.map((t) => ({
      id: t.id, label: t.label, metric: t.metric, ...(t.sector !== undefined ? { sector: t.sector } : {}), ...(t.fromYear !== undefined ? { fromYear: t.fromYear } : {}),
      year: t.year, target: t.target, actual: t.actual, met: t.met, margin: t.margin, unit: t.unit, binding: t.binding,
    })),
  };
}

const HEADERS: Record<CliField, string> = {
  gdp: 'GDP', population: '人口', energy: '能源消费', energyAssessed: '考核能耗', electricityDemand: '用电量',
  localGeneration: '本地发电', netImports: '净调入电', storageLoss: '抽蓄损耗', co2: 'CO2', co2PerGdp: 'CO2/GDP',
  co2PerCapita: '人均CO2', energyPerGdp: '能耗强度', energyPerGdpAssessed: '考核能耗强度', nonFossilShare: '非化石占比',
};

function csvCell(raw: string): string {
  const v = printable(raw);
  return /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV with a header naming each unit; UTF-8 BOM so Excel shows the Chinese headers. The hourly balance's indicators follow when the scenario has one. */
export function toCalcCsv(r: ScenarioResults): string {
  const hourly = r.hourly ? HOURLY_TABLE : [];
  const head = [
    '年份 year',
    ...CLI_FIELDS.map((f) => `${HEADERS[f]} ${f} (${RESULT_UNITS[f]})`),
    ...SECTOR_CSV.map((c) => `${c.label} ${c.field} (${c.unit})`),
    ...hourly.map((c) => `${c.label} ${c.field} (${c.unit})`),
  ];
  const rows = r.years.map((y, i) => {
    const h = r.hourly?.years[i];
    return [
      String(y.year),
      ...CLI_FIELDS.map((f) => String(y[f])),
      ...SECTOR_CSV.map((c) => String(c.get(y) ?? '')),
      ...(h ? hourly.map((c) => String(c.get(h))) : []),
    ];
  });
  return '\uFEFF' + [head, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const TABLE_FIELDS: CliField[] = ['gdp', 'energy', 'co2', 'co2PerGdp', 'energyPerGdp', 'nonFossilShare', 'netImports'];

function fmt(v: number | null, digits: number): string {
  return v === null ? '—' : v.toFixed(digits);
}

const named = (id: string, l: MethodLabel) => `${id} (${l.en}${l.source ? `; ${l.source.zh}` : ''})`;

/** One line naming the methods the figures use, each with its source. */
export function methodsLine(r: ScenarioResults): string {
  const m = r.methods;
  return (
    `Methods 核算口径: energy control ${named(m.energyControl, ENERGY_CONTROL_LABELS[m.energyControl])}; ` +
    `renewables ${named(m.renewableAttribution, ATTRIBUTION_LABELS[m.renewableAttribution])}; ` +
    `electricity CO2 ${named(m.electricityCo2, ELECTRICITY_CO2_LABELS[m.electricityCo2])}; peak tolerance ${m.peakTolerancePct} %; ` +
    `peak scope ${m.peakScope} (${SCOPE_NAMES[m.peakScope]})`
  );
}

/** The peak, its plateau and whether it holds (no rebound after it). */
function peakLines(s: Scenario, p: ScenarioResults['peak']): string[] {
  const scope = `judged on ${SCOPE_NAMES[p.scope]}`;
  if (!p.withinHorizon) return [`Peak 达峰 (${scope}): not within ${s.baseYear}–${s.endYear}; highest in ${p.year}, ${p.co2.toFixed(2)} 万tCO2`];
  const plateau = p.plateau.fromYear === p.plateau.toYear ? '' : `; plateau 平台期 ${p.plateau.fromYear}–${p.plateau.toYear} (within ${p.tolerancePct} %)`;
  const lines = [`Peak 达峰 (${scope}): ${p.year}, ${p.co2.toFixed(2)} 万tCO2${plateau}`];
  if (p.holds && p.reachedYear < p.year) lines.push(`  reached 达峰年 ${p.reachedYear}: no later year more than ${p.tolerancePct} % above it, no rebound (peak-year targets judged on it)`);
  if (p.rebound) {
    lines.push(
      `  does not hold 达峰不成立: rebound 反弹 to ${p.rebound.co2.toFixed(2)} 万tCO2 in ${p.rebound.year} from ${p.rebound.fromCo2.toFixed(2)} in ${p.rebound.fromYear}`,
    );
  }
  return lines;
}

const FLAG_UNITS: Record<ScenarioResults['flags'][number]['metric'], string> = {
  co2: '万tCO2', energy: '万tce', energyAssessed: '万tce', co2PerGdp: 'tCO2/万元', energyPerGdpAssessed: 'tce/万元',
};

/** A flag's driver in a few words (names come from the file). */
function driverText(d: FlagDriver, unit: string): string {
  switch (d.kind) {
    case 'projectEnters':
    case 'plantRetires':
      return `${d.kind === 'projectEnters' ? 'enters' : 'retires'} ${d.name} (${d.generatorType} ${d.capacityMW} MW)`;
    case 'storageEnters':
    case 'storageRetires':
      return `${d.kind === 'storageEnters' ? 'enters' : 'retires'} pumped storage ${d.name} (${d.capacityMW} MW)`;
    case 'gridFactorStep':
      return `grid factor ${d.from} → ${d.to} tCO2/MWh`;
    case 'actualData':
      return `published ${d.field}`;
    case 'factor':
      return `${d.factor} ${d.contribution >= 0 ? '+' : ''}${d.contribution.toFixed(2)} ${unit}`;
  }
}

/** Each year-on-year change above the flag threshold with its drivers, one line each. */
function flagLines(r: ScenarioResults): string[] {
  if (!r.flags.length) return [];
  return [
    '',
    'Flags 逐年变化 > 10 %:',
    ...r.flags.map((f) => {
      const unit = FLAG_UNITS[f.metric];
      return `  ${f.year} ${f.metric} ${f.changePct >= 0 ? '+' : ''}${f.changePct.toFixed(1)} %: ${f.drivers.map((d) => driverText(d, unit)).join('; ')}`;
    }),
  ];
}

/** A fixed-width yearly table (years of published statistics marked *), the methods, the peak, the flags and each target's status. */
export function toCalcTable(s: Scenario, r: ScenarioResults): string {
  const lines: string[] = [];
  lines.push(`${s.name}${s.nameEn ? ` / ${s.nameEn}` : ''}  [${s.id}]  ${s.region.name} ${s.baseYear}–${s.endYear}`);
  const header = ['year', ...TABLE_FIELDS.map((f) => `${f} (${RESULT_UNITS[f]})`)];
  const mark = (y: YearResult) => (y.actual.gdp || y.actual.energy ? '*' : '');
  const rows = r.years.map((y) => [`${mark(y)}${y.year}`, ...TABLE_FIELDS.map((f) => y[f].toFixed(DECIMALS[f]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  lines.push(line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line));
  if (r.years.some((y) => mark(y))) lines.push('* published statistics 实际 (GDP or energy); other years projected 预测');
  lines.push('', methodsLine(r), ...peakLines(s, r.peak), ...flagLines(r));
  if (r.targets.length) lines.push('', 'Targets 目标:');
  for (const t of r.targets) {
    const status = t.met === null ? 'n/a (outside horizon)' : t.met ? 'MET 达成' : 'MISSED 未达成';
    const period = t.fromYear !== undefined ? `${t.fromYear}–${t.year}` : String(t.year);
    lines.push(
      `  ${status.padEnd(14)} ${t.label} [${t.metric}${t.sector !== undefined ? ` ${t.sector}` : ''}, ${period}${t.binding ? ', binding 约束性' : ', anticipatory 预期性'}]: ` +
        `target ${fmt(t.target, 2)} ${t.unit}, actual ${fmt(t.actual, 2)} ${t.unit}, margin ${fmt(t.margin, 2)}`,
    );
  }
  // Each entry is one line; names, labels and units come from the file.
  return lines.map(printable).join('\n') + '\n';
}
