import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import type { Scenario } from '../../../../shared/model/scenario';
import { validateScenario } from '../../../../shared/model/validate';
import { editorScenario, Harness, type EditCall } from './fixture';

// The results column has its own owner and tests; here it only takes space.

// The real presets, once seeds/index.ts exists (import.meta.glob is empty until then).
const seeds = import.meta.glob<{ presetById: (id: string) => Scenario | undefined }>('../../../../seeds/index.ts');
const loadSeeds = Object.values(seeds)[0];

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

function renderEditor(initial: Scenario = editorScenario(), opts: { readOnly?: boolean; onCopy?: () => void } = {}) {
  const calls: EditCall[] = [];
  const user = userEvent.setup();
  render(<Harness initial={initial} calls={calls} readOnly={opts.readOnly} onCopy={opts.onCopy} />);
  return { calls, user };
}

describe('EditorPage', () => {
  it('refuses "abc" in a scenario field: error at the field, no edit', async () => {
    const { calls, user } = renderEditor();
    const input = screen.getByTestId('field-economy.baseGdpYiYuan');
    await user.clear(input);
    await user.type(input, 'abc');
    expect(screen.getByTestId('error-economy.baseGdpYiYuan')).toHaveTextContent('请输入数字');
    expect(calls).toHaveLength(0);
  });

  it('shows the scenario’s own refusal at the field (negative GDP) and applies a valid value', async () => {
    const { calls, user } = renderEditor();
    const input = screen.getByTestId('field-economy.baseGdpYiYuan');
    await user.clear(input);
    await user.type(input, '-5');
    // the engine worker's check answers: the refusal shows at the field, nothing was applied
    expect(await screen.findByText('须大于 0', { exact: false })).toBeInTheDocument();
    expect(screen.getByTestId('error-economy.baseGdpYiYuan')).toHaveTextContent('须大于 0');
    expect(calls).toHaveLength(0);
    await user.clear(input);
    await user.type(input, '1,778');
    await waitFor(() => expect(calls[calls.length - 1]?.next.economy.baseGdpYiYuan).toBe(1778));
    const last = calls[calls.length - 1]!;
    expect(last.next.economy.baseGdpYiYuan).toBe(1778);
    expect(last.key).toBe('economy.baseGdpYiYuan');
    expect(screen.getByTestId('source-economy.baseGdpYiYuan')).toHaveTextContent('用户修改');
  });

  it('keeps a refused value in the field when it loses focus before the engine has answered', async () => {
    const { calls } = renderEditor();
    const input = screen.getByTestId('field-economy.baseGdpYiYuan');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '-5' } });
    // left at once, while the worker is still checking -5
    fireEvent.blur(input);
    expect(await screen.findByTestId('error-economy.baseGdpYiYuan')).toHaveTextContent('须大于 0');
    expect(input).toHaveValue('-5');
    expect(calls).toHaveLength(0);
  });

  it('holds a fuel-share row that does not add up to 100 %, flags it red, and applies it once it does', async () => {
    const { calls, user } = renderEditor();
    const sum = screen.getByTestId('fuel-sum-industry');
    expect(sum).toHaveAttribute('data-state', 'ok');
    const coal = screen.getByTestId('field-energy.sectors.industry.fuelSharesPct.coal');
    await user.clear(coal);
    await user.type(coal, '50');
    expect(sum).toHaveAttribute('data-state', 'bad');
    expect(sum).toHaveTextContent('90 %');
    expect(screen.getByTestId('pending-industry')).toHaveTextContent('尚未生效');
    expect(calls).toHaveLength(0);

    const elec = screen.getByTestId('field-energy.sectors.industry.fuelSharesPct.electricity');
    await user.clear(elec);
    await user.type(elec, '50');
    expect(sum).toHaveAttribute('data-state', 'ok');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.next.energy.sectors.industry.fuelSharesPct).toMatchObject({ coal: 50, electricity: 50 });
    expect(validateScenario(calls[0]!.next).ok).toBe(true);
  });

  it('rebalances a pending row on request', async () => {
    const { calls, user } = renderEditor();
    const coal = screen.getByTestId('field-energy.sectors.industry.fuelSharesPct.coal');
    await user.clear(coal);
    await user.type(coal, '20');
    await user.click(screen.getByTestId('btn-rebalance-industry'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.next.energy.sectors.industry.fuelSharesPct).toMatchObject({ coal: 20, electricity: 80 });
    expect(screen.queryByTestId('pending-industry')).toBeNull();
  });

  it('adds, edits and removes a project in the ledger', async () => {
    const { calls, user } = renderEditor();
    // capacity in 万千瓦, the Chinese default: 100 MW = 10 万千瓦
    expect(screen.getByTestId('total-pv')).toHaveTextContent('光伏 10 万千瓦');
    await user.click(screen.getByTestId('btn-add-project'));
    await waitFor(() => expect(calls).toHaveLength(1));
    const added = calls[calls.length - 1]!.next.electricity.projects[2]!;
    expect(added).toMatchObject({ type: 'pv', capacityMW: 0, status: 'planned' });
    const row = screen.getByTestId(`project-row-${added.id}`);
    expect(within(row).getByTestId('source-electricity.projects[2]')).toHaveTextContent('用户修改');
    // the new row's name is ready to type
    await waitFor(() => expect(screen.getByTestId('field-electricity.projects[2].name')).toHaveFocus());

    const cap = screen.getByTestId('field-electricity.projects[2].capacityMW');
    await user.clear(cap);
    // 25 万千瓦 typed = 250 MW stored; with the 100 MW already there 350 MW = 35 万千瓦
    await user.type(cap, '25');
    await waitFor(() => expect(calls[calls.length - 1]!.next.electricity.projects[2]!.capacityMW).toBe(250));
    await waitFor(() => expect(screen.getByTestId('total-pv')).toHaveTextContent('光伏 35 万千瓦'));
    await user.clear(cap);
    await user.type(cap, '-1');
    expect(await screen.findByTestId('error-electricity.projects[2].capacityMW')).toBeInTheDocument();

    const before = calls.length;
    await user.click(screen.getByTestId('btn-remove-project-pv-a'));
    await waitFor(() => expect(calls).toHaveLength(before + 1));
    expect(screen.queryByTestId('project-row-pv-a')).toBeNull();
    expect(calls[calls.length - 1]!.next.electricity.projects.map((p) => p.id)).toEqual(['wind-b', added.id]);
    expect(screen.getByTestId('total-pv')).toHaveTextContent('光伏 25 万千瓦');
  });

  it('filters the ledger by type and status', async () => {
    const { user } = renderEditor();
    await user.selectOptions(screen.getByTestId('filter-type'), 'wind');
    expect(screen.queryByTestId('project-row-pv-a')).toBeNull();
    expect(screen.getByTestId('project-row-wind-b')).toBeInTheDocument();
    await user.selectOptions(screen.getByTestId('filter-status'), 'operating');
    expect(screen.queryByTestId('project-row-wind-b')).toBeNull();
  });

  it('moves levers: each edit is a valid scenario, keyed by the lever for one undo step', async () => {
    const { calls } = renderEditor();
    fireEvent.change(screen.getByTestId('lever-gdpGrowth'), { target: { value: '6.5' } });
    fireEvent.change(screen.getByTestId('lever-gdpGrowth'), { target: { value: '7' } });
    fireEvent.change(screen.getByTestId('lever-pvBuildout'), { target: { value: '200' } });
    fireEvent.change(screen.getByTestId('lever-gridFactor'), { target: { value: '0.4' } });
    fireEvent.change(screen.getByTestId('lever-coalShare'), { target: { value: '30' } });
    fireEvent.change(screen.getByTestId('lever-intensityDecline'), { target: { value: '3' } });
    fireEvent.change(screen.getByTestId('lever-windBuildout'), { target: { value: '100' } });
    // each move is checked by the engine in turn, in the order made
    await waitFor(() => expect(calls).toHaveLength(7));
    expect(calls.map((c) => c.key)).toEqual([
      'lever-gdpGrowth', 'lever-gdpGrowth', 'lever-pvBuildout', 'lever-gridFactor', 'lever-coalShare', 'lever-intensityDecline', 'lever-windBuildout',
    ]);
    for (const c of calls) expect(validateScenario(c.next).ok).toBe(true);
    const s = calls[calls.length - 1]!.next;
    expect(s.economy.gdpGrowthPct).toBe(7);
    expect(s.electricity.projects.filter((p) => p.id.startsWith('buildout-pv-'))).toHaveLength(10);
    // 200 MW/年 shown in 万千瓦, the Chinese default: 200 / 10 = 20 万千瓦/年
    expect(screen.getByTestId('lever-pvBuildout-value')).toHaveTextContent('20 万千瓦/年');
    expect(screen.getByTestId('project-row-buildout-pv-2026')).toBeInTheDocument();
    // the coal share reaches 30 % in 2030 on a line from the base year, which keeps its own share
    const coal = s.energy.sectors.industry.fuelSharesPct.coal;
    expect(Array.isArray(coal) && coal.map((p) => p.year)).toEqual([s.baseYear, 2030]);
    expect(Array.isArray(coal) && coal[1]!.value).toBe(30);
    expect(Array.isArray(coal) && coal[0]!.value).toBe(calls[0]!.next.energy.sectors.industry.fuelSharesPct.coal);
  });

  it('shows each value’s source: document with line, assumption with reason, reference', () => {
    renderEditor();
    const doc = screen.getByTestId('source-economy.baseGdpYiYuan');
    expect(doc).toHaveAttribute('data-kind', 'document');
    expect(doc).toHaveTextContent('清远生态文明规划 第 103 行');
    expect(screen.getByTestId('source-economy.gdpGrowthPct')).toHaveTextContent('假设：按“十四五”规划预期增速');
    expect(screen.getByTestId('source-energy.baseIntensityTcePerWanYuan')).toHaveTextContent('广东统计年鉴 2021');
    expect(screen.getByTestId('source-electricity.projects[0]')).toHaveTextContent('第 1243 行');
    expect(screen.getByTestId('source-electricity.pumpedStorage[0]')).toHaveTextContent('连州生态环保规划 第 88 行');
  });

  it('shows an expression error with its position in a scenario series and keeps the scenario', async () => {
    const { calls, user } = renderEditor();
    await user.click(screen.getByTestId('mode-economy.gdpGrowthPct-expr'));
    await waitFor(() => expect(calls).toHaveLength(1));
    const input = await screen.findByTestId('field-economy.gdpGrowthPct.expr');
    await user.clear(input);
    await user.paste('interp(2020, 6, 2030');
    await waitFor(() => expect(screen.getByTestId('error-economy.gdpGrowthPct')).toHaveTextContent(/第 \d+ 个字符处有误/));
    await user.clear(input);
    await user.paste('year - 1900');
    await waitFor(() => expect(screen.getByTestId('error-economy.gdpGrowthPct')).toHaveTextContent('须不大于 50'));
    expect(calls).toHaveLength(1);
  });

  it('is read-only for presets: banner, copy button, every input disabled, no edits', async () => {
    const onCopy = vi.fn();
    const { calls, user } = renderEditor(editorScenario(), { readOnly: true, onCopy });
    expect(screen.getByTestId('editor-readonly')).toHaveTextContent('预设情景只读 — 复制后编辑');
    await user.click(screen.getByTestId('btn-copy'));
    expect(onCopy).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('field-economy.baseGdpYiYuan')).toBeDisabled();
    expect(screen.getByTestId('lever-gdpGrowth')).toBeDisabled();
    expect(screen.getByTestId('btn-add-project')).toBeDisabled();
    expect(screen.getByTestId('btn-remove-project-pv-a')).toBeDisabled();
    const page = screen.getByTestId('editor-page');
    const enabled = [...page.querySelectorAll('input, select')].filter((el) => !(el as HTMLInputElement).disabled);
    expect(enabled.map((el) => el.getAttribute('data-testid'))).toEqual(['filter-type', 'filter-status']);
    fireEvent.change(screen.getByTestId('lever-gdpGrowth'), { target: { value: '9' } });
    expect(calls).toHaveLength(0);
  });

  it('collapses and expands panels', async () => {
    const { user } = renderEditor();
    await user.click(screen.getByTestId('toggle-economy'));
    expect(screen.queryByTestId('field-economy.baseGdpYiYuan')).toBeNull();
    await user.click(screen.getByTestId('btn-expand-all'));
    expect(screen.getByTestId('field-economy.baseGdpYiYuan')).toBeInTheDocument();
  });

  it.skipIf(!loadSeeds)('opens the real Qingyuan policy preset with its sources', async () => {
    const preset = (await loadSeeds!()).presetById('qingyuan-policy');
    expect(preset).toBeDefined();
    expect(validateScenario(preset).ok).toBe(true);
    const { calls } = renderEditor(preset!);
    expect(screen.getAllByTestId(/^source-/).some((n) => n.getAttribute('data-kind') === 'document')).toBe(true);
    fireEvent.change(screen.getByTestId('lever-pvBuildout'), { target: { value: '100' } });
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(validateScenario(calls[0]!.next).ok).toBe(true);
  });
});
