import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renewableCapacityMW } from '../../../../shared/engine/derived';
import type { ScenarioResults } from '../../../../shared/engine/results';
import { runScenario } from '../../../../shared/engine/run';
import type { Scenario } from '../../../../shared/model/scenario';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { setLanguage } from '../../../../renderer/i18n';
import { RollupView } from '../../../../renderer/features/rollup/RollupView';
import { setCapacityPreference } from '../../../../renderer/features/settings/capacity-unit';
import { freshRepo } from '../../db/fixtures';
import { presetScenario } from '../results/preset';

const PRESETS = ['qingyuan-policy', 'lianzhou-policy', 'lianzhou-baseline', 'shaoguan-policy'];
const results = new Map<string, ScenarioResults>(PRESETS.map((id) => [id, runScenario(presetScenario(id))]));
const at = (id: string, year: number) => {
  const r = results.get(id)!;
  return r.years[year - r.baseYear]!;
};

let repo: ScenarioRepo;
afterEach(cleanup);
beforeEach(async () => {
  await setLanguage('zh');
  setCapacityPreference('auto');
  ({ repo } = await freshRepo({ presets: PRESETS.map((id) => presetScenario(id)) }));
});

/** The view over a scenario held here: an edit is applied as the document would take it. */
function Host({ initial, readOnly = false }: { initial: Scenario; readOnly?: boolean }) {
  const [s, setS] = useState(initial);
  return (
    <RollupView
      scenario={s}
      readOnly={readOnly}
      onEdit={(apply) => {
        setS(apply);
        return Promise.resolve([]);
      }}
    />
  );
}

function show(scenario: Scenario, readOnly = false) {
  const user = userEvent.setup();
  render(
    <RepoProvider repo={repo}>
      <Host initial={scenario} readOnly={readOnly} />
    </RepoProvider>,
  );
  return user;
}

const value = (testId: string, year: number) =>
  Number(within(screen.getByTestId(testId)).getAllByRole('cell').find((c) => c.getAttribute('data-year') === String(year))!.getAttribute('data-value'));

describe('RollupView: 清远政策情景 with 连州 attached (the preset)', () => {
  it('tables 连州, the sum, the rest and the city in the plan years, with shares', async () => {
    show(presetScenario('qingyuan-policy'), true);
    const table = await screen.findByTestId('rollup-table-gdp', {}, { timeout: 10_000 });
    const years = within(table).getAllByRole('columnheader').slice(1).map((h) => h.textContent);
    // 2020–2060 in plan years: the first year and every fifth
    expect(years).toEqual(['2020 年', '2025 年', '2030 年', '2035 年', '2040 年', '2045 年', '2050 年', '2055 年', '2060 年']);
    // one member: the sum is 连州; the rest is 清远 − 连州
    const lz = at('lianzhou-policy', 2030);
    const qy = at('qingyuan-policy', 2030);
    expect(value('rollup-row-gdp-m0', 2030)).toBe(lz.gdp);
    expect(value('rollup-row-gdp-sum', 2030)).toBe(lz.gdp);
    expect(value('rollup-row-co2-remainder', 2030)).toBeCloseTo(qy.co2 - lz.co2, 9);
    expect(value('rollup-row-co2-city', 2030)).toBe(qy.co2);
    expect(value('rollup-row-co2-difference', 2030)).toBeCloseTo(lz.co2 - qy.co2, 9);
    expect(value('rollup-row-renewableCapacityMW-m0', 2030)).toBe(renewableCapacityMW(lz));
    // 2020 GDP share: 161.21 / 1,778.29 = 9.07 %, shown to one decimal
    expect(within(screen.getByTestId('rollup-row-gdp-m0')).getAllByRole('cell')[0]!.textContent).toContain('占全市 9.1%');
    // capacity in 万千瓦 in Chinese: the heading says so
    expect(screen.getByRole('heading', { name: /可再生能源装机容量/ }).textContent).toContain('万千瓦');
  });

  it('words the checks: no warning, the net-imports rule and what does not add up', async () => {
    show(presetScenario('qingyuan-policy'), true);
    const checks = await screen.findByTestId('rollup-checks', {}, { timeout: 10_000 });
    expect(within(checks).getByTestId('rollup-checks-ok')).toBeTruthy();
    expect(within(checks).getByTestId('rollup-note').textContent).toContain('净调入电量');
    expect(checks.textContent).toContain('非化石能源消费比重不可相加');
  });

  it('shows intensities per row, never summed', async () => {
    show(presetScenario('qingyuan-policy'), true);
    await screen.findByTestId('rollup-table-ratios', {}, { timeout: 10_000 });
    const lz = at('lianzhou-policy', 2030);
    expect(value('rollup-ratio-energyPerGdp-m0', 2030)).toBe(lz.energyPerGdp);
    expect(value('rollup-ratio-co2PerGdp-city', 2030)).toBe(at('qingyuan-policy', 2030).co2PerGdp);
  });

  it('is read-only on a preset: no picker, no detach', async () => {
    show(presetScenario('qingyuan-policy'), true);
    await screen.findByTestId('rollup-members');
    expect(screen.getByTestId('rollup-readonly')).toBeTruthy();
    expect(screen.queryByTestId('rollup-picker')).toBeNull();
    expect(screen.queryByTestId('rollup-detach-lianzhou-policy')).toBeNull();
  });
});

