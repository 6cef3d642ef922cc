import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import type { Scenario } from '../../../../shared/model/scenario';
import { DEFAULT_RANGE_SOURCES } from '../../../../shared/model/uncertainty';
import { setLanguage } from '../../../../renderer/i18n';
import { loadChartLibrary } from '../../../../renderer/components/chart/load';
import { installEnsembleBackend } from '../../../../renderer/engine/ensemble';
import { resetEnsembles } from '../../../../renderer/engine/ensemble-results';
import { presetScenario } from '../results/preset';
import { fakeEnsembleBackend } from './fixture';

// happy-dom has no canvas; the charts get a stand-in whose options the tests can read.
const charts: { setOption: ReturnType<typeof vi.fn> }[] = [];
vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => {
    const c = { setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 };
    charts.push(c);
    return c;
  }),
}));

const { UncertaintyPanel } = await import('../../../../renderer/features/uncertainty/UncertaintyPanel');

beforeAll(() => loadChartLibrary());
afterEach(cleanup);
beforeEach(async () => {
  charts.length = 0;
  resetEnsembles();
  await setLanguage('zh');
});

/** The panel over a scenario held here: an edit is applied as the document would take it. */
function Host({
  initial,
  readOnly = false,
  onScenario,
  markOf,
}: {
  initial: Scenario;
  readOnly?: boolean;
  onScenario?: (s: Scenario) => void;
  markOf?: (path: string) => ReactNode;
}) {
  const [s, setS] = useState(initial);
  return (
    <UncertaintyPanel
      scenario={s}
      readOnly={readOnly}
      markOf={markOf}
      edit={(apply) => {
        setS((prev) => {
          const next = apply(prev);
          onScenario?.(next);
          return next;
        });
        return Promise.resolve([]);
      }}
    />
  );
}

const type = (testId: string, value: string) => {
  const input = screen.getByTestId(`field-${testId}`);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};

