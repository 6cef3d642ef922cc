import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import { loadChartLibrary } from '../../../../renderer/components/chart/load';
import type { ScenarioRecord } from '../../../../renderer/db/records';
import { engineClient } from '../../../../renderer/engine/client';
import { runScenario } from '../../../../shared/engine/run';
import { compareCosts, pricedLike } from '../../../../shared/engine/costs';
import type { Scenario } from '../../../../shared/model/scenario';
import { presetScenario } from '../results/preset';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 })),
}));
const record = (s: Scenario, rev = 1): ScenarioRecord => ({ id: s.id, kind: 'preset', name: s.name, regionName: s.region.name, createdAt: 0, updatedAt: 0, rev, scenario: structuredClone(s) });
let library: ScenarioRecord[] = [];
vi.mock('../../../../renderer/db/useScenarioRecords', () => ({ useScenarioRecords: () => library }));

const { CostResultsSection } = await import('../../../../renderer/features/costs/CostResultsSection');

// happy-dom's IntersectionObserver never reports: the section then asks at once, as where there is none
vi.stubGlobal('IntersectionObserver', undefined);
beforeAll(() => loadChartLibrary());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
beforeEach(() => setLanguage('zh'));

const baseline = presetScenario('qingyuan-baseline');

describe('CostResultsSection', () => {
  it("the policy preset against its baseline: the engine's NPV difference, said with the baseline's name", async () => {
    const policy = presetScenario('qingyuan-policy');
    library = [record(baseline), record(policy)];
    render(<CostResultsSection scenario={policy} />);
    const expected = compareCosts(runScenario(policy), runScenario(pricedLike(baseline, policy)));
    const statement = await screen.findByTestId('costs-npv-statement', {}, { timeout: 10_000 });
    expect(Number(statement.getAttribute('data-npv'))).toBeCloseTo(expected.npvDiffYiYuan, 9);
    expect(statement).toHaveTextContent(`相对于参比情景『${baseline.name}』，本情景 2021–2060 年净现值`);
    await waitFor(() => expect(Number(screen.getByTestId('costs-macc').getAttribute('data-steps'))).toBeGreaterThan(0));
  });

  it('asks the engine once per scenario and reference revision: the library read again asks nothing', async () => {
    const policy = presetScenario('lianzhou-policy');
    library = [record(presetScenario('lianzhou-baseline'))];
    const call = vi.spyOn(engineClient, 'call');
    const { rerender } = render(<CostResultsSection scenario={policy} />);
    await screen.findByTestId('costs-npv-statement', {}, { timeout: 10_000 });
    const asked = () => call.mock.calls.filter(([c]) => c === 'costAnalysis').length;
    expect(asked()).toBe(1);
    library = [record(presetScenario('lianzhou-baseline'))];
    rerender(<CostResultsSection scenario={policy} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(asked()).toBe(1);
  });

  it('without a reference: says so; with one gone from the library: says which', async () => {
    const { costs: _c, ...plain } = presetScenario('shaoguan-policy');
    library = [];
    render(<CostResultsSection scenario={plain} />);
    expect(await screen.findByTestId('costs-npv-none', {}, { timeout: 10_000 })).toHaveTextContent('尚未设定参比情景');
    cleanup();
    render(<CostResultsSection scenario={{ ...plain, costs: { referenceScenarioId: 'deleted-one' } }} />);
    expect(await screen.findByTestId('costs-npv-missing', {}, { timeout: 10_000 })).toHaveTextContent('deleted-one');
  });
});
