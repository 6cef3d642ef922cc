import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { presetById } from '../../../../seeds/index';
import { ProfileImport } from '../../../../renderer/features/hourly/ProfileImport';
import type { HourlyEdit } from '../../../../renderer/features/hourly/edit';
import { setLanguage } from '../../../../renderer/i18n';
import type { Scenario } from '../../../../shared/model/scenario';
import { installFakeApi, removeFakeApi, savedText, textFile, type FakeApi } from '../io/fixtures';

let api: FakeApi;
type Call = { path: string; key: string | undefined };
let calls: Call[];

beforeEach(async () => {
  await setLanguage('zh');
  api = installFakeApi();
  calls = [];
});
afterEach(() => {
  cleanup();
  removeFakeApi();
});

const preset = (): Scenario => structuredClone(presetById('lianzhou-policy')!);

/** The component over a scenario held in state: each edit is applied and recorded, as the editor's would be. */
function Harness({ initial, readOnly = false }: { initial: Scenario; readOnly?: boolean }) {
  const [scenario, setScenario] = useState(initial);
  const edit: HourlyEdit = async (apply, path, key) => {
    calls.push({ path, key });
    setScenario((s) => apply(s));
    return [];
  };
  return <ProfileImport scenario={scenario} readOnly={readOnly} edit={edit} />;
}

/** 时间,负荷(MW) over 2023's 8,760 hours, 5 MW each, the cell of `hour` replaced by `cell`. */
function loadCsv(hour = -1, cell = ''): string {
  const lines = ['时间,负荷(MW)'];
  for (let h = 0; h < 8760; h++) {
    const stamp = new Date(Date.UTC(2023, 0, 1) + h * 3_600_000).toISOString().replace('T', ' ').slice(0, 16);
    lines.push(`${stamp},${h === hour ? cell : '5'}`);
  }
  return lines.join('\r\n');
}

const row = (kind: string) => screen.getByTestId(`profile-row-${kind}`);

describe('ProfileImport', () => {
  it('shows every profile as the built-in one with its source', () => {
    render(<Harness initial={preset()} />);
    for (const k of ['load', 'pv', 'wind', 'hydro']) {
      expect(row(k)).toHaveAttribute('data-own', 'false');
      expect(row(k)).toHaveTextContent('内置典型曲线');
    }
    expect(screen.getByTestId('source-hourly.profiles.pv')).toHaveAttribute('data-kind', 'assumed');
    expect(within(row('load')).queryByRole('button', { name: /删除/ })).toBeNull();
  });

  it('imports a file as one edit and shows unit, year, hours and file; removes it again', async () => {
    const user = userEvent.setup();
    render(<Harness initial={preset()} />);
    api.toOpen.push(textFile('连州负荷.csv', loadCsv()));
    await user.click(screen.getByTestId('btn-profile-import'));
    expect(await screen.findByTestId('profile-import-done', {}, { timeout: 5000 })).toHaveTextContent('已从 连州负荷.csv 导入负荷曲线，共 8,760 小时');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.path).toBe('hourly.profiles');
    expect(row('load')).toHaveAttribute('data-own', 'true');
    expect(within(row('load')).getByTestId('profile-imported-detail')).toHaveTextContent('MW · 2023 年 · 8,760 小时 · 文件：连州负荷.csv');
    expect(row('pv')).toHaveAttribute('data-own', 'false');

    await user.click(screen.getByRole('button', { name: '删除导入的负荷曲线，改用内置典型曲线' }));
    await waitFor(() => expect(row('load')).toHaveAttribute('data-own', 'false'));
    expect(calls.map((c) => c.key)).toEqual([expect.stringMatching(/^profile-import-/), 'profile-remove-load']);
  });

  it('lists every problem of a bad file by row and column, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<Harness initial={preset()} />);
    // hour 10 is on row 12 (the header is row 1)
    api.toOpen.push(textFile('bad.csv', loadCsv(10, '-3')));
    await user.click(screen.getByTestId('btn-profile-import'));
    const list = await screen.findByTestId('profile-import-problems', {}, { timeout: 5000 });
    expect(within(list).getAllByTestId('profile-import-problem').map((li) => li.textContent)).toEqual([
      '第 12 行，列"负荷(MW)"：-3 为负数，出力和负荷不能为负（实测出力夜间的小负值，如逆变器自耗，请改为 0）',
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('bad.csv 未导入：发现 1 处问题');
    expect(calls).toEqual([]);
    expect(row('load')).toHaveAttribute('data-own', 'false');
  });

  it('counts the problems not listed', async () => {
    const user = userEvent.setup();
    render(<Harness initial={preset()} />);
    api.toOpen.push(textFile('short.csv', '负荷(MW)\n' + 'x\n'.repeat(30)));
    await user.click(screen.getByTestId('btn-profile-import'));
    const list = await screen.findByTestId('profile-import-problems', {}, { timeout: 5000 });
    // 30 rows instead of 8,760, and 30 cells that are no number: 31 problems, 20 listed and one line for the other 11
    const items = within(list).getAllByTestId('profile-import-problem');
    expect(items).toHaveLength(21);
    expect(items[0]).toHaveTextContent('共 30 行数据');
    expect(screen.getByRole('alert')).toHaveTextContent('发现 31 处问题');
  });

  it('saves the CSV template', async () => {
    const user = userEvent.setup();
    render(<Harness initial={preset()} />);
    await user.click(screen.getByTestId('btn-profile-template'));
    expect(await screen.findByTestId('profile-template-saved')).toHaveTextContent('逐时曲线模板.csv');
    expect(api.saved[0]!.defaultName).toBe('逐时曲线模板.csv');
    expect(savedText(api).split('\r\n')[0]).toBe('\uFEFF时间 Hour,负荷 Load (MW),光伏 PV (MW),风电 Wind (MW),水电 Hydro (MW)');
  });

  it('offers no import or removal in a read-only scenario', () => {
    const s = preset();
    s.hourly!.profiles = { wind: { values: Array<number>(8760).fill(1), unit: 'pu', source: { kind: 'user', note: 'w.xlsx' } } };
    render(<Harness initial={s} readOnly />);
    expect(screen.getByTestId('btn-profile-import')).toBeDisabled();
    expect(screen.getByTestId('btn-profile-remove-wind')).toBeDisabled();
    expect(within(row('wind')).getByTestId('profile-imported-detail')).toHaveTextContent('标幺值 · 年份未注明 · 8,760 小时 · 文件：w.xlsx');
  });

  it('words it in English', async () => {
    await setLanguage('en');
    render(<Harness initial={preset()} />);
    expect(screen.getByTestId('btn-profile-import')).toHaveTextContent('Import hourly profiles…');
    expect(row('hydro')).toHaveTextContent('Built-in typical profile');
  });
});
