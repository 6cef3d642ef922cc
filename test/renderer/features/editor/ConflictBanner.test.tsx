import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { ConflictBanner } from '../../../../renderer/features/editor/ConflictBanner';
import type { EditorDocument } from '../../../../renderer/features/editor/document';
import { editorScenario, memoryDocument } from './fixture';

const docWith = (more: Partial<EditorDocument>): EditorDocument => ({
  ...memoryDocument(editorScenario(), false, []),
  scenario: editorScenario(),
  resolveConflict: vi.fn(async () => {}),
  dismissNotice: vi.fn(),
  ...more,
});

afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('zh');
});

describe('ConflictBanner', () => {
  it('shows nothing without a conflict or a notice', () => {
    const { container } = render(<ConflictBanner doc={docWith({ conflict: null, notice: null })} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('a change elsewhere offers the three choices, in Chinese and in English', async () => {
    const doc = docWith({ conflict: { kind: 'changed', rev: 3 } });
    render(<ConflictBanner doc={doc} />);
    const banner = screen.getByTestId('conflict-banner');
    expect(banner).toHaveTextContent('此情景已在另一个窗口中修改');
    expect(banner).toHaveTextContent('自动保存已暂停');
    expect(banner).toHaveTextContent('如果不作选择就离开，你未保存的修改会自动另存为副本。');
    expect(screen.getByTestId('btn-conflict-copy')).toHaveTextContent('另存为副本');
    expect(screen.getByTestId('btn-conflict-reload')).toHaveTextContent('载入已保存的版本');
    expect(screen.getByTestId('btn-conflict-overwrite')).toHaveTextContent('用我的版本覆盖');

    await act(async () => {
      fireEvent.click(screen.getByTestId('btn-conflict-copy'));
    });
    expect(doc.resolveConflict).toHaveBeenCalledWith('copy');

    await act(() => i18next.changeLanguage('en'));
    expect(screen.getByTestId('conflict-banner')).toHaveTextContent('This scenario was changed in another window');
    expect(screen.getByTestId('btn-conflict-overwrite')).toHaveTextContent('Overwrite with mine');
  });

  it('a deletion elsewhere offers the copy and the way back, not reload or overwrite', () => {
    render(<ConflictBanner doc={docWith({ conflict: { kind: 'deleted' } })} />);
    expect(screen.getByTestId('conflict-banner')).toHaveTextContent('此情景已在另一个窗口中删除');
    expect(screen.getByTestId('btn-conflict-copy')).toBeInTheDocument();
    expect(screen.queryByTestId('btn-conflict-reload')).toBeNull();
    expect(screen.queryByTestId('btn-conflict-overwrite')).toBeNull();
    expect(screen.getByRole('link', { name: '返回情景库' })).toHaveAttribute('href', '#/library');
  });

  it('says what went wrong when a choice fails, and lets the user try again', async () => {
    const doc = docWith({ conflict: { kind: 'changed', rev: 2 }, resolveConflict: vi.fn(async () => Promise.reject(new Error('磁盘已满'))) });
    render(<ConflictBanner doc={doc} />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('btn-conflict-copy'));
    });
    expect(screen.getByTestId('conflict-banner')).toHaveTextContent('操作失败：磁盘已满');
    expect(screen.getByTestId('btn-conflict-copy')).toBeEnabled();
  });

  it('notices: reloaded, discarded (undo brings the edits back), copied with a link to the copy; each dismissable', () => {
    const { rerender } = render(<ConflictBanner doc={docWith({ notice: { kind: 'reloaded' } })} />);
    expect(screen.getByTestId('doc-notice')).toHaveTextContent('已显示最新保存的版本');
    rerender(<ConflictBanner doc={docWith({ notice: { kind: 'discarded' } })} />);
    expect(screen.getByTestId('doc-notice')).toHaveTextContent('按“撤销”可找回');
    const doc = docWith({ notice: { kind: 'copied', id: 'u-copy', name: '我的（副本）' } });
    rerender(<ConflictBanner doc={doc} />);
    expect(screen.getByTestId('doc-notice')).toHaveTextContent('你的版本已另存为“我的（副本）”。');
    expect(screen.getByTestId('notice-copy-link')).toHaveAttribute('href', '#/scenario/u-copy');
    fireEvent.click(screen.getByTestId('btn-notice-dismiss'));
    expect(doc.dismissNotice).toHaveBeenCalled();
  });
});
