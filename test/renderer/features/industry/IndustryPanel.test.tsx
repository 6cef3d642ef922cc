import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import { sourceFor } from '../../../../renderer/features/editor/sources';
import type { Scenario } from '../../../../shared/model/scenario';
import { presetScenario } from '../results/preset';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 })),
}));

const { IndustryPanel } = await import('../../../../renderer/features/industry/IndustryPanel');
const { SinksPanel } = await import('../../../../renderer/features/industry/SinksPanel');

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

/** 连州 policy without key products, 1+N shares or a forest: what a county starts from. */
function bare(): Scenario {
  const { industry: _i, sinks: _k, sectorReporting: _r, ...s } = presetScenario('lianzhou-policy');
  return { ...s, targets: s.targets.filter((t) => t.metric !== 'forestCover' && t.metric !== 'forestStock') };
}

/** The panel over a scenario it edits itself: each edit is applied at once, as the editor does once the engine took it. */
function Host({ initial, panel: Panel, seen }: { initial: Scenario; panel: typeof IndustryPanel; seen: (s: Scenario) => void }) {
  const [s, setS] = useState(initial);
  return (
    <Panel
      scenario={s}
      readOnly={false}
      edit={(apply) => {
        setS((prev) => {
          const next = apply(prev);
          seen(next);
          return next;
        });
        return Promise.resolve([]);
      }}
      sourceOf={(path) => sourceFor(s, path)}
    />
  );
}

describe('IndustryPanel', () => {
  it('adds a clinker product read against the library’s 标杆 100 and 基准 117 kgce/t, then its process line', () => {
    let last: Scenario = bare();
    render(<Host initial={last} panel={IndustryPanel} seen={(s) => (last = s)} />);
    expect(screen.getByText('尚未添加重点产品：工业能耗全部按强度路径计算。')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('add-product-kind'), { target: { value: 'clinker' } });
    fireEvent.click(screen.getByTestId('btn-add-product'));
    const card = screen.getByTestId('product-clinker-1');
    expect(within(card).getByTestId('library-industry.products[0].benchmarkKgcePerT')).toHaveTextContent('参考库 100');
    expect(within(card).getByTestId('library-industry.products[0].baselineKgcePerT')).toHaveTextContent('参考库 117');
    expect(within(card).getByTestId('field-industry.products[0].routes[0].unitEnergyKgcePerT')).toHaveValue('117');
    // the line follows the product's output at the provincial guideline's 0.538 tCO2/t
    fireEvent.click(screen.getByTestId('btn-add-process'));
    expect(last.industry!.processEmissions[0]).toMatchObject({ kind: 'clinker', productId: 'clinker-1', factorTCo2PerT: 0.538 });
    // removing the product says it takes the process line with it, and does
    const remove = within(card).getByTestId('btn-remove-product-clinker-1');
    expect(remove).toHaveAccessibleName(/连同由其产量驱动的过程排放：熟料生产/);
    fireEvent.click(remove);
    expect(last.industry).toBeUndefined();
  });

  it('a second route takes no share; typing 30 % for it leaves 70 % to the first', () => {
    let last: Scenario = bare();
    render(<Host initial={last} panel={IndustryPanel} seen={(s) => (last = s)} />);
    fireEvent.change(screen.getByTestId('add-product-kind'), { target: { value: 'crudeSteel' } });
    fireEvent.click(screen.getByTestId('btn-add-product'));
    fireEvent.click(screen.getByTestId('btn-add-route-crudeSteel-1'));
    fireEvent.change(screen.getByTestId('field-industry.products[0].routes[1].sharePct'), { target: { value: '30' } });
    expect(last.industry!.products[0]!.routes.map((r) => r.sharePct)).toEqual([70, 30]);
    expect(screen.getByTestId('field-industry.products[0].routes[0].sharePct')).toHaveValue('70');
    // crude steel has no whole-product line in the library: the panel says so
    expect(screen.getByText(/参考库中没有该类产品整体的标杆/)).toBeInTheDocument();
  });
});

describe('ProcessTable', () => {
  it('韶关’s fluxes follow the 高炉-转炉 route of its steel; a line can follow the whole product or one of its routes', () => {
    const initial = presetScenario('shaoguan-policy');
    let last: Scenario = initial;
    render(<Host initial={initial} panel={IndustryPanel} seen={(s) => (last = s)} />);
    const i = initial.industry!.processEmissions.findIndex((x) => x.id === 'sg-limestone-flux');
    const driver = screen.getByTestId(`field-industry.processEmissions[${i}].driver`);
    expect(driver).toHaveValue('sg-crude-steel/bf-bof');
    // steel has two routes, so each is offered; clinker has one, so only the product
    expect(within(driver).getByText('按产品 粗钢（韶钢） · 电炉 产量')).toBeInTheDocument();
    expect(within(driver).queryByText(/按产品 水泥熟料 ·/)).toBeNull();
    fireEvent.change(driver, { target: { value: 'sg-crude-steel' } });
    expect(last.industry!.processEmissions[i]).toMatchObject({ productId: 'sg-crude-steel' });
    expect(last.industry!.processEmissions[i]!.routeId).toBeUndefined();
    fireEvent.change(driver, { target: { value: 'sg-crude-steel/bf-bof' } });
    expect(last.industry!.processEmissions[i]).toMatchObject({ productId: 'sg-crude-steel', routeId: 'bf-bof' });
  });
});

