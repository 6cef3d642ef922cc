import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { setLanguage } from '../../../../renderer/i18n';
import { installEnsembleBackend } from '../../../../renderer/engine/ensemble';
import { resetEnsembles } from '../../../../renderer/engine/ensemble-results';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { UncertaintyCompare } from '../../../../renderer/features/compare/UncertaintyCompare';
import type { ComparedRun } from '../../../../renderer/features/compare/compare-chart-options';
import { freshRepo } from '../../db/fixtures';
import { presetScenario } from '../results/preset';
import { fakeEnsembleBackend } from '../uncertainty/fixture';

const IDS = ['lianzhou-baseline', 'lianzhou-policy'];
const fmt = makeFormatter('zh', (u) => (u === 'pct' ? '%' : ''));
let repo: ScenarioRepo;

afterEach(cleanup);
beforeEach(async () => {
  resetEnsembles();
  await setLanguage('zh');
  ({ repo } = await freshRepo({ presets: IDS.map((id) => presetScenario(id)) }));
});

const runs: ComparedRun[] = IDS.map((id, i) => ({
  id,
  name: `情景 ${i + 1}`,
  color: '#000',
  results: runScenario(presetScenario(id)),
}));

function renderIt() {
  return render(
    <RepoProvider repo={repo}>
      <UncertaintyCompare runs={runs} fmt={fmt} labelOf={(_run, s) => s.label} />
    </RepoProvider>,
  );
}

describe('UncertaintyCompare', () => {
  it('computes nothing until asked, then each scenario in turn: 达标概率 by target, the 2030 CO2 and peak year at P10/P50/P90, runs and seed', async () => {
    const fake = fakeEnsembleBackend();
    installEnsembleBackend(fake.backend);
    renderIt();
    const start = await screen.findByTestId('uncertainty-compare-start');
    await waitFor(() => expect(start).toBeEnabled());
    expect(fake.calls).toEqual([]);
    expect(screen.getByTestId('uncertainty-compare-lianzhou-policy').getAttribute('data-state')).toBe('none');
    // the default runs and seed, stated before any run
    expect(screen.getByTestId('uncertainty-compare-lianzhou-policy').textContent).toContain('1,000 / 1');

    fireEvent.click(start);
    await waitFor(
      () => expect(screen.getByTestId('uncertainty-compare-lianzhou-baseline').getAttribute('data-state')).toBe('done'),
      { timeout: 5000 },
    );
    await waitFor(
      () => expect(screen.getByTestId('uncertainty-compare-lianzhou-policy').getAttribute('data-state')).toBe('done'),
      { timeout: 5000 },
    );
    // one after the other: the second scenario was loaded after the first was merged
    const kinds = fake.calls.filter((c) => c === 'load' || c === 'merge');
    expect(kinds).toEqual(['load', 'load', 'merge', 'load', 'load', 'merge']);

    const central = runs[1]!.results;
    const row = screen.getByTestId('uncertainty-compare-lianzhou-policy');
    for (const target of central.targets) {
      // the fixture: floor(998 / 4) = 249 of the 998 computed runs, 24.9…%
      expect(within(row).getByTestId(`uncertainty-compare-lianzhou-policy-${target.id}`).textContent).toMatch(
        /2[45]\.\d%/,
      );
    }
    // the fixture's band is 0.9, 1 and 1.1 × the central CO2 of 2030
    const co2 = central.years.find((y) => y.year === 2030)!.co2;
    expect(row.textContent).toContain([0.9, 1, 1.1].map((f) => fmt.num(co2 * f, 'wanTCo2')).join(' / '));
    // peak years of the fixture: 960 runs in 2028, 8 in 2030, 30 without a peak (998 runs):
    // P10 is run 100, P50 run 499, P90 run ⌈898.2⌉ = 899, all within the 960 of 2028
    expect(row.textContent).toContain('2028 / 2028 / 2028');
    expect(row.textContent).toContain('未达峰 30 次');
  });

  it('cancel stops the scenario under way and starts no other', async () => {
    const fake = fakeEnsembleBackend({ hold: true });
    installEnsembleBackend(fake.backend);
    renderIt();
    const start = await screen.findByTestId('uncertainty-compare-start');
    await waitFor(() => expect(start).toBeEnabled());
    fireEvent.click(start);
    await screen.findByTestId('uncertainty-compare-progress');
    fireEvent.click(screen.getByTestId('uncertainty-compare-cancel'));
    await act(async () => fake.release());
    await waitFor(() => expect(screen.queryByTestId('uncertainty-compare-progress')).toBeNull());
    expect(fake.calls).not.toContain('merge');
    // only the first scenario's job was loaded (once per worker)
    expect(fake.calls.filter((c) => c === 'load')).toHaveLength(2);
    expect(screen.getByTestId('uncertainty-compare-lianzhou-policy').getAttribute('data-state')).toBe('none');
  });
});
