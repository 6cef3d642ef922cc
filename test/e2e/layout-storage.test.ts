import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { findClipped } from './support/clipped';
import { servedApp } from './support/served-app';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

describeE2E('pumped storage table: every column in view at 1280×720 and 1920×1080', () => {
  const s = servedApp({ browser: 'perFile' });
  let id = '';

  it('creates a scenario with the 清远 plants', async () => {
    await s.page.setViewportSize(SIZES[0]);
    await gotoLibrary(s.page, s.url);
    id = await createFromPreset(s.page, 'qingyuan-policy', '清远 抽水蓄能 版面');
  });

  for (const size of SIZES) {
    const tag = `${size.width}x${size.height}`;
    it(`at ${tag}: no sideways scrolling, the source and remove button of each plant visible, no clipped text`, async () => {
      const { page } = s;
      await page.setViewportSize(size);
      await page.goto(`${s.url}#/scenario/${encodeURIComponent(id)}`);
      const panel = byTestId(page, 'panel-storage');
      await panel.locator('.storage-table').waitFor({ timeout: 30_000 });
      await panel.scrollIntoViewIfNeeded();
      mkdirSync(SCREENSHOTS, { recursive: true });
      await panel.screenshot({ path: join(SCREENSHOTS, `layout-storage-${tag}.png`) });
      const scroll = await panel.locator('.table-scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(scroll.scroll).toBeLessThanOrEqual(scroll.client);
      const box = await panel.locator('.table-scroll').boundingBox();
      for (const btn of await panel.locator('[data-testid^="btn-remove-storage-"]').all()) {
        const b = (await btn.boundingBox())!;
        expect(b.x + b.width).toBeLessThanOrEqual(box!.x + box!.width);
      }
      expect(await panel.locator('.storage-table [data-testid^="source-electricity.pumpedStorage"]').count()).toBeGreaterThan(0);
      const clips = (await findClipped(page)).filter((c) => c.where.includes('storage'));
      expect(clips.map((c) => `${c.kind} ${c.px}px ${c.where}: ${c.text}`)).toEqual([]);
    });
  }
});
