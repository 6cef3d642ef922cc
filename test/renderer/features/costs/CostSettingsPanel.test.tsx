import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import type { ScenarioRecord } from '../../../../renderer/db/records';
import { sourceFor } from '../../../../renderer/features/editor/sources';
import type { Scenario } from '../../../../shared/model/scenario';
import { COST_ASSET_TYPES, COST_CASES, defaultCosts } from '../../../../shared/model/costs';
import { referenceSource, typeDefaultRefId, DISCOUNT_RATE_REF, IMPORT_PRICE_REF, PRICE_YEAR_REF, fuelRefId } from '../../../../renderer/features/costs/default-sources';
import { presetScenario } from '../results/preset';

const record = (s: Scenario, kind: 'preset' | 'user' = 'preset'): ScenarioRecord => ({ id: s.id, kind, name: s.name, regionName: s.region.name, createdAt: 0, updatedAt: 0, rev: 1, scenario: s });
const library = ['qingyuan-baseline', 'qingyuan-policy', 'lianzhou-baseline'].map((id) => record(presetScenario(id)));
vi.mock('../../../../renderer/db/useScenarioRecords', () => ({ useScenarioRecords: () => library }));

const { CostSettingsPanel } = await import('../../../../renderer/features/costs/CostSettingsPanel');

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

/** A scenario without cost settings: every price its default. */
function bare(): Scenario {
  const { costs: _c, ...s } = presetScenario('qingyuan-policy');
  return s;
}

function Host({ initial, onScenario }: { initial: Scenario; onScenario?: (s: Scenario) => void }) {
  const [s, setS] = useState(initial);
  return (
    <CostSettingsPanel
      scenario={s}
      readOnly={false}
      edit={(apply) => {
        setS((prev) => {
          const next = apply(prev);
          onScenario?.(next);
          return next;
        });
        return Promise.resolve([]);
      }}
      sourceOf={(path) => sourceFor(s, path)}
    />
  );
}

describe('CostSettingsPanel', () => {
  it('every default names its source: a reference entry of the library', () => {
    for (const t of COST_ASSET_TYPES) for (const f of ['investmentYuanPerKW', 'fixedOmYuanPerKWYear', 'lifetimeYears'] as const) expect(referenceSource(typeDefaultRefId(t, f)), `${t}.${f}`).toBeDefined();
    for (const id of [DISCOUNT_RATE_REF, IMPORT_PRICE_REF, PRICE_YEAR_REF, fuelRefId('coal'), fuelRefId('gas'), typeDefaultRefId('battery', 'energyYuanPerKWh')]) expect(referenceSource(id), id).toBeDefined();
  });

  it("shows each default beside its empty field with the reference it comes from", () => {
    render(<Host initial={bare()} />);
    // central PV: 2,500 元/kW (cost-investment-pv), 8 % (社会折现率)
    expect(screen.getByTestId('default-costs.types.pv.investmentYuanPerKW')).toHaveTextContent('默认 2,500');
    expect(screen.getByTestId('source-costs.types.pv.investmentYuanPerKW')).toHaveAttribute('data-kind', 'reference');
    expect(screen.getByTestId('default-costs.discountRatePct')).toHaveTextContent('默认 8.0%');
    expect(screen.getByTestId('source-costs.discountRatePct')).toHaveAttribute('data-kind', 'reference');
    expect(screen.getByTestId('field-costs.discountRatePct')).toHaveValue('');
    // batteries priced per kWh of energy; the other types have no such column
    expect(screen.getByTestId('default-costs.types.battery.energyYuanPerKWh')).toHaveTextContent(`默认 ${defaultCosts().byType.battery.energyYuanPerKWh}`);
    expect(screen.queryByTestId('field-costs.types.pv.energyYuanPerKWh')).toBeNull();
  });

  it('the case changes the defaults shown; typing overrides one (the user’s source), 恢复默认 clears the row', () => {
    let last: Scenario | undefined;
    render(<Host initial={bare()} onScenario={(s) => (last = s)} />);
    expect(within(screen.getByTestId('field-costs.case')).getAllByRole('option')).toHaveLength(COST_CASES.length);
    fireEvent.change(screen.getByTestId('field-costs.case'), { target: { value: 'high' } });
    expect(last!.costs?.case).toBe('high');
    // high PV: 2,800 元/kW
    expect(screen.getByTestId('default-costs.types.pv.investmentYuanPerKW')).toHaveTextContent('默认 2,800');
    fireEvent.change(screen.getByTestId('field-costs.types.pv.investmentYuanPerKW'), { target: { value: '3000' } });
    expect(last!.costs?.types?.pv?.investmentYuanPerKW).toBe(3000);
    expect(screen.getByTestId('source-costs.types.pv.investmentYuanPerKW')).toHaveAttribute('data-kind', 'user');
    fireEvent.click(screen.getByTestId('costs-reset-pv'));
    expect(last!.costs?.types).toBeUndefined();
    expect(screen.queryByTestId('costs-reset-pv')).toBeNull();
  });

  it('the discount rate typed is one edit; emptied, it returns to the default', () => {
    let last: Scenario | undefined;
    render(<Host initial={bare()} onScenario={(s) => (last = s)} />);
    const field = screen.getByTestId('field-costs.discountRatePct');
    fireEvent.change(field, { target: { value: '5' } });
    expect(last!.costs?.discountRatePct).toBe(5);
    fireEvent.change(field, { target: { value: '' } });
    expect(last!.costs).toBeUndefined();
  });

  it('picks the reference from the library, the same region first, not itself', () => {
    let last: Scenario | undefined;
    render(<Host initial={bare()} onScenario={(s) => (last = s)} />);
    const picker = screen.getByTestId('field-costs.referenceScenarioId');
    const values = within(picker).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(values).toEqual(['', 'qingyuan-baseline', 'lianzhou-baseline']);
    fireEvent.change(picker, { target: { value: 'qingyuan-baseline' } });
    expect(last!.costs?.referenceScenarioId).toBe('qingyuan-baseline');
    fireEvent.change(picker, { target: { value: '' } });
    expect(last!.costs?.referenceScenarioId).toBeUndefined();
  });

  it('a reference no longer in the library stays shown and says so', () => {
    render(<Host initial={{ ...bare(), costs: { referenceScenarioId: 'gone-1' } }} />);
    expect(screen.getByTestId('field-costs.referenceScenarioId')).toHaveValue('gone-1');
    expect(screen.getByTestId('field-costs.referenceScenarioId')).toHaveTextContent('已不在情景库中：gone-1');
  });
});
