import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRecord } from '../../../../renderer/db/records';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import type { EngineClient } from '../../../../renderer/engine/client';
import { listVersions, readEntries } from '../../../../renderer/engine/library-listing';
import { LibraryPage } from '../../../../renderer/features/library/LibraryPage';
import { setLanguage } from '../../../../renderer/i18n';
import { freshRepo } from '../../db/fixtures';

/**
 * A library of 1,000 user scenarios. happy-dom has no layout: the window is
 * 768 px tall and rows keep their estimated 49 px, so the virtual table
 * renders the rows of one screen plus its overscan (8 above and below).
 */
const COUNT = 1000;
const id = (i: number) => `big-${String(i).padStart(4, '0')}`;

let repo: ScenarioRepo;

afterEach(cleanup);

beforeEach(async () => {
  await setLanguage('zh');
  window.location.hash = '#/library';
  ({ repo } = await freshRepo());
  // 1,000 copies of one stored scenario, a minute apart: big-0000 is the newest and heads the list
  const base = await repo.createFromPreset('preset-a', 'base');
  const t0 = base.updatedAt + COUNT * 60_000;
  const records: ScenarioRecord[] = Array.from({ length: COUNT }, (_, i) => {
    const name = `方案 ${i + 1}`;
    return { ...base, id: id(i), name, updatedAt: t0 - i * 60_000, scenario: { ...base.scenario, id: id(i), name } };
  });
  await repo.db.scenarios.bulkPut(records);
  await repo.remove(base.id);
});

/** The library engine on this thread, with each request for entries held until the test lets it through. */
function heldEngine() {
  const held: { ids: string[]; summaries: boolean; release(): Promise<void> }[] = [];
  const engine: Pick<EngineClient, 'listVersions' | 'readEntries'> = {
    listVersions,
    readEntries: (db, ids, options) =>
      new Promise((resolve) => {
        const summaries = options?.summaries !== false;
        held.push({ ids: [...ids], summaries, release: () => readEntries(db, ids, summaries).then(resolve) });
      }),
  };
  return { engine, held };
}

const mineRows = () => within(screen.getByTestId('library-mine')).queryAllByRole('row').filter((r) => r.hasAttribute('data-index'));

