import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, MenuCommand } from '../../../shared/ipc/contract';
import { setValue } from '../../../shared/model/ops';
import { App } from '../../../renderer/app/App';
import { RepoProvider } from '../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../renderer/db/repo';
import { setLanguage } from '../../../renderer/i18n';
import type { ScenarioDocument } from '../../../renderer/state/useScenarioDocument';
import { freshRepo } from '../db/fixtures';

// The editor has its own tests; here it only needs to show and change the document.
vi.mock('../../../renderer/features/editor/EditorPage', () => ({
  EditorPage: ({ doc, onCopy }: { doc: ScenarioDocument; onCopy?: () => void }) => (
    <div data-testid="editor-stub">
      {doc.readOnly && onCopy && (
        <button type="button" data-testid="btn-copy" onClick={onCopy}>
          copy
        </button>
      )}
      <span data-testid="stub-gdp">{doc.scenario.economy.baseGdpYiYuan}</span>
      <button
        type="button"
        data-testid="stub-edit"
        onClick={() => void doc.propose({ path: 'economy.baseGdpYiYuan', apply: (s) => setValue(s, 'economy.baseGdpYiYuan', s.economy.baseGdpYiYuan + 1) })}
      >
        +1
      </button>
      <input type="text" data-testid="stub-text" />
    </div>
  ),
}));

let repo: ScenarioRepo;

beforeEach(async () => {
  await setLanguage('zh');
  window.location.hash = '#/library';
  ({ repo } = await freshRepo());
});
afterEach(() => {
  cleanup();
  delete window.api;
});

function renderApp() {
  const user = userEvent.setup();
  render(
    <RepoProvider repo={repo}>
      <App />
    </RepoProvider>,
  );
  return user;
}
const go = (hash: string) => act(() => void (window.location.hash = hash, window.dispatchEvent(new HashChangeEvent('hashchange'))));
const gdp = () => Number(screen.getByTestId('stub-gdp').textContent);

/** A fake Electron preload: records the menu listener so tests can send commands. */
function installDesktopApi() {
  let listener: ((c: MenuCommand) => void) | null = null;
  const api: DesktopApi = {
    getAppInfo: async () => ({ name: 'Carbon Peak Planner', version: '9.9.9', shell: 'electron', platform: 'linux' }),
    openFile: async () => null,
    saveFile: async () => ({ saved: false }),
    printToPdf: async () => ({ saved: false }),
    setLanguage: vi.fn(async () => {}),
    onMenuCommand: (l) => {
      listener = l;
      return () => (listener = null);
    },
  };
  window.api = api;
  return { api, send: (c: MenuCommand) => act(() => listener!(c)) };
}

async function openUserScenario() {
  const rec = await repo.createFromPreset('preset-a', '我的情景');
  await go(`#/scenario/${rec.id}`);
  await screen.findByTestId('editor-stub');
  return rec;
}

