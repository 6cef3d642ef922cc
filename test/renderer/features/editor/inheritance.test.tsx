import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { presetById } from '../../../../seeds/index';
import { createInheritLookup, overridePathOf, resetToParent } from '../../../../shared/model/ops-inherit';
import type { EditorDocument } from '../../../../renderer/features/editor/document';
import { setLanguage } from '../../../../renderer/i18n';
import { applyOverrides, type Override } from '../../../../shared/model/inherit';
import { setValue, updateProject } from '../../../../shared/model/ops';
import type { Scenario } from '../../../../shared/model/scenario';
import { validateScenario } from '../../../../shared/model/validate';
import { Harness, type EditCall } from './fixture';


afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const PARENT = presetById('qingyuan-policy')!;
const childOf = (overrides: Override[] = []) => applyOverrides(PARENT, { id: 'child', parentId: PARENT.id, name: '清远 派生', overrides });
const GDP = 'economy.gdpGrowthPct';

function renderDerived(initial: Scenario = childOf(), extra: Partial<Pick<EditorDocument, 'discardStale' | 'detach'>> & { stale?: NonNullable<EditorDocument['inheritance']>['stale'] } = {}) {
  const calls: EditCall[] = [];
  const inherit = {
    inheritance: { parentId: PARENT.id, parent: { id: PARENT.id, kind: 'preset' as const, scenario: PARENT }, stale: extra.stale ?? [], broken: null },
    discardStale: extra.discardStale,
    detach: extra.detach,
  };
  render(<Harness initial={initial} calls={calls} inherit={inherit} />);
  return { calls };
}

describe('inherit-status (pure)', () => {
  it('maps editor paths to override paths: list indices become ids, series points stop at the series', () => {
    const s = childOf();
    const first = s.electricity.projects[0]!;
    expect(overridePathOf(s, 'electricity.projects[0].capacityMW')).toBe(`electricity.projects[id=${first.id}].capacityMW`);
    expect(overridePathOf(s, `${GDP}`)).toBe(GDP);
    expect(overridePathOf(s, 'electricity.projects[0].utilisationHours[1].value')).toBe(`electricity.projects[id=${first.id}].utilisationHours`);
  });

  it('tells inherited, overridden and added apart, and resets a field with its source', () => {
    const look = createInheritLookup(PARENT);
    const base = childOf();
    expect(look.status(base, GDP)).toBe('inherited');
    expect(look.count(base)).toBe(0);
    const edited = setValue(base, GDP, 3);
    expect(look.status(edited, GDP)).toBe('overridden');
    expect(look.status(edited, 'economy.baseGdpYiYuan')).toBe('inherited');
    expect(look.count(edited)).toBe(1);

    const pid = edited.electricity.projects[0]!.id;
    const cap = updateProject(edited, pid, { capacityMW: 999 });
    expect(look.status(cap, 'electricity.projects[0]')).toBe('overridden');
    expect(look.status(cap, 'electricity.projects[1]')).toBe('inherited');
    const added = { ...cap, electricity: { ...cap.electricity, projects: [...cap.electricity.projects, { ...cap.electricity.projects[0]!, id: 'new-one' }] } };
    expect(look.status(added, `electricity.projects[${added.electricity.projects.length - 1}]`)).toBe('added');

    const back = resetToParent(PARENT, edited, GDP);
    expect(back.economy.gdpGrowthPct).toEqual(PARENT.economy.gdpGrowthPct);
    expect(back.sources[GDP]).toEqual(PARENT.sources[GDP]);
    expect(look.status(back, GDP)).toBe('inherited');
    expect(back.name).toBe('清远 派生');
  });
});

