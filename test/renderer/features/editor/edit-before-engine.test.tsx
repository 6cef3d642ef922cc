import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetById } from '../../../../seeds/index';
import { validationLoaded } from '../../../../renderer/engine/validation';
import { setLanguage } from '../../../../renderer/i18n';
import { validateScenario } from '../../../../shared/model/validate';
import { Harness, type EditCall } from './fixture';

vi.mock('../../../../renderer/features/editor/ResultsSlot', () => ({ ResultsSlot: () => <div data-testid="results-stub" /> }));

afterEach(cleanup);

// The real preset holds expressions, and in this file the expression engine has not been loaded
// yet: as in the first instant after the app opens, before the first results are on screen.
const PRESET = presetById('qingyuan-policy')!;

describe('an edit made before the expression engine has loaded', () => {
  it('is not refused and not applied unchecked: it is checked and applied once the engine is there', async () => {
    setLanguage('zh');
    expect(validationLoaded()).toBe(false);
    const calls: EditCall[] = [];
    render(<Harness initial={{ ...PRESET, id: 'mine' }} calls={calls} />);
    fireEvent.change(screen.getByTestId('lever-gdpGrowth'), { target: { value: '7' } });
    // nothing applied yet, and no error shown at the field
    expect(calls).toHaveLength(0);
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(calls).toHaveLength(1), { timeout: 5000 });
    expect(validationLoaded()).toBe(true);
    expect(validateScenario(calls[0]!.next).ok).toBe(true);
    expect(calls[0]!.next).not.toEqual({ ...PRESET, id: 'mine' });
  });
});
