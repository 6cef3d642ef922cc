import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import { setLanguage } from '../../../../renderer/i18n';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { makeIndustrialCity } from '../sectors/fixture';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({
    setOption: vi.fn(),
    resize: vi.fn(),
    dispose: vi.fn(),
    getWidth: () => 0,
    getHeight: () => 0,
  })),
}));

const { SectorCompare } = await import('../../../../renderer/features/compare/SectorCompare');

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const t = i18next.getFixedT('zh', 'results');
const fmt = makeFormatter('zh', (u) => t(`units.${u}`));

describe('sector peaks compared', () => {
  it("each sector's peak per scenario, each scenario's scope under its name, a warning when the scopes differ", () => {
    const a = { id: 'a', name: '甲', color: '#0b6e4f', results: runScenario(makeIndustrialCity()) };
    const b = {
      id: 'b',
      name: '乙',
      color: '#4e79a7',
      results: runScenario(makeIndustrialCity((s) => (s.accounting.peakScope = 'energyAndProcess'))),
    };
    render(<SectorCompare runs={[a, b]} years={[2025, 2030]} fmt={fmt} t={t} />);
    expect(screen.getByTestId('compare-peak-scope-a').textContent).toBe('能源活动排放口径');
    expect(screen.getByTestId('compare-peak-scope-b').textContent).toBe('能源活动和工业生产过程排放口径');
    expect(screen.getByTestId('compare-scopes-differ')).toBeTruthy();
    const cells = within(screen.getByTestId('compare-sector-peak-industry')).getAllByRole('cell');
    const pa = a.results.sectorPeaks.industry!;
    expect(cells[0]!.getAttribute('data-year')).toBe(String(pa.year));
    expect(cells[0]!.textContent).toContain(`${pa.year}年 · ${fmt.withUnit(pa.co2, 'wanTCo2')}`);
    // 乙 judges industry on energy + process CO2: its peak CO2 is at least 甲's by the process CO2 of that year
    expect(b.results.sectorPeaks.industry!.co2).toBeGreaterThan(pa.co2);
  });

  it('no warning when every scenario judges the peak the same way', () => {
    const a = { id: 'a', name: '甲', color: '#0b6e4f', results: runScenario(makeIndustrialCity()) };
    render(<SectorCompare runs={[a, { ...a, id: 'b', name: '乙' }]} years={[2030]} fmt={fmt} t={t} />);
    expect(screen.queryByTestId('compare-scopes-differ')).toBeNull();
  });
});
