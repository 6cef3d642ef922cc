import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from '../../../renderer/components/fields/NumberField';
import { setCapacityPreference } from '../../../renderer/features/settings/capacity-unit';
import { setLanguage } from '../../../renderer/i18n';

afterEach(cleanup);
beforeEach(async () => {
  await setLanguage('zh');
  setCapacityPreference('auto');
});

const PATH = 'electricity.projects[0].capacityMW';

function Capacity({ onCommit, initial, min, max }: { onCommit: (v: number | undefined) => void; initial: number; min?: number; max?: number }) {
  const [value, setValue] = useState<number | undefined>(initial);
  return (
    <NumberField
      value={value}
      label="装机容量"
      unit="MW"
      testId={PATH}
      min={min}
      max={max}
      onCommit={(v) => {
        onCommit(v);
        setValue(v);
      }}
    />
  );
}

describe('a capacity field', () => {
  it('shows the stored MW in 万千瓦 in Chinese and stores what is typed in 万千瓦 as MW', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    const { container } = render(<Capacity onCommit={onCommit} initial={40} />);
    const input = screen.getByTestId(`field-${PATH}`);
    // 40 MW = 4 万千瓦, and the unit beside the input says so
    expect(input).toHaveValue('4');
    expect(container.querySelector('.nf-unit')).toHaveTextContent('万千瓦');
    await user.clear(input);
    await user.type(input, '2.35');
    // 2.35 万千瓦 × 10 MW per 万千瓦 = 23.5 MW
    expect(onCommit).toHaveBeenLastCalledWith(23.5);
    // 0.07 万千瓦 is 0.7 MW exactly, not 0.7000000000000001
    await user.clear(input);
    await user.type(input, '0.07');
    expect(onCommit).toHaveBeenLastCalledWith(0.7);
  });

  it('gives its limits in the unit typed', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Capacity onCommit={onCommit} initial={40} max={100} />);
    const input = screen.getByTestId(`field-${PATH}`);
    await user.clear(input);
    // 11 万千瓦 = 110 MW, over the 100 MW limit, which is 10 万千瓦
    await user.type(input, '11');
    expect(screen.getByTestId(`error-${PATH}`)).toHaveTextContent('不能大于 10');
    expect(onCommit).not.toHaveBeenCalledWith(110);
  });

  it('follows the setting: MW in Chinese when chosen, 万千瓦 in English when chosen', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    const { container } = render(<Capacity onCommit={onCommit} initial={40} />);
    const input = screen.getByTestId(`field-${PATH}`);
    act(() => setCapacityPreference('mw'));
    expect(input).toHaveValue('40');
    expect(container.querySelector('.nf-unit')).toHaveTextContent('MW');
    await user.clear(input);
    await user.type(input, '55');
    expect(onCommit).toHaveBeenLastCalledWith(55);
    // the typed text stays while the field has focus; after it, the stored value in the unit chosen
    await user.tab();

    act(() => setCapacityPreference('auto'));
    await act(() => setLanguage('en'));
    expect(input).toHaveValue('55');
    act(() => setCapacityPreference('wanKw'));
    expect(input).toHaveValue('5.5');
  });

  it('leaves other fields alone', () => {
    render(<NumberField value={40} label="GDP" unit="亿元" testId="economy.baseGdpYiYuan" onCommit={() => undefined} />);
    expect(screen.getByTestId('field-economy.baseGdpYiYuan')).toHaveValue('40');
  });
});
