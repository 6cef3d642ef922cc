import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../seeds/index';
import { runScenario } from '../../shared/engine/run';
import { rollupOf, toRollupTable } from '../../scripts/lib/calc-rollup';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const calc = (...args: string[]) => spawnSync(tsx, ['scripts/calc.ts', ...args], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/ +/g, ' ');

describe('npm run calc: the roll-up of a city with counties attached', () => {
  it('qingyuan-policy with 连州: members, sum, rest of the city, city, shares and difference in the plan years', () => {
    const out = calc('qingyuan-policy');
    expect(out.status).toBe(0);
    const text = squash(out.stdout);
    expect(text).toContain('Roll-up 县区汇总: 1 attached, 1 counted');
    expect(text).toContain('lianzhou-policy 连州市');
    // 2020, published GDP: 连州 161.21 of 清远 1,778.29 亿元 = 9.0655 % → 9.07 %;
    // the rest of the city 1,778.29 − 161.21 = 1,617.08 (90.93 %); sum − city = −1,617.08 (−90.93 %)
    expect(text).toMatch(/2020 连州市 161\.21 \(9\.07 %\)/);
    expect(text).toMatch(/counties 县区合计 161\.21 \(9\.07 %\)/);
    expect(text).toMatch(/rest 其余地区 1617\.08 \(90\.93 %\)/);
    expect(text).toMatch(/city 全市 1778\.29 /);
    expect(text).toMatch(/sum − city 差 -1617\.08 \(-90\.93 %\)/);
    // plan years only: 2020, 2025, … 2060, no 2021
    expect(text).toMatch(/\n2025 连州市/);
    expect(text).not.toMatch(/\n2021 连州市/);
    // the rule that the counties' CO2 under net imports is not the city's, in words
    expect(text).toContain("Under the net-imports method a county's CO2 includes the electricity it buys from other counties");
  }, 60_000);

  it('--json: the engine’s roll-up as `rollup`', () => {
    const out = calc('qingyuan-policy', '--json');
    expect(out.status).toBe(0);
    const { rollup } = JSON.parse(out.stdout);
    expect(rollup.members).toMatchObject([{ scenarioId: 'lianzhou-policy', label: '连州市', status: 'counted' }]);
    const y2020 = rollup.rows.find((r: { year: number }) => r.year === 2020);
    // 161.21 / 1,778.29 = 9.06545… %
    expect(y2020.members[0].figures.gdp).toBe(161.21);
    expect(y2020.members[0].sharePct.gdp).toBeCloseTo(9.06545, 4);
    expect(y2020.remainder.figures.gdp).toBeCloseTo(1617.08, 9);
    expect(JSON.parse(calc('lianzhou-policy', '--json').stdout).rollup).toBeUndefined();
  }, 60_000);

  it('prints no roll-up for a scenario without members', () => {
    const out = calc('lianzhou-policy');
    expect(out.status).toBe(0);
    expect(out.stdout).not.toContain('Roll-up');
  }, 60_000);

  it('names a member that is not a preset instead of counting it', () => {
    const city = structuredClone(presetById('qingyuan-policy')!);
    city.rollup = { members: [{ scenarioId: 'my-yingde', label: '英德市' }] };
    const r = rollupOf(city, runScenario(city), presetById)!;
    const text = squash(toRollupTable(r));
    expect(text).toContain('Roll-up 县区汇总: 1 attached, 0 counted');
    expect(text).toContain('my-yingde 英德市 missing');
  });
});
