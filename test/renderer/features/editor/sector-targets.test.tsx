import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import { editorScenario, Harness, type EditCall } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

function renderEditor() {
  const calls: EditCall[] = [];
  const user = userEvent.setup();
  render(<Harness initial={editorScenario()} calls={calls} />);
  return { user, last: () => calls[calls.length - 1]!.next };
}

describe('sector and forest targets, and the peak scope', () => {
  it('a sector peak-year target gets a sector (工业 first) and its target year as the value; the sector can be chosen', async () => {
    const { user, last } = renderEditor();
    const metric = await screen.findByTestId('field-targets[0].metric');
    await user.selectOptions(metric, 'sectorPeakYear');
    // the 18 % of the intensity target would not be a year: the target year, 2025, stands in
    await waitFor(() => expect(last().targets[0]).toMatchObject({ metric: 'sectorPeakYear', sector: 'industry', value: 2025 }));
    const sector = screen.getByTestId('field-targets[0].sector');
    expect(within(sector).getByText('交通运输')).toBeInTheDocument();
    await user.selectOptions(sector, 'transport');
    await waitFor(() => expect(last().targets[0]!.sector).toBe('transport'));
    // the industry intensity target may only name 工业
    await user.selectOptions(metric, 'sectorIntensityReduction');
    await waitFor(() => expect(screen.getByTestId('error-targets[0].metric')).toHaveTextContent('工业增加值'));
  });

  it('a forest target without a forest is refused, and says where the forest goes', async () => {
    const { user } = renderEditor();
    const metric = await screen.findByTestId('field-targets[0].metric');
    await user.selectOptions(metric, 'forestCover');
    await waitFor(() => expect(screen.getByTestId('error-targets[0].metric')).toHaveTextContent('碳汇'));
    // the document did not take it: the select shows the target as it is
    expect(metric).toHaveValue('co2IntensityReduction');
  });

  it('the peak can be judged on energy and process CO2; energy CO2 is the default', async () => {
    const { user, last } = renderEditor();
    const energy = await screen.findByTestId('field-accounting.peakScope=energy');
    expect(energy).toBeChecked();
    expect(screen.getByTestId('method-peakScope-energy')).toHaveTextContent('默认');
    await user.click(screen.getByTestId('field-accounting.peakScope=energyAndProcess'));
    await waitFor(() => expect(last().accounting.peakScope).toBe('energyAndProcess'));
  });

  it('the clicked scope shows checked at once, while the engine still checks the edit', async () => {
    const { last } = renderEditor();
    const both = await screen.findByTestId('field-accounting.peakScope=energyAndProcess');
    // synchronous: the edit is not applied yet (the engine answers later), yet the choice is shown
    fireEvent.click(both);
    expect(both).toBeChecked();
    expect(screen.getByTestId('field-accounting.peakScope=energy')).not.toBeChecked();
    await waitFor(() => expect(last().accounting.peakScope).toBe('energyAndProcess'));
    expect(both).toBeChecked();
  });
});