describe('ProductLevers', () => {
  it('a clinker line’s 2030 levers write paths from the base year, shown in the card; cement starts electricity only', () => {
    let last: Scenario = bare();
    render(<Host initial={last} panel={IndustryPanel} seen={(s) => (last = s)} />);
    const y0 = last.baseYear;
    fireEvent.change(screen.getByTestId('add-product-kind'), { target: { value: 'clinker' } });
    fireEvent.click(screen.getByTestId('btn-add-product'));
    fireEvent.change(screen.getByTestId('field-industry.products[0].outputWanT'), { target: { value: '400' } });
    const levers = screen.getByTestId('product-levers-clinker-1');
    expect(within(levers).getByText('2030 年产量（较基准年）')).toBeInTheDocument();
    expect(within(levers).getByText('2030 年单位能耗与标杆水平的差距缩小')).toBeInTheDocument();
    // 400 万t in the base year, +10 % by 2030: 440 万t
    fireEvent.change(screen.getByTestId('product-lever-clinker-1-output-range'), { target: { value: '10' } });
    expect(last.industry!.products[0]!.outputWanT).toEqual([
      { year: y0, value: 400 },
      { year: 2030, value: 440 },
    ]);
    expect(screen.getByTestId('product-lever-clinker-1-output-value')).toHaveTextContent('+10');
    // the route starts at the 基准 117 kgce/t; half the gap to the 标杆 100 closed: 117 − 0.5 × 17 = 108.5 in 2030
    fireEvent.change(screen.getByTestId('product-lever-clinker-1-unitEnergy-range'), { target: { value: '50' } });
    expect(last.industry!.products[0]!.routes[0]!.unitEnergyKgcePerT).toEqual([
      { year: y0, value: 117 },
      { year: 2030, value: 108.5 },
    ]);
    // one route: no route-share lever
    expect(within(levers).queryByTestId('product-lever-clinker-1-routeShare')).toBeNull();
    // cement's library entry counts its grinding only, so a new cement product is electricity only, cited
    fireEvent.change(screen.getByTestId('add-product-kind'), { target: { value: 'cement' } });
    fireEvent.click(screen.getByTestId('btn-add-product'));
    expect(last.industry!.products[1]!.routes[0]!.fuelSharesPct).toEqual({ coal: 0, oil: 0, gas: 0, electricity: 100, heat: 0, biomass: 0 });
    expect(last.sources['industry.products[id=cement-1].routes[0].fuelSharesPct']).toMatchObject({ kind: 'reference', refId: 'cement-grinding-unit-energy' });
  });

  it('the levers are off, saying why, once the base year is 2030', () => {
    const s = bare();
    let last: Scenario = { ...s, baseYear: 2030 };
    render(<Host initial={last} panel={IndustryPanel} seen={(x) => (last = x)} />);
    fireEvent.change(screen.getByTestId('add-product-kind'), { target: { value: 'clinker' } });
    fireEvent.click(screen.getByTestId('btn-add-product'));
    for (const id of ['output', 'unitEnergy', 'electrification']) expect(screen.getByTestId(`product-lever-clinker-1-${id}-range`)).toBeDisabled();
    expect(within(screen.getByTestId('product-lever-clinker-1-output')).getByText('基准年已在 2030 年或之后')).toBeInTheDocument();
  });
});

describe('SinksPanel', () => {
  it('adds a forest from its cover and stock with the library’s factors, each cited; a 1+N share is optional', () => {
    let last: Scenario = bare();
    render(<Host initial={last} panel={SinksPanel} seen={(s) => (last = s)} />);
    expect(screen.getByTestId('btn-add-forest')).toBeDisabled();
    fireEvent.change(screen.getByTestId('field-new-forest-cover'), { target: { value: '68.21' } });
    fireEvent.change(screen.getByTestId('field-new-forest-stock'), { target: { value: '1000' } });
    fireEvent.click(screen.getByTestId('btn-add-forest'));
    expect(last.sinks!.forest).toMatchObject({ coverPct: 68.21, baseStockWanM3: 1000, grossGrowthPct: 0, lossPct: 0, rootShootRatio: 0.2, carbonFraction: 0.47 });
    expect(screen.getByTestId('source-sinks.forest.carbonFraction')).toHaveAttribute('data-kind', 'reference');
    fireEvent.change(screen.getByTestId('field-sectorReporting.constructionShareOfIndustryPct'), { target: { value: '3' } });
    expect(last.sectorReporting).toEqual({ constructionShareOfIndustryPct: 3 });
    fireEvent.click(screen.getByTestId('clear-sectorReporting.constructionShareOfIndustryPct'));
    expect(last.sectorReporting).toBeUndefined();
  });
});
