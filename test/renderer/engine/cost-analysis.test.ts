import { describe, expect, it } from 'vitest';
import { answerRequest } from '../../../renderer/engine/answer';
import { costAnalysis } from '../../../renderer/engine/cost-analysis';
import type { CostAnalysis } from '../../../renderer/engine/protocol';
import { presetById } from '../../../seeds/index';
import type { Scenario } from '../../../shared/model/scenario';

const policy = presetById('qingyuan-policy')!;
const baseline = presetById('qingyuan-baseline')!;
const withCosts = (s: Scenario, costs: NonNullable<Scenario['costs']>): Scenario => ({ ...s, costs: { ...s.costs, ...costs } });

describe('costAnalysis (worker command)', () => {
  it('a scenario against itself: no NPV difference, no CO2 avoided, so no cost per tonne', () => {
    const a = costAnalysis(policy, policy)!;
    expect(a.referenceFailed).toBe(false);
    expect(a.comparison!.referenceId).toBe(policy.id);
    expect(a.comparison!.npvDiffYiYuan).toBeCloseTo(0, 9);
    expect(a.comparison!.co2AvoidedWanT).toBeCloseTo(0, 9);
    expect(a.comparison!.costPerTonneYuan).toBeNull();
  });

  it('without a reference: no comparison, the curve still comes', () => {
    const a = costAnalysis(policy, null)!;
    expect(a.comparison).toBeNull();
    expect(a.referenceFailed).toBe(false);
    expect(a.macc.length).toBeGreaterThan(0);
  });

  it('a reference that cannot be computed is said so; the scenario is still analysed', () => {
    const a = costAnalysis(policy, { id: 'broken' })!;
    expect(a.referenceFailed).toBe(true);
    expect(a.comparison).toBeNull();
    expect(a.macc.length).toBeGreaterThan(0);
  });

  it('the curve is left out when not wanted (the compare view needs only the comparison)', () => {
    const a = costAnalysis(policy, baseline, false)!;
    expect(a.macc).toEqual([]);
    expect(a.comparison).toEqual(costAnalysis(policy, baseline)!.comparison);
  });

  it('a scenario that cannot be computed gives null', () => {
    expect(costAnalysis({ nonsense: true }, null)).toBeNull();
  });

  it('the reference is priced as the scenario: its own cost settings do not move the comparison', () => {
    const plain = costAnalysis(policy, baseline)!.comparison!;
    const dearer = costAnalysis(policy, withCosts(baseline, { case: 'high', discountRatePct: 3 }))!.comparison!;
    expect(plain.referenceId).toBe(baseline.id);
    expect(dearer.npvDiffYiYuan).toBeCloseTo(plain.npvDiffYiYuan, 9);
    expect(dearer.co2AvoidedWanT).toBeCloseTo(plain.co2AvoidedWanT, 9);
  });

  it("the scenario's own discount rate moves the NPV difference, not the CO2 avoided", () => {
    const at8 = costAnalysis(policy, baseline)!.comparison!;
    const at4 = costAnalysis(withCosts(policy, { discountRatePct: 4 }), baseline)!.comparison!;
    expect(at4.npvDiffYiYuan).not.toBeCloseTo(at8.npvDiffYiYuan, 3);
    expect(at4.co2AvoidedWanT).toBeCloseTo(at8.co2AvoidedWanT, 9);
    // 元/t = ΔNPV 亿元 × 1e8 ÷ (Δ万t × 1e4) = ΔNPV / ΔCO2 × 1e4
    if (at4.costPerTonneYuan !== null) expect(at4.costPerTonneYuan).toBeCloseTo((at4.npvDiffYiYuan / at4.co2AvoidedWanT) * 1e4, 6);
  });

  it('is answered by the worker under its command name', async () => {
    const res = await answerRequest({ id: 7, command: 'costAnalysis', args: { scenario: policy, reference: baseline } });
    expect(res.id).toBe(7);
    const answer = (res as { answer: CostAnalysis }).answer;
    expect(answer.comparison!.referenceId).toBe(baseline.id);
  });
});

describe('evaluate (worker)', () => {
  it("every run carries the scenario's own costs, as runScenario gives them", async () => {
    const { evaluate } = await import('../../../renderer/engine/compute');
    const { runScenario } = await import('../../../shared/engine/run');
    const e = evaluate(policy, 'headline');
    expect(e.outcome.ok).toBe(true);
    if (e.outcome.ok) expect(e.outcome.results.costs).toEqual(runScenario(policy).costs);
  });
});
