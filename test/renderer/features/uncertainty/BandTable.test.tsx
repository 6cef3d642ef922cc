import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import { setLanguage } from '../../../../renderer/i18n';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { BandTable, tableYears } from '../../../../renderer/features/uncertainty/BandTable';
import { presetScenario } from '../results/preset';
import { fixtureEnsemble } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

it('takes the plan years after the base year up to 2035 and the last year', () => {
  const years = Array.from({ length: 41 }, (_, i) => 2020 + i);
  expect(tableYears(years)).toEqual([2025, 2030, 2035, 2060]);
  // a horizon ending in 2030: its plan years, the last once
  expect(tableYears([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030])).toEqual([2025, 2030]);
});

it('gives P50, P10–P90 and the central run of each band in those years, in the figure’s unit', () => {
  const s = presetScenario('lianzhou-policy');
  const central = runScenario(s);
  const fmt = makeFormatter('zh', () => '');
  render(<BandTable central={central} ensemble={fixtureEnsemble(s, 1000, 1)} fmt={fmt} />);
  const co2 = central.years.find((y) => y.year === 2030)!.co2;
  const cell = within(screen.getByTestId('uncertainty-band-row-co2')).getByText(
    (_, el) => el?.getAttribute('data-year') === '2030',
  );
  // the fixture's band: 0.9, 1 and 1.1 × the central CO2
  expect(cell.textContent).toContain(fmt.num(co2, 'wanTCo2'));
  expect(cell.textContent).toContain(`P10–P90：${fmt.num(co2 * 0.9, 'wanTCo2')}～${fmt.num(co2 * 1.1, 'wanTCo2')}`);
  expect(cell.textContent).toContain(`中值情景：${fmt.num(co2, 'wanTCo2')}`);
});
