import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import type { Scenario } from '../../../../shared/model/scenario';
import { validateScenario } from '../../../../shared/model/validate';
import { editorScenario, Harness, type EditCall } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

/** The fixture with this schema's accounting stated here (the methods the tests switch from), a biomass plant and a pumped-storage plant. */
function scenario(): Scenario {
  const s = editorScenario();
  s.schemaVersion = 2;
  delete (s.conventions as { excludeNewRenewablesFromIntensity?: boolean }).excludeNewRenewablesFromIntensity;
  s.accounting = { energyControl: 'nonFossilExcluded', renewableAttribution: 'provincialPool', electricityCo2: 'netImports', gridFactorScope: 'provincial', peakTolerancePct: 2 };
  s.electricity.projects = [
    ...s.electricity.projects,
    { id: 'waste-c', name: '垃圾焚烧发电', type: 'biomass', capacityMW: 30, utilisationHours: 6000, commissioningYear: 2023, status: 'planned', included: true, source: { kind: 'assumed', reason: '测试项目' } },
  ];
  s.electricity.pumpedStorage = s.electricity.pumpedStorage.map((p) => ({ ...p, attribution: 'gridAsset' as const }));
  return s;
}

function renderEditor(initial: Scenario = scenario()) {
  const calls: EditCall[] = [];
  const user = userEvent.setup();
  render(<Harness initial={initial} calls={calls} />);
  return { calls, user, last: () => calls[calls.length - 1]!.next };
}

