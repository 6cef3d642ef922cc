import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useMemo, useState, useSyncExternalStore } from 'react';
import type { EditorDocument } from '../../../../renderer/features/editor/document';
import { EditorProvider } from '../../../../renderer/features/editor/EditorContext';
import { ProjectLedger } from '../../../../renderer/features/editor/panels/ProjectLedger';
import { EditorSlotsProvider } from '../../../../renderer/features/editor/slots';
import { EDITOR_SLOTS } from '../../../../renderer/app/editor-slots';
import { setLanguage } from '../../../../renderer/i18n';
import type { Scenario } from '../../../../shared/model/scenario';
import { parseLedgerXlsx } from '../../../../shared/io/ledger-import';
import { editorScenario, memoryDocument, type EditCall } from '../editor/fixture';
import { fixtureBytes, installFakeApi, removeFakeApi, type FakeApi } from './fixtures';

let api: FakeApi;
let calls: EditCall[];

beforeEach(async () => {
  await setLanguage('zh');
  api = installFakeApi();
  calls = [];
});
afterEach(() => {
  cleanup();
  removeFakeApi();
});

/** The project ledger panel over a document that applies and records its edits (no results column). */
function Harness({ initial, readOnly = false, calls }: { initial: Scenario; readOnly?: boolean; calls: EditCall[] }) {
  const [mem] = useState(() => memoryDocument(initial, readOnly, calls));
  const scenario = useSyncExternalStore(mem.subscribe, mem.present);
  const doc = useMemo<EditorDocument>(() => ({ ...mem, scenario }), [mem, scenario]);
  return (
    <EditorProvider doc={doc}>
      <EditorSlotsProvider slots={EDITOR_SLOTS}>
        <ProjectLedger />
      </EditorSlotsProvider>
    </EditorProvider>
  );
}

async function openLedgerDialog(file: string, readOnly = false) {
  const user = userEvent.setup();
  render(<Harness initial={editorScenario()} calls={calls} readOnly={readOnly} />);
  api.toOpen.push({ name: file, bytes: fixtureBytes(file) });
  const button = await screen.findByTestId('btn-ledger-import');
  if (readOnly) return { user, button };
  await user.click(button);
  // the dialog (and its parsers) load on first use
  const dialog = await screen.findByTestId('ledger-import-dialog', {}, { timeout: 5000 });
  await user.click(within(dialog).getByTestId('btn-ledger-pick'));
  await within(dialog).findByTestId('ledger-preview-row-3');
  return { user, dialog, button };
}

const status = (n: number) => screen.getByTestId(`ledger-preview-row-${n}`).getAttribute('data-status');

describe('ledger import', () => {
  it('previews the Chinese ledger row by row with errors and warnings, and imports the chosen rows as one edit', async () => {
    const { user, dialog } = await openLedgerDialog('ledger-zh.csv');
    expect(within(dialog!).getByTestId('ledger-source')).toHaveTextContent('ledger-zh.csv · CSV · 编码 UTF-8 · 表头在第 2 行');
    expect(within(dialog!).getByTestId('ledger-summary')).toHaveTextContent('共 9 行：5 行可导入，3 行有错误');
    // 万千瓦 in the header, and said so; stored 5 × 10 = 50 MW, shown in the unit of the settings (万千瓦 in Chinese)
    expect(within(dialog!).getByTestId('ledger-capacity-unit')).toHaveTextContent('装机容量按万千瓦读取（列名“装机容量（万千瓦）”）');
    expect(within(dialog!).getByRole('columnheader', { name: '装机 (万千瓦)' })).toBeInTheDocument();
    expect(screen.getByTestId('ledger-preview-row-3')).toHaveTextContent('丹灶镇渔光互补光伏电站');
    expect(within(screen.getByTestId('ledger-preview-row-3')).getAllByRole('cell')[4]).toHaveTextContent(/^5$/);
    expect([3, 4, 5, 6, 10].map(status).every((s) => s === 'ok' || s === 'warning')).toBe(true);
    expect([7, 8, 9].map(status)).toEqual(['error', 'error', 'error']);
    expect(screen.getByTestId('ledger-preview-row-7')).toHaveTextContent("装机容量（万千瓦）: '约3' 不是数字");
    expect(screen.getByTestId('ledger-preview-row-11')).toHaveTextContent('合计行，已跳过');
    expect(screen.getByTestId('ledger-pick-7')).toBeDisabled();

    const confirm = within(dialog!).getByTestId('btn-ledger-import-confirm');
    expect(confirm).toHaveTextContent('导入所选 5 个项目');
    await user.click(screen.getByTestId('ledger-pick-6'));
    expect(confirm).toHaveTextContent('导入所选 4 个项目');
    await user.click(confirm);

    await waitFor(() => expect(screen.queryByTestId('ledger-import-dialog')).toBeNull());
    expect(calls).toHaveLength(1);
    const projects = calls[0]!.next.electricity.projects;
    expect(projects.map((p) => p.name)).toEqual(['农光互补 A', '高山风电场', '丹灶镇渔光互补光伏电站', '西樵山分散式风电, 一期', '南海垃圾焚烧发电厂三期', '狮山新能源产业园光伏']);
    expect(projects[2]).toMatchObject({ id: 'ledger-3', type: 'pv', capacityMW: 50, commissioningYear: 2024, status: 'underConstruction' });
    expect(calls[0]!.key).toMatch(/^ledger-import-/);
  });

  it('reads a GBK (GB18030) ledger', async () => {
    const { user, dialog } = await openLedgerDialog('ledger-gbk.csv');
    expect(within(dialog!).getByTestId('ledger-source')).toHaveTextContent('GB18030');
    // no hours column: a typical value is used, and said so
    expect(status(2)).toBe('warning');
    expect(screen.getByTestId('ledger-preview-row-2')).toHaveTextContent('利用小时');
    expect(screen.getByTestId('ledger-preview-row-2')).toHaveTextContent('广海湾光伏');
    expect(screen.getByTestId('ledger-preview-row-3')).toHaveTextContent('川岛风电');
    await user.click(within(dialog!).getByTestId('btn-ledger-import-confirm'));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.next.electricity.projects.slice(2).map((p) => [p.name, p.capacityMW])).toEqual([
      ['广海湾光伏', 100],
      ['川岛风电', 50.5],
    ]);
  });

  it('offers a blank ledger whose capacity column is in the unit of the settings', async () => {
    const { user, dialog } = await openLedgerDialog('ledger-zh.csv');
    await user.click(within(dialog!).getByTestId('btn-ledger-template'));
    await waitFor(() => expect(api.saved).toHaveLength(1));
    expect(api.saved[0]!.defaultName).toBe('项目台账模板（万千瓦）.xlsx');
    expect([...api.saved[0]!.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip: PK
    const back = await parseLedgerXlsx(api.saved[0]!.bytes);
    expect(back.columns.find((c) => c.field === 'capacity')!.header).toBe('装机容量（万千瓦）');
    expect(await within(dialog!).findByTestId('ledger-template-saved')).toHaveTextContent('项目台账模板（万千瓦）.xlsx');
  });

  it('cannot be used on a read-only scenario', async () => {
    const { button } = await openLedgerDialog('ledger-zh.csv', true);
    expect(button).toBeDisabled();
  });
});
