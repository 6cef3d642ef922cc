import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../seeds/index';
import { runScenario } from '../../shared/engine/run';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const calc = (...args: string[]) => spawnSync(tsx, ['scripts/calc.ts', ...args], { encoding: 'utf8' });

describe('npm run calc', () => {
  it('prints one JSON object with units, years, peak and targets for a preset', () => {
    const out = execFileSync(tsx, ['scripts/calc.ts', 'lianzhou-policy', '--json'], { encoding: 'utf8' });
    const json = JSON.parse(out);
    const expected = runScenario(presetById('lianzhou-policy')!);
    expect(json.scenarioId).toBe('lianzhou-policy');
    expect(json.units).toMatchObject({ gdp: '亿元', energy: '万tce', co2: '万tCO2', co2PerGdp: 'tCO2/万元', energyPerGdp: 'tce/万元', nonFossilShare: '%' });
    expect(json.years).toHaveLength(expected.years.length);
    // the CLI reports the engine's numbers unchanged: 连州 2020 GDP is the published 161.21 亿元
    expect(json.years[0]).toMatchObject({ year: 2020, gdp: 161.21 });
    expect(json.years[10].co2).toBeCloseTo(expected.years[10]!.co2, 9);
    expect(json.peak).toEqual(expected.peak);
    expect(json.targets.map((t: { id: string }) => t.id)).toEqual(expected.targets.map((t) => t.id));
    for (const t of json.targets) expect(Object.keys(t)).toEqual(expect.arrayContaining(['id', 'metric', 'year', 'target', 'actual', 'met']));
  }, 30_000);

  it('prints a table with the peak and target lines, and CSV with a BOM and unit headers', () => {
    const table = calc('shaoguan-baseline');
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('co2PerGdp (tCO2/万元)');
    expect(table.stdout).toMatch(/Peak 达峰/);
    const csv = calc('qingyuan-policy', '--csv');
    expect(csv.status).toBe(0);
    expect(csv.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(csv.stdout.split('\r\n')[0]).toContain('CO2 co2 (万tCO2)');
  }, 30_000);

  it('rejects an invalid file with one message per bad field and prints nothing on stdout', () => {
    const preset = presetById('qingyuan-baseline')!;
    const scenario = structuredClone(preset) as unknown as {
      energy: { sectors: { industry: { fuelSharesPct: Record<string, unknown> } } };
      electricity: { projects: Record<string, unknown>[] };
    };
    scenario.energy.sectors.industry.fuelSharesPct.coal = 'lots';
    scenario.electricity.projects[0] = { ...scenario.electricity.projects[0], capacityMW: -5 };
    const dir = mkdtempSync(join(tmpdir(), 'calc-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(scenario));
    const r = calc(file, '--json');
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('energy.sectors.industry.fuelSharesPct.coal');
    expect(r.stderr).toContain('electricity.projects[0].capacityMW');
  }, 30_000);

  it('names an unknown preset and lists the valid ones', () => {
    const r = calc('nowhere-baseline');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('lianzhou-policy');
  }, 30_000);
});
