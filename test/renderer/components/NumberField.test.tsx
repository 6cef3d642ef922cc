import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from '../../../renderer/components/fields/NumberField';
import { setLanguage } from '../../../renderer/i18n';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

function Controlled({ onCommit, initial = 10, refuse }: { onCommit: (v: number | undefined) => void; initial?: number; refuse?: (v: number | undefined) => string | null }) {
  const [value, setValue] = useState<number | undefined>(initial);
  return (
    <NumberField
      value={value}
      label="GDP"
      unit="亿元"
      testId="economy.baseGdpYiYuan"
      onCommit={(v) => {
        const why = refuse?.(v);
        if (why) return [why];
        onCommit(v);
        setValue(v);
      }}
    />
  );
}

describe('NumberField', () => {
  it('rejects "abc" with an error at the field and does not commit', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Controlled onCommit={onCommit} />);
    const input = screen.getByTestId('field-economy.baseGdpYiYuan');
    await user.clear(input);
    await user.type(input, 'abc');
    expect(screen.getByTestId('error-economy.baseGdpYiYuan')).toHaveTextContent('请输入数字');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveValue('abc');
    expect(onCommit).not.toHaveBeenCalled();
    // the raw text stays visible after leaving the field, so the planner sees what is wrong
    await user.tab();
    expect(input).toHaveValue('abc');
  });

  it('commits grouped and full-width numbers while typing, and shows the unit', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Controlled onCommit={onCommit} />);
    const input = screen.getByTestId('field-economy.baseGdpYiYuan');
    await user.clear(input);
    await user.type(input, '1,234.5');
    expect(onCommit).toHaveBeenLastCalledWith(1234.5);
    await user.clear(input);
    await user.type(input, '１２');
    expect(onCommit).toHaveBeenLastCalledWith(12);
    expect(screen.queryByTestId('error-economy.baseGdpYiYuan')).toBeNull();
    expect(screen.getByText('亿元')).toBeInTheDocument();
  });

  it('shows why the scenario refused a value', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Controlled onCommit={onCommit} refuse={(v) => (v !== undefined && v <= 0 ? '须大于 0' : null)} />);
    const input = screen.getByTestId('field-economy.baseGdpYiYuan');
    await user.clear(input);
    await user.type(input, '0');
    expect(screen.getByTestId('error-economy.baseGdpYiYuan')).toHaveTextContent('须大于 0');
    expect(onCommit).not.toHaveBeenCalledWith(0);
  });

  it('reverts a refused text on Escape and follows a new value from outside', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<NumberField value={5} label="x" testId="x" onCommit={() => {}} />);
    const input = screen.getByTestId('field-x');
    await user.clear(input);
    await user.type(input, 'x{Escape}');
    expect(input).toHaveValue('5');
    rerender(<NumberField value={7} label="x" testId="x" onCommit={() => {}} />);
    await user.tab();
    expect(input).toHaveValue('7');
  });
});
