import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import type { ScenarioRecord } from '../../../../renderer/db/records';
import type { ComparedRun } from '../../../../renderer/features/compare/compare-chart-options';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { runScenario } from '../../../../shared/engine/run';
import { compareCosts, pricedLike } from '../../../../shared/engine/costs';
import type { Scenario } from '../../../../shared/model/scenario';
import { presetScenario } from '../results/preset';

const record = (s: Scenario): ScenarioRecord => ({ id: s.id, kind: 'preset', name: s.name, regionName: s.region.name, createdAt: 0, updatedAt: 0, rev: 1, scenario: s });
let library: ScenarioRecord[] = [];
vi.mock('../../../../renderer/db/useScenarioRecords', () => ({ useScenarioRecords: () => library }));

const { CostCompare } = await import('../../../../renderer/features/compare/CostCompare');

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const fmt = makeFormatter('zh', (u) => u, 'wanKw');
const run = (s: Scenario, color = '#000'): ComparedRun => ({ id: s.id, name: s.name, color, results: runScenario(s) });
const cells = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('cell');

describe('CostCompare', () => {
  it('sets 总投资, 资金需求 by period and the NPV against each one’s reference side by side, as the engine gives them', async () => {
    const baseline = presetScenario('qingyuan-baseline');
    const policy = presetScenario('qingyuan-policy');
    library = [record(baseline), record(policy)];
    const runs = [run(baseline), run(policy)];
    render(<CostCompare runs={runs} fmt={fmt} />);
    const total = cells('compare-costs-total');
    expect(total.map((c) => Number(c.getAttribute('data-value')))).toEqual(runs.map((r) => r.results.costs!.totalInvestmentYiYuan));
    // of which end-of-life replacement: the sum over the plan periods
    const replacement = cells('compare-costs-replacement');
    expect(replacement.map((c) => Number(c.getAttribute('data-value')))).toEqual(runs.map((r) => r.results.costs!.investmentByPeriod.reduce((s, p) => s + p.replacement, 0)));
    // 十五五 (plan 15, 2026–2030) for each, by plan number
    const p15 = cells('compare-costs-period-15');
    expect(p15.map((c) => Number(c.getAttribute('data-value')))).toEqual(runs.map((r) => r.results.costs!.investmentByPeriod.find((p) => p.plan === 15)!.total));
    // the policy preset names its baseline; the baseline names none, and being first is measured against nothing
    const refs = cells('compare-costs-reference');
    expect(refs[0]).toHaveTextContent('未设定');
    expect(refs[1]).toHaveTextContent(baseline.name);
    const expected = compareCosts(runScenario(policy), runScenario(pricedLike(baseline, policy)));
    await waitFor(() => expect(Number(cells('compare-costs-npv')[1]!.getAttribute('data-value'))).toBeCloseTo(expected.npvDiffYiYuan, 9));
    expect(cells('compare-costs-npv')[0]).toHaveTextContent('—');
    expect(Number(cells('compare-costs-co2')[1]!.getAttribute('data-value'))).toBeCloseTo(expected.co2AvoidedWanT, 9);
  });

  it('a scenario without a reference is measured against the first compared, and says so', async () => {
    const { costs: _c, ...other } = presetScenario('lianzhou-policy');
    const first = presetScenario('lianzhou-baseline');
    library = [record(first), record(other)];
    render(<CostCompare runs={[run(first), run(other)]} fmt={fmt} />);
    expect(cells('compare-costs-reference')[1]).toHaveTextContent(`${first.name}（第一个对比情景）`);
    await waitFor(() => expect(cells('compare-costs-npv')[1]!.getAttribute('data-value')).not.toBe(''));
  });
});
