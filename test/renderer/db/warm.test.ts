import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CarbonDb } from '../../../renderer/db/db';
import { warmDatabase } from '../../../renderer/db/warm';
import { PRESET_A } from './fixtures';

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('warmDatabase', () => {
  it('never creates the database: a first run leaves creating it (at Dexie’s version) to the app', async () => {
    warmDatabase('warm-first-run');
    await settle();
    expect(await Dexie.exists('warm-first-run')).toBe(false);
    const db = new CarbonDb('warm-first-run', { presets: [PRESET_A] });
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.scenarios.count()).toBe(1);
    db.close();
  });

  it('opens and closes an existing database without changing it, and never blocks the app’s own open', async () => {
    const db1 = new CarbonDb('warm-existing', { presets: [PRESET_A] });
    await db1.open();
    db1.close();
    warmDatabase('warm-existing');
    // the app opens at once, while the warm-up may still be connected
    const db2 = new CarbonDb('warm-existing', { presets: [PRESET_A] });
    await db2.open();
    expect(db2.verno).toBe(7);
    expect((await db2.scenarios.get(PRESET_A.id))?.kind).toBe('preset');
    db2.close();
  });

  it('does nothing where there is no IndexedDB', () => {
    expect(() => warmDatabase('x', null)).not.toThrow();
  });
});
