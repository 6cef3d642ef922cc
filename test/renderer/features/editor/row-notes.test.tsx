import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import { editorScenario, Harness, type EditCall } from './fixture';

// The results column has its own owner and tests; here it only takes space.

afterEach(() => {
  cleanup();
  setLanguage('zh');
});

function withNotes() {
  const s = editorScenario();
  s.electricity.projects[1] = { ...s.electricity.projects[1]!, note: 'Not counted: 50 MW is a placeholder.', noteZh: '不计入：50 MW 为占位值。' };
  s.electricity.fleet[0] = { ...s.electricity.fleet[0]!, note: 'Capacity assumed.' };
  s.electricity.pumpedStorage[0] = { ...s.electricity.pumpedStorage[0]!, note: 'A net consumer.', noteZh: '净耗电设施。' };
  return s;
}

describe('ledger row notes', () => {
  it('shows the Chinese note in Chinese, the canonical note where there is no Chinese one, and nothing for rows without a note', () => {
    setLanguage('zh');
    const calls: EditCall[] = [];
    render(<Harness initial={withNotes()} calls={calls} />);
    expect(screen.getByTestId('note-project-row-wind-b')).toHaveTextContent('不计入：50 MW 为占位值。');
    expect(screen.getByTestId('note-fleet-row-fleet-coal')).toHaveTextContent('Capacity assumed.');
    expect(screen.getByTestId('storage-note-ps-a')).toHaveTextContent('净耗电设施。');
    expect(screen.queryByTestId('note-project-row-pv-a')).toBeNull();
  });

  it('shows the canonical note in English', () => {
    setLanguage('en');
    const calls: EditCall[] = [];
    render(<Harness initial={withNotes()} calls={calls} />);
    expect(screen.getByTestId('note-project-row-wind-b')).toHaveTextContent('Not counted: 50 MW is a placeholder.');
    expect(screen.getByTestId('storage-note-ps-a')).toHaveTextContent('A net consumer.');
  });
});
