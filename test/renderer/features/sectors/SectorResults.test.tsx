import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import { setLanguage } from '../../../../renderer/i18n';
import { loadChartLibrary } from '../../../../renderer/components/chart/load';
import { makeCity } from '../results/fixture';
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

const { SectorResults } = await import('../../../../renderer/features/sectors/SectorResults');

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));
beforeAll(() => loadChartLibrary());

const cells = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('results by sector', () => {
  it('a sector peak row per sector with CO2, its year, plateau and verdict, under the scope it was judged on', () => {
    const s = makeIndustrialCity();
    const r = runScenario(s);
    render(<SectorResults scenario={s} results={r} />);
    expect(screen.getByTestId('sector-peaks-scope').textContent).toBe(
      '按能源活动二氧化碳排放判定（峰值 ±2.0% 为平台期） · 单位：万吨二氧化碳',
    );
    const industry = r.sectorPeaks.industry!;
    const row = screen.getByTestId('sector-peak-industry');
    expect(row.getAttribute('data-year')).toBe(String(industry.year));
    // base-year CO2, peak year, peak CO2, plateau, verdict, the sector target (工业 by 2030, met)
    expect(cells('sector-peak-industry').slice(1, 5)).toEqual([
      `${industry.year}年`,
      expect.stringMatching(/^[\d,]+\.\d$/),
      `${industry.plateau.fromYear}–${industry.plateau.toYear}年`,
      '已达峰',
    ]);
    expect(cells('sector-peak-industry')[5]).toBe('2030年前 达成');
    // agriculture's share of energy is 0 in the test city: no CO2, no peak, no row
    expect(screen.queryByTestId('sector-peak-agriculture')).toBeNull();
  });

  it('process CO2, forest sink and net emissions in their own table, energy CO2 heading it and tagged as what the peak is judged on', () => {
    const s = makeIndustrialCity();
    const r = runScenario(s);
    render(<SectorResults scenario={s} results={r} />);
    const base = r.years[0]!;
    // clinker 300万t × 0.538 = 161.4 万tCO2; flux 5万t × 0.44 = 2.2 万tCO2; process 163.6 万tCO2
    expect(
      Number(within(screen.getByTestId('beside-processCo2')).getAllByRole('cell')[1]!.getAttribute('data-value')),
    ).toBeCloseTo(163.6, 9);
    expect(within(screen.getByTestId('beside-process-clinker-process')).getAllByRole('cell')[1]!.textContent).toBe(
      '161.4',
    );
    expect(within(screen.getByTestId('beside-co2')).getByTestId('beside-judged')).toBeTruthy();
    expect(within(screen.getByTestId('beside-co2WithProcess')).queryByTestId('beside-judged')).toBeNull();
    // forest: 5000万m³ × 5 % gross growth = 250万m³ × 0.45 × 1.5 × 1.25 × 0.5 × 44/12 = 386.7 万tCO2 gained,
    // 5000 × 2 % = 100万m³ lost → 154.7; net sink 232.0 万tCO2 (the engine's own figure shown, not recomputed)
    const sink = Number(
      within(screen.getByTestId('beside-forestSink')).getAllByRole('cell')[1]!.getAttribute('data-value'),
    );
    expect(sink).toBeCloseTo(((250 - 100) * 0.45 * 1.5 * 1.25 * 0.5 * 44) / 12, 6);
    expect(
      Number(within(screen.getByTestId('beside-netCo2')).getAllByRole('cell')[1]!.getAttribute('data-value')),
    ).toBeCloseTo(base.co2 + 163.6 - sink, 6); // net: energy and process CO2 less the sink
    // key years of a 2020–2035 horizon: 2020, 2025, 2030, 2035
    expect(
      within(screen.getByTestId('emissions-beside-table'))
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['项目', '单位', '2020年', '2025年', '2030年', '2035年']);
  });

  it('with the peak judged on energy and process CO2, that row carries the tag and the scope says so', () => {
    const s = makeIndustrialCity((x) => (x.accounting.peakScope = 'energyAndProcess'));
    render(<SectorResults scenario={s} results={runScenario(s)} />);
    expect(within(screen.getByTestId('beside-co2WithProcess')).getByTestId('beside-judged')).toBeTruthy();
    expect(within(screen.getByTestId('beside-co2')).queryByTestId('beside-judged')).toBeNull();
    expect(screen.getByTestId('sector-peaks-scope').getAttribute('data-scope')).toBe('energyAndProcess');
  });

  it('key products: output and unit energy against the 标杆/基准 lines, routes under their product', () => {
    const s = makeIndustrialCity();
    render(<SectorResults scenario={s} results={runScenario(s)} />);
    // clinker 2020: 300万t at 120 kgce/t, above the 117 基准水平 (marked); 2030: 104, between the lines (not marked)
    const c = cells('product-row-clinker');
    expect(c.slice(0, 3)).toEqual(['300.0', '330.0', expect.stringMatching(/^[\d,]+\.\d$/)]);
    expect(c[3]).toBe('120.0');
    expect(within(screen.getByTestId('product-row-clinker')).getAllByRole('cell')[3]!.className).toContain('res-bad');
    expect(within(screen.getByTestId('product-row-clinker')).getAllByRole('cell')[5]!.className).not.toContain(
      'res-bad',
    );
    expect(c.slice(6, 8)).toEqual(['100.0', '117.0']);
    // steel: 20万t, 80 % by blast furnace in 2020 = 16万t, 20 % by electric arc = 4万t; no benchmark given
    expect(cells('product-route-steel-bf')[0]).toBe('16.0');
    expect(cells('product-route-steel-eaf')[0]).toBe('4.0');
    expect(cells('product-row-steel').slice(6, 8)).toEqual(['—', '—']);
  });

  it('a scenario without products, process lines or a forest shows the sector chart and peaks only', () => {
    const s = makeCity();
    render(<SectorResults scenario={s} results={runScenario(s)} />);
    expect(screen.getByTestId('sector-peak-table')).toBeTruthy();
    expect(screen.queryByTestId('emissions-beside')).toBeNull();
    expect(screen.queryByTestId('product-results')).toBeNull();
  });
});
