import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../seeds/index';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const calc = (...args: string[]) => spawnSync(tsx, ['scripts/calc.ts', ...args], { encoding: 'utf8' });

/**
 * 连州 policy with no local thermal power (coal and gas plants dropped, no
 * waste with fossil carbon) and a flat grid factor of 0.5 tCO2/MWh: the
 * electricity-CO2 methods then differ by exactly the local generation × factor.
 */
function file(): string {
  const s = structuredClone(presetById('lianzhou-policy')!);
  const clean = (gs: typeof s.electricity.fleet) => gs.filter((g) => g.type !== 'coal' && g.type !== 'gas').map(({ fossilCo2TPerMWh: _drop, ...g }) => g);
  s.electricity.fleet = clean(s.electricity.fleet);
  s.electricity.projects = clean(s.electricity.projects);
  s.electricity.gridEmissionFactor = 0.5;
  const path = join(mkdtempSync(join(tmpdir(), 'calc-methods-')), 'lianzhou.json');
  writeFileSync(path, JSON.stringify(s));
  return path;
}

type Year = { year: number; co2: number; energy: number; energyAssessed: number; nonFossilShare: number; localGeneration: number };
const json = (...args: string[]) => {
  const r = calc(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { methods: Record<string, unknown>; years: Year[]; peak: { scope: string } };
};

describe('npm run calc: accounting methods', () => {
  const path = file();

  it('--json names the methods used, the scenario\'s own unless an option replaces one', () => {
    const own = presetById('lianzhou-policy')!.accounting;
    expect(json('lianzhou-policy').methods).toEqual({
      energyControl: own.energyControl, renewableAttribution: own.renewableAttribution, electricityCo2: own.electricityCo2, peakTolerancePct: own.peakTolerancePct,
      peakScope: own.peakScope ?? 'energy',
    });
    const chosen = json('lianzhou-policy', '--energy-control', 'none', '--electricity-co2=marketBased', '--attribution', 'provincialPool', '--peak-scope', 'energyAndProcess');
    expect(chosen.methods).toMatchObject({ energyControl: 'none', electricityCo2: 'marketBased', renewableAttribution: 'provincialPool', peakScope: 'energyAndProcess' });
    expect(chosen.peak.scope).toBe('energyAndProcess');
  }, 120_000);

  it('location-based CO2 exceeds net-imports CO2 by the local generation × grid factor when there is no local thermal power', () => {
    const a = json(path, '--electricity-co2', 'netImports');
    const c = json(path, '--electricity-co2', 'locationBased');
    // A = fuels + net imports × gf = fuels + (use + losses − local generation) × gf;
    // C = fuels + (use + losses) × gf; so C − A = local generation × gf:
    // 亿kWh × 0.5 tCO2/MWh × 10 (10⁵ MWh × t = 10 万t per 亿kWh) = 5 × local generation 万tCO2
    for (const k of [0, 10, 20]) {
      const ya = a.years[k]!;
      expect(c.years[k]!.co2 - ya.co2).toBeCloseTo(5 * ya.localGeneration, 6);
    }
  }, 120_000);

  it('under 113号 the assessed energy leaves out the non-fossil part; with no rule it is the whole total', () => {
    const none = json(path, '--energy-control', 'none');
    const nonFossil = json(path, '--energy-control', 'nonFossilExcluded');
    for (const y of none.years) expect(y.energyAssessed).toBeCloseTo(y.energy, 9);
    // non-fossil share = non-fossil energy ÷ energy, so energy − non-fossil energy = energy × (1 − share)
    for (const y of nonFossil.years) expect(y.energyAssessed).toBeCloseTo(y.energy * (1 - y.nonFossilShare / 100), 6);
    // the rule changes what is assessed, never the CO2
    expect(nonFossil.years[10]!.co2).toBeCloseTo(none.years[10]!.co2, 9);
  }, 120_000);

  it('the table names each method with its source', () => {
    const r = calc(path, '--energy-control', 'nonFossilExcluded', '--electricity-co2', 'netImports');
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('Methods 核算口径:'));
    expect(line).toContain('energy control nonFossilExcluded');
    expect(line).toContain('发改环资〔2024〕113号');
    expect(line).toContain("electricity CO2 netImports (A: direct emissions incl. local power plants + net imports × grid factor, exports credited; 本工具方法");
    expect(calc(path, '--energy-control', 'renewableIncreaseExcluded').stdout).toContain('发改运行〔2022〕1258号');
  }, 120_000);

  it('the table explains each flagged year by its drivers: a 3,000 MW coal plant entering in 2027', () => {
    const s = structuredClone(presetById('lianzhou-policy')!);
    s.electricity.projects.push({ ...structuredClone(s.electricity.projects[0]!), id: 'big-coal', name: '测试燃煤电厂', type: 'coal', capacityMW: 3000, utilisationHours: 4500, commissioningYear: 2027, status: 'planned', included: true });
    delete s.electricity.projects[s.electricity.projects.length - 1]!.commissioningMonth;
    const big = join(mkdtempSync(join(tmpdir(), 'calc-flags-')), 'big-coal.json');
    writeFileSync(big, JSON.stringify(s));
    const r = calc(big, '--electricity-co2', 'netImportsNoExportCredit');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('Flags 逐年变化 > 10 %:');
    // 3,000 MW × 4,500 h = 135 亿kWh of coal power in a county using well under that: CO2 jumps in 2027
    expect(lines.find((l) => l.startsWith('  2027 co2 +'))).toContain('enters 测试燃煤电厂 (coal 3000 MW)');
  }, 120_000);

  it('refuses an unknown method or option with the valid values, printing nothing on stdout', () => {
    const bad = calc('lianzhou-policy', '--electricity-co2', 'guess');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain("--electricity-co2 takes one of netImports, netImportsNoExportCredit, locationBased, marketBased; got 'guess'");
    const missing = calc('lianzhou-policy', '--attribution');
    expect(missing.stderr).toContain('--attribution takes one of provincialPool, localBalance; got nothing');
    const unknown = calc('lianzhou-policy', '--grid=national');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("unknown option '--grid=national'");
  }, 120_000);
});
