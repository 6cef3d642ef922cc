import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import type { Scenario } from '../../../../shared/model/scenario';
import { validateScenario } from '../../../../shared/model/validate';
import { editorScenario, Harness, type EditCall } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

/** The fixture on the provincial scope with a flat 0.5 typed in: a series that follows no published scope. */
function scenario(): Scenario {
  const s = editorScenario();
  s.accounting = { ...s.accounting, gridFactorScope: 'provincial' };
  return s;
}

function renderEditor(initial: Scenario = scenario()) {
  const calls: EditCall[] = [];
  const user = userEvent.setup();
  render(<Harness initial={initial} calls={calls} />);
  return { calls, user, last: () => calls[calls.length - 1]!.next };
}

const matches = () => screen.getAllByTestId('grid-scope-match').map((e) => e.getAttribute('data-match'));

describe('grid-factor scope: the published series', () => {
  it('applies the provincial series as one edit, each data year cited by its entry, the projection the scenario’s own', async () => {
    const { calls, user, last } = renderEditor();
    const path = await screen.findByTestId('grid-path');
    // the methods section and the factors panel both say the flat 0.5 follows no published scope
    expect(matches()).toEqual(['none', 'none']);
    expect(within(path).getByTestId('grid-path-preview')).toHaveTextContent('2021 年 0.4715（2021 年数据，gd-grid-2021，间接来源）');
    await user.click(within(path).getByTestId('btn-apply-grid-path'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.key).toBe('grid-path:provincial');
    // 2020 holds the 2021 factor; 2021 0.4715 and 2022 0.4403 published; 2023 0.4600 assumed (gd-grid-factor-path);
    // the scenario's own 0.5 from the year after the last data year
    expect(last().electricity.gridEmissionFactor).toEqual([
      { year: 2020, value: 0.4715 },
      { year: 2021, value: 0.4715 },
      { year: 2022, value: 0.4403 },
      { year: 2023, value: 0.46 },
      { year: 2024, value: 0.5 },
    ]);
    const source = last().sources['electricity.gridEmissionFactor'];
    expect(source).toMatchObject({ kind: 'reference', refId: 'gd-grid-2022' });
    if (source?.kind !== 'reference') throw new Error('a reference source');
    expect(source.citationZh).toContain('2021–2023 年数据');
    expect(source.noteZh).toContain('2022 年 0.4403（2022 年数据，gd-grid-2022，间接来源）');
    expect(source.noteZh).toContain('2023 年 0.4600（2023 年数据未找到，假设，gd-grid-factor-path）');
    expect(source.noteZh).toContain('核算年份 = 数据年份（不设发布滞后）');
    expect(source.noteZh).toContain('2023 年以后沿用本情景原有路径（假设）');
    expect(source.note).toContain('2021: 0.4715 (data year 2021, gd-grid-2021, secondary)');
    expect(validateScenario(last()).ok).toBe(true);
    // now it follows the provincial series by data year, and applying again would change nothing
    await waitFor(() => expect(matches()).toEqual(['provincial:0', 'provincial:0']));
    expect(screen.getAllByTestId('grid-scope-match')[0]).toHaveTextContent('当前序列与已公布的省级序列一致（核算年份 = 数据年份）');
    expect(within(path).getByTestId('btn-apply-grid-path')).toBeDisabled();
  });

  it('the regional grid with the two-year lag (this tool’s convention), after choosing the scope', async () => {
    const { calls, user, last } = renderEditor();
    await user.click(await screen.findByTestId('field-accounting.gridFactorScope=regionalGrid'));
    await waitFor(() => expect(last().accounting.gridFactorScope).toBe('regionalGrid'));
    // choosing the scope alone leaves the series
    expect(last().electricity.gridEmissionFactor).toBe(0.5);
    const lag = screen.getByTestId('grid-path-lag');
    expect(lag.closest('label')).toHaveTextContent('本工具惯例，非文件规定');
    await user.click(lag);
    // no assumed path for the Southern grid in the library: no projection choice
    expect(screen.queryByTestId('grid-path-projection-referencePath')).toBeNull();
    await user.click(screen.getByTestId('btn-apply-grid-path'));
    await waitFor(() => expect(calls).toHaveLength(2));
    // accounting year Y takes data year Y − 2: 2021's 0.4326 in 2023 (and held back to 2020), 2022's 0.3869 in 2024,
    // 2023's 0.4042 in 2025; the scenario's 0.5 from 2026
    expect(last().electricity.gridEmissionFactor).toEqual([
      { year: 2020, value: 0.4326 },
      { year: 2023, value: 0.4326 },
      { year: 2024, value: 0.3869 },
      { year: 2025, value: 0.4042 },
      { year: 2026, value: 0.5 },
    ]);
    const source = last().sources['electricity.gridEmissionFactor'];
    if (source?.kind !== 'reference') throw new Error('a reference source');
    expect(source.noteZh).toContain('核算年份 = 数据年份 + 2（本工具惯例，非规定：grid-factor-lag-convention）');
    await waitFor(() => expect(matches()).toEqual(['regionalGrid:2', 'regionalGrid:2']));
  });

  it('the provincial series can go on along the library’s assumed path', async () => {
    const { user, last } = renderEditor();
    await user.click(await screen.findByTestId('grid-path-projection-referencePath'));
    await user.click(screen.getByTestId('btn-apply-grid-path'));
    // gd-grid-factor-path after 2023: 0.35 (2030), 0.17 (2045), 0.06 (2060)
    await waitFor(() => expect(Array.isArray(last().electricity.gridEmissionFactor)).toBe(true));
    expect((last().electricity.gridEmissionFactor as { year: number; value: number }[]).slice(4)).toEqual([
      { year: 2030, value: 0.35 },
      { year: 2045, value: 0.17 },
      { year: 2060, value: 0.06 },
    ]);
    const source = last().sources['electricity.gridEmissionFactor'];
    if (source?.kind !== 'reference') throw new Error('a reference source');
    expect(source.noteZh).toContain('2023 年以后按参考库假设路径 gd-grid-factor-path（假设）');
  });

  it('custom leaves the series and its source alone', async () => {
    const { calls, user, last } = renderEditor();
    await user.click(await screen.findByTestId('field-accounting.gridFactorScope=custom'));
    await waitFor(() => expect(last().accounting.gridFactorScope).toBe('custom'));
    expect(calls).toHaveLength(1);
    expect(screen.queryByTestId('btn-apply-grid-path')).toBeNull();
    expect(screen.getByTestId('grid-path')).toHaveTextContent('自定义：序列及其来源保持不变');
    expect(last().electricity.gridEmissionFactor).toBe(0.5);
    expect(last().sources['electricity.gridEmissionFactor']).toBeUndefined();
  });
});

describe('optional inputs', () => {
  it('show no source tag while absent, and the user’s once set', async () => {
    const { user } = renderEditor();
    await screen.findByTestId('optional-electricity.greenPowerYiKWh');
    for (const p of ['electricity.greenPowerYiKWh', 'electricity.hydroYearFactor', 'electricity.importedRenewableSharePct', 'energy.feedstockSharePct']) {
      expect(screen.queryByTestId(`source-${p}`)).toBeNull();
    }
    await user.click(screen.getByTestId('btn-set-electricity.greenPowerYiKWh'));
    await waitFor(() => expect(screen.getByTestId('source-electricity.greenPowerYiKWh')).toHaveAttribute('data-kind', 'user'));
  });
});
