import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportScenarios, parseScenarioFile } from '../../../../shared/io/scenario-file';
import type { CarbonDb } from '../../../../renderer/db/db';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import { requestIo } from '../../../../renderer/features/io/io-commands';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { IoArea } from '../../../../renderer/features/io/IoArea';
import { LibraryPage } from '../../../../renderer/features/library/LibraryPage';
import { setLanguage } from '../../../../renderer/i18n';
import { setCapacityPreference } from '../../../../renderer/features/settings/capacity-unit';
import { freshRepo, testScenario } from '../../db/fixtures';
import { fixtureBytes, installFakeApi, removeFakeApi, savedText, textFile, type FakeApi } from './fixtures';

let repo: ScenarioRepo;
let db: CarbonDb;
let api: FakeApi;

afterEach(() => {
  cleanup();
  removeFakeApi();
  setCapacityPreference('auto');
});

beforeEach(async () => {
  await setLanguage('zh');
  window.location.hash = '#/library';
  ({ repo, db } = await freshRepo());
  api = installFakeApi();
});

function renderLibrary() {
  const user = userEvent.setup();
  render(
    <RepoProvider repo={repo}>
      <LibraryPage ioArea={<IoArea />} />
    </RepoProvider>,
  );
  return user;
}

const fileOf = (...scenarios: unknown[]) =>
  JSON.stringify({ format: 'carbon-peak-planner', formatVersion: 1, exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0', scenarios });

/** Every record, soft-deleted ones included, as comparable data. */
const snapshot = async () => (await db.scenarios.toArray()).sort((a, b) => a.id.localeCompare(b.id));

describe('import a scenario file', () => {
  it('lists every problem with its field path and writes nothing', async () => {
    await repo.createFromPreset('preset-a', '我的情景');
    const before = await snapshot();
    const bad = testScenario('bad-1', { name: '' });
    bad.economy.baseGdpYiYuan = -5;
    const bad2 = { ...testScenario('bad-2'), endYear: 'soon' };
    api.toOpen.push(textFile('坏文件.json', fileOf(testScenario('fine'), bad, bad2)));

    const user = renderLibrary();
    await user.click(await screen.findByTestId('btn-import'));
    const list = await screen.findByTestId('import-problems');
    const items = within(list).getAllByTestId('import-problem');
    const paths = items.map((i) => i.getAttribute('data-path'));
    expect(paths).toEqual(expect.arrayContaining(['scenarios[1].name', 'scenarios[1].economy.baseGdpYiYuan', 'scenarios[2].endYear']));
    for (const item of items) expect(item.textContent!.length).toBeGreaterThan(item.getAttribute('data-path')!.length);
    expect(screen.getByTestId('import-nothing-written')).toHaveTextContent('情景库保持不变');
    expect(screen.queryByTestId('btn-import-confirm')).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('says in Chinese why a file that is not JSON cannot be read', async () => {
    const before = await db.scenarios.count();
    api.toOpen.push(textFile('x.json', '{ "format": "carbon-peak-planner", '));
    const user = renderLibrary();
    await user.click(await screen.findByTestId('btn-import'));
    const item = await screen.findByTestId('import-problem');
    expect(item).toHaveAttribute('data-path', '(file)');
    expect(item).toHaveTextContent('文件不是有效的 JSON');
    expect(await db.scenarios.count()).toBe(before);
  });

  it('imports a good library file, renaming on a clash with a preset and with a name in use', async () => {
    const mine = await repo.createFromPreset('preset-b', '山区方案');
    const before = await db.scenarios.count();
    const clashPreset = testScenario('preset-a', { name: '清远 政策情景' });
    const clashName = testScenario('from-file', { name: '山区方案' });
    const fresh = testScenario('brand-new', { name: '全新情景' });
    api.toOpen.push(textFile('library.json', fileOf(clashPreset, clashName, fresh)));

    const user = renderLibrary();
    await user.click(await screen.findByTestId('btn-import'));
    const plan = await screen.findByTestId('import-plan');
    // no user scenario shares an id: nothing to replace, so no choice is offered
    expect(screen.queryByTestId('import-mode')).toBeNull();
    expect(within(plan).getByTestId('import-plan-row-preset-a')).toHaveAttribute('data-status', 'renamed');
    expect(within(plan).getByTestId('import-plan-row-preset-a')).toHaveTextContent('清远 政策情景 (导入)');
    expect(within(plan).getByTestId('import-plan-row-from-file')).toHaveTextContent('山区方案 (导入)');
    expect(within(plan).getByTestId('import-plan-row-brand-new')).toHaveAttribute('data-status', 'new');
    await user.click(screen.getByTestId('btn-import-confirm'));

    await waitFor(() => expect(screen.queryByTestId('import-dialog')).toBeNull());
    expect(screen.getByTestId('io-notice')).toHaveTextContent('已导入 3 个情景');
    expect(await db.scenarios.count()).toBe(before + 3);
    expect((await db.scenarios.get('preset-a'))!.kind).toBe('preset');
    expect(await repo.get('preset-a-2')).toMatchObject({ kind: 'user', name: '清远 政策情景 (导入)' });
    expect(await repo.get('from-file')).toMatchObject({ name: '山区方案 (导入)' });
    expect(await repo.get('brand-new')).toMatchObject({ name: '全新情景' });
    expect((await repo.get(mine.id))!.name).toBe('山区方案');
    await screen.findByText('全新情景');
  });

  it('replaces a user scenario with the same id only when the user chooses to', async () => {
    await repo.importScenarios({ mode: 'keepBoth', scenarios: [testScenario('mine-1', { name: '旧版本' })], derived: [], renames: [], replaces: [], clashes: [] });
    const created = (await db.scenarios.get('mine-1'))!.createdAt;
    api.toOpen.push(textFile('update.json', fileOf(testScenario('mine-1', { name: '新版本' }))));
    api.toOpen.push(textFile('update.json', fileOf(testScenario('mine-1', { name: '新版本' }))));
    const user = renderLibrary();

    await user.click(await screen.findByTestId('btn-import'));
    await screen.findByTestId('import-plan');
    expect(screen.getByTestId('import-mode-keepBoth')).toBeChecked();
    await user.click(screen.getByTestId('import-mode-replace'));
    expect(screen.getByTestId('import-replace-warning')).toHaveTextContent('旧版本');
    expect(screen.getByTestId('import-plan-row-mine-1')).toHaveAttribute('data-status', 'replaces');
    await user.click(screen.getByTestId('btn-import-confirm'));
    await waitFor(() => expect(screen.queryByTestId('import-dialog')).toBeNull());
    const rec = (await db.scenarios.get('mine-1'))!;
    expect(rec).toMatchObject({ name: '新版本', createdAt: created });
    expect((await repo.list()).filter((r) => r.kind === 'user')).toHaveLength(1);

    // keep both (the default) adds a copy under a new id
    await user.click(screen.getByTestId('btn-import'));
    await screen.findByTestId('import-plan');
    await user.click(screen.getByTestId('btn-import-confirm'));
    await waitFor(() => expect(screen.queryByTestId('import-dialog')).toBeNull());
    expect(await repo.get('mine-1-2')).toMatchObject({ name: '新版本 (导入)' });
  });

  it('migrates a file from the prototype, and names the prototype field of a problem', async () => {
    api.toOpen.push({ name: 'nanhai.json', bytes: fixtureBytes('scenario-v0-nanhai.json') });
    api.toOpen.push({ name: 'library.json', bytes: fixtureBytes('scenario-v0-library.json') });
    const user = renderLibrary();
    await user.click(await screen.findByTestId('btn-import'));
    await screen.findByTestId('import-plan');
    expect(screen.getByTestId('import-dialog')).toHaveTextContent('已自动升级');
    await user.click(screen.getByTestId('btn-import-confirm'));
    await waitFor(() => expect(screen.queryByTestId('import-dialog')).toBeNull());
    expect((await repo.get('nanhai-base'))!.name).toBe('南海区基准情景（原型）');

    const before = await snapshot();
    await user.click(screen.getByTestId('btn-import'));
    const problem = (await screen.findAllByTestId('import-problem')).find((p) => p.getAttribute('data-path') === 'scenarios[1].economy.baseGdpYiYuan')!;
    expect(problem).toHaveTextContent('缺失（应为数字）（原型文件字段：scenarios[1].gdp）');
    expect(await snapshot()).toEqual(before);
  });

  it('does nothing when the file dialog is cancelled', async () => {
    const user = renderLibrary();
    await user.click(await screen.findByTestId('btn-import'));
    expect(api.openFile).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('import-dialog')).toBeNull();
  });
});

describe('export', () => {
  it('exports the selected scenarios as a scenario file that imports again', async () => {
    const a = await repo.createFromPreset('preset-a', '方案甲');
    await repo.createFromPreset('preset-b', '方案乙');
    const user = renderLibrary();
    await user.click(await screen.findByTestId('btn-export'));
    const dialog = await screen.findByTestId('export-dialog');
    // all of mine are ticked to begin with; untick one
    const pickB = within(dialog).getAllByRole('checkbox').find((c) => c.closest('li')!.textContent!.includes('方案乙'))!;
    await user.click(pickB);
    expect(within(dialog).getByTestId(`export-pick-${a.id}`)).toBeChecked();
    await user.click(within(dialog).getByTestId('btn-export-confirm'));
    await waitFor(() => expect(api.saved).toHaveLength(1));
    expect(api.saved[0]!.defaultName).toBe('方案甲.json');
    const parsed = parseScenarioFile(savedText(api));
    expect(parsed.ok && parsed.scenarios.map((s) => s.name)).toEqual(['方案甲']);
    expect(parsed.ok && parsed.appVersion).toBe('9.9.9-test');
    expect(await screen.findByTestId('io-notice')).toHaveTextContent('已导出到 方案甲.json');
  });

  it('exports results of several scenarios to Excel and CSV, computed by the engine', async () => {
    await repo.createFromPreset('preset-a', '方案甲');
    const user = renderLibrary();
    await user.click(await screen.findByTestId('btn-export'));
    await user.click(await screen.findByTestId('export-pick-preset-b'));
    await user.click(screen.getByTestId('export-format-xlsx'));
    await user.click(screen.getByTestId('btn-export-confirm'));
    await waitFor(() => expect(api.saved).toHaveLength(1), { timeout: 10_000 });
    // the first scenario's name, how many more (not “等1个”: 等 would count them all), the local date and time
    expect(api.saved[0]!.defaultName).toMatch(/^方案甲及另外1个情景-结果-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.xlsx$/);
    expect([...api.saved[0]!.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip: PK

    await user.click(screen.getByTestId('btn-export'));
    await user.click(await screen.findByTestId('export-pick-preset-b'));
    await user.click(screen.getByTestId('export-format-csv'));
    // capacity by the setting: by language, 万千瓦 in Chinese
    expect(screen.getByTestId('export-capacity-unit')).toHaveTextContent('装机容量以万千瓦计');
    await user.click(screen.getByTestId('btn-export-confirm'));
    await waitFor(() => expect(api.saved).toHaveLength(2), { timeout: 10_000 });
    const csv = savedText(api);
    expect(csv).toContain('光伏装机,capacityMW.pv,万千瓦,');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // wide: each scenario's table under a row naming it
    expect(csv).toContain('情景 scenario,方案甲,');
    expect(csv).toContain('指标 indicator,字段 field,单位 unit,');
    expect(api.saved[1]!.defaultName).toMatch(/^方案甲及另外1个情景-结果-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.csv$/);

    // the desktop shell says which folder the file went to
    vi.mocked(api.saveFile).mockImplementationOnce(async (req) => {
      api.saved.push(req);
      return { saved: true, name: req.defaultName, folder: 'D:\\规划\\导出' };
    });
    await user.click(screen.getByTestId('btn-export'));
    await user.click(await screen.findByTestId('export-pick-preset-b'));
    await user.click(screen.getByTestId('export-format-csvLong'));
    // MW chosen in the settings holds in Chinese too
    act(() => setCapacityPreference('mw'));
    expect(screen.getByTestId('export-capacity-unit')).toHaveTextContent('装机容量以MW计');
    await user.click(screen.getByTestId('btn-export-confirm'));
    await waitFor(() => expect(api.saved).toHaveLength(3), { timeout: 10_000 });
    act(() => setCapacityPreference('auto'));
    const long = savedText(api);
    expect(long).toContain(',capacityMW.pv,光伏装机,MW,');
    expect(long).toContain('情景编号 scenario_id');
    expect(long).toContain('preset-b');
    expect(await screen.findByTestId('io-notice')).toHaveTextContent(`已导出 ${api.saved[2]!.defaultName}，保存在 D:\\规划\\导出。`);
  });
});

describe('backup and restore', () => {
  it('round-trips the library and settings; a damaged backup changes nothing', async () => {
    const a = await repo.createFromPreset('preset-a', '方案甲');
    const b = await repo.createFromPreset('preset-b', '方案乙');
    await repo.setSetting('lastOpened', a.id);
    const original = (await repo.list()).filter((r) => r.kind === 'user');

    const user = renderLibrary();
    await user.click(await screen.findByTestId('btn-backup'));
    await waitFor(() => expect(api.saved).toHaveLength(1));
    const backup = savedText(api);
    expect(api.saved[0]!.defaultName).toMatch(/^碳达峰情景备份-.*\.json$/);

    // the library changes after the backup
    await repo.remove(b.id);
    await repo.rename(a.id, '改过的名字');
    await repo.createFromPreset('preset-b', '新的');
    await repo.setSetting('lastOpened', 'other');

    // a damaged copy first: problems listed, nothing changes
    const damaged = backup.replace('方案甲', '方案丙');
    const beforeDamaged = await snapshot();
    api.toOpen.push(textFile('backup.json', damaged));
    await user.click(screen.getByTestId('btn-restore'));
    const problem = await screen.findByTestId('import-problem');
    expect(problem).toHaveAttribute('data-path', 'checksum');
    expect(problem).toHaveTextContent('校验值与内容不符');
    await user.click(screen.getByTestId('btn-restore-close'));
    expect(await snapshot()).toEqual(beforeDamaged);

    api.toOpen.push(textFile('backup.json', backup));
    await user.click(screen.getByTestId('btn-restore'));
    expect(await screen.findByTestId('restore-summary')).toHaveTextContent('含 2 个情景');
    await user.click(screen.getByTestId('btn-restore-confirm'));
    await waitFor(() => expect(screen.queryByTestId('restore-dialog')).toBeNull());

    const restored = (await repo.list()).filter((r) => r.kind === 'user');
    const strip = (rs: typeof original) => rs.map(({ id, name, createdAt, updatedAt, presetId, scenario }) => ({ id, name, createdAt, updatedAt, presetId, scenario })).sort((x, y) => x.id.localeCompare(y.id));
    expect(strip(restored)).toEqual(strip(original));
    expect(await repo.getSetting('lastOpened')).toBe(a.id);
    expect(screen.getByTestId('io-notice')).toHaveTextContent('已从备份恢复 2 个情景');
  });

  it('refuses a scenario file offered as a backup', async () => {
    const before = await snapshot();
    api.toOpen.push(textFile('s.json', exportScenarios({ scenarios: [testScenario('x')], exportedAt: '2025-01-01T00:00:00Z', appVersion: '0.1.0' })));
    const user = renderLibrary();
    await user.click(await screen.findByTestId('btn-restore'));
    expect(await screen.findByTestId('import-problem')).toHaveTextContent('这是情景文件，不是完整备份');
    expect(screen.queryByTestId('btn-restore-confirm')).toBeNull();
    expect(await snapshot()).toEqual(before);
  });
});

describe('native menu commands', () => {
  it('File › Import made before the library is shown opens the file dialog once it is; File › Export preselects the open scenario', async () => {
    const a = await repo.createFromPreset('preset-a', '方案甲');
    await repo.createFromPreset('preset-b', '方案乙');
    requestIo({ kind: 'import' });
    renderLibrary();
    await waitFor(() => expect(api.openFile).toHaveBeenCalledTimes(1));

    requestIo({ kind: 'export', ids: [a.id] });
    const dialog = await screen.findByTestId('export-dialog');
    const ticked = within(dialog).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked);
    expect(ticked.map((c) => c.getAttribute('data-testid'))).toEqual([`export-pick-${a.id}`]);
  });
});