describe('LibraryPage with 1,000 scenarios', () => {
  it('renders a screenful of rows, not all of them, and says how many there are', async () => {
    render(
      <RepoProvider repo={repo}>
        <LibraryPage />
      </RepoProvider>,
    );
    await screen.findByTestId(`library-row-${id(0)}`);
    const table = screen.getByTestId('library-mine');
    // 1,000 rows and the header row
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    // 768 px / 49 px ≈ 16 rows in view, + 8 overscan below: 24 (the list starts at the top, so none above)
    expect(mineRows().length).toBeGreaterThanOrEqual(16);
    expect(mineRows().length).toBeLessThanOrEqual(40);
    // each row knows its place among all rows (the header is row 1)
    expect(screen.getByTestId(`library-row-${id(3)}`)).toHaveAttribute('aria-rowindex', '5');
    expect(screen.queryByTestId(`library-row-${id(COUNT - 1)}`)).toBeNull();
  });

  it('shows the summaries of a batch together, in one render, and the rest as still computing', async () => {
    const { engine, held } = heldEngine();
    let commits = 0;
    render(
      <Profiler id="library" onRender={() => commits++}>
        <RepoProvider repo={repo}>
          <LibraryPage engine={engine} />
        </RepoProvider>
      </Profiler>,
    );
    // the list is known before any entry: placeholders in its order
    await waitFor(() => expect(held).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('library-mine')).toHaveAttribute('data-summaries-pending', String(COUNT)));
    const first15 = Array.from({ length: 15 }, (_, i) => id(i));
    expect(screen.getAllByTestId('library-row-pending').length).toBeGreaterThan(0);
    // the first screenful is read without the engine's runs, so the rows show before any summary
    expect(held[0]).toMatchObject({ ids: first15, summaries: false });
    await act(() => held[0]!.release());
    expect(within(screen.getByTestId(`library-row-${id(0)}`)).getByText('方案 1')).toBeTruthy();
    expect(screen.getByTestId('library-mine')).toHaveAttribute('data-summaries-pending', String(COUNT));
    expect(within(screen.getByTestId(`library-row-${id(0)}`)).queryByTestId('target-summary')).toBeNull();
    expect(within(screen.getByTestId(`library-row-${id(0)}`)).getByText('计算中…')).toBeTruthy();

    // then the same rows with the engine's summaries
    await waitFor(() => expect(held).toHaveLength(2));
    expect(held[1]).toMatchObject({ ids: first15, summaries: true });
    const before = commits;
    await act(() => held[1]!.release());
    // the first 15 summaries: one commit for the whole batch (with a row per summary it would be 15)
    expect(commits - before).toBe(1);
    expect(screen.getByTestId('library-mine')).toHaveAttribute('data-summaries-pending', String(COUNT - 15));
    // the fixture's flat CO2 (50 万tce × 0.6 × 2.5 = 75 万tCO2) is under the 1,000 cap and peaks at once: 2 of 2 met
    for (let i = 0; i < 15; i++) {
      expect(within(screen.getByTestId(`library-row-${id(i)}`)).getByTestId('target-summary')).toHaveTextContent('2/2 目标达成');
    }
    // the next batch (25) is asked for only now, after the first arrived
    await waitFor(() => expect(held).toHaveLength(3));
    expect(held[2]).toMatchObject({ summaries: true });
    expect(held[2]!.ids).toHaveLength(25);
    expect(screen.queryByTestId(`library-row-${id(15)}`)).toBeNull();
    await act(() => held[2]!.release());
    expect(within(screen.getByTestId(`library-row-${id(15)}`)).getByTestId('target-summary')).toHaveTextContent('2/2 目标达成');
  });

  it('finds by search a scenario whose row was not rendered', async () => {
    const user = userEvent.setup();
    render(
      <RepoProvider repo={repo}>
        <LibraryPage />
      </RepoProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('library-mine')).toHaveAttribute('data-summaries-pending', '0'), { timeout: 30_000 });
    expect(screen.queryByTestId(`library-row-${id(COUNT - 1)}`)).toBeNull();
    await user.type(screen.getByTestId('library-search'), '方案 1000');
    await waitFor(() => expect(mineRows().map((r) => r.getAttribute('data-id'))).toEqual([id(COUNT - 1)]));
    expect(screen.getByTestId('library-mine')).toHaveAttribute('aria-rowcount', '2');
  }, 60_000);

  it('moves between rows with ↑ ↓ Home End, rendering the row it moves to', async () => {
    // happy-dom cannot scroll a page it does not lay out: the page is as tall as its rows and scrolls where it is told to
    let y = 0;
    const height = vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(COUNT * 49 + 1000);
    const scrollY = vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => y);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation((opts?: ScrollToOptions | number) => {
      y = typeof opts === 'object' ? (opts.top ?? y) : y;
      window.dispatchEvent(new Event('scroll'));
    });
    onTestFinished(() => {
      height.mockRestore();
      scrollY.mockRestore();
      scrollTo.mockRestore();
    });
    render(
      <RepoProvider repo={repo}>
        <LibraryPage />
      </RepoProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('library-mine')).toHaveAttribute('data-summaries-pending', '0'), { timeout: 30_000 });
    const rename0 = within(screen.getByTestId(`library-row-${id(0)}`)).getByTestId('btn-rename');
    rename0.focus();
    fireEvent.keyDown(rename0, { key: 'ArrowDown' });
    // the same control, one row down
    expect(document.activeElement).toBe(within(screen.getByTestId(`library-row-${id(1)}`)).getByTestId('btn-rename'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByTestId(`library-row-${id(COUNT - 1)}`)).getByTestId('btn-rename')));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(within(screen.getByTestId(`library-row-${id(COUNT - 2)}`)).getByTestId('btn-rename'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByTestId(`library-row-${id(0)}`)).getByTestId('btn-rename')));
  }, 60_000);
});
