import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import type { Scenario } from '../../../../shared/model/scenario';
import { validateScenario } from '../../../../shared/model/validate';
import { editorScenario, Harness, QY_FILE, type EditCall } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

/** The fixture (2020–2035) in this schema, with or without published statistics. */
function scenario(history?: Scenario['history']): Scenario {
  const s = editorScenario();
  s.schemaVersion = 2;
  delete (s.conventions as { excludeNewRenewablesFromIntensity?: boolean }).excludeNewRenewablesFromIntensity;
  s.accounting = { energyControl: 'nonFossilExcluded', renewableAttribution: 'provincialPool', electricityCo2: 'netImports', gridFactorScope: 'provincial', peakTolerancePct: 2 };
  if (history) s.history = history;
  return s;
}

function renderEditor(initial: Scenario) {
  const calls: EditCall[] = [];
  const user = userEvent.setup();
  render(<Harness initial={initial} calls={calls} />);
  return { calls, user, last: () => calls[calls.length - 1]!.next };
}

const BULLETIN = { kind: 'document', file: QY_FILE, line: 103, quote: '全市地区生产总值' } as const;

describe('published statistics (实际统计)', () => {
  it('columns with units; a year added stays a row of the view until a value is typed, which is one edit with the user’s source', async () => {
    const { calls, user, last } = renderEditor(scenario());
    const panel = await screen.findByTestId('history-panel');
    // in the documents' units; capacity in 万千瓦, the Chinese default
    for (const head of ['地区生产总值 (亿元)', '能源消费总量 (万吨标准煤)', '全社会用电量 (亿千瓦时)', '本地装机容量 (万千瓦)', '本地发电量 (亿千瓦时)']) {
      expect(within(panel).getByRole('columnheader', { name: head })).toBeInTheDocument();
    }
    expect(panel).toHaveTextContent('还没有实际统计数据');
    // the first year offered is the one after the base year
    expect(screen.getByTestId('field-history-new-year')).toHaveValue('2021');
    await user.click(screen.getByTestId('btn-add-history-year'));
    expect(screen.getByTestId('history-row-2021')).toHaveTextContent('输入数值后保存此年份');
    expect(calls).toHaveLength(0);

    await user.type(screen.getByTestId('field-history.gdpYiYuan.2021.value'), '110');
    await waitFor(() => expect(last().history?.gdpYiYuan?.['2021']).toEqual({ value: 110, source: { kind: 'user' } }));
    expect(new Set(calls.map((c) => c.key))).toEqual(new Set(['history.gdpYiYuan.2021.value']));
    expect(screen.getByTestId('source-history.gdpYiYuan.2021')).toHaveAttribute('data-kind', 'user');
    expect(screen.getByTestId('history-row-2021')).not.toHaveTextContent('输入数值后保存此年份');

    // where it was published: the user's note on the source
    await user.type(screen.getByTestId('field-history.gdpYiYuan.2021.note'), '2021年统计公报');
    await waitFor(() => expect(last().history?.gdpYiYuan?.['2021']?.source).toEqual({ kind: 'user', note: '2021年统计公报' }));
    expect(validateScenario(last()).ok).toBe(true);
    // the next year offered follows the last row
    expect(screen.getByTestId('field-history-new-year')).toHaveValue('2022');
  });

  it('shows a preset’s published value with its document; removing a year takes every value of it in one edit', async () => {
    const initial = scenario({
      gdpYiYuan: { 2021: { value: 110, source: BULLETIN }, 2022: { value: 116, source: BULLETIN } },
      localCapacityMW: { 2021: { value: 760.46, source: { kind: 'user', note: '市发改局' } } },
    });
    const { calls, user, last } = renderEditor(initial);
    expect(await screen.findByTestId('history-row-2021')).toBeInTheDocument();
    expect(screen.getByTestId('source-history.gdpYiYuan.2021')).toHaveAttribute('data-kind', 'document');
    // a document's value shows no note of the user's; the user's note is shown to edit
    expect(screen.getByTestId('field-history.gdpYiYuan.2021.note')).toHaveValue('');
    expect(screen.getByTestId('field-history.localCapacityMW.2021.note')).toHaveValue('市发改局');
    // no value, no source to give
    expect(screen.queryByTestId('field-history.energyWanTce.2021.note')).toBeNull();

    await user.click(screen.getByTestId('btn-remove-history-2021'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.key).toBe('remove-history-2021');
    // GDP keeps 2022; capacity had 2021 only and is gone
    expect(last().history).toEqual({ gdpYiYuan: { 2022: { value: 116, source: BULLETIN } } });
    expect(screen.queryByTestId('history-row-2021')).toBeNull();
  });

  it('refuses a year outside the horizon or already shown, and a negative value at its cell', async () => {
    const { calls, user } = renderEditor(scenario({ energyWanTce: { 2022: { value: 50, source: BULLETIN } } }));
    const year = await screen.findByTestId('field-history-new-year');
    await user.clear(year);
    await user.type(year, '2040');
    await user.click(screen.getByTestId('btn-add-history-year'));
    expect(screen.getByTestId('error-history')).toHaveTextContent('2020–2035');
    await user.clear(year);
    await user.type(year, '2022');
    await user.click(screen.getByTestId('btn-add-history-year'));
    expect(screen.getByTestId('error-history')).toHaveTextContent('2022 年已在表中');
    await user.type(screen.getByTestId('field-history.gdpYiYuan.2022.value'), '-3');
    expect(screen.getByTestId('error-history.gdpYiYuan.2022.value')).toHaveTextContent('不能小于 0');
    expect(calls).toHaveLength(0);
  });
});
