import { describe, expect, it } from 'vitest';
import { presetById } from '../../../../seeds/index';
import { TYPICAL_HOURS } from '../../../../seeds/reference/typical';
import { applyGoalAnswer, goalSeek, MAX_RUNS, valueInYearWith, type GoalSeekRequest } from '../../../../shared/engine/goal-seek/goal-seek';
import { runScenario } from '../../../../shared/engine/run';
import { resolveSeries } from '../../../../shared/engine/series';
import type { LeverContext } from '../../../../shared/model/ops-levers';
import type { Scenario } from '../../../../shared/model/scenario';

const ctx: LeverContext = { valueInYear: valueInYearWith(resolveSeries), hours: TYPICAL_HOURS, buildoutName: (type, year) => `${type} ${year}` };
const deps = { resolve: resolveSeries, leverContext: ctx };
const preset = (id: string): Scenario => presetById(id)!;
const yearOf = (s: Scenario, year: number) => runScenario(s).years.find((y) => y.year === year)!;
const seek = (s: Scenario, req: GoalSeekRequest) => goalSeek(s, req, deps);

describe('goal seek: answers known in closed form', () => {
  it('the 2030 grid factor that holds 清远 policy CO2 in 2030 to a cap (CO2 is linear in the factor)', () => {
    const s = preset('qingyuan-policy');
    const y = yearOf(s, 2030);
    // Under the net-imports method the grid factor enters 2030 CO2 only through net imports (and
    // pumped-storage losses charged to the region, none here): 1 亿kWh = 10^5 MWh, so
    // CO2 [万t] = rest + netImports [亿kWh] × 10 × f [tCO2/MWh]. The lever sets the factor's 2030 point.
    expect(y.co2BySource.storageLosses).toBe(0);
    expect(y.gridFactor).toBe(0.35);
    const rest = y.co2 - y.netImports * 10 * 0.35;
    // 2030 CO2 is about 2,650 万t (clinker cut to 2,100 万t, ceramics off coal gas): a cap of 2,600 needs a lower factor
    const cap = 2600;
    const exact = (cap - rest) / (y.netImports * 10);
    const r = seek(s, { goal: { metric: 'co2', year: 2030, value: cap, sense: 'atMost' }, lever: { lever: 'gridFactor' } });
    expect(r.status).toBe('met');
    if (r.status !== 'met') return;
    // the answer meets the cap by at most 0.1 % of it (2.6 万t), i.e. the factor lies within
    // 2.6 / (netImports × 10) below the exact value, never above it
    expect(r.leverValue).toBeLessThanOrEqual(exact + 1e-6);
    expect(r.leverValue).toBeGreaterThanOrEqual(exact - 2.6 / (y.netImports * 10) - 1e-6);
    expect(r.achieved!).toBeLessThanOrEqual(cap);
    expect(r.achieved!).toBeGreaterThanOrEqual(cap - 2.6);
    expect(r.precision.reached).toBe(true);
    expect(r.precision.tolerance).toBeCloseTo(2.6, 12);
    expect(r.from).toBe(0.35);
    // the scenario returned is the lever's one edit, and computes to what was reported
    expect(yearOf(r.scenario!, 2030).co2).toBeCloseTo(r.achieved!, 9);
    expect(r.runs).toBeLessThanOrEqual(MAX_RUNS);
    expect(r.hourlyFeedback).toBe(false);
  });

  it('the energy-intensity decline that brings 韶关 baseline 2025 intensity to 3 % a year less (1 − Π(1 − d))', () => {
    // without its key products, whose energy is output × unit energy rather than GDP × intensity
    const s = structuredClone(preset('shaoguan-baseline'));
    delete s.industry;
    // a constant decline d from the 2020 intensity I0 = 1.00526 tce/万元: I2025 = I0 × (1 − d)^5.
    // Asking for I0 × 0.97^5 = 1.00526 × 0.858734 = 0.863251 gives d = 3 % exactly.
    expect(s.energy.intensityDeclinePct).toBe(1.46);
    const goalValue = 1.00526 * 0.97 ** 5;
    const r = seek(s, { goal: { metric: 'energyPerGdp', year: 2025, value: goalValue, sense: 'atMost' }, lever: { lever: 'intensityDecline' } });
    expect(r.status).toBe('met');
    if (r.status !== 'met') return;
    // within 0.1 % of the value below it: dI/dd = 5 × I0 × (1 − d)^4 / 100 = 5 × 1.00526 × 0.885293 / 100
    // = 0.0445 tce/万元 per percentage point, so 0.000863 / 0.0445 = 0.0194 points above 3 at most
    expect(r.leverValue).toBeGreaterThanOrEqual(3 - 1e-6);
    expect(r.leverValue).toBeLessThanOrEqual(3.0195);
    expect(1 - (1 - r.leverValue / 100) ** 5).toBeGreaterThanOrEqual(1 - 0.97 ** 5 - 1e-9);
    expect(r.scenario!.energy.intensityDeclinePct).toBe(r.leverValue);
    expect(r.precision.metricDistance!).toBeGreaterThanOrEqual(0);
    expect(r.precision.metricDistance!).toBeLessThanOrEqual(goalValue * 1e-3);
  });

  it("a project's capacity: 连州 baseline's 福山 wind extension sized for a 2030 CO2 cap", () => {
    const s = preset('lianzhou-baseline');
    const y = yearOf(s, 2030);
    // the wind farm (2,100 h, in operation since 2023) gives 2,100 MWh a year per MW = 0.021 亿kWh,
    // which cuts net imports and so CO2 by 10 × 0.35 × 0.021 = 0.0735 万t per MW in 2030
    const perMW = 10 * 0.35 * (2100 / 1e5);
    const cap = 130;
    const exact = 100 + (y.co2 - cap) / perMW;
    const r = seek(s, { goal: { metric: 'co2', year: 2030, value: cap, sense: 'atMost' }, lever: { projectCapacity: 'lz-wind-fushan-extension-100' } });
    expect(r.status).toBe('met');
    if (r.status !== 'met') return;
    expect(r.from).toBe(100);
    // 0.1 % of 130 is 0.13 万t, or 0.13 / 0.0735 = 1.77 MW above the exact capacity at most
    expect(r.leverValue).toBeGreaterThanOrEqual(exact - 1e-6);
    expect(r.leverValue).toBeLessThanOrEqual(exact + 0.13 / perMW + 1e-6);
    expect(r.scenario!.electricity.projects.find((p) => p.id === 'lz-wind-fushan-extension-100')!.capacityMW).toBeCloseTo(r.leverValue, 6);
    expect(r.bounds).toEqual({ min: 0, max: 5000 });
  });
});

