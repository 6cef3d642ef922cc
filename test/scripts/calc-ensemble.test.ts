import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../seeds/index';
import { runEnsemble } from '../../shared/engine/ensemble';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const calc = (...args: string[]) => spawnSync(tsx, ['scripts/calc.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 27 });

describe('npm run calc: the uncertainty analysis', () => {
  it('--runs 10000 --seed 1 --json prints the same bytes twice, the engine’s ensemble under `ensemble`', () => {
    const a = calc('shaoguan-policy', '--runs', '10000', '--seed', '1', '--json');
    const b = calc('shaoguan-policy', '--runs=10000', '--seed=1', '--json');
    expect(a.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const json = JSON.parse(a.stdout);
    expect(json.ensemble).toMatchObject({ runs: 10000, seed: 1, scenarioId: 'shaoguan-policy', units: { co2: '万tCO2' } });
    // JSON keeps every double: the CLI's figures are the engine's
    const engine = JSON.parse(JSON.stringify(runEnsemble(presetById('shaoguan-policy')!, { runs: 10000, seed: 1 })));
    expect(json.ensemble.targets).toEqual(engine.targets);
    expect(json.ensemble.bands).toEqual(engine.bands);
    expect(json.ensemble.costs).toEqual(engine.costs);
    expect(json.ensemble.units.costs).toBe('亿元');
    // the rest of the output is the run without the flags
    const plain = JSON.parse(calc('shaoguan-policy', '--json').stdout);
    const { ensemble: _e, ...rest } = json;
    expect(rest).toEqual(plain);
  }, 120_000);

  it('another seed, other figures; a table with the seed and run count stated', () => {
    const a = JSON.parse(calc('lianzhou-policy', '--runs', '500', '--seed', '1', '--json').stdout);
    const b = JSON.parse(calc('lianzhou-policy', '--runs', '500', '--seed', '2', '--json').stdout);
    expect(b.ensemble.bands.co2.p50).not.toEqual(a.ensemble.bands.co2.p50);
    const t = calc('lianzhou-policy', '--runs', '500', '--seed', '2');
    expect(t.status).toBe(0);
    expect(t.stdout).toContain('不确定性分析 Uncertainty: 500 runs, Latin hypercube (拉丁超立方抽样), seed 2');
    expect(t.stdout).toContain('达标概率');
    expect(t.stdout).toContain('峰值年份分布');
    expect(t.stdout).toMatch(/龙卷风图 Tornado: CO2 in 2030/);
    // the scenario's cost line, P10 / P50 / P90 of the present value then of the investment, as the JSON has them
    const c = b.ensemble.costs;
    const three = (x: { p10: number; p50: number; p90: number }) => [x.p10, x.p50, x.p90].map((v) => v.toFixed(1)).join(' / ');
    expect(t.stdout).toContain(`供电成本现值 / 总投资 P10/P50/P90 (亿元): ${three(c.presentValueYiYuan)}  |  ${three(c.totalInvestmentYiYuan)}`);
    expect(t.stdout).toBe(calc('lianzhou-policy', '--runs', '500', '--seed', '2').stdout);
  }, 120_000);

  it('refuses a bad count or seed, and --csv with them', () => {
    for (const args of [['--seed', '-1'], ['--runs', '10', '--csv']]) {
      const r = calc('lianzhou-policy', ...args);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
    }
    expect(calc('lianzhou-policy', '--runs', '1.5').stderr).toContain("--runs takes a whole number from 1 to 100000; got '1.5'");
  }, 120_000);
});
