import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { LibraryPage } from '../../../../renderer/features/library/LibraryPage';
import { setLanguage } from '../../../../renderer/i18n';
import { freshRepo } from '../../db/fixtures';

let repo: ScenarioRepo;

// Vitest runs without globals, so testing-library cannot register its own cleanup.
afterEach(cleanup);

beforeEach(async () => {
  await setLanguage('zh');
  window.location.hash = '#/library';
  ({ repo } = await freshRepo());
});

function renderLibrary() {
  const user = userEvent.setup();
  render(
    <RepoProvider repo={repo}>
      <LibraryPage />
    </RepoProvider>,
  );
  return user;
}
const row = (id: string) => screen.getByTestId(`library-row-${id}`);
const rowNames = (testId: string) =>
  within(screen.getByTestId(testId))
    .queryAllByTestId('row-link')
    .map((a) => a.textContent);

describe('LibraryPage', () => {
  it('lists the presets read-only, with region and target status', async () => {
    renderLibrary();
    await screen.findByTestId('library-row-preset-a');
    expect(screen.getByTestId('library-empty')).toHaveTextContent('还没有自己的情景');
    const a = row('preset-a');
    expect(a).toHaveTextContent('预设');
    expect(a).toHaveTextContent('清远市');
    expect(within(a).queryByTestId('btn-delete')).toBeNull();
    expect(within(a).getByTestId('btn-open')).toHaveAttribute('href', '#/scenario/preset-a');
    await waitFor(() => expect(within(a).getByTestId('target-summary')).toHaveTextContent(/^\d\/2 目标达成$/));
  });

  it('searches by name and region in Chinese and says when nothing matches', async () => {
    await repo.createFromPreset('preset-b', '山区方案');
    const user = renderLibrary();
    await screen.findByText('山区方案');
    const search = screen.getByTestId('library-search');
    await user.type(search, '连州');
    await waitFor(() => expect(rowNames('library-presets')).toEqual(['连州 基准情景']));
    expect(rowNames('library-mine')).toEqual(['山区方案']);
    await user.clear(search);
    await user.type(search, '清远');
    await waitFor(() => expect(rowNames('library-presets')).toEqual(['清远 政策情景']));
    expect(screen.getByTestId('library-empty')).toHaveTextContent('没有与“清远”匹配的情景');
    await user.clear(search);
    await user.type(search, '北京');
    await waitFor(() => expect(screen.getAllByText('没有与“北京”匹配的情景。')).toHaveLength(2));
  });

  it('creates a scenario from a preset, refusing an empty name, and opens it', async () => {
    const user = renderLibrary();
    await screen.findByTestId('library-row-preset-b');
    await user.click(within(row('preset-b')).getByTestId('btn-create-from-preset'));
    const dialog = screen.getByTestId('create-dialog');
    expect(within(dialog).getByTestId('create-preset')).toHaveValue('preset-b');
    const name = within(dialog).getByTestId('create-name');
    expect(name).toHaveValue('连州 基准情景（我的）');
    await user.clear(name);
    await user.click(within(dialog).getByTestId('btn-create-confirm'));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('名称不能为空');

    await user.selectOptions(within(dialog).getByTestId('create-preset'), 'preset-a');
    await user.type(name, '清远2030方案');
    await user.click(within(dialog).getByTestId('btn-create-confirm'));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/scenario\/u-/));
    const id = decodeURIComponent(window.location.hash.replace('#/scenario/', ''));
    expect(await repo.get(id)).toMatchObject({ name: '清远2030方案', presetId: 'preset-a', kind: 'user' });
    expect(screen.queryByTestId('create-dialog')).toBeNull();
  });

  it('renames a scenario, validating the name', async () => {
    const rec = await repo.createFromPreset('preset-a', '旧名字');
    const user = renderLibrary();
    await screen.findByText('旧名字');
    await user.click(within(row(rec.id)).getByTestId('btn-rename'));
    const input = screen.getByTestId('rename-name');
    await user.clear(input);
    await user.type(input, '   ');
    await user.click(screen.getByTestId('btn-rename-confirm'));
    expect(screen.getByTestId('error-name')).toHaveTextContent('名称不能为空');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.type(input, '新名字');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(row(rec.id)).getByTestId('row-link')).toHaveTextContent('新名字'));
    expect(screen.queryByTestId('rename-dialog')).toBeNull();
    expect((await repo.get(rec.id))?.scenario.name).toBe('新名字');
  });

  it('cancels a dialog with Escape', async () => {
    const user = renderLibrary();
    await user.click(await screen.findByTestId('btn-create'));
    expect(screen.getByTestId('create-dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('create-dialog')).toBeNull();
  });

  it('deletes a scenario and brings it back with undo', async () => {
    const rec = await repo.createFromPreset('preset-a', '要删除的');
    const user = renderLibrary();
    await screen.findByText('要删除的');
    await user.click(within(row(rec.id)).getByTestId('btn-delete'));
    await waitFor(() => expect(screen.queryByTestId(`library-row-${rec.id}`)).toBeNull());
    const toast = screen.getByTestId('undo-toast');
    expect(toast).toHaveTextContent('已删除“要删除的”');
    expect(await repo.get(rec.id)).toBeUndefined();
    await user.click(within(toast).getByTestId('btn-undo-delete'));
    await screen.findByTestId(`library-row-${rec.id}`);
    expect(screen.queryByTestId('undo-toast')).toBeNull();
    expect((await repo.get(rec.id))?.name).toBe('要删除的');
  });

  it('duplicates a scenario under a new name', async () => {
    const rec = await repo.createFromPreset('preset-a', '原件');
    const user = renderLibrary();
    await screen.findByText('原件');
    await user.click(within(row(rec.id)).getByTestId('btn-duplicate'));
    await screen.findByText('原件（副本）');
    expect(rowNames('library-mine')).toEqual(['原件（副本）', '原件']);
  });

  it('speaks English when switched', async () => {
    renderLibrary();
    await screen.findByTestId('library-row-preset-a');
    await setLanguage('en');
    await screen.findByText('Qingyuan policy');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Scenarios');
    expect(row('preset-a')).toHaveTextContent('Preset');
    expect(row('preset-a')).toHaveTextContent('Qingyuan');
    await setLanguage('zh');
  });
});
