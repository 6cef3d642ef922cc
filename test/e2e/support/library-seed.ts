import type { Page } from 'playwright-core';

/** The production build's database (renderer/db/name.ts; the e2e and bench builds are production builds). */
export const APP_DB = 'carbon-peak-planner';

export type SeedOptions = {
  count: number;
  /** ids are `${prefix}0000`, `${prefix}0001`, … */
  prefix?: string;
};

/**
 * In the page (a string: the node projects have no DOM types): `count` user
 * scenarios written straight into the app's IndexedDB, each a copy of a stored
 * preset record (so any field the app keeps on records comes along) with its
 * own id, name ("<preset name> 方案 <n>"), timestamps a minute apart, and
 * varied figures: base GDP and energy intensity ±10 %, a GDP growth path
 * starting between 4 and 8 %, so target outcomes differ between rows.
 * The app must have opened the database once (it seeds the presets).
 */
const seedInPage = (arg: { db: string; count: number; prefix: string }) => `(async (arg) => {
  const done = (req) => new Promise((resolve, reject) => { req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });
  const db = await done(indexedDB.open(arg.db));
  try {
    const tx = db.transaction('scenarios', 'readwrite');
    const store = tx.objectStore('scenarios');
    const presets = (await done(store.index('kind').getAll('preset'))).sort((a, b) => a.id.localeCompare(b.id));
    if (!presets.length) throw new Error('no presets in ' + arg.db + ': open the app once before seeding');
    const now = Date.now();
    for (let i = 0; i < arg.count; i++) {
      const base = presets[i % presets.length];
      const rec = structuredClone(base);
      const s = rec.scenario;
      const id = arg.prefix + String(i).padStart(4, '0');
      delete s.nameEn;
      s.id = id;
      s.name = base.name + ' 方案 ' + (i + 1);
      const f = ((i * 37) % 21) / 100 - 0.1;
      s.economy.baseGdpYiYuan = Math.round(s.economy.baseGdpYiYuan * (1 + f) * 100) / 100;
      s.economy.gdpGrowthPct = { expr: 'interp(2021, ' + (4 + (i % 9) / 2) + ', 2030, 4.5, 2060, 2)' };
      s.energy.baseIntensityTcePerWanYuan = Math.round(s.energy.baseIntensityTcePerWanYuan * (1 - f) * 1000) / 1000;
      const t = now - i * 60000;
      Object.assign(rec, { id, kind: 'user', name: s.name, createdAt: t, updatedAt: t, presetId: base.id, scenario: s });
      store.put(rec);
    }
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); tx.onabort = () => reject(tx.error); });
    return arg.count;
  } finally {
    db.close();
  }
})(${JSON.stringify(arg)})`;

/** Seeds the library of the app open in `page` (see `seedInPage`); returns how many were written. */
export async function seedLibrary(page: Page, { count, prefix = 'bench-' }: SeedOptions): Promise<number> {
  return page.evaluate<number>(seedInPage({ db: APP_DB, count, prefix }));
}

/** The name `seedLibrary` gives the scenario at index `i`'s position after the preset name. */
export const seededSuffix = (i: number) => `方案 ${i + 1}`;