describe('goal seek: status', () => {
  it('already met: one run, the lever stays, the scenario itself', () => {
    const s = preset('qingyuan-policy');
    // 清远 policy cuts CO2 per GDP by 25.8 % 2020–2025 against the 18 % asked
    const r = seek(s, { goal: { targetId: 'qy-co2-intensity-2025' }, lever: { lever: 'pvBuildout' } });
    expect(r.status).toBe('alreadyMet');
    if (r.status !== 'alreadyMet') return;
    expect(r.runs).toBe(1);
    expect(r.leverValue).toBe(r.from);
    expect(r.scenario).toBe(s);
  });

  it('unreachable: the value reached at the bound that helps most', () => {
    const s = preset('lianzhou-baseline');
    // a cleaner grid alone cannot bring 连州 baseline's CO2-per-GDP reduction 2020–2025 to 18 %
    const r = seek(s, { goal: { targetId: 'lz-co2-intensity-2025' }, lever: { lever: 'gridFactor' } });
    expect(r.status).toBe('unreachable');
    if (r.status !== 'unreachable') return;
    expect(r.leverValue).toBe(0.1);
    const atBound = runScenario({ ...s, electricity: { ...s.electricity, gridEmissionFactor: [{ year: 2020, value: 0.4715 }, { year: 2030, value: 0.1 }, { year: 2045, value: 0.17 }, { year: 2060, value: 0.06 }] } });
    const status = atBound.targets.find((t) => t.id === 'lz-co2-intensity-2025')!;
    expect(r.achieved).toBeCloseTo(status.actual!, 9);
    expect(r.achieved!).toBeLessThan(18);
    expect(r.notes).toContain('noSignChange');
    expect(r.scenario).toBeNull();
    expect(r.precision.reached).toBe(false);
  });

  it('a lever that does not move the goal: local PV and the non-fossil share under the provincial pool', () => {
    // provincial-pool attribution counts electricity use × the grid's share, whatever is built locally
    const s = preset('qingyuan-policy');
    expect(s.accounting.renewableAttribution).toBe('provincialPool');
    const r = seek(s, { goal: { targetId: 'qy-nonfossil-2025' }, lever: { lever: 'pvBuildout' } });
    expect(r.status).toBe('unreachable');
    if (r.status !== 'unreachable') return;
    expect(r.notes).toEqual(['noSignChange', 'noEffect']);
    expect(r.leverValue).toBe(500);
  });

  it('a peak-year target is met or not: bisected, its precision the bracket in the lever unit', () => {
    const s = preset('shaoguan-baseline');
    const r = seek(s, { goal: { targetId: 'sg-peak-2030' }, lever: { lever: 'intensityDecline' } });
    expect(r.status).toBe('met');
    if (r.status !== 'met') return;
    expect(r.notes).toContain('discrete');
    // a tenth of the slider's step (0.1 %/年)
    expect(r.precision.leverWidth).toBeLessThanOrEqual(0.01);
    expect(r.precision.reached).toBe(true);
    expect(runScenario(r.scenario!).targets.find((t) => t.id === 'sg-peak-2030')!.met).toBe(true);
  });

  it('refuses what it cannot judge: an unknown target or project, a year outside the horizon', () => {
    const s = preset('lianzhou-policy');
    expect(seek(s, { goal: { targetId: 'nope' }, lever: { lever: 'gdpGrowth' } })).toMatchObject({ status: 'failed', reason: 'unknownTarget', runs: 0 });
    expect(seek(s, { goal: { targetId: 'lz-peak-2030' }, lever: { projectCapacity: 'nope' } })).toMatchObject({ status: 'failed', reason: 'unknownProject' });
    expect(seek(s, { goal: { metric: 'co2', year: 2070, value: 1, sense: 'atMost' }, lever: { lever: 'gdpGrowth' } })).toMatchObject({ status: 'failed', reason: 'notJudged' });
  });
});

