import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../seeds/index';
import { productBenchmark } from '../../seeds/reference/benchmarks';
import { runScenario } from '../../shared/engine/run';
import { PLAN_SECTORS, type Forest, type Scenario } from '../../shared/model/scenario';
import { emissionsJson, keyYears, toSectorTable } from '../../scripts/lib/calc-sectors';
import { toEnsembleTable } from '../../scripts/lib/calc-ensemble';
import { runEnsemble } from '../../shared/engine/ensemble';
import { makeScenario } from '../helpers/make-scenario';
import { withIndustry } from '../shared/engine/ensemble/industry-fixture';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const calc = (...args: string[]) => spawnSync(tsx, ['scripts/calc.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const assumed = { kind: 'assumed', reason: 'test value' } as const;

/**
 * The round scenario (test/helpers/make-scenario.ts: 156.366965 万tCO2 of energy CO2 every year, all industry) with
 * 建筑业 10 % of industry, a lime line of 10 万t × 0.5 tCO2/t = 5 万tCO2, the peak on energy and process CO2, and a
 * forest of 1,200 万m³ growing 5 % and losing 2 %: 36 万m³ × 1.6041667 tCO2/m³ = 57.75 万tCO2 in 2020.
 *   工业 0.9 × 156.366965 = 140.730269 → 140.73; 建筑业 15.636697 → 15.64
 *   judged 156.366965 + 5 = 161.366965 → 161.37; net 161.366965 − 57.75 = 103.616965 → 103.62
 */
const forest: Forest = {
  coverPct: 69.63, baseStockWanM3: 1200, grossGrowthPct: 5, lossPct: 2,
  woodDensityTPerM3: 0.5, biomassExpansionFactor: 1.4, rootShootRatio: 0.25, carbonFraction: 0.5,
};
const round = makeScenario((s) => {
  s.sectorReporting = { constructionShareOfIndustryPct: 10 };
  s.industry = { products: [], processEmissions: [{ id: 'lime', kind: 'lime', name: '石灰', activityWanT: 10, factorTCo2PerT: 0.5, source: assumed }] };
  s.accounting.peakScope = 'energyAndProcess';
  s.sinks = { forest };
});

describe('the sector table', () => {
  const text = toSectorTable(round, runScenario(round), productBenchmark);
  const lines = text.split('\n');

  it('2020 by hand: 工业 140.73, 建筑业 15.64, energy CO2 156.37, process 5.00, judged 161.37, sink 57.75, net 103.62', () => {
    const header = lines.find((l) => l.trimStart().startsWith('year'))!.trim().split(/\s+/);
    expect(header).toEqual(['year', ...PLAN_SECTORS, 'unallocated', 'energyCO2', 'processCO2', 'judged', 'sink', 'net']);
    const row = lines.find((l) => l.startsWith('2020'))!.trim().split(/\s+/);
    expect(row).toEqual(['2020', '140.73', '15.64', '0.00', '0.00', '0.00', '0.00', '156.37', '5.00', '161.37', '57.75', '103.62']);
  });

  it('names the scope the peaks were judged on and each sector’s peak', () => {
    expect(text).toContain('Sector peaks 分领域达峰 (judged on energy and process CO2 能源活动和工业生产过程排放, tolerance 2 %)');
    // flat CO2 every year: the first year is the peak, on a plateau to the last
    expect(text).toContain('  industry 工业: 2020, 145.73 万tCO2, plateau 平台期 2020–2030; holds 成立');
    expect(text).toContain('  transport 交通运输: no CO2 in any year');
  });

  it('the process line and the forest at the key years', () => {
    expect(keyYears(runScenario(round))).toEqual([2020, 2025, 2030]);
    expect(text).toContain('  石灰 [lime, lime] 0.5 tCO2/t × own activity path: 2020 5.00, 2025 5.00, 2030 5.00');
    // 2025: 1,200 × 1.03^5 = 1,391.1 万m³; the sink on the 2024 stock 1,200 × 1.03^4 = 1,350.6 × 3 % × 1.6041667 = 64.998
    expect(text).toContain('  2025: cover 森林覆盖率 69.63 %, stock 蓄积量 1391.1 万m³, sink 碳汇 65.00 万tCO2');
  });
});

describe('--json: emissions, products and process lines', () => {
  const s = withIndustry(presetById('shaoguan-policy')!);
  const r = runScenario(s);
  const json = emissionsJson(s, r, productBenchmark) as {
    emissions: { peakScope: string; years: Record<string, unknown>[]; sectorPeaks: unknown; units: Record<string, string> };
    products: { id: string; benchmarkKgcePerT: number | null; baselineKgcePerT: number | null; source: string | null; years: Record<string, unknown>[] }[];
    processLines: { id: string; productId?: string; activityPerProductT?: number }[];
  };

  it('every year the engine’s figures as they are, with the scope', () => {
    expect(json.emissions.peakScope).toBe('energyAndProcess');
    expect(json.emissions.units.co2).toBe('万tCO2');
    r.years.forEach((y, i) => {
      expect(json.emissions.years[i]).toMatchObject({
        year: y.year, co2: y.co2, processCo2: y.processCo2, co2WithProcess: y.co2WithProcess, co2Judged: y.co2Judged, netCo2: y.netCo2,
        processCo2ById: y.processCo2ById, sectors: y.sectorCo2, unallocated: y.co2Unallocated,
      });
    });
    expect(json.emissions.sectorPeaks).toEqual(r.sectorPeaks);
  });

  it('products with their reference lines: clinker from the library, crude steel without', () => {
    const clinker = json.products.find((p) => p.id === 'fx-clinker')!;
    const lib = productBenchmark('clinker')!;
    expect(clinker).toMatchObject({ benchmarkKgcePerT: lib.benchmarkKgcePerT, baselineKgcePerT: lib.baselineKgcePerT, source: `reference ${lib.benchmarkRef}, ${lib.baselineRef}` });
    expect(clinker.years[10]).toEqual({ year: r.years[10]!.year, ...r.years[10]!.products.find((p) => p.id === 'fx-clinker') });
    expect(json.products.find((p) => p.id === 'fx-steel')).toMatchObject({ benchmarkKgcePerT: null, baselineKgcePerT: null, source: null });
    expect(json.processLines.find((l) => l.id === 'fx-clinker-process')).toMatchObject({ productId: 'fx-clinker', activityPerProductT: 1 });
  });

  it('a product’s own reference lines come before the library’s', () => {
    const own: Scenario = structuredClone(s);
    own.industry!.products.find((p) => p.id === 'fx-clinker')!.benchmarkKgcePerT = 99;
    const j = emissionsJson(own, runScenario(own), productBenchmark) as typeof json;
    expect(j.products.find((p) => p.id === 'fx-clinker')).toMatchObject({ benchmarkKgcePerT: 99, baselineKgcePerT: null, source: 'scenario' });
  });

  it('a scenario without products or process lines has neither key', () => {
    const plain = makeScenario();
    expect(Object.keys(emissionsJson(plain, runScenario(plain), productBenchmark))).toEqual(['emissions']);
  });
});

describe('npm run calc on a scenario file with key products', () => {
  const dir = mkdtempSync(join(tmpdir(), 'calc-sectors-'));
  const file = join(dir, 'shaoguan-industry.json');
  const s = withIndustry(presetById('shaoguan-policy')!);
  writeFileSync(file, JSON.stringify(s));
  const r = runScenario(s);

  it('--json carries the scope with the peak and methods, emissions and products', () => {
    const out = calc(file, '--json');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.methods.peakScope).toBe('energyAndProcess');
    expect(json.peak).toEqual(r.peak);
    expect(json.emissions.years[10].co2Judged).toBe(r.years[10]!.co2Judged);
    expect(json.products.map((p: { id: string }) => p.id)).toEqual(s.industry!.products.map((p) => p.id));
    expect(json.targets.find((t: { id: string }) => t.id === 'fx-transport-peak')).toMatchObject({ metric: 'sectorPeakYear', sector: 'transport' });
  }, 60_000);

  it('the table names the peak’s scope and prints the sectors; the CSV has the process, sector and net columns', () => {
    const table = calc(file);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Peak 达峰 (judged on energy and process CO2 能源活动和工业生产过程排放)');
    expect(table.stdout).toContain('CO2 by plan sector 分领域排放');
    expect(table.stdout).toContain('Key products 重点产品');
    expect(table.stdout).toMatch(/transport peak \[sectorPeakYear transport, 2030,/);
    const csv = calc(file, '--csv');
    expect(csv.status).toBe(0);
    const [head, , row2021] = csv.stdout.split('\r\n');
    const cols = head!.split(',');
    expect(cols).toEqual(expect.arrayContaining(['工业生产过程排放 processCo2 (万tCO2)', '工业能源活动排放 sectorCo2.industry.energy (万tCO2)', '净排放 netCo2 (万tCO2)']));
    expect(Number(row2021!.split(',')[cols.indexOf('工业生产过程排放 processCo2 (万tCO2)')])).toBe(r.years[1]!.processCo2);
  }, 60_000);
});

describe('the uncertainty table', () => {
  it('names the scope the runs’ peaks were judged on and the targets it leaves out', () => {
    const s = withIndustry(presetById('qingyuan-policy')!);
    s.targets.push({ id: 'fx-late', label: 'late', metric: 'co2Cap', year: 2070, value: 1, binding: false, source: assumed });
    const text = toEnsembleTable(s, runEnsemble(s, { runs: 10, seed: 1 }));
    expect(text).toContain('峰值年份分布 Peak year (the year a peak that holds is reached; judged on energy and process CO2 能源活动和工业生产过程排放)');
    expect(text).toContain('not judged (outside the horizon, or a sector without CO2): fx-late');
    expect(text).toContain('fx-industry-peak industry peak');
  });
});
