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
