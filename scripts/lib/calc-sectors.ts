import type { Peak, ScenarioResults, YearResult } from '../../shared/engine/results';
import { PLAN_SECTORS, type PeakScope, type PlanSector, type ProductKind, type Scenario } from '../../shared/model/scenario';
import { printable } from './terminal-text';

/**
 * The CLI's view of issue 13's figures: CO2 by plan sector (electricity's CO2 by final electricity use), process
 * CO2 beside the energy CO2 (never in it), the peak of each sector with the scope it was judged on, the key
 * products against their reference lines, and the forest sink with net emissions beside the CO2 judged.
 * The engine's figures are printed as they are; nothing here computes a domain figure.
 */

/** The 1+N sector names as the plans write them (the table's legend; the JSON keys are the ids). */
export const SECTOR_NAMES: Record<PlanSector, string> = {
  industry: '工业',
  construction: '建筑业',
  buildings: '城乡建设',
  transport: '交通运输',
  agriculture: '农林牧渔',
};

export const SCOPE_NAMES: Record<PeakScope, string> = {
  energy: 'energy CO2 能源活动排放',
  energyAndProcess: 'energy and process CO2 能源活动和工业生产过程排放',
};

/** What each figure of `emissions`, `products` and `processLines` is measured in. */
export const EMISSION_UNITS = {
  co2: '万tCO2',
  energyUse: '万tce (electricity in the reporting convention)',
  outputWanT: '万t',
  unitEnergyKgcePerT: 'kgce/t (electricity at 当量值 0.1229 kgce/kWh, as the product standards count it)',
  factorTCo2PerT: 'tCO2/t of activity',
  forestCoverPct: '%',
  forestStockWanM3: '万m³',
} as const;

/** A product's reference lines: its own, else the library's for its kind (`benchmarkOf`), else none. */
export type BenchmarkLookup = (kind: ProductKind) => { benchmarkKgcePerT: number; baselineKgcePerT: number; benchmarkRef: string; baselineRef: string } | undefined;

type Lines = { benchmarkKgcePerT: number | null; baselineKgcePerT: number | null; source: string | null };

function referenceLines(p: NonNullable<Scenario['industry']>['products'][number], benchmarkOf: BenchmarkLookup): Lines {
  if (p.benchmarkKgcePerT !== undefined || p.baselineKgcePerT !== undefined) {
    return { benchmarkKgcePerT: p.benchmarkKgcePerT ?? null, baselineKgcePerT: p.baselineKgcePerT ?? null, source: 'scenario' };
  }
  const lib = benchmarkOf(p.kind);
  return lib
    ? { benchmarkKgcePerT: lib.benchmarkKgcePerT, baselineKgcePerT: lib.baselineKgcePerT, source: `reference ${lib.benchmarkRef}, ${lib.baselineRef}` }
    : { benchmarkKgcePerT: null, baselineKgcePerT: null, source: null };
}

/**
 * The `emissions` object of `--json` (every year: energy, process, judged and net CO2, process CO2 by line, CO2 by
 * plan sector, the lines no sector takes, the forest; the sector peaks) and, where the scenario has them,
 * `products` (with their reference lines) and `processLines`.
 */
export function emissionsJson(s: Scenario, r: ScenarioResults, benchmarkOf: BenchmarkLookup): object {
  const products = s.industry?.products ?? [];
  const lines = s.industry?.processEmissions ?? [];
  return {
    emissions: {
      peakScope: r.methods.peakScope,
      units: EMISSION_UNITS,
      years: r.years.map((y) => ({
        year: y.year,
        co2: y.co2,
        processCo2: y.processCo2,
        co2WithProcess: y.co2WithProcess,
        co2Judged: y.co2Judged,
        netCo2: y.netCo2,
        processCo2ById: y.processCo2ById,
        sectors: y.sectorCo2,
        unallocated: y.co2Unallocated,
        ...(y.industryValueAdded !== undefined ? { industryValueAdded: y.industryValueAdded } : {}),
        ...(y.forest ? { forest: y.forest } : {}),
      })),
      sectorPeaks: r.sectorPeaks,
    },
    ...(products.length
      ? {
          products: products.map((p, k) => ({
            id: p.id,
            kind: p.kind,
            name: p.name,
            ...(p.nameEn ? { nameEn: p.nameEn } : {}),
            routes: p.routes.map((rt) => ({ id: rt.id, name: rt.name })),
            ...referenceLines(p, benchmarkOf),
            years: r.years.map((y) => ({ year: y.year, ...y.products[k]! })),
          })),
        }
      : {}),
    ...(lines.length
      ? {
          processLines: lines.map((l) => ({
            id: l.id, kind: l.kind, name: l.name, factorTCo2PerT: l.factorTCo2PerT,
            ...(l.productId !== undefined ? { productId: l.productId, activityPerProductT: l.activityPerProductT ?? 1 } : {}),
            ...(l.routeId !== undefined ? { routeId: l.routeId } : {}),
          })),
        }
      : {}),
  };
}

