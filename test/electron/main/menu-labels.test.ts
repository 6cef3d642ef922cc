import { expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/ipc/contract';
import { MENU_LABELS } from '../../../electron/main/menu-labels';

/**
 * The shell's menu labels by the rules of the renderer's locale files
 * (test/renderer/i18n/parity.test.ts): the same ids in both languages, the
 * same {{values}}, no empty label; and the menu conventions kept in both.
 */

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1]!).sort();

it('labels the same items in both languages, every menu command among them', () => {
  expect(Object.keys(MENU_LABELS.en).sort()).toEqual(Object.keys(MENU_LABELS.zh).sort());
  for (const command of MENU_COMMANDS) expect(Object.keys(MENU_LABELS.zh), command).toContain(command);
});

it('has no empty label, and each names the same {{values}} in both languages', () => {
  for (const [id, zh] of Object.entries(MENU_LABELS.zh)) {
    const en = MENU_LABELS.en[id as keyof typeof MENU_LABELS.en];
    expect(zh.trim(), `zh ${id}`).not.toBe('');
    expect(en.trim(), `en ${id}`).not.toBe('');
    expect(placeholders(en), id).toEqual(placeholders(zh));
  }
});

it('ends with … (a dialog follows) in both languages or in neither', () => {
  for (const [id, zh] of Object.entries(MENU_LABELS.zh)) {
    const en = MENU_LABELS.en[id as keyof typeof MENU_LABELS.en];
    expect(en.endsWith('…'), `${id}: '${zh}' / '${en}'`).toBe(zh.endsWith('…'));
  }
});

it('has Chinese words in the Chinese menu', () => {
  for (const [id, zh] of Object.entries(MENU_LABELS.zh)) expect(zh, id).toMatch(/\p{Script=Han}/u);
});