// The full preset renders a few hundred fields: slow in happy-dom on a busy machine.
describe('EditorPage for a derived scenario (real qingyuan-policy as parent)', { timeout: 30_000 }, () => {
  it('shows the parent banner with a link, and every bound field as inherited', () => {
    renderDerived();
    const banner = screen.getByTestId('derived-banner');
    expect(banner).toHaveTextContent('派生自');
    const link = within(banner).getByTestId('derived-parent-link');
    expect(link).toHaveTextContent(PARENT.name);
    expect(link).toHaveAttribute('href', `#/scenario/${PARENT.id}`);
    expect(screen.getByTestId('derived-count')).toHaveTextContent('尚无修改');
    expect(screen.getByTestId(`inherited-${GDP}`)).toHaveTextContent('继承');
    expect(screen.getByTestId('inherited-electricity.projects[0]')).toBeInTheDocument();
    expect(screen.queryAllByTestId(/^overridden-/)).toHaveLength(0);
  });

  it('overriding GDP growth marks it overridden; reset brings back the parent’s value as one undoable edit', async () => {
    const { calls } = renderDerived();
    fireEvent.change(screen.getByTestId('lever-gdpGrowth'), { target: { value: '7' } });
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(screen.getByTestId(`overridden-${GDP}`)).toHaveTextContent('已修改');
    expect(screen.queryByTestId(`inherited-${GDP}`)).toBeNull();
    expect(screen.getByTestId('inherited-economy.baseGdpYiYuan')).toBeInTheDocument();
    expect(screen.getByTestId('derived-count')).toHaveTextContent('1');

    fireEvent.click(screen.getByTestId(`btn-reset-${GDP}`));
    await waitFor(() => expect(calls).toHaveLength(2));
    const reset = calls[1]!;
    expect(reset.key).toBe(`reset:${GDP}`);
    expect(reset.next.economy.gdpGrowthPct).toEqual(PARENT.economy.gdpGrowthPct);
    expect(reset.next.sources[GDP]).toEqual(PARENT.sources[GDP]);
    expect(validateScenario(reset.next).ok).toBe(true);
    expect(screen.getByTestId(`inherited-${GDP}`)).toBeInTheDocument();
    expect(screen.queryByTestId(`btn-reset-${GDP}`)).toBeNull();
  });

  it('marks a ledger row overridden when one of its fields changes, and resets the row', async () => {
    const { calls } = renderDerived();
    const input = screen.getByTestId('field-electricity.projects[0].capacityMW');
    // typed in 万千瓦, the Chinese default: 1,234.5 万千瓦 = 12,345 MW stored
    fireEvent.change(input, { target: { value: '1234.5' } });
    fireEvent.blur(input);
    await waitFor(() => expect(calls.at(-1)?.next.electricity.projects[0]!.capacityMW).toBe(12345));
    expect(screen.getByTestId('overridden-electricity.projects[0]')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('btn-reset-electricity.projects[0]'));
    await waitFor(() => expect(calls.at(-1)!.next.electricity.projects[0]).toEqual(PARENT.electricity.projects[0]));
    expect(screen.getByTestId('inherited-electricity.projects[0]')).toBeInTheDocument();
  });

  it('lists a parent project this scenario removed, and restores it (inherited again) as one undoable edit', async () => {
    const gone = PARENT.electricity.projects[1]!;
    const { calls } = renderDerived(childOf([{ path: `electricity.projects[id=${gone.id}]`, removed: true }]));
    const box = screen.getByTestId('removed-electricity.projects');
    expect(box).toHaveTextContent('删除了父情景');
    expect(box).toHaveTextContent(gone.name);
    // nothing removed from the other lists
    expect(screen.queryByTestId('removed-electricity.fleet')).toBeNull();
    expect(screen.queryByTestId('removed-targets')).toBeNull();
    fireEvent.click(within(box).getByTestId(`btn-restore-electricity.projects[id=${gone.id}]`));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.key).toBe(`restore:electricity.projects[id=${gone.id}]`);
    // back where the parent has it, as the parent has it: the child equals its parent again
    expect(calls[0]!.next.electricity.projects).toEqual(PARENT.electricity.projects);
    expect(screen.queryByTestId('removed-electricity.projects')).toBeNull();
    expect(screen.getByTestId('inherited-electricity.projects[1]')).toBeInTheDocument();
  });

  it('a field already overridden when opened shows as overridden', () => {
    renderDerived(childOf([{ path: GDP, value: 5 }, { path: 'energy.intensityDeclinePct', value: 3 }]));
    expect(screen.getByTestId(`overridden-${GDP}`)).toBeInTheDocument();
    expect(screen.getByTestId('overridden-energy.intensityDeclinePct')).toBeInTheDocument();
    expect(screen.getByTestId('derived-count')).toHaveTextContent('2');
  });

  it('lists stale overrides and discards them on request; offers to make the scenario standalone', async () => {
    const discardStale = vi.fn(() => Promise.resolve());
    const detach = vi.fn(() => Promise.resolve());
    const stale = [{ scenarioId: 'child', override: { path: 'electricity.projects[id=gone].capacityMW', value: 1 }, reason: { code: 'derive.staleGone' as const, params: { path: 'electricity.projects[id=gone]' } } }];
    renderDerived(childOf(), { stale, discardStale, detach });
    expect(screen.getByTestId('derived-stale')).toHaveTextContent('electricity.projects[id=gone].capacityMW');
    await act(async () => fireEvent.click(screen.getByTestId('btn-discard-stale')));
    expect(discardStale).toHaveBeenCalledOnce();
    await act(async () => fireEvent.click(screen.getByTestId('btn-detach')));
    expect(detach).toHaveBeenCalledOnce();
  });

  it('shows nothing of inheritance for a scenario without a parent', () => {
    render(<Harness initial={PARENT} calls={[]} />);
    expect(screen.queryByTestId('derived-banner')).toBeNull();
    expect(screen.queryAllByTestId(/^inherited-/)).toHaveLength(0);
  });
});