/** The sector table's columns: header, value. */
type Column = { head: string; get: (y: YearResult) => number };

const unallocated = (y: YearResult) => y.co2Unallocated.storageLosses + y.co2Unallocated.wasteIncineration + y.co2Unallocated.electricity;

function sectorColumns(r: ScenarioResults): Column[] {
  const forest = r.years.some((y) => y.forest);
  return [
    ...PLAN_SECTORS.map((k): Column => ({ head: k, get: (y) => y.sectorCo2[k].energy })),
    { head: 'unallocated', get: unallocated },
    { head: 'energyCO2', get: (y) => y.co2 },
    { head: 'processCO2', get: (y) => y.processCo2 },
    { head: 'judged', get: (y) => y.co2Judged },
    ...(forest ? [{ head: 'sink', get: (y: YearResult) => y.forest?.sinkCo2 ?? 0 }, { head: 'net', get: (y: YearResult) => y.netCo2 }] : []),
  ];
}

/** One sector's peak in a line, as the headline's is printed. */
function peakText(p: Peak, s: Scenario): string {
  if (!p.withinHorizon) return `not within ${s.baseYear}–${s.endYear}; highest in ${p.year}, ${p.co2.toFixed(2)} 万tCO2`;
  const plateau = p.plateau.fromYear === p.plateau.toYear ? '' : `, plateau 平台期 ${p.plateau.fromYear}–${p.plateau.toYear}`;
  const holds = p.holds
    ? `holds 成立${p.reachedYear < p.year ? ` (reached 达峰年 ${p.reachedYear})` : ''}`
    : `does not hold 不成立: rebound 反弹 in ${p.rebound!.year} to ${p.rebound!.co2.toFixed(2)}`;
  return `${p.year}, ${p.co2.toFixed(2)} 万tCO2${plateau}; ${holds}`;
}