describe('RollupView: attaching and detaching', () => {
  const bare = (): Scenario => {
    const { rollup: _none, ...s } = presetScenario('qingyuan-policy');
    return s;
  };

  it('offers the county scenarios, all on request, and attaches one', async () => {
    const user = show(bare());
    expect(await screen.findByTestId('rollup-no-members')).toBeTruthy();
    const pick = await screen.findByTestId('rollup-pick');
    const offered = () => within(pick).getAllByRole('option').map((o) => o.getAttribute('value'));
    // counties only: 连州's two, not 韶关 (a city) nor 清远 itself
    await waitFor(() => expect(offered().sort()).toEqual(['lianzhou-baseline', 'lianzhou-policy']));
    await user.click(screen.getByTestId('rollup-pick-all'));
    expect(offered()).toContain('shaoguan-policy');
    expect(offered()).not.toContain('qingyuan-policy');
    await user.selectOptions(pick, 'lianzhou-policy');
    await user.click(screen.getByTestId('rollup-attach'));
    expect(await screen.findByTestId('rollup-member-lianzhou-policy')).toBeTruthy();
    await screen.findByTestId('rollup-table-gdp', {}, { timeout: 10_000 });
    expect(value('rollup-row-gdp-m0', 2020)).toBeCloseTo(161.21, 9);
    // attached: no longer offered
    expect(offered()).not.toContain('lianzhou-policy');
  });

  it('detaches', async () => {
    const user = show({ ...bare(), rollup: { members: [{ scenarioId: 'lianzhou-policy', label: '连州市' }] } });
    await user.click(await screen.findByTestId('rollup-detach-lianzhou-policy'));
    expect(await screen.findByTestId('rollup-no-members')).toBeTruthy();
    expect(screen.queryByTestId('rollup-table-gdp')).toBeNull();
  });

  it('names a member not in this library and warns that 韶关 is not a county of 清远', async () => {
    show({
      ...bare(),
      rollup: {
        members: [
          { scenarioId: 'yingde-2035', label: '英德市' },
          { scenarioId: 'shaoguan-policy', label: '韶关市' },
        ],
      },
    });
    const member = await screen.findByTestId('rollup-member-yingde-2035');
    expect(member.textContent).toContain('英德市');
    await waitFor(() => expect(member.textContent).toContain('不在本情景库中'));
    const warnings = (await screen.findAllByTestId('rollup-warning', {}, { timeout: 10_000 })).map((w) => w.getAttribute('data-code'));
    // 韶关 (a larger city) also exceeds 清远 in some figures: the rest of the city goes negative
    expect(warnings.slice(0, 3)).toEqual(['rollup.memberMissing', 'rollup.levelNotBelow', 'rollup.parentDiffers']);
    expect(new Set(warnings.slice(3))).toEqual(new Set(['rollup.sumExceeds']));
    expect(screen.getAllByTestId('rollup-warning')[1]!.textContent).toBe('韶关市 的行政级别为市，全市汇总应挂接县（区）');
  });
});
