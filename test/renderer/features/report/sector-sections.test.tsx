import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import type { Fuel, Scenario, Sector } from '../../../../shared/model/scenario';
import { setLanguage } from '../../../../renderer/i18n';
import { reportText } from '../../../../renderer/features/report/report-text';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 })),
}));

const { SectorSection } = await import('../../../../renderer/features/report/SectorSection');
const { IndustrySection } = await import('../../../../renderer/features/report/IndustrySection');
const { SinkSection } = await import('../../../../renderer/features/report/SinkSection');
const { describeField } = await import('../../../../renderer/features/report/assumptions');

beforeAll(async () => {
  await setLanguage('zh');
});
afterEach(cleanup);

const fuels = (shares: Partial<Record<Fuel, number>>): Record<Fuel, number> => ({ coal: 0, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0, ...shares });
const assumed = { kind: 'assumed', reason: 'test value' } as const;

/** test/helpers/make-scenario.ts's round scenario (which the renderer project cannot import): 2020–2030, 50 万tce a year, all industry. */
function makeScenario(edit: (s: Scenario) => void = () => {}): Scenario {
  const empty = { sharePct: 0, fuelSharesPct: fuels({ coal: 100 }) };
  const sectors: Record<Sector, Scenario['energy']['sectors'][Sector]> = {
    industry: { sharePct: 100, fuelSharesPct: fuels({ coal: 60, electricity: 40 }) },
    services: empty, transport: empty, households: empty, agriculture: empty,
  };
  const s: Scenario = {
    schemaVersion: 2, id: 'test-round', name: '测试情景', region: { name: '测试市' }, baseYear: 2020, endYear: 2030, populationWan: 50,
    economy: { baseGdpYiYuan: 100, gdpGrowthPct: 0 },
    energy: { baseIntensityTcePerWanYuan: 0.5, intensityDeclinePct: 0, inputConvention: 'calorific', sectors },
    electricity: { fleet: [], projects: [], pumpedStorage: [], heatRateGcePerKWh: { coal: 300, gas: 220 }, gridEmissionFactor: 0.5, importedNonFossilSharePct: 0 },
    emissionFactors: { tCo2PerTce: { coal: 2.5, oil: 2.1, gas: 1.6, heat: 3.2, biomass: 0 } },
    conventions: { primaryElectricity: 'calorific', coalSubstitutionGcePerKWh: 300 },
    accounting: { energyControl: 'none', renewableAttribution: 'localBalance', electricityCo2: 'netImports', gridFactorScope: 'custom', peakTolerancePct: 2 },
    targets: [],
    sources: { '': assumed },
  };
  edit(s);
  return s;
}

/**
 * The round scenario: 2020–2030, 50 万tce a year, all industry, coal 60 % =
 * 30 万tce × 2.5 = 75 万tCO2, electricity 40 % = 20 万tce = 162.7 亿kWh × 0.5 tCO2/MWh = 81.37 万tCO2: 156.37 万tCO2.
 * Clinker 100 万t a year at 100 kgce/t in 2020 falling to 85 by 2025 (benchmark 90, floor 95): 2020 above the floor,
 * 2025 at the benchmark; its process CO2 100 万t × 0.5 t/t = 50 万tCO2, and the peak judged on energy and process CO2.
 * The forest: 100 万m³, growing 10 % a year, nothing lost; 0.5 t/m³ × 1.5 × (1 + 0.2) × 0.5 × 44/12 = 1.65 tCO2/m³,
 * so 2020's sink is 10 万m³ × 1.65 = 16.5 万tCO2 and net CO2 = 156.37 + 50 − 16.5 = 189.87 万tCO2.
 */
function scenario(): Scenario {
  return makeScenario((s) => {
    s.industry = {
      products: [
        {
          id: 'clinker', kind: 'clinker', name: '熟料', source: assumed, outputWanT: 100, benchmarkKgcePerT: 90, baselineKgcePerT: 95,
          routes: [{ id: 'dry', name: '新型干法', sharePct: 100, unitEnergyKgcePerT: [{ year: 2020, value: 100 }, { year: 2025, value: 85 }], fuelSharesPct: fuels({ coal: 80, electricity: 20 }) }],
        },
      ],
      processEmissions: [{ id: 'p-clinker', kind: 'clinker', name: '熟料煅烧', productId: 'clinker', activityPerProductT: 0.5, factorTCo2PerT: 1, source: assumed }],
    };
    s.sinks = {
      forest: { coverPct: 60, baseStockWanM3: 100, grossGrowthPct: 10, lossPct: 0, woodDensityTPerM3: 0.5, biomassExpansionFactor: 1.5, rootShootRatio: 0.2, carbonFraction: 0.5 },
    };
    s.accounting = { ...s.accounting, peakScope: 'energyAndProcess' };
  });
}

const cells = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('cell').map((c) => c.textContent);