describe('accounting methods (核算口径)', () => {
  it('shows each option with its basis, the default marked and the legacy rule labelled as what older scenarios used', async () => {
    renderEditor();
    const section = await screen.findByTestId('accounting-methods');
    const nonFossil = within(section).getByTestId('method-energyControl-nonFossilExcluded');
    expect(nonFossil).toHaveTextContent('发改环资〔2024〕113号');
    expect(nonFossil).toHaveTextContent('默认');
    expect(within(section).getByTestId('method-energyControl-renewableIncreaseExcluded')).toHaveTextContent('发改运行〔2022〕1258号');
    const legacy = within(section).getByTestId('method-energyControl-legacyNewRenewables');
    expect(legacy).toHaveTextContent('旧版情景所用');
    expect(legacy).not.toHaveTextContent('默认');
    // A is this tool's method, and says so
    const a = within(section).getByTestId('method-electricityCo2-netImports');
    expect(a).toHaveTextContent('本工具的方法');
    expect(a).toHaveTextContent('默认');
    expect(within(section).getByTestId('method-electricityCo2-locationBased')).toHaveTextContent('电力二氧化碳排放因子公告');
    expect(within(section).getByTestId('method-renewableAttribution-provincialPool')).toHaveTextContent('默认');
    expect(within(section).getByTestId('method-gridFactorScope-provincial')).toHaveTextContent('默认');
    // exactly one default per method
    for (const m of ['energyControl', 'renewableAttribution', 'electricityCo2', 'gridFactorScope']) {
      const cards = section.querySelectorAll(`[data-testid^="method-${m}-"]`);
      expect([...cards].filter((c) => c.textContent!.includes('默认'))).toHaveLength(1);
    }
    expect(screen.getByTestId('field-accounting.energyControl=nonFossilExcluded')).toBeChecked();
  });

  it('switching a method is one edit of that method, marked as the user’s', async () => {
    const { calls, user, last } = renderEditor();
    await user.click(await screen.findByTestId('field-accounting.electricityCo2=locationBased'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(last().accounting).toEqual({ ...scenario().accounting, electricityCo2: 'locationBased' });
    expect(calls[0]!.key).toBe('accounting.electricityCo2');
    expect(last().sources['accounting.electricityCo2']).toEqual({ kind: 'user' });
    expect(screen.getByTestId('field-accounting.electricityCo2=locationBased')).toBeChecked();

    await user.click(screen.getByTestId('field-accounting.energyControl=renewableIncreaseExcluded'));
    await waitFor(() => expect(last().accounting.energyControl).toBe('renewableIncreaseExcluded'));
  });

  it('the peak tolerance is a percentage from 0 to 20', async () => {
    const { calls, user, last } = renderEditor();
    const input = await screen.findByTestId('field-accounting.peakTolerancePct');
    await user.clear(input);
    await user.type(input, '25');
    expect(screen.getByTestId('error-accounting.peakTolerancePct')).toHaveTextContent('不能大于 20');
    await user.clear(input);
    await user.type(input, '5');
    await waitFor(() => expect(last().accounting.peakTolerancePct).toBe(5));
    expect(calls.every((c) => validateScenario(c.next).ok)).toBe(true);
  });
});

describe('new inputs', () => {
  it('feedstock: absent counts 0; a fuel is added at 0, edited, and cleared again', async () => {
    const { user, last } = renderEditor();
    const box = await screen.findByTestId('feedstock');
    expect(box).toHaveTextContent('原料用能按 0 计');
    await user.click(within(box).getByTestId('btn-add-feedstock-coal'));
    await waitFor(() => expect(last().energy.feedstockSharePct).toEqual({ coal: 0 }));
    // oil is called 油品, and can still be added
    expect(within(box).getByTestId('btn-add-feedstock-oil')).toHaveTextContent('油品');
    const coal = await screen.findByTestId('field-energy.feedstockSharePct.coal');
    await user.clear(coal);
    await user.type(coal, '12');
    await waitFor(() => expect(last().energy.feedstockSharePct?.coal).toBe(12));
    await user.click(screen.getByTestId('btn-clear-energy.feedstockSharePct.coal'));
    await waitFor(() => expect(last().energy.feedstockSharePct).toEqual({}));
    expect(validateScenario(last()).ok).toBe(true);
  });

  it('green power, the grid’s renewable share and the hydro year start from what the engine counted while absent', async () => {
    const initial = scenario();
    initial.electricity.importedNonFossilSharePct = 40;
    const { user, last } = renderEditor(initial);
    expect(await screen.findByTestId('optional-electricity.greenPowerYiKWh')).toHaveAttribute('data-state', 'absent');
    await user.click(screen.getByTestId('btn-set-electricity.greenPowerYiKWh'));
    await waitFor(() => expect(last().electricity.greenPowerYiKWh).toBe(0));
    await user.click(screen.getByTestId('btn-set-electricity.importedRenewableSharePct'));
    // absent, the renewable share is the non-fossil share: 40 %
    await waitFor(() => expect(last().electricity.importedRenewableSharePct).toBe(40));
    await user.click(screen.getByTestId('btn-set-electricity.hydroYearFactor'));
    await waitFor(() => expect(last().electricity.hydroYearFactor).toBe(1));
    await user.click(screen.getByTestId('btn-clear-electricity.greenPowerYiKWh'));
    await waitFor(() => expect('greenPowerYiKWh' in last().electricity).toBe(false));
  });

  it('a project’s commissioning month, PV degradation and waste incineration’s fossil CO2', async () => {
    const { user, last } = renderEditor();
    const month = await screen.findByTestId('field-electricity.projects[0].commissioningMonth');
    await user.selectOptions(month, '7');
    await waitFor(() => expect(last().electricity.projects[0]!.commissioningMonth).toBe(7));
    await user.selectOptions(month, '');
    await waitFor(() => expect('commissioningMonth' in last().electricity.projects[0]!).toBe(false));

    // degradation only on the PV row, fossil CO2 only on the biomass (waste) row
    expect(screen.getByTestId('field-electricity.projects[0].degradationPctPerYear')).toBeInTheDocument();
    expect(screen.queryByTestId('field-electricity.projects[1].degradationPctPerYear')).toBeNull();
    const deg = screen.getByTestId('field-electricity.projects[0].degradationPctPerYear');
    await user.type(deg, '0.5');
    await waitFor(() => expect(last().electricity.projects[0]!.degradationPctPerYear).toBe(0.5));
    const fossil = screen.getByTestId('field-electricity.projects[2].fossilCo2TPerMWh');
    await user.type(fossil, '0.3');
    await waitFor(() => expect(last().electricity.projects[2]!.fossilCo2TPerMWh).toBe(0.3));
    await user.clear(fossil);
    await waitFor(() => expect('fossilCo2TPerMWh' in last().electricity.projects[2]!).toBe(false));
    expect(validateScenario(last()).ok).toBe(true);
  });

  it('pumped storage: loss attribution per plant, in the documents’ words', async () => {
    const { user, last } = renderEditor();
    const panel = await screen.findByTestId('panel-storage');
    for (const word of ['综合效率', '连续满发小时数', '抽发损耗电量', '损耗计入']) expect(panel).toHaveTextContent(word);
    const select = screen.getByTestId('field-electricity.pumpedStorage[0].attribution');
    // the legacy option is offered only to a plant that has it
    expect(within(select).queryByText('旧版：只计排放')).toBeNull();
    await user.selectOptions(select, 'host');
    await waitFor(() => expect(last().electricity.pumpedStorage[0]!.attribution).toBe('host'));
    // what each choice does is stated once, above the table
    expect(screen.getByTestId('storage-attribution-host')).toHaveTextContent('计入用电量、能源消费总量');
    expect(screen.getByTestId('storage-attribution-legacyCo2Only')).toHaveTextContent('旧版情景所用');
  });

  it('a carbon budget target, and the target metrics in the documents’ words', async () => {
    const { user, last } = renderEditor();
    const metric = await screen.findByTestId('field-targets[0].metric');
    expect(within(metric).getByText('单位地区生产总值二氧化碳排放降低')).toBeInTheDocument();
    expect(within(metric).getByText('非化石能源消费比重')).toBeInTheDocument();
    await user.selectOptions(metric, 'co2Budget');
    await waitFor(() => expect(last().targets[0]!.metric).toBe('co2Budget'));
    // the budget sums from the target's first year, which it keeps
    expect(last().targets[0]!.fromYear).toBe(2020);
  });
});
