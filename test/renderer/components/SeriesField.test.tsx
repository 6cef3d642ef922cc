import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadExprEngine } from '../../../renderer/engine/expr-engine';
import { SeriesField } from '../../../renderer/components/fields/SeriesField';
import { convertSeries } from '../../../renderer/components/fields/series-convert';
import { setLanguage } from '../../../renderer/i18n';
import type { Series } from '../../../shared/model/series';

// the expression engine loads lazily in the app (test/renderer/engine/expr-engine.test.ts); here it is loaded
beforeAll(() => loadExprEngine());
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
    expect(onCommit).toHaveBeenLastCalledWith([{ year: 2020, value: 5 }, { year: 2035, value: 5 }]);
    await user.clear(screen.getByTestId('field-economy.gdpGrowthPct[1].value'));
    await user.type(screen.getByTestId('field-economy.gdpGrowthPct[1].value'), '3');
    expect(onCommit).toHaveBeenLastCalledWith([{ year: 2020, value: 5 }, { year: 2035, value: 3 }]);
    await user.click(screen.getByTestId('btn-add-point-economy.gdpGrowthPct'));
    expect(screen.getByTestId('field-economy.gdpGrowthPct[2].year')).toHaveValue('2040');
    expect(screen.getByRole('img', { name: /逐年走势/ })).toBeInTheDocument();

    await user.click(screen.getByTestId('mode-economy.gdpGrowthPct-expr'));
    expect(onCommit).toHaveBeenLastCalledWith({ expr: 'interp(2020, 5, 2035, 3, 2040, 3)' });
    expect(screen.getByTestId('field-economy.gdpGrowthPct.expr')).toHaveValue('interp(2020, 5, 2035, 3, 2040, 3)');

    await user.click(screen.getByTestId('mode-economy.gdpGrowthPct-constant'));
    expect(onCommit).toHaveBeenLastCalledWith(5);
  });

  it('shows an expression error with its character position and commits nothing', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Controlled initial={{ expr: 'interp(2020, 6, 2030, 4)' }} onCommit={onCommit} />);
    const input = screen.getByTestId('field-economy.gdpGrowthPct.expr');
    await user.clear(input);
    await user.paste('6 - * year');
    const error = screen.getByTestId('error-economy.gdpGrowthPct');
    expect(error).toHaveTextContent(/第 5 个字符处有误/);
    expect(error.querySelector('pre')?.textContent).toBe('6 - * year\n    ^');
    expect(onCommit).not.toHaveBeenCalled();

    await user.clear(input);
    await user.paste('foo(year)');
    expect(screen.getByTestId('error-economy.gdpGrowthPct')).toHaveTextContent('未知函数 “foo”');
    expect(onCommit).not.toHaveBeenCalled();

    await user.clear(input);
    await user.paste('interp(2020, 7, 2030, 4)');
    expect(screen.queryByTestId('error-economy.gdpGrowthPct')).toBeNull();
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenLastCalledWith({ expr: 'interp(2020, 7, 2030, 4)' });
  });

  it('converts between forms without losing the shape', () => {
    expect(convertSeries({ expr: 'interp(2020, 10, 2030, 5)' }, 'points', 2020, 2030)).toEqual([
      { year: 2020, value: 10 },
      { year: 2025, value: 7.5 },
      { year: 2030, value: 5 },
    ]);
    expect(convertSeries([{ year: 2020, value: 3 }], 'expr', 2020, 2030)).toEqual({ expr: '3' });
  });
});
