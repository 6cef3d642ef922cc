import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Helpers that speak the shared data-testid conventions. */
export const byTestId = (page: Page | Locator, id: string) => page.locator(`[data-testid="${id}"]`);

export async function gotoLibrary(page: Page, base: string): Promise<void> {
  await page.goto(`${base}#/library`);
  await byTestId(page, 'library-row-qingyuan-policy').waitFor();
}

/** Creates a user scenario from a preset through the dialog; returns its id once the editor route is open. */
export async function createFromPreset(page: Page, presetId: string, name: string): Promise<string> {
  await byTestId(byTestId(page, `library-row-${presetId}`), 'btn-create-from-preset').click();
  const dialog = byTestId(page, 'create-dialog');
  await byTestId(dialog, 'create-name').fill(name);
  await byTestId(dialog, 'btn-create-confirm').click();
  await page.waitForURL(/#\/scenario\/u-/);
  return decodeURIComponent(new URL(page.url()).hash.replace('#/scenario/', ''));
}

/** The number a KPI card carries in data-value. */
export async function kpi(page: Page, name: string): Promise<number> {
  const card = byTestId(page, `kpi-${name}`);
  await card.waitFor();
  return Number(await card.getAttribute('data-value'));
}

/** Target rows as id → { met, text }, for noticing that the target table changed. */
export async function targetRows(page: Page): Promise<Record<string, { met: string | null; text: string }>> {
  return page.$$eval('[data-testid^="target-row-"]', (rows) =>
    Object.fromEntries(
      rows.map((r) => [r.getAttribute('data-testid')!.slice('target-row-'.length), { met: r.getAttribute('data-met'), text: (r.textContent ?? '').replace(/\s+/g, ' ').trim() }]),
    ),
  );
}

/** The range input of a lever (the testid may sit on the input itself or on its wrapper). */
export function leverInput(page: Page, name: string): Locator {
  const lever = byTestId(page, `lever-${name}`);
  return lever.locator('xpath=self::input | .//input[@type="range"]').first();
}

/** Drags a slider by keyboard, the way a user without a mouse would. */
export async function pressLever(page: Page, name: string, key: 'End' | 'Home' | 'ArrowRight' | 'ArrowLeft', times = 1): Promise<string> {
  const input = leverInput(page, name);
  await input.focus();
  for (let i = 0; i < times; i++) await input.press(key);
  return input.inputValue();
}

export async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => byTestId(page, 'save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
}

/**
 * After an edit: until it is written. The status reads 'saving' from the
 * edit's proposal until it is stored, at least the autosave delay (500 ms),
 * long enough for the poll to see; waiting for it first makes sure the
 * 'saved' that follows is this edit's, not one left from before.
 */
export async function waitEditSaved(page: Page): Promise<void> {
  await expect.poll(() => byTestId(page, 'save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saving');
  await waitSaved(page);
}