describe('the report by sector, key product and forest (Chinese)', () => {
  const s = scenario();
  const r = runScenario(s);

  it('分领域碳排放: all in industry, process CO2 its own row, the totals, and the scope the peaks are judged on', () => {
    render(<SectorSection results={r} x={reportText('zh')} />);
    // plan years 2020, 2025, 2030. From 2025 clinker needs 100 万t × 15 kgce/t less = 1.5 万tce, which the rest of
    // industry does not take up: coal 1.2 × 2.5 = 3 万tCO2 and electricity 0.3 万tce = 2.441 亿kWh × 0.5 = 1.2205
    // 万tCO2 less, 156.367 − 4.2205 = 152.146
    expect(cells('report-sectors-table-industry')).toEqual(['156.4', '152.1', '152.1']);
    expect(cells('report-sectors-table-process')).toEqual(['50.0', '50.0', '50.0']);
    expect(cells('report-sectors-table-co2')).toEqual(['156.4', '152.1', '152.1']);
    expect(cells('report-sectors-table-co2WithProcess')).toEqual(['206.4', '202.1', '202.1']);
    expect(screen.queryByTestId('report-sectors-table-unallocated-wasteIncineration')).toBeNull();
    expect(screen.getByTestId('report-sectors-scope')).toHaveTextContent('全地区和各领域均按能源活动和工业生产过程二氧化碳排放判定达峰');
    // a sector without CO2 says so, instead of a peak
    expect(screen.getByTestId('report-sector-peak-transport')).toHaveTextContent('该领域无排放');
  });

  it('重点工业产品: output, unit energy marked against the floor and the benchmark, process CO2 with its driver', () => {
    render(<IndustrySection scenario={s} results={r} x={reportText('zh')} />);
    expect(cells('report-product-output-clinker')).toEqual(['100.0', '100.0', '100.0']);
    // benchmark, floor, then 2020 (100 > 95: above the floor), 2025 and 2030 (85 ≤ 90: at the benchmark)
    expect(cells('report-product-unit-clinker')).toEqual(['90.0', '95.0', '100.0高于基准', '85.0达标杆', '85.0达标杆']);
    expect(cells('report-process-p-clinker')).toEqual(['1', '50.0', '50.0', '50.0']);
    expect(screen.getByTestId('report-process-p-clinker')).toHaveTextContent('按熟料产量 × 0.5 吨/吨计');
    expect(screen.getByTestId('report-process-scope')).toHaveTextContent('过程排放参与达峰判定');
  });

  it('森林碳汇与净排放: the sink by hand, net CO2 = energy and process CO2 less the sink, beside the peak, never inside', () => {
    render(<SinkSection scenario={s} results={r} x={reportText('zh')} />);
    expect(cells('report-sinks-sinkCo2')[0]).toBe('16.5');
    expect(cells('report-sinks-co2WithProcess')[0]).toBe('206.4');
    expect(cells('report-sinks-netCo2')[0]).toBe('189.9');
    expect(screen.getByTestId('report-sinks-factors')).toHaveTextContent('基本木材密度 0.5 吨/立方米，生物量扩展因子 1.5，根茎比 0.2，含碳率 0.5');
    expect(screen.getByTestId('report-sinks-note')).toHaveTextContent('不计入其中');
    cleanup();
    // judged on energy CO2 alone, net CO2 still counts process CO2: every emission counted, less the sink
    const energyOnly = scenario();
    energyOnly.accounting = { ...energyOnly.accounting, peakScope: 'energy' };
    render(<SinkSection scenario={energyOnly} results={runScenario(energyOnly)} x={reportText('zh')} />);
    expect(cells('report-sinks-netCo2')[0]).toBe('189.9');
  });

  it('a scenario without products, process lines or a forest has neither section', () => {
    const plain = makeScenario();
    const { container } = render(
      <>
        <IndustrySection scenario={plain} results={runScenario(plain)} x={reportText('zh')} />
        <SinkSection scenario={plain} results={runScenario(plain)} x={reportText('zh')} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('the assumptions name the new inputs by their names and units, never by key or id', () => {
    const x = reportText('zh');
    expect(describeField(s, 'accounting.peakScope', x)).toMatchObject({ label: '达峰判定口径', value: '能源活动和工业生产过程二氧化碳排放' });
    const unit = describeField(s, 'industry.products[id=clinker].routes[0].unitEnergyKgcePerT', x);
    expect(unit.label).toBe('熟料（新型干法）：单位产品综合能耗');
    expect(unit.value).toContain('千克标准煤/吨');
    expect(describeField(s, 'industry.processEmissions[id=p-clinker].factorTCo2PerT', x)).toMatchObject({ label: '熟料煅烧：排放因子（吨二氧化碳/吨）', value: '1 吨/吨' });
    expect(describeField(s, 'sinks.forest.woodDensityTPerM3', x)).toMatchObject({ label: '基本木材密度', value: '0.5 吨/立方米' });
  });
});