describe('UncertaintyPanel', () => {
  it("shows a scenario's default ranges with their reasoning, and runs and seed", () => {
    installEnsembleBackend(fakeEnsembleBackend().backend);
    render(<Host initial={presetScenario('lianzhou-policy')} />);
    const growth = screen.getByTestId('range-gdpGrowth');
    expect(within(growth).getByText('GDP 增速（个百分点）')).toBeInTheDocument();
    // ±1 pp, uniform: the default's own values
    expect((within(growth).getByTestId('field-uncertainty.inputs.gdpGrowth.low') as HTMLInputElement).value).toBe('-1');
    expect((within(growth).getByTestId('field-uncertainty.inputs.gdpGrowth.high') as HTMLInputElement).value).toBe('1');
    expect(within(growth).getByTestId('source-uncertainty.inputs.gdpGrowth').textContent).toContain(
      DEFAULT_RANGE_SOURCES.gdpGrowth.reasonZh.slice(0, 20),
    );
    expect((screen.getByTestId('field-uncertainty.runs') as HTMLInputElement).value).toBe('1000');
    expect((screen.getByTestId('field-uncertainty.seed') as HTMLInputElement).value).toBe('1');
    expect(screen.getByTestId('uncertainty-none')).toBeInTheDocument();
  });

  it('stores a range typed in, with the other defaults, as an edit of the scenario', () => {
    installEnsembleBackend(fakeEnsembleBackend().backend);
    let latest: Scenario | null = null;
    render(<Host initial={presetScenario('lianzhou-policy')} onScenario={(s) => (latest = s)} />);
    type('uncertainty.inputs.gdpGrowth.low', '-2');
    expect(latest!.uncertainty!.inputs.gdpGrowth).toMatchObject({
      low: -2,
      central: 0,
      high: 1,
      distribution: 'uniform',
    });
    // the other ranges came along as they were shown
    expect(latest!.uncertainty!.inputs.gridFactor).toMatchObject({ low: 0.9, high: 1.1 });
    fireEvent.change(screen.getByTestId('field-uncertainty.inputs.gdpGrowth.distribution'), {
      target: { value: 'triangular' },
    });
    expect(latest!.uncertainty!.inputs.gdpGrowth!.distribution).toBe('triangular');
    fireEvent.click(screen.getByTestId('remove-range-gridFactor'));
    expect(latest!.uncertainty!.inputs.gridFactor).toBeUndefined();
    expect(screen.queryByTestId('range-gridFactor')).toBeNull();
    fireEvent.change(screen.getByTestId('uncertainty-add-input'), { target: { value: 'gridFactor' } });
    expect(latest!.uncertainty!.inputs.gridFactor).toMatchObject({ low: 0.9, high: 1.1 });
  });

  it('the key products’ output and unit energy are sampled by default where the scenario has products, with their reasoning', () => {
    installEnsembleBackend(fakeEnsembleBackend().backend);
    render(<Host initial={presetScenario('shaoguan-policy')} />);
    const output = screen.getByTestId('range-productOutput');
    expect(within(output).getByText('重点产品产量（倍）')).toBeInTheDocument();
    expect((within(output).getByTestId('field-uncertainty.inputs.productOutput.low') as HTMLInputElement).value).toBe('0.85');
    expect(within(output).getByTestId('source-uncertainty.inputs.productOutput').textContent).toContain(DEFAULT_RANGE_SOURCES.productOutput.reasonZh.slice(0, 20));
    expect((within(screen.getByTestId('range-productUnitEnergy')).getByTestId('field-uncertainty.inputs.productUnitEnergy.high') as HTMLInputElement).value).toBe('1.05');
    expect(screen.queryByTestId('range-productOutput-inactive')).toBeNull();
  });

  it('without products, the product inputs are listed disabled with the reason; a range kept on them says it moves nothing', () => {
    installEnsembleBackend(fakeEnsembleBackend().backend);
    const s = presetScenario('lianzhou-policy');
    s.industry = { products: [], processEmissions: [] };
    render(<Host initial={s} />);
    expect(screen.queryByTestId('range-productOutput')).toBeNull();
    const option = within(screen.getByTestId('uncertainty-add-input')).getByRole('option', { name: /重点产品产量/ }) as HTMLOptionElement;
    expect(option.disabled).toBe(true);
    expect(option.textContent).toBe('重点产品产量（情景未设重点产品，请先在“工业与过程排放”中添加）');
    cleanup();
    const kept = structuredClone(s);
    kept.uncertainty = { runs: 10, seed: 1, inputs: { productOutput: { low: 0.9, central: 1, high: 1.1, distribution: 'uniform', source: { kind: 'user' } } } };
    render(<Host initial={kept} />);
    expect(screen.getByTestId('range-productOutput-inactive')).toHaveTextContent('情景没有重点产品：此区间不影响结果。');
  });

  it('runs on the button: progress, then 达标概率 by target as the checklist names them, bands, the peak years and the tornado, with runs and seed stated', async () => {
    const fake = fakeEnsembleBackend({ hold: true });
    installEnsembleBackend(fake.backend);
    const s = presetScenario('lianzhou-policy');
    const central = runScenario(s);
    render(<Host initial={s} />);
    fireEvent.click(screen.getByTestId('uncertainty-start'));
    const progress = await screen.findByTestId('uncertainty-progress');
    expect(progress.getAttribute('data-total')).toBe('1000');
    // chunks answered one round at a time until the merge
    await waitFor(
      async () => {
        await act(async () => fake.release());
        expect(screen.queryByTestId('uncertainty-progress')).toBeNull();
      },
      { timeout: 5000 },
    );
    const results = await screen.findByTestId('uncertainty-results');
    expect(screen.getByTestId('uncertainty-basis').textContent).toContain('1,000 次拉丁超立方抽样，随机种子 1');
    // the fixture: 2 runs failed, each target met by floor(998 / 4) = 249 of the 998 computed
    expect(screen.getByTestId('uncertainty-basis').textContent).toContain('2 次无法计算');
    for (const target of central.targets) {
      const row = within(results).getByTestId(`probability-${target.id}`);
      expect(row.textContent).toContain(target.label);
      expect(row.textContent).toContain('249 / 998');
      // 249 / 998 = 24.95…% → 24.9% or 25.0% by rounding of the float; one decimal either way
      expect(row.textContent).toMatch(/2[45]\.\d%/);
    }
    for (const m of ['co2', 'co2PerGdp', 'energyPerGdpAssessed', 'nonFossilShare'])
      expect(screen.getByTestId(`uncertainty-band-${m}`)).toBeInTheDocument();
    expect(screen.getByTestId('uncertainty-no-peak').textContent).toContain('30 次');
    expect(screen.getByTestId('uncertainty-tornado').textContent).toContain('2030 年');
    expect(within(results).getByTestId('uncertainty-costs-presentValue').textContent).toContain('供电成本现值');
    expect(screen.getByTestId('uncertainty-start').textContent).toBe('重新运行');
  });

  it('marks the results stale when the scenario changes, and computes nothing until asked', async () => {
    const fake = fakeEnsembleBackend();
    installEnsembleBackend(fake.backend);
    render(<Host initial={presetScenario('lianzhou-policy')} />);
    fireEvent.click(screen.getByTestId('uncertainty-start'));
    await screen.findByTestId('uncertainty-results', undefined, { timeout: 5000 });
    expect(screen.queryByTestId('uncertainty-stale')).toBeNull();
    const before = fake.calls.length;
    type('uncertainty.seed', '7');
    expect(screen.getByTestId('uncertainty-stale')).toBeInTheDocument();
    expect(screen.getByTestId('uncertainty-panel').getAttribute('data-state')).toBe('stale');
    // the results stay, with the runs and seed they were made with
    expect(screen.getByTestId('uncertainty-results').getAttribute('data-seed')).toBe('1');
    expect(fake.calls.length).toBe(before);
  });

  it('cancel stops the run and shows nothing of it; the results before stay', async () => {
    const fake = fakeEnsembleBackend({ hold: true });
    installEnsembleBackend(fake.backend);
    render(<Host initial={presetScenario('lianzhou-policy')} />);
    fireEvent.click(screen.getByTestId('uncertainty-start'));
    await screen.findByTestId('uncertainty-progress');
    await act(async () => fake.release());
    fireEvent.click(screen.getByTestId('uncertainty-cancel'));
    expect(await screen.findByTestId('uncertainty-cancelled')).toBeInTheDocument();
    expect(screen.queryByTestId('uncertainty-progress')).toBeNull();
    expect(screen.queryByTestId('uncertainty-results')).toBeNull();
    await act(async () => fake.release());
    expect(fake.calls).not.toContain('merge');
    expect(screen.queryByTestId('uncertainty-results')).toBeNull();
  });

  it('a scenario the engine refuses cannot be run, and says why', async () => {
    installEnsembleBackend(fakeEnsembleBackend().backend);
    const s = presetScenario('lianzhou-policy');
    // industry's fuel shares no longer add up to 100 %: the check refuses the scenario
    s.energy.sectors.industry.fuelSharesPct.coal = 80;
    render(<Host initial={s} />);
    expect(await screen.findByTestId('uncertainty-blocked')).toBeInTheDocument();
    expect(screen.getByTestId('uncertainty-start')).toBeDisabled();
  });

  it("shows the editor's inherited / overridden mark beside each range, the runs and the seed", () => {
    installEnsembleBackend(fakeEnsembleBackend().backend);
    render(
      <Host initial={presetScenario('lianzhou-policy')} markOf={(path) => <span data-testid={`mark-${path}`} />} />,
    );
    expect(
      within(screen.getByTestId('range-gdpGrowth')).getByTestId('mark-uncertainty.inputs.gdpGrowth'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('mark-uncertainty.runs')).toBeInTheDocument();
    expect(screen.getByTestId('mark-uncertainty.seed')).toBeInTheDocument();
  });

  it('a preset is read-only: the defaults are shown and can be run, not edited', () => {
    installEnsembleBackend(fakeEnsembleBackend().backend);
    render(<Host initial={presetScenario('lianzhou-policy')} readOnly />);
    expect(screen.getByTestId('field-uncertainty.inputs.gdpGrowth.low')).toBeDisabled();
    expect(screen.getByTestId('field-uncertainty.runs')).toBeDisabled();
    expect(screen.queryByTestId('remove-range-gdpGrowth')).toBeNull();
    expect(screen.queryByTestId('uncertainty-add-input')).toBeNull();
    expect(screen.getByTestId('uncertainty-start')).toBeEnabled();
  });
});
