import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

/**
 * Chinese and English say the same things: every namespace found in
 * renderer/i18n/locales (the same files the app loads) has the same keys in
 * both languages, each text names the same {{values}}, and none is empty.
 *
 * Plurals: English may split a text into forms (`key_one`, `key_other`) where
 * Chinese has one (`key`); i18next falls back from a form to the bare key. So
 * keys are compared with their plural suffix removed, the general form of each
 * (`_other`, else the bare key) must name the same values in both languages,
 * and a special form (`_zero`, `_one`, …) must name the same values except
 * that it may leave out {{count}} ("1 value overridden", "nothing yet").
 */

type Tree = { [key: string]: unknown };
type Lang = 'zh' | 'en';

const files = import.meta.glob<Tree>('../../../renderer/i18n/locales/*/*.json', { eager: true, import: 'default' });

const byLang: Record<Lang, Map<string, Tree>> = { zh: new Map(), en: new Map() };
const strays: string[] = [];
for (const [path, tree] of Object.entries(files)) {
  const [, lang, ns] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  if (lang === 'zh' || lang === 'en') byLang[lang].set(ns!, tree);
  else strays.push(path);
}
const namespaces = [...new Set([...byLang.zh.keys(), ...byLang.en.keys()])].sort();

/** Leaves by dotted key; anything but a string is reported as it is. */
function flatten(tree: Tree, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v as Tree, key, out);
    else out.set(key, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL, '');
const formOf = (key: string) => PLURAL.exec(key)?.[1] ?? '';
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1]!))].sort();

/** A language's texts of one namespace, grouped by key without plural suffix: form ('' bare) → text. */
function grouped(texts: Map<string, unknown>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, text] of texts) {
    const base = baseOf(key);
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)!.set(formOf(key), String(text));
  }
  return out;
}

/** Texts that are empty on purpose: an English year carries no unit ('2030', not '2030 year'). */
const MAY_BE_EMPTY = new Set(['en:results:units.year']);

it('every locale file is a language folder (zh, en) and namespace', () => {
  expect(strays).toEqual([]);
  expect(namespaces.length).toBeGreaterThan(0);
});

it('both languages have the same namespaces', () => {
  expect([...byLang.en.keys()].sort()).toEqual([...byLang.zh.keys()].sort());
});

it('the app loads every namespace found', () => {
  // test/renderer/setup.ts starts i18n as the app does
  for (const ns of namespaces) for (const lang of ['zh', 'en']) expect(i18next.hasResourceBundle(lang, ns), `${lang}/${ns}`).toBe(true);
});

describe.each(namespaces)('namespace %s', (ns) => {
  const texts = { zh: flatten(byLang.zh.get(ns) ?? {}), en: flatten(byLang.en.get(ns) ?? {}) };
  const groups = { zh: grouped(texts.zh), en: grouped(texts.en) };

  it('has the same keys in both languages (plural forms aside)', () => {
    const onlyIn = (a: Lang, b: Lang) => [...groups[a].keys()].filter((k) => !groups[b].has(k));
    expect(onlyIn('zh', 'en'), 'keys only in zh').toEqual([]);
    expect(onlyIn('en', 'zh'), 'keys only in en').toEqual([]);
  });

  it('has only non-empty texts, under keys i18next can reach', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const [key, text] of texts[lang]) {
        expect(typeof text, `${lang}:${ns}:${key} is not a text`).toBe('string');
        if (!MAY_BE_EMPTY.has(`${lang}:${ns}:${key}`)) expect((text as string).trim(), `${lang}:${ns}:${key} is empty`).not.toBe('');
        // a '.' inside a key would be read as nesting, a ':' as a namespace
        expect(key.split('.').every((part) => part !== '' && !part.includes(':')), `${lang}:${ns}:${key}`).toBe(true);
      }
      for (const [base, forms] of groups[lang]) {
        expect(forms.has('') || forms.has('other'), `${lang}:${ns}:${base} has plural forms but no general form`).toBe(true);
      }
    }
  });

  it('names the same {{values}} in both languages', () => {
    const mismatches: string[] = [];
    for (const [base, zhForms] of groups.zh) {
      const enForms = groups.en.get(base);
      if (!enForms) continue; // reported by the key test
      const general = (forms: Map<string, string>) => forms.get('other') ?? forms.get('')!;
      const expected = placeholders(general(zhForms));
      if (placeholders(general(enForms)).join() !== expected.join()) {
        mismatches.push(`${ns}:${base}: zh {${expected}} en {${placeholders(general(enForms))}}`);
        continue;
      }
      const withoutCount = expected.filter((p) => p !== 'count').join();
      for (const [lang, forms] of [['zh', zhForms], ['en', enForms]] as const) {
        for (const [form, text] of forms) {
          const names = placeholders(text);
          const same = form === '' || form === 'other' ? names.join() === expected.join() : names.filter((p) => p !== 'count').join() === withoutCount;
          if (!same) mismatches.push(`${lang}:${ns}:${form ? `${base}_${form}` : base} {${names}}, expected {${expected}}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