describe('App shell', () => {
  it('shows the app name and navigation, marking the current page', async () => {
    renderApp();
    expect(screen.getByText('碳达峰情景规划器')).toBeInTheDocument();
    const nav = screen.getByRole('navigation');
    expect(within(nav).getByText('情景库')).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByText('情景对比')).toHaveAttribute('href', '#/compare');
    await screen.findByTestId('library-row-preset-a');
  });

  it('renders the compare and report pages', async () => {
    renderApp();
    await go('#/compare');
    expect(await screen.findByTestId('compare-page')).toBeInTheDocument();
    expect(screen.getByText('情景对比', { selector: 'a' })).toHaveAttribute('aria-current', 'page');
    await go('#/report/preset-a');
    expect(await screen.findByTestId('report-page')).toBeInTheDocument();
    expect(await screen.findByTestId('report-cover', {}, { timeout: 10_000 })).toHaveTextContent('碳达峰情景报告');
  });

  it('switches language and remembers it', async () => {
    const user = renderApp();
    await user.click(screen.getByTestId('btn-language'));
    expect(await screen.findByText('Carbon Peak Planner')).toBeInTheDocument();
    expect(screen.getByText('Scenarios', { selector: 'a' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await waitFor(async () => expect(await repo.getSetting('language')).toBe('en'));
    await user.click(screen.getByTestId('btn-language'));
    expect(await screen.findByText('碳达峰情景规划器')).toBeInTheDocument();
  });

  it('shows the about dialog with the browser implementation', async () => {
    const user = renderApp();
    await user.click(screen.getByTestId('btn-about'));
    const info = await screen.findByTestId('about-info');
    expect(info).toHaveAttribute('data-shell', 'browser');
    expect(info).toHaveTextContent('浏览器版');
    await user.click(screen.getByTestId('btn-about-close'));
    expect(screen.queryByTestId('about-dialog')).toBeNull();
  });

  it('opens a scenario with undo/redo buttons and save status', async () => {
    const user = renderApp();
    const rec = await openUserScenario();
    expect(screen.getByTestId('btn-undo')).toBeDisabled();
    await user.click(screen.getByTestId('stub-edit'));
    await waitFor(() => expect(gdp()).toBe(101));
    expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saving');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved'));
    expect((await repo.get(rec.id))?.scenario.economy.baseGdpYiYuan).toBe(101);
    await user.click(screen.getByTestId('btn-undo'));
    expect(gdp()).toBe(100);
    await user.click(screen.getByTestId('btn-redo'));
    expect(gdp()).toBe(101);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Y, except while typing in a text field', async () => {
    const user = renderApp();
    await openUserScenario();
    await user.click(screen.getByTestId('stub-edit'));
    await waitFor(() => expect(gdp()).toBe(101));
    await user.click(screen.getByTestId('stub-text'));
    await user.keyboard('{Control>}z{/Control}');
    expect(gdp()).toBe(101);
    await user.click(screen.getByTestId('editor-stub'));
    await user.keyboard('{Control>}z{/Control}');
    expect(gdp()).toBe(100);
    await user.keyboard('{Control>}y{/Control}');
    expect(gdp()).toBe(101);
    await user.keyboard('{Meta>}{Shift>}z{/Shift}{/Meta}');
    expect(gdp()).toBe(101);
    await user.keyboard('{Meta>}z{/Meta}');
    expect(gdp()).toBe(100);
    await user.keyboard('{Meta>}{Shift>}z{/Shift}{/Meta}');
    expect(gdp()).toBe(101);
  });

  it('opens presets read-only and copies them for editing', async () => {
    const user = renderApp();
    await go('#/scenario/preset-a');
    await screen.findByTestId('editor-stub');
    expect(screen.queryByTestId('btn-undo')).toBeNull();
    await user.click(screen.getByTestId('btn-copy'));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/scenario\/u-/));
    await waitFor(() => expect(screen.queryByTestId('btn-copy')).toBeNull());
    const id = window.location.hash.replace('#/scenario/', '');
    expect((await repo.get(id))?.name).toBe('清远 政策情景（副本）');
  });

  it('says so when a scenario does not exist', async () => {
    renderApp();
    await go('#/scenario/gone');
    expect(await screen.findByTestId('scenario-missing')).toHaveTextContent('找不到这个情景');
  });

  it('answers native menu commands in the desktop shell', async () => {
    const { send, api } = installDesktopApi();
    const user = renderApp();
    await waitFor(() => expect(api.setLanguage).toHaveBeenCalledWith('zh'));
    await send('view:compare');
    expect(window.location.hash).toBe('#/compare');
    await screen.findByTestId('compare-page');
    await send('help:data-sources');
    expect(await screen.findByTestId('about-info')).toHaveAttribute('data-shell', 'electron');
    await user.click(screen.getByTestId('btn-about-close'));
    await send('file:new');
    expect(await screen.findByTestId('create-dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await openUserScenario();
    await user.click(screen.getByTestId('stub-edit'));
    await waitFor(() => expect(gdp()).toBe(101));
    // the native menu owns the accelerators: the page's own shortcut stays off
    await user.keyboard('{Control>}z{/Control}');
    expect(gdp()).toBe(101);
    await send('edit:undo');
    expect(gdp()).toBe(100);
    await send('edit:redo');
    expect(gdp()).toBe(101);
    // 情景对比 from the open scenario opens with it (a copy of a test preset: no baseline of its region to add)
    const id = window.location.hash.replace('#/scenario/', '');
    await waitFor(() => expect(screen.getByTestId('nav-compare')).toHaveAttribute('href', `#/compare?ids=${id}`));
    await send('view:compare');
    expect(window.location.hash).toBe(`#/compare?ids=${id}`);
    await screen.findByTestId('compare-page');
    await send('view:library');
    expect(window.location.hash).toBe('#/library');
  });
});
