import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import { setLanguage } from '../../../../renderer/i18n';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { CostBands } from '../../../../renderer/features/uncertainty/CostBands';
import { presetScenario } from '../results/preset';
import { fixtureEnsemble } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

it('gives P10/P50/P90 of 供电成本现值 and 总投资 in 亿元 beside the central run', () => {
  const s = presetScenario('lianzhou-policy');
  const central = runScenario(s);
  const fmt = makeFormatter('zh', () => '');
  render(<CostBands central={central} ensemble={fixtureEnsemble(s, 1000, 1)} fmt={fmt} />);
  const box = screen.getByTestId('uncertainty-costs');
  expect(box.textContent).toContain('供电成本');
  expect(box.textContent).toContain('不给净现值比较');
  const pv = central.costs!.presentValueYiYuan;
  const row = within(box).getByTestId('uncertainty-costs-presentValue');
  expect(row.textContent).toContain('供电成本现值');
  expect(row.textContent).toContain(fmt.unit('yiYuan'));
  // the fixture: 0.85, 1 and 1.15 × the central figure, then the central run itself
  const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
  expect(cells).toEqual([pv * 0.85, pv, pv * 1.15, pv].map((v) => fmt.num(v, 'yiYuan')));
  const inv = central.costs!.totalInvestmentYiYuan;
  const invCells = [...within(box).getByTestId('uncertainty-costs-totalInvestment').querySelectorAll('td')].map((td) => td.textContent);
  expect(invCells[1]).toBe(fmt.num(inv, 'yiYuan'));
});

it('shows nothing when the ensemble carries no costs', () => {
  const s = presetScenario('lianzhou-policy');
  const fmt = makeFormatter('zh', () => '');
  render(<CostBands central={null} ensemble={{ ...fixtureEnsemble(s, 10, 1), costs: null }} fmt={fmt} />);
  expect(screen.queryByTestId('uncertainty-costs')).toBeNull();
});
