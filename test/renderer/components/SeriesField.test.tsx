import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadExpressionValues } from '../../../renderer/engine/expression-values';
import { SeriesField } from '../../../renderer/components/fields/SeriesField';
import { convertSeries, loadYears } from '../../../renderer/components/fields/series-convert';
import { setLanguage } from '../../../renderer/i18n';
import type { Series } from '../../../shared/model/series';

// expressions are checked and evaluated by the engine worker (in-process in tests): the field shows its answers when they arrive
afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

function Controlled({ initial, onCommit }: { initial: Series; onCommit: (s: Series) => void }) {
  const [value, setValue] = useState<Series>(initial);
  return (
    <SeriesField
      value={value}
      label="GDP 增速"
      unit="%/年"
      testId="economy.gdpGrowthPct"
      baseYear={2020}
      endYear={2035}
      onCommit={(s) => {
        onCommit(s);
        setValue(s);
      }}
    />
  );
}

describe('SeriesField', () => {
  it('switches constant → year points → expression → constant, keeping the values', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Controlled initial={5} onCommit={onCommit} />);
    expect(screen.getByTestId('field-economy.gdpGrowthPct')).toHaveValue('5');

    await user.click(screen.getByTestId('mode-economy.gdpGrowthPct-points'));
    await waitFor(() => expect(onCommit).toHaveBeenLastCalledWith([{ year: 2020, value: 5 }, { year: 2035, value: 5 }]));
    await user.clear(screen.getByTestId('field-economy.gdpGrowthPct[1].value'));
    await user.type(screen.getByTestId('field-economy.gdpGrowthPct[1].value'), '3');
    expect(onCommit).toHaveBeenLastCalledWith([{ year: 2020, value: 5 }, { year: 2035, value: 3 }]);
    await user.click(screen.getByTestId('btn-add-point-economy.gdpGrowthPct'));
    expect(screen.getByTestId('field-economy.gdpGrowthPct[2].year')).toHaveValue('2040');
    expect(screen.getByRole('img', { name: /逐年走势/ })).toBeInTheDocument();

    await user.click(screen.getByTestId('mode-economy.gdpGrowthPct-expr'));
    await waitFor(() => expect(onCommit).toHaveBeenLastCalledWith({ expr: 'interp(2020, 5, 2035, 3, 2040, 3)' }));
    expect(screen.getByTestId('field-economy.gdpGrowthPct.expr')).toHaveValue('interp(2020, 5, 2035, 3, 2040, 3)');

    // back to a constant: the expression's base-year value, which only the worker can evaluate
    await user.click(screen.getByTestId('mode-economy.gdpGrowthPct-constant'));
    await waitFor(() => expect(onCommit).toHaveBeenLastCalledWith(5));
  });

  it('shows an expression error with its character position and commits nothing', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Controlled initial={{ expr: 'interp(2020, 6, 2030, 4)' }} onCommit={onCommit} />);
    const input = screen.getByTestId('field-economy.gdpGrowthPct.expr');
    await user.clear(input);
    await user.paste('6 - * year');
    const error = await screen.findByTestId('error-economy.gdpGrowthPct');
    await waitFor(() => expect(error).toHaveTextContent(/第 5 个字符处有误/));
    expect(error.querySelector('pre')?.textContent).toBe('6 - * year\n    ^');
    expect(onCommit).not.toHaveBeenCalled();

    await user.clear(input);
    await user.paste('foo(year)');
    await waitFor(() => expect(screen.getByTestId('error-economy.gdpGrowthPct')).toHaveTextContent('未知函数 “foo”'));
    expect(onCommit).not.toHaveBeenCalled();

    await user.clear(input);
    await user.paste('interp(2020, 7, 2030, 4)');
    await waitFor(() => expect(onCommit).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('error-economy.gdpGrowthPct')).toBeNull();
    expect(onCommit).toHaveBeenLastCalledWith({ expr: 'interp(2020, 7, 2030, 4)' });
  });

  it('converts between forms without losing the shape', async () => {
    const expr = { expr: 'interp(2020, 10, 2030, 5)' };
    expect(Array.from((await loadExpressionValues(expr, 2020, 2030))!)).toEqual([10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5]);
    expect(convertSeries(expr, 'points', 2020, 2030, await loadYears(expr, 2020, 2030))).toEqual([
      { year: 2020, value: 10 },
      { year: 2025, value: 7.5 },
      { year: 2030, value: 5 },
    ]);
    expect(convertSeries([{ year: 2020, value: 3 }], 'expr', 2020, 2030)).toEqual({ expr: '3' });
  });
});