/** Base year, 2025, 2030, 2035 and the last year, those within the horizon. */
export function keyYears(r: ScenarioResults): number[] {
  return [...new Set([r.baseYear, 2025, 2030, 2035, r.endYear])].filter((y) => y >= r.baseYear && y <= r.endYear).sort((a, b) => a - b);
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function productLines(s: Scenario, r: ScenarioResults, benchmarkOf: BenchmarkLookup): string[] {
  const products = s.industry?.products ?? [];
  if (!products.length) return [];
  const years = keyYears(r);
  const out = ['', 'Key products 重点产品 (产量 万t; 单位产品综合能耗 kgce/t at 当量值; energy 万tce in the reporting convention):'];
  products.forEach((p, k) => {
    const lines = referenceLines(p, benchmarkOf);
    const ref =
      lines.source === null
        ? 'no 标杆/基准 held'
        : `标杆 benchmark ${lines.benchmarkKgcePerT ?? '—'}, 基准 floor ${lines.baselineKgcePerT ?? '—'} kgce/t (${lines.source})`;
    out.push(`  ${p.name}${p.nameEn ? ` / ${p.nameEn}` : ''} [${p.id}, ${p.kind}]: ${ref}`);
    for (const year of years) {
      const py = r.years[year - r.baseYear]!.products[k]!;
      const routes = p.routes.length > 1 ? `; ${p.routes.map((rt) => `${rt.name} ${(py.outputByRouteWanT[rt.id] ?? 0).toFixed(2)}`).join(', ')} 万t` : '';
      out.push(`    ${year}: ${py.outputWanT.toFixed(2)} 万t, ${py.unitEnergyKgcePerT.toFixed(1)} kgce/t, ${py.energy.toFixed(2)} 万tce${routes}`);
    }
  });
  return out;
}

function processLines(s: Scenario, r: ScenarioResults): string[] {
  const lines = s.industry?.processEmissions ?? [];
  if (!lines.length) return [];
  const years = keyYears(r);
  return [
    '',
    'Process CO2 工业生产过程排放 (万tCO2; outside CO2 and CO2 per GDP):',
    ...lines.map((l) => {
      const driver = l.productId !== undefined ? `${l.activityPerProductT ?? 1} t per t of ${l.productId}${l.routeId !== undefined ? ` (${l.routeId})` : ''}` : 'own activity path';
      const values = years.map((y) => `${y} ${(r.years[y - r.baseYear]!.processCo2ById[l.id] ?? 0).toFixed(2)}`).join(', ');
      return `  ${l.name} [${l.id}, ${l.kind}] ${l.factorTCo2PerT} tCO2/t × ${driver}: ${values}`;
    }),
  ];
}

function forestLines(r: ScenarioResults): string[] {
  if (!r.years.some((y) => y.forest)) return [];
  return [
    '',
    'Forest 森林碳汇 (gain − loss on stock volume; beside, never inside, the peak and intensity):',
    ...keyYears(r).map((year) => {
      const f = r.years[year - r.baseYear]!.forest!;
      return `  ${year}: cover 森林覆盖率 ${f.coverPct.toFixed(2)} %, stock 蓄积量 ${f.stockWanM3.toFixed(1)} 万m³, sink 碳汇 ${f.sinkCo2.toFixed(2)} 万tCO2 (gain ${f.gainCo2.toFixed(2)}, loss ${f.lossCo2.toFixed(2)})`;
    }),
  ];
}

/**
 * The text after the headline table: CO2 by plan sector by year with the lines no sector takes, process CO2, the CO2
 * judged and (with a forest) the sink and net emissions; each sector's peak; the key products; the process lines;
 * the forest.
 */
export function toSectorTable(s: Scenario, r: ScenarioResults, benchmarkOf: BenchmarkLookup): string {
  const cols = sectorColumns(r);
  const out = [
    '',
    `CO2 by plan sector 分领域排放 (万tCO2; electricity's CO2 shared by final electricity use under ${r.methods.electricityCo2}):`,
    `  ${PLAN_SECTORS.map((k) => `${k} ${SECTOR_NAMES[k]}`).join(', ')}; unallocated 未分领域 (storage losses, waste incineration, electricity without use);`,
    `  the sectors and unallocated add up to energyCO2; processCO2 工业生产过程 is industry's, outside CO2 per GDP; judged = what the peak is judged on (${SCOPE_NAMES[r.methods.peakScope]})`,
    ...table(['year', ...cols.map((c) => c.head)], r.years.map((y) => [String(y.year), ...cols.map((c) => c.get(y).toFixed(2))])),
  ];
  if (r.years.some((y) => y.forest)) out.push('  net 净排放 = judged − sink 碳汇');
  out.push('', `Sector peaks 分领域达峰 (judged on ${SCOPE_NAMES[r.methods.peakScope]}, tolerance ${r.methods.peakTolerancePct} %):`);
  for (const k of PLAN_SECTORS) {
    const p = r.sectorPeaks[k];
    out.push(`  ${k} ${SECTOR_NAMES[k]}: ${p ? peakText(p, s) : 'no CO2 in any year'}`);
  }
  out.push(...productLines(s, r, benchmarkOf), ...processLines(s, r), ...forestLines(r));
  return out.map(printable).join('\n') + '\n';
}

/** The CSV's extra columns, after the headline ones. */
export const SECTOR_CSV: { label: string; field: string; unit: string; get: (y: YearResult) => number | undefined }[] = [
  { label: '工业生产过程排放', field: 'processCo2', unit: '万tCO2', get: (y) => y.processCo2 },
  { label: '能源活动和过程排放', field: 'co2WithProcess', unit: '万tCO2', get: (y) => y.co2WithProcess },
  { label: '达峰判断口径排放', field: 'co2Judged', unit: '万tCO2', get: (y) => y.co2Judged },
  ...PLAN_SECTORS.map((k) => ({ label: `${SECTOR_NAMES[k]}能源活动排放`, field: `sectorCo2.${k}.energy`, unit: '万tCO2', get: (y: YearResult) => y.sectorCo2[k].energy })),
  { label: '未分领域排放', field: 'co2Unallocated', unit: '万tCO2', get: unallocated },
  { label: '森林碳汇', field: 'forest.sinkCo2', unit: '万tCO2', get: (y) => y.forest?.sinkCo2 },
  { label: '净排放', field: 'netCo2', unit: '万tCO2', get: (y) => y.netCo2 },
];
