import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../seeds/index';
import { runScenario } from '../../shared/engine/run';
import { compareCosts, pricedLike } from '../../shared/engine/costs';
import { costsJson } from '../../scripts/lib/calc-costs';
import type { Scenario } from '../../shared/model/scenario';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const calc = (...args: string[]) => spawnSync(tsx, ['scripts/calc.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

describe('npm run calc: costs', () => {
  it('--json of a policy preset: investment by plan period, LCOE and the comparison with its baseline, the engine\'s figures', () => {
    const r = calc('lianzhou-policy', '--json');
    expect(r.status).toBe(0);
    const { costs } = JSON.parse(r.stdout);
    const s = presetById('lianzhou-policy')!;
    const expected = runScenario(s);
    expect(costs.totalInvestmentYiYuan).toBe(expected.costs!.totalInvestmentYiYuan);
    expect(costs.investmentByPeriod).toEqual(expected.costs!.investmentByPeriod);
    expect(costs.lcoe).toEqual(expected.costs!.lcoe);
    expect(costs.units).toMatchObject({ investment: expect.stringContaining('亿元'), lcoe: '元/kWh', costPerTonne: '元/tCO2' });
    const ref = runScenario(pricedLike(presetById('lianzhou-baseline')!, s));
    expect(costs.reference).toEqual({ found: true, ...compareCosts(expected, ref) });
    expect(costs.reference.referenceId).toBe('lianzhou-baseline');
  }, 60_000);

  it('--json of a baseline: investment and LCOE, no reference', () => {
    const r = calc('lianzhou-baseline', '--json');
    expect(r.status).toBe(0);
    const { costs } = JSON.parse(r.stdout);
    expect(costs.investmentByPeriod[0]).toMatchObject({ plan: 14, fromYear: 2021, toYear: 2025 });
    expect(costs).not.toHaveProperty('reference');
  }, 60_000);

  it('a reference that is not a preset is named as not found; the scenario itself gives zero', () => {
    const s: Scenario = { ...presetById('lianzhou-policy')!, costs: { referenceScenarioId: 'elsewhere' } };
    const r = runScenario(s);
    expect(costsJson(s, r, () => undefined)).toMatchObject({ costs: { reference: { found: false, referenceId: 'elsewhere' } } });
    const self: Scenario = { ...s, costs: { referenceScenarioId: s.id } };
    expect(costsJson(self, r, () => undefined)).toMatchObject({ costs: { reference: { found: true, npvDiffYiYuan: 0, co2AvoidedWanT: 0, costPerTonneYuan: null } } });
  });
});
