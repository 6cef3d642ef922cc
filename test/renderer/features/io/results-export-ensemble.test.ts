import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHEET_ENSEMBLE } from '../../../../shared/io/results-ensemble';
import { setRuns, setSeed } from '../../../../shared/model/ops-uncertainty';
import { installEnsembleBackend } from '../../../../renderer/engine/ensemble';
import { inProcessEnsembleBackend } from '../../../../renderer/engine/ensemble-in-process';
import { resetEnsembles, startEnsemble } from '../../../../renderer/engine/ensemble-results';
import { resultsFileBytes } from '../../../../renderer/features/io/results-export';
import { presetScenario } from '../results/preset';

const meta = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', capacityUnit: 'mw' as const };

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

beforeEach(() => {
  resetEnsembles();
  installEnsembleBackend(inProcessEnsembleBackend(2));
});

describe('results workbook with the uncertainty analysis', () => {
  it('carries the ensemble run on the scenario as it is, and none once the scenario has changed', async () => {
    const s = setRuns(presetScenario('lianzhou-policy'), 50);
    expect(await sheetNames(await resultsFileBytes('xlsx', [s], meta))).not.toContain(SHEET_ENSEMBLE);
    await startEnsemble(s);
    expect(await sheetNames(await resultsFileBytes('xlsx', [s], meta))).toContain(SHEET_ENSEMBLE);
    // another seed: the ensemble shown is of the version before, so the workbook leaves it out
    expect(await sheetNames(await resultsFileBytes('xlsx', [setSeed(s, 2)], meta))).not.toContain(SHEET_ENSEMBLE);
  });
});
