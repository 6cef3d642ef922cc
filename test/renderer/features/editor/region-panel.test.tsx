import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import type { Scenario } from '../../../../shared/model/scenario';
import { editorScenario, Harness, type EditCall } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

function renderEditor(initial: Scenario, readOnly = false) {
  const calls: EditCall[] = [];
  const user = userEvent.setup();
  render(<Harness initial={initial} calls={calls} readOnly={readOnly} />);
  return { calls, user, last: () => calls[calls.length - 1]!.next };
}

describe('region and horizon panel', () => {
  it('the end year is one edit of the years alone, the user its source; the series are untouched', async () => {
    const initial = editorScenario();
    const { calls, user, last } = renderEditor(initial);
    const panel = await screen.findByTestId('panel-region');
    expect(within(panel).getByTestId('field-endYear')).toHaveValue(String(initial.endYear));
    await user.selectOptions(within(panel).getByTestId('field-endYear'), '2060');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(last().endYear).toBe(2060);
    expect(last().baseYear).toBe(initial.baseYear);
    expect(last().sources.endYear).toEqual({ kind: 'user' });
    expect(last().economy).toEqual(initial.economy);
    expect(last().energy).toEqual(initial.energy);
  });

  it('offers base years 2015–2025 and end years 2030–2060', async () => {
    renderEditor(editorScenario());
    const panel = await screen.findByTestId('panel-region');
    const options = (id: string) => [...within(panel).getByTestId(id).querySelectorAll('option')].map((o) => Number(o.value));
    expect(options('field-baseYear')).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(options('field-endYear')[0]).toBe(2030);
    expect(options('field-endYear').at(-1)).toBe(2060);
  });

  it('the name is written when the field is left, the level when chosen: each one edit of the region', async () => {
    const { calls, user, last } = renderEditor(editorScenario());
    const panel = await screen.findByTestId('panel-region');
    const name = within(panel).getByTestId('field-region.name');
    await user.clear(name);
    await user.type(name, '阳山县');
    expect(calls).toHaveLength(0);
    await user.tab();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(last().region.name).toBe('阳山县');
    await user.selectOptions(within(panel).getByTestId('field-region.level'), 'county');
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(last().region).toMatchObject({ name: '阳山县', level: 'county' });
    expect(last().sources.region).toEqual({ kind: 'user' });
  });

  it('is read-only on a preset', async () => {
    renderEditor(editorScenario(), true);
    const panel = await screen.findByTestId('panel-region');
    for (const id of ['field-region.name', 'field-region.level', 'field-region.parentRegion', 'field-baseYear', 'field-endYear']) {
      expect(within(panel).getByTestId(id)).toBeDisabled();
    }
  });
});
