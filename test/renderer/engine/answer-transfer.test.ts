import { describe, expect, it } from 'vitest';
import { answerTransfer } from '../../../renderer/engine/answer';
import { inProcessBackend } from '../../../renderer/engine/in-process';
import { installEngineBackend } from '../../../renderer/engine/client';
import { scenarioFileBytes } from '../../../renderer/engine/file-commands';
import { freshRepo, PRESET_A } from '../db/fixtures';

describe('answers handed back without a copy', () => {
  it("transfers a file's bytes and nothing of any other answer", () => {
    const bytes = new Uint8Array([0x7b, 0x7d]);
    expect(answerTransfer({ id: 1, answer: bytes })).toEqual([bytes.buffer]);
    expect(answerTransfer({ id: 2, answer: { ok: true, bytes } })).toEqual([]);
    expect(answerTransfer({ id: 3, answer: [1, 2] })).toEqual([]);
    expect(answerTransfer({ id: 4, error: 'no' })).toEqual([]);
  });

  it('gives the page the whole file a backup command built', async () => {
    const backend = inProcessBackend();
    const file = await backend.call('backupFile', { content: { scenarios: [], settings: {} } as never, createdAt: '2026-12-04T00:00:00.000Z', appVersion: 'test' });
    expect(file).toBeInstanceOf(Uint8Array);
    const text = new TextDecoder().decode(file);
    expect(JSON.parse(text)).toMatchObject({ createdAt: '2026-12-04T00:00:00.000Z', appVersion: 'test' });
  });
});

describe('a scenario file built by the engine from the library it reads itself', () => {
  it('holds the selection and the user parent a derived one needs, never a deleted scenario', async () => {
    const { repo, db, name } = await freshRepo();
    try {
      const parent = await repo.createFromPreset(PRESET_A.id, '母情景');
      const child = await repo.deriveScenario(parent.id, '子情景');
      const gone = await repo.createFromPreset(PRESET_A.id, '已删除');
      await repo.remove(gone.id);
      installEngineBackend(inProcessBackend());
      const bytes = await scenarioFileBytes(name, [child.id, gone.id], { exportedAt: '2026-12-04T00:00:00.000Z', appVersion: 'test' });
      const file = JSON.parse(new TextDecoder().decode(bytes)) as { scenarios: { id: string; name: string }[]; derived: { id: string; parentId: string }[] };
      // the derived one travels as its changes, with its user parent; the deleted one is not found and left out
      expect(file.scenarios.map((s) => s.name)).toEqual(['母情景']);
      expect(file.derived).toEqual([expect.objectContaining({ id: child.id, parentId: parent.id })]);
    } finally {
      db.close();
    }
  });
});
