import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import { setLanguage } from '../../../../renderer/i18n';
import { makeIndustrialCity } from './fixture';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({
    setOption: vi.fn(),
    resize: vi.fn(),
    dispose: vi.fn(),
    getWidth: () => 0,
    getHeight: () => 0,
  })),
}));

const { ResultsPanel } = await import('../../../../renderer/features/results/ResultsPanel');

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const assumed = { kind: 'assumed', reason: 'test value' } as const;

describe('the peak says what it was judged on; sector and forest targets in the results', () => {
  it('the peak KPI and the methods line name the scope', () => {
    const s = makeIndustrialCity((x) => (x.accounting.peakScope = 'energyAndProcess'));
    render(<ResultsPanel scenario={s} results={runScenario(s)} />);
    expect(screen.getByTestId('kpi-peak-scope').textContent).toBe('判定口径：能源活动和工业生产过程二氧化碳排放');
    expect(screen.getByTestId('method-peakScope').textContent).toContain(
      '按能源活动和工业生产过程二氧化碳排放判定达峰',
    );
  });

  it("a sector peak-year target is read against its sector's peak, a forest-stock target in 万立方米", () => {
    const s = makeIndustrialCity((x) => {
      x.targets.push({
        id: 'stock',
        label: '森林蓄积量',
        metric: 'forestStock',
        year: 2025,
        value: 5000,
        binding: true,
        source: assumed,
      });
    });
    const r = runScenario(s);
    render(<ResultsPanel scenario={s} results={r} />);
    const industry = r.sectorPeaks.industry!;
    // reached within the tolerance in reachedYear, target 2030: (2030 − reachedYear) years early
    const row = screen.getByTestId('target-row-industry-peak');
    expect(within(row).getByTestId('target-margin').textContent).toBe(`提前 ${2030 - industry.reachedYear} 年`);
    // the stock grows by 5 % − 2 % = 3 % a year from 5000万m³, so it is above the 5000 of the target in 2025
    const stock = screen.getByTestId('target-row-stock');
    expect(stock.getAttribute('data-met')).toBe('true');
    expect(stock.textContent).toContain('5,000.0 万立方米');
  });
});