describe('goal seek: every preset target with every lever', () => {
  const levers = ['gdpGrowth', 'intensityDecline', 'pvBuildout', 'windBuildout', 'gridFactor', 'coalShare'] as const;
  const ids = ['qingyuan-baseline', 'qingyuan-policy', 'lianzhou-baseline', 'lianzhou-policy', 'shaoguan-baseline', 'shaoguan-policy'];
  it('at most 50 runs; an answer found meets its target, within 0.01 points or 0.1 % of the value', () => {
    for (const id of ids) {
      const s = preset(id);
      for (const t of s.targets) {
        for (const lever of levers) {
          const r = seek(s, { goal: { targetId: t.id }, lever: { lever } });
          const what = `${id} ${t.id} ${lever}`;
          expect(r.status, what).not.toBe('failed');
          if (r.status === 'failed') continue;
          expect(r.runs, what).toBeLessThanOrEqual(MAX_RUNS);
          if (r.status !== 'met') continue;
          expect(r.precision.reached, what).toBe(true);
          const status = runScenario(r.scenario!).targets.find((x) => x.id === t.id)!;
          expect(status.met, what).toBe(true);
          if (t.metric !== 'peakYear') expect(status.margin!, what).toBeLessThanOrEqual(r.precision.tolerance + 1e-9);
        }
      }
    }
  });
});

describe('goal seek: the answer as one edit', () => {
  it('copies the fields the lever wrote (an expression path included) and makes build-out rows with the page\'s names', () => {
    // 清远's growth path is an expression: the answer's shifted expression is taken as it is (the
    // baseline, whose CO2 climbs to 2048: the policy's already peaks in 2020)
    const s = preset('qingyuan-baseline');
    const r = seek(s, { goal: { targetId: 'qy-peak-province-2025' }, lever: { lever: 'gdpGrowth' } });
    expect(r.status).toBe('met');
    if (r.status !== 'met') return;
    const edited = applyGoalAnswer(s, r.lever, r.leverValue, r.scenario!, ctx);
    expect(edited.economy.gdpGrowthPct).toEqual(r.scenario!.economy.gdpGrowthPct);
    expect(runScenario(edited).targets.find((t) => t.id === 'qy-peak-province-2025')!.met).toBe(true);

    const named = { ...ctx, buildoutName: (type: string, year: number) => `${type}逐年新增装机（${year} 年）` };
    const lz = preset('lianzhou-baseline');
    const w = seek(lz, { goal: { metric: 'co2', year: 2030, value: 130, sense: 'atMost' }, lever: { lever: 'windBuildout' } });
    expect(w.status).toBe('met');
    if (w.status !== 'met') return;
    const rows = applyGoalAnswer(lz, w.lever, w.leverValue, w.scenario!, named).electricity.projects.filter((p) => p.id.startsWith('buildout-wind-'));
    // 2026–2035, one row a year of the answer's MW
    expect(rows.map((p) => p.commissioningYear)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(rows.every((p) => p.capacityMW === w.leverValue)).toBe(true);
    expect(rows[0]!.name).toBe('wind逐年新增装机（2026 年）');
  });
});

describe('goal seek: the hourly balance', () => {
  it('with its feedback on, every run includes the balance, and the answer is the figure the planner then sees', () => {
    const s0 = preset('lianzhou-policy');
    const s: Scenario = { ...s0, hourly: { ...s0.hourly!, feedback: true } };
    const co2 = yearOf(s, 2030).co2;
    const r = seek(s, { goal: { metric: 'co2', year: 2030, value: co2 - 1, sense: 'atMost' }, lever: { lever: 'gridFactor' } });
    expect(r.status).toBe('met');
    if (r.status !== 'met') return;
    expect(r.hourlyFeedback).toBe(true);
    // runScenario runs the balance and feeds it back, as the headline figures do
    expect(yearOf(r.scenario!, 2030).co2).toBeCloseTo(r.achieved!, 9);
    expect(r.achieved!).toBeLessThanOrEqual(co2 - 1);
  });
});
