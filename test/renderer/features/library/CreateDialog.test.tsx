import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { CreateDialog } from '../../../../renderer/features/library/CreateDialog';
import { LibraryPage } from '../../../../renderer/features/library/LibraryPage';
import { setLanguage } from '../../../../renderer/i18n';
import type { Basics } from '../../../../shared/model/from-basics';
import { freshRepo } from '../../db/fixtures';

afterEach(cleanup);
beforeEach(async () => {
  await setLanguage('zh');
});

const PRESETS = [{ id: 'preset-b', name: '连州 基准情景', region: { name: '连州市' } }];

describe('CreateDialog: from base-year data', () => {
  it('asks for the region, horizon and base-year figures, names the field left blank and hands over the basics', async () => {
    const user = userEvent.setup();
    const onCreateFromBasics = vi.fn<(b: Basics) => Promise<void>>(() => Promise.resolve());
    render(<CreateDialog presets={PRESETS} onCancel={() => {}} onCreate={() => Promise.resolve()} onCreateFromBasics={onCreateFromBasics} />);
    const dialog = screen.getByTestId('create-dialog');
    // "start from a preset" stays the first choice
    expect(within(dialog).getByTestId('create-preset')).toBeInTheDocument();
    await user.click(within(dialog).getByTestId('create-mode-basics'));
    expect(within(dialog).queryByTestId('create-preset')).toBeNull();

    await user.type(within(dialog).getByTestId('basics-regionName'), '阳山县');
    await user.type(within(dialog).getByTestId('basics-parentRegion'), '清远市');
    // the name follows the region until typed
    expect(within(dialog).getByTestId('create-name')).toHaveValue('阳山县基准情景');
    await user.type(within(dialog).getByTestId('basics-energy'), '60');
    await user.click(within(dialog).getByTestId('btn-create-confirm'));
    expect(onCreateFromBasics).not.toHaveBeenCalled();
    expect(within(dialog).getByTestId('basics-gdpYiYuan')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('请填写')).toBeInTheDocument();

    await user.type(within(dialog).getByTestId('basics-gdpYiYuan'), '160');
    await user.selectOptions(within(dialog).getByTestId('basics-endYear'), '2035');
    await user.type(within(dialog).getByTestId('basics-electricityUseYiKWh'), '12');
    await user.click(within(dialog).getByTestId('basics-add-plant'));
    // in 万千瓦, the Chinese default unit of capacity: 5 万千瓦 = 50 MW
    await user.type(within(dialog).getByTestId('basics-plant-0-mw'), '5');
    await user.click(within(dialog).getByTestId('btn-create-confirm'));
    await waitFor(() => expect(onCreateFromBasics).toHaveBeenCalledOnce());
    expect(onCreateFromBasics.mock.calls[0]![0]).toEqual({
      name: '阳山县基准情景',
      region: { name: '阳山县', level: 'county', parentRegion: '清远市' },
      baseYear: 2020,
      endYear: 2035,
      gdpYiYuan: 160,
      energy: { totalWanTce: 60 },
      electricityUseYiKWh: 12,
      // worded in the planner's language, as in the ledger
      plants: [{ type: 'pv', capacityMW: 50, name: '光伏' }],
    });
  });

  it('refuses sector shares that do not add up to 100 %', async () => {
    const user = userEvent.setup();
    const onCreateFromBasics = vi.fn(() => Promise.resolve());
    render(<CreateDialog presets={PRESETS} onCancel={() => {}} onCreate={() => Promise.resolve()} onCreateFromBasics={onCreateFromBasics} />);
    await user.click(screen.getByTestId('create-mode-basics'));
    await user.type(screen.getByTestId('basics-regionName'), '阳山县');
    await user.type(screen.getByTestId('basics-gdpYiYuan'), '160');
    await user.type(screen.getByTestId('basics-energy'), '60');
    await user.type(screen.getByTestId('basics-sector-industry'), '60');
    await user.click(screen.getByTestId('btn-create-confirm'));
    expect(onCreateFromBasics).not.toHaveBeenCalled();
    expect(screen.getByText('五个部门须全部填写，合计 100 %')).toBeInTheDocument();
  });
});

describe('LibraryPage: a scenario from base-year data', () => {
  let repo: ScenarioRepo;
  beforeEach(async () => {
    window.location.hash = '#/library';
    ({ repo } = await freshRepo());
  });

  it('stores a checked scenario of the region typed and opens it', async () => {
    const user = userEvent.setup();
    render(
      <RepoProvider repo={repo}>
        <LibraryPage />
      </RepoProvider>,
    );
    await screen.findByTestId('library-row-preset-a');
    await user.click(screen.getByTestId('btn-create'));
    await user.click(screen.getByTestId('create-mode-basics'));
    await user.type(screen.getByTestId('basics-regionName'), '阳山县');
    await user.type(screen.getByTestId('basics-gdpYiYuan'), '160');
    await user.type(screen.getByTestId('basics-energy'), '60');
    await user.click(screen.getByTestId('btn-create-confirm'));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/scenario\/u-/));
    const id = decodeURIComponent(window.location.hash.replace('#/scenario/', ''));
    const rec = await repo.get(id);
    expect(rec).toMatchObject({ name: '阳山县基准情景', kind: 'user' });
    expect(rec!.scenario.region).toEqual({ name: '阳山县', level: 'county' });
    // 60 万tce ÷ 160 亿元
    expect(rec!.scenario.energy.baseIntensityTcePerWanYuan).toBeCloseTo(0.375, 12);
    expect(rec!.scenario.sources['economy.gdpGrowthPct']?.kind).toBe('assumed');
  });
});
