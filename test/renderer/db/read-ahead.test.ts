import { describe, expect, it, vi } from 'vitest';
import { CarbonDb } from '../../../renderer/db/db';
import { withReadAhead } from '../../../renderer/db/read-ahead';
import { createRepo } from '../../../renderer/db/repo';
import { PRESET_A, testScenario } from './fixtures';

async function setup(name: string) {
  const repo = createRepo(new CarbonDb(name, { presets: [PRESET_A] }), () => 1);
  const mine = await repo.putMany([testScenario('u-1')]);
  return { repo, id: mine[0]!.id };
}

describe('withReadAhead', () => {
  it('hands the read made ahead to the first open of that id, once', async () => {
    const { repo, id } = await setup('read-ahead-1');
    const open = vi.spyOn(repo, 'open');
    const ra = withReadAhead(repo);
    const ahead = ra.readAhead(id);
    expect(open).toHaveBeenCalledTimes(1);
    const first = ra.open(id);
    expect(first).toBe(ahead);
    expect(open).toHaveBeenCalledTimes(1);
    expect((await first)?.scenario.id).toBe(id);
    // used up: the next open reads again
    await ra.open(id);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('an open of another id, or any write, drops it, so a read ahead is never stale', async () => {
    const { repo, id } = await setup('read-ahead-2');
    const ra = withReadAhead(repo);
    const ahead = ra.readAhead(id);
    await ra.rename(id, '改过的名字');
    const after = await ra.open(id);
    expect(after?.scenario.name).toBe('改过的名字');
    expect((await ahead)?.scenario.name).not.toBe('改过的名字');

    const open = vi.spyOn(repo, 'open');
    const dropped = ra.readAhead(id);
    await ra.open(PRESET_A.id);
    expect(ra.open(id)).not.toBe(dropped);
    expect(open).toHaveBeenCalledTimes(3); // ahead, the preset, then id again
  });

  it('keeps every method of the repository', async () => {
    const { repo } = await setup('read-ahead-3');
    const ra = withReadAhead(repo);
    for (const name of Object.keys(repo)) expect(ra).toHaveProperty(name);
    expect((await ra.list()).length).toBe(2);
  });
});

describe('withReadAhead and get', () => {
  it('a get of the id read ahead (as the report does) takes that read and returns the record with the resolved scenario', async () => {
    const { repo, id } = await setup('read-ahead-4');
    const open = vi.spyOn(repo, 'open');
    const ra = withReadAhead(repo);
    void ra.readAhead(id);
    const rec = await ra.get(id);
    expect(open).toHaveBeenCalledTimes(1);
    expect(rec).toEqual(await repo.get(id));
  });
});
